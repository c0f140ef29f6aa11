import type { CoordinationTexts } from './coordination-types';

const HOUR = 60 * 60 * 1000;

/** What coordinators read, in Dutch; en-coordination.ts has the same in English. */
export const nlCoordination: CoordinationTexts = {
  status: {
    title: 'Stand van de wachtrijen',
    asOf: (moment) => `Bijgewerkt ${moment}. Alleen aantallen en referenties: geen gegevens over kinderen of gezinnen.`,
    ownQueueTitle: (team) => `Stand van de wachtrij van ${team}`,
    open: (acute, urgent, normal) => `Open: ${acute} acuut, ${urgent} met spoed, ${normal} normaal`,
    statuses: (c) => `Nog niet opgepakt ${c.new} · opgepakt ${c.claimed} · wacht op melder ${c.waiting} · ingetrokken ${c.withdrawn} · afgesloten ${c.closed}`,
    oldestUnclaimed: (age) => `Langst wachtend zonder oppakker: ${age}`,
    noneUnclaimed: 'Geen signaal wacht op een oppakker.',
    pastDeadline: (count) => (count === 1 ? '1 signaal over de termijn, nog niet opgepakt' : `${count} signalen over de termijn, nog niet opgepakt`),
    claimTimes: 'Opgepakt in de afgelopen 7 dagen',
    buckets: {
      'within-hour': 'binnen een uur',
      'within-working-day': 'binnen een werkdag',
      'within-3-working-days': 'binnen 3 werkdagen',
      later: 'later',
    },
    transfers: (inCount, outCount) => `Overgedragen in de afgelopen 7 dagen: ${inCount} binnengekomen, ${outCount} doorgestuurd`,
    showOverdue: (count) => `Te late referenties (${count})`,
    stuckTitle: 'Wat vastzit',
    unlinked: (team, waiting) =>
      `${team}: geen intakekanaal gekoppeld. ${waiting === 1 ? '1 signaal wacht' : `${waiting} signalen wachten`}. Vraag de beheerder het kanaal te koppelen ("koppel wijkteam …").`,
    failing: (team, age, failures) =>
      `${team}: een bericht komt al ${age} niet aan${failures > 0 ? ` (${failures} ${failures === 1 ? 'mislukte poging' : 'mislukte pogingen'})` : ''}.`,
    nothingStuck: 'Niets zit vast: elk wijkteam heeft een kanaal en alle berichten zijn aangekomen.',
    hint: 'Typ "maandoverzicht" en een maand (bijvoorbeeld "maandoverzicht 2026-11") voor de telling van een maand; "mijn signalen" voor de signalen die je zelf stuurde.',
  },
  overdue: {
    title: (team, total) => `${team}: ${total === 1 ? '1 signaal' : `${total} signalen`} over de termijn, nog niet opgepakt`,
    none: (team) => `${team}: geen signalen over de termijn.`,
    more: (count) => `… en nog ${count}. Het wijkteam ziet ze allemaal met "wachtrij".`,
  },
  month: {
    title: (month) => `Maandoverzicht ${month}`,
    fields: {
      in: 'Binnengekomen',
      'transferred-in': 'Overgedragen van een ander wijkteam',
      'claimed-in-time': 'Op tijd opgepakt',
      'claimed-late': 'Te laat opgepakt',
      'closed:help-started': 'Afgesloten: hulp gestart',
      'closed:handed-to-veilig-thuis': 'Afgesloten: naar Veilig Thuis',
      'closed:no-concerns': 'Afgesloten: geen zorgen',
      'closed:other': 'Afgesloten: anders',
      'transferred-out': 'Overgedragen aan een ander wijkteam',
      withdrawn: 'Ingetrokken door de melder',
    },
    nothing: 'Geen signalen in deze maand.',
    usage: 'Typ "maandoverzicht" met de maand, bijvoorbeeld "maandoverzicht 2026-11".',
  },
  refused:
    'Het overzicht van de wachtrijen is voor coördinatoren, en voor een wijkteam in zijn eigen intakekanaal. Denk je dat je het hoort te zien? Vraag de beheerder je als coördinator toe te voegen.',
  summaryTitle: (date) => `Dagoverzicht ${date}`,
  link: {
    linked: (time) => `Dit kanaal is nu het kanaal van de coördinatoren. Elke werkdag om ${time} komt hier het dagoverzicht; typ "status" voor de stand nu.`,
    notAdmin: 'Alleen een beheerder kan het kanaal van de coördinatoren koppelen.',
    sharedRefused: 'Een gedeeld kanaal kan niet het kanaal van de coördinatoren zijn: mensen van andere organisaties lezen mee. Kies een privékanaal.',
  },
  tab: {
    title: 'Wachtrijen van de wijkteams',
    updatedAt: (time) => `Bijgewerkt om ${time}. Ververst elke minuut. Alleen aantallen: geen gegevens over kinderen of gezinnen.`,
    loading: 'De cijfers worden opgehaald…',
    outsideTeams:
      'Open dit overzicht in Microsoft Teams: voeg het als tabblad toe in het team van de coördinatoren. In een gewone browser kan wijksignaal niet zien wie je bent.',
    notCoordinator: 'Dit overzicht is voor coördinatoren. Denk je dat je het hoort te zien? Vraag de beheerder je als coördinator toe te voegen.',
    signInFailed: 'Aanmelden lukte niet. Sluit het tabblad en open het opnieuw; lukt het dan nog niet, meld het bij de beheerder.',
    refreshFailed: (time) => `Verversen lukte niet; dit zijn de cijfers van ${time}. Het wordt over een minuut opnieuw geprobeerd.`,
    loadFailed: 'De cijfers konden nu niet worden opgehaald. Over een minuut wordt het opnieuw geprobeerd.',
    noQueues: 'Er zijn nog geen wijkteams ingesteld.',
    openByUrgency: 'Open, naar urgentie',
    urgencies: { acute: 'Acuut', urgent: 'Spoed', normal: 'Normaal' },
    byStatus: 'Naar status',
    statuses: { new: 'Nog niet opgepakt', claimed: 'Opgepakt', waiting: 'Wacht op melder', closed: 'Afgesloten', withdrawn: 'Ingetrokken' },
    unlinked: 'Geen intakekanaal gekoppeld: nieuwe signalen blijven liggen.',
    stuckDelivery: (age, failures) =>
      `Een bericht komt al ${age} niet aan${failures > 0 ? ` (${failures} ${failures === 1 ? 'mislukte poging' : 'mislukte pogingen'})` : ''}.`,
    config: {
      heading: 'Wachtrijen van de wijkteams',
      explanation:
        'Dit tabblad toont per wijkteam hoeveel signalen open staan, wat over de termijn is en wat vastzit. Alleen coördinatoren zien de cijfers; anderen zien een uitleg. Kies Opslaan om het toe te voegen.',
      displayName: 'Wachtrijen',
    },
  },
  age: (ms) => {
    const hours = Math.floor(ms / HOUR);
    if (hours < 1) return `${Math.max(1, Math.round(ms / 60_000))} min`;
    if (hours < 48) return `${hours} u ${Math.floor((ms % HOUR) / 60_000)} min`;
    return `${Math.floor(hours / 24)} dagen ${hours % 24} u`;
  },
};
