import type { IntakeWorkTexts } from './types';

/** Dutch words of intake's daily work; src/texts/en-work.ts has the same in English. */
export const nlWork: IntakeWorkTexts = {
  worklist: {
    title: (team, total) => `Wachtrij ${team}: ${total} open ${total === 1 ? 'signaal' : 'signalen'}`,
    empty: (team) => `De wachtrij van ${team} is leeg: er staan geen open signalen.`,
    page: (from, to, total) => `${from}-${to} van ${total}, oudste eerst`,
    overdue: 'te laat',
    nobody: 'nog niemand',
    next: 'Volgende',
    previous: 'Vorige',
    notLinked: 'Dit kanaal is aan geen wijkteam gekoppeld, dus er is hier geen wachtrij. Een beheerder koppelt het met "@wijksignaal koppel wijkteam <naam>".',
  },
  find: {
    usage: 'Typ "zoek" met het kenmerk dat de melder noemt, bijvoorbeeld: @wijksignaal zoek WS-2026-000123',
    notFound: (reference) => `Ik vind geen signaal ${reference} in de wachtrij van dit wijkteam. Controleer het kenmerk.`,
    otherTeam: (reference) => `Signaal ${reference} hoort bij een ander wijkteam. Hier is het niet in te zien.`,
  },
  overdueMark: 'TE LAAT: niet op tijd opgepakt',
  transfer: {
    button: 'Overdragen',
    title: (reference) => `Signaal ${reference} overdragen aan een ander wijkteam`,
    intro:
      'Het andere wijkteam krijgt een nieuwe kaart met dezelfde uiterste tijd. Jullie team kan het signaal daarna niet meer inzien. De melder hoort welk wijkteam het nu heeft.',
    teamLabel: 'Naar welk wijkteam?',
    reasonLabel: 'Waarom?',
    reasons: {
      'other-area': 'De postcode hoort bij het gebied van dat wijkteam',
      'unknown-postcode': 'Postcode stond in geen gebied; dit wijkteam is het juiste',
      expertise: 'Dat wijkteam heeft de juiste deskundigheid',
      other: 'Anders',
    },
    noteLabel: (max) => `Toelichting voor het andere wijkteam (mag leeg; maximaal ${max} tekens)`,
    notePlaceholder: 'Alleen te zien in Details, niet in het kanaal',
    confirm: 'Overdragen',
    cancel: 'Annuleren',
    chooseTeam: 'Kies het wijkteam waar het signaal heen moet.',
    chooseReason: 'Kies waarom je het signaal overdraagt.',
    sameTeam: 'Het signaal staat al bij dit wijkteam. Kies een ander wijkteam.',
    noOtherTeam: 'Er is geen ander wijkteam om het signaal aan over te dragen.',
    status: (team, when) => `overgedragen aan ${team}, ${when}`,
    toSignaller: (reference, from, to) =>
      `${from} heeft je signaal ${reference} overgedragen aan ${to}, dat er nu mee verder gaat. Je referentie blijft ${reference}.`,
    detailsGone: (team) => `Dit signaal is overgedragen aan ${team}. Alleen ${team} kan de details nog inzien.`,
  },
  unclaim: { button: 'Teruggeven' },
  takeOver: {
    button: 'Overnemen',
    title: (reference, who) => `Signaal ${reference} overnemen van ${who}`,
    reasonLabel: 'Waarom neem je het over?',
    reasons: { absent: 'Collega is afwezig of ziek', workload: 'Verdeling van het werk', expertise: 'Deskundigheid', other: 'Anders' },
    confirm: 'Overnemen',
    cancel: 'Annuleren',
    chooseReason: 'Kies waarom je het signaal overneemt.',
    notice: (reference, who, reason) => `Signaal ${reference} is overgenomen door ${who} (${reason}).`,
  },
  phase: {
    button: 'Fase',
    title: (reference) => `Fase van signaal ${reference}`,
    label: 'In welke fase werken jullie met het gezin?',
    confirm: 'Opslaan',
    cancel: 'Annuleren',
    choose: 'Kies een fase.',
    fact: 'Fase',
  },
  history: {
    section: 'Verloop',
    verbs: {
      claim: 'opgepakt',
      ask: 'vraag gesteld aan de melder',
      answer: 'antwoord van de melder',
      close: 'afgesloten',
      reopen: 'heropend',
      unclaim: 'teruggegeven',
      'take-over': 'overgenomen',
      transfer: 'overgedragen',
      receive: 'ontvangen van een ander wijkteam',
      withdraw: 'ingetrokken',
      acknowledge: 'intrekking gezien',
    },
    line: (what, who, when, extra) => `${when}: ${what} door ${who}${extra ? ` (${extra})` : ''}`,
    transferSection: 'Overdrachten',
    transferLine: (from, to, reason) => `Van ${from} naar ${to}: ${reason}`,
    transferNote: 'Toelichting bij de overdracht',
  },
  copy: {
    button: 'Kopieer voor registratie',
    title: (reference) => `Signaal ${reference} voor jullie eigen registratie`,
    intro: 'Selecteer de tekst en kopieer hem naar jullie registratiesysteem. Alleen jij ziet dit; het is vastgelegd dat je het opvroeg.',
    label: 'Tekst om te kopiëren',
  },
  duty: {
    show: (team, names) =>
      `Dienstdoend bij acute signalen voor ${team}: ${names}. Wijzigen: "@wijksignaal dienst @naam @naam", leegmaken: "@wijksignaal dienst niemand".`,
    none: (team) => `Voor ${team} is niemand dienstdoend bij acute signalen. Zet wie het is met "@wijksignaal dienst @naam" (noem een of meer collega's).`,
    set: (team, names) => `Dienstdoend bij acute signalen voor ${team} is nu: ${names}. Zij worden genoemd bij elk acuut signaal en elke herinnering.`,
    cleared: (team) => `Voor ${team} is nu niemand meer dienstdoend bij acute signalen. Acute kaarten noemen dan niemand.`,
    usage: 'Noem de collega\'s met een @, bijvoorbeeld: "@wijksignaal dienst @Eva Jansen". Met "@wijksignaal dienst niemand" maak je de lijst leeg.',
  },
  privacy: {
    sharedRefused:
      'Dit is een gedeeld kanaal: daar kunnen mensen van buiten jullie organisatie in zitten. Signalen gaan alleen naar een privékanaal van het intaketeam. Het kanaal is niet gekoppeld.',
    standardWarning: (team, confirm) =>
      `Let op: dit is een standaardkanaal. Iedereen in het team ziet daar de signaalkaarten, niet alleen het intaketeam. Gebruik liever een privékanaal. Wil je toch dit kanaal koppelen aan ${team}? Typ dan: @wijksignaal ${confirm}`,
    unknownTypeWarning: (team, confirm) =>
      `Ik kan niet zien of dit een privékanaal is. Is het een standaardkanaal, dan ziet iedereen in het team de signaalkaarten. Weet je zeker dat dit het privékanaal van het intaketeam is? Typ dan om het aan ${team} te koppelen: @wijksignaal ${confirm}`,
  },
  whenLooked: {
    now: (team, deadline) => `${team} is nu open. Het signaal wordt uiterlijk ${deadline} opgepakt.`,
    later: (team, opening, deadline) => `${team} is nu gesloten en kijkt ernaar vanaf ${opening}; uiterlijk ${deadline} wordt het opgepakt.`,
    acuteOutOfHours:
      'Het wijkteam is nu gesloten. Is er direct gevaar, bel dan 112. Bel voor advies of een melding nu Veilig Thuis: 0800-2000 (dag en nacht, gratis).',
  },
  help: [
    'Zo werk je een signaal af. Op de kaart: "Oppakken" zet je naam erbij; "Vraag aan melder" stuurt de melder een vraag; "Afsluiten" met een uitkomst. Onder "…" vind je "Teruggeven", "Overnemen" (van een afwezige collega) en "Overdragen" (naar een ander wijkteam). "Details" is alleen voor jou: alles van het signaal, het verloop, de fase en een tekst voor jullie registratie.',
    'Typ in dit kanaal: "@wijksignaal wachtrij" voor de open signalen, "@wijksignaal zoek WS-2026-000123" om een signaal te vinden, "@wijksignaal dienst" voor wie dienst heeft bij acute signalen.',
    'Een beheerder koppelt het kanaal met "@wijksignaal koppel wijkteam <naam>" of "@wijksignaal ontkoppel"; "@wijksignaal welk wijkteam" laat zien aan welk wijkteam het gekoppeld is.',
  ].join('\n\n'),
  fromSignaller: {
    withdrawnStatus: (when, reason) => `ingetrokken door de melder, ${when}: ${reason}`,
    acknowledgedStatus: (when, reason, who) => `ingetrokken door de melder, ${when}: ${reason}; gezien door ${who}`,
    acknowledge: 'Gezien',
    withdrawNotice: (reference) => `Signaal ${reference} is ingetrokken door de melder — zie Details.`,
    additionNotice: 'Nieuwe informatie van de melder — zie Details.',
    additionsSection: 'Later toegevoegd door de melder',
    addition: (when) => `Toegevoegd ${when}`,
    withdrawalSection: 'Ingetrokken door de melder',
    withdrawalNote: 'Toelichting van de melder',
  },
};
