import { nlCoordination } from './nl-coordination';
import { CLOSE_NOTE_MAX } from '../domain';
import { formatMoment } from './dates';
import type { Texts } from './types';
import { nlWork } from './nl-work';
import { nlSignaller } from './nl-signaller';

/** Dutch first: calm, short sentences, no blame. Every Dutch text of the bot lives here. */
export const nl: Texts = {
  safetyLine: 'Is er nu direct gevaar? Bel 112. Voor advies of een melding kun je altijd bij Veilig Thuis terecht: 0800-2000 (gratis, dag en nacht).',
  welcome: [
    'Hallo, ik ben wijksignaal.',
    'Maak je je zorgen over een kind of een gezin? Ik help je als leerkracht, pedagogisch medewerker of huisarts om die zorg stap voor stap vast te leggen, volgens de Meldcode. Daarna breng ik je signaal bij het juiste wijkteam. Je blijft betrokken: het wijkteam laat je weten wat ermee gebeurt.',
  ],
  helpHint: 'Typ "start" om een signaal te beginnen, "mijn signalen" om je verstuurde signalen te zien, of "hulp" om dit bericht opnieuw te zien.',
  startHint: 'Typ "start" om een signaal te beginnen.',
  teamWelcome:
    'wijksignaal is aan dit team toegevoegd. Professionals sturen hun signalen in een 1-op-1-chat met de bot; een beheerder kan een kanaal van dit team koppelen als intakekanaal van een wijkteam.',
  storeDown: 'Er is nu een storing: je bericht is niet bewaard. Probeer het over een paar minuten opnieuw; je concept is er dan nog.',
  notUnderstood: 'Dat begrijp ik niet helemaal. Typ "start" om een signaal te beginnen, of "hulp" om te zien wat ik voor je kan doen.',
  tenantRefused: 'Sorry, wijksignaal is niet beschikbaar voor jouw organisatie. Vraag je ICT-beheerder of je organisatie is aangesloten.',

  dialog: {
    start:
      'Fijn dat je je zorg deelt. We nemen het samen stap voor stap door; het duurt ongeveer tien minuten. Je kunt altijd "terug", "pauze", "stop" of "hulp" typen.',
    resumed: 'Welkom terug. We gaan verder waar je gebleven was.',
    alreadyDraft: 'Je hebt nog een signaal in concept. We gaan daarmee verder. Wil je opnieuw beginnen? Typ dan "stop".',
    noDraft: 'Je hebt geen bewaard concept. Typ "start" om een signaal te beginnen.',
    draftExpired: 'Je vorige concept is verlopen en verwijderd: ik bewaar een concept niet langer dan nodig. Typ "start" om opnieuw te beginnen.',
    paused: (until) => `Je concept is bewaard tot ${until}. Typ "verder" om door te gaan.`,
    help: 'Je kunt op elk moment typen: "terug" (een vraag terug), "pauze" (concept bewaren, later "verder"), "stop" (concept weggooien) of "hulp". Bij direct gevaar: bel 112, of Veilig Thuis op 0800-2000.',
    stopConfirm: 'Weet je zeker dat je wilt stoppen? Je concept wordt dan verwijderd.',
    stopped: 'Je concept is verwijderd. Er is niets verstuurd. Typ "start" als je later opnieuw wilt beginnen.',
    stopCancelled: 'Goed, we gaan verder.',
    backAtStart: 'Dit is de eerste vraag; verder terug kan niet.',
    outdatedCard: 'Die knop hoort bij een eerdere vraag. Hier is de vraag waar we nu zijn:',
    resumeHint: 'Je hebt een bewaard concept: typ "verder" om door te gaan.',
    cardNotActive: 'Die knop hoort bij een signaal dat al verstuurd, gestopt of gepauzeerd is. Er is niets veranderd.',
    alreadyBusy: 'We zijn al met een signaal bezig. Hier is de vraag waar we zijn:',
    worryHeard:
      'Dank je dat je dit deelt. Is er nu direct gevaar? Bel dan 112. Voor advies of een melding: Veilig Thuis, 0800-2000 (gratis, dag en nacht). Wil je je zorg stap voor stap vastleggen voor het wijkteam? Typ "start".',
    useOneOnOne: 'Een signaal geef je door in een 1-op-1-chat met wijksignaal, niet in een kanaal. Open de chat met de bot en typ daar "start".',
    alreadySent: (reference) => `Dit signaal is al verstuurd (referentie ${reference}). Het is niet nog een keer verstuurd.`,
    dangerButton: 'Er is nu direct gevaar',
    dangerConfirm: 'Is er nu direct gevaar voor het kind of voor iemand anders?',
    acuteGuidance:
      'Bel nu 112 als er direct gevaar is. Voor advies of een melding: Veilig Thuis, 0800-2000 (gratis, dag en nacht). Ik markeer je signaal als acuut.',
    acuteOffer: 'Als de directe veiligheid geregeld is, kun je hier een acuut signaal vastleggen voor het wijkteam: typ "start".',
    postcodeUnknown: (pc4, team) =>
      `De postcode ${pc4} ligt in geen wijkteamgebied dat ik ken. Klopt hij? Dan gaat je signaal naar ${team}, die het doorzet naar het juiste team.`,
    postcodeRight: 'Ja, de postcode klopt',
    postcodeCorrect: 'Nee, ik verbeter hem',
    safetyFirst: 'Eerst dit: is er nu direct gevaar voor het kind of voor iemand anders? Druk dan op de rode knop.',
    onlyWhen: {
      'steps.notTalked': 'Alleen als je nog niet met ouders of kind hebt gesproken.',
      'afweging.canOrganiseHelp': 'Alleen bij "Nee" of "Dat weet ik niet" bij vraag 2.',
      'afweging.helpAccepted': 'Alleen als je bij vraag 3 "Ja" kiest.',
    },
    maxChars: (max) => `Maximaal ${max} tekens`,
    next: 'Verder',
    fillCard: 'Vul de velden in de kaart in en druk op "Verder".',
    guidanceLines: 'Bij direct gevaar: bel 112. Voor advies of een melding: Veilig Thuis, 0800-2000 (gratis, dag en nacht).',
    afterDanger: 'Zorg eerst voor de veiligheid. Je concept blijft bewaard. Wil je daarna verder met het signaal? Druk op de knop of typ "verder".',
    continueButton: 'Verder met het signaal',
    useHeld: (question, typed) => `Je typte eerder bij de vraag "${question}":\n\n"${typed}"\n\nWil je dat als antwoord bewaren?`,
    useHeldYes: 'Ja, bewaar dit als antwoord',
    useHeldNo: 'Nee, ik typ het opnieuw',
    identifyingFound: (found) =>
      `Dit is een anoniem overleg, zonder namen. In je antwoord staat iets waaraan iemand te herkennen is: ${found}. Typ je antwoord opnieuw zonder die gegevens. Is het toch geen naam of persoonsgegeven? Druk dan op de knop.`,
    identifyingReview: (question, typed, found) =>
      `Je signaal is nu een anoniem overleg, zonder namen. Eerder typte je bij de vraag "${question}":\n\n"${typed}"\n\nDaarin staat iets waaraan iemand te herkennen is: ${found}. Typ dat antwoord opnieuw zonder die gegevens. Is het toch geen naam of persoonsgegeven? Druk dan op de knop.`,
    identifyingKinds: {
      name: 'naam',
      phone: 'telefoonnummer',
      email: 'e-mailadres',
      'postcode-address': 'postcode met huisnummer',
      'date-of-birth': 'geboortedatum',
      bsn: 'BSN',
    },
    keepAsIs: 'Geen naam: bewaar zo',
    yes: 'Ja',
    no: 'Nee',
    done: 'Klaar',
    noneOfThese: 'Geen van deze / weet ik niet',
    chooseOne: 'Kies een van de knoppen, of typ het nummer van je keuze.',
    chooseAtLeastOne: 'Kies er minstens één.',
    typeAnswer: (max) => `Typ je antwoord in de chat (maximaal ${max} tekens).`,
    hints: {
      empty: 'Ik heb nog geen antwoord gekregen. Typ je antwoord in de chat.',
      tooLong: 'Dat antwoord is te lang. Kun je het korter opschrijven?',
      'postcode.empty': 'Typ de postcode van het gezin, bijvoorbeeld 1234 AB of alleen 1234.',
      'postcode.too-few-digits': 'Een postcode heeft vier cijfers, bijvoorbeeld 1234 AB. Probeer het nog eens.',
      'postcode.too-many-digits': 'Een postcode heeft precies vier cijfers, bijvoorbeeld 1234 AB. Probeer het nog eens.',
      'postcode.starts-with-zero': 'Een Nederlandse postcode begint niet met een 0. Probeer het nog eens, bijvoorbeeld 1234 AB.',
      'postcode.bad-letters': 'Na de vier cijfers komen twee letters (of geen), bijvoorbeeld 1234 AB. Probeer het nog eens.',
      'postcode.not-a-postcode': 'Dat lijkt geen postcode. Typ vier cijfers en eventueel twee letters, bijvoorbeeld 1234 AB.',
      birthYear: 'Typ het geboortejaar met vier cijfers, bijvoorbeeld 2016.',
      address: 'Typ de postcode en het huisnummer, bijvoorbeeld 1234 AB 12.',
      ages: 'Typ de leeftijd van elk kind in cijfers (0 tot en met 17), bijvoorbeeld 3, 8, 14.',
      required: 'Dit is nog niet ingevuld.',
      choose: 'Kies een van de mogelijkheden.',
      atLeastOne: 'Kies er minstens één.',
    },
    groups: {
      L: 'Lichamelijk',
      K: 'Gedrag van het kind',
      I: 'Ouder-kindinteractie',
      O: 'Ouders en gezin',
      S: 'Seksueel misbruik of uitbuiting',
      V: 'Aanleiding voor de kindcheck',
      household: 'Wie wonen er in het gezin?',
      network: 'Wie is er in het dagelijks leven van het kind?',
    },
  },

  q: {
    'signaller.profession': {
      prompt: 'Wat is je beroep?',
      options: { leerkracht: 'Leerkracht', kinderopvang: 'Pedagogisch medewerker kinderopvang', huisarts: 'Huisarts' },
    },
    'signaller.organisation': {
      prompt: (v) =>
        v.profession === 'huisarts'
          ? 'In welke praktijk werk je?'
          : v.profession === 'kinderopvang'
            ? 'Bij welke kinderopvang werk je?'
            : v.profession === 'leerkracht'
              ? 'Op welke school werk je?'
              : 'Bij welke school, kinderopvang of praktijk werk je?',
    },
    'signaller.aandachtsfunctionaris': {
      prompt: (v) =>
        v.profession === 'leerkracht'
          ? 'Heb je al overlegd met de aandachtsfunctionaris van je school (bijvoorbeeld de intern begeleider of zorgcoördinator)?'
          : 'Heb je al overlegd met de aandachtsfunctionaris van je organisatie?',
      options: { ja: 'Ja', nee: 'Nee, nog niet' },
    },
    'route.kind': {
      prompt: 'Waar gaat je zorg over?',
      options: {
        thuis: 'De thuissituatie van een kind',
        medewerker: 'Een collega of medewerker',
        'tussen-kinderen': 'Seksueel gedrag tussen kinderen',
        kindcheck: 'Kindcheck: een volwassen patiënt met kinderen',
      },
    },
    'route.staff': {
      prompt: 'Gaat het om geweld, of om een zedendelict (seksueel grensoverschrijdend gedrag)?',
      options: { geweld: 'Geweld', zeden: 'Zedendelict' },
    },
    'route.kindcheckReasons': { prompt: 'Wat is bij je patiënt de aanleiding voor de kindcheck?' },
    'route.kindcheckChildren': {
      prompt: 'Zorgt je patiënt voor minderjarige kinderen, of wonen er kinderen bij hem of haar?',
      options: { ja: 'Ja', nee: 'Nee' },
    },
    'kindcheck.ages': {
      prompt: 'Hoe oud zijn de kinderen die bij je patiënt wonen of voor wie hij of zij zorgt? Typ de leeftijd van elk kind, bijvoorbeeld 3, 8, 14.',
      note: 'Ik bewaar alleen de leeftijdsgroep van elk kind, niet de leeftijd.',
    },
    'kindcheck.seen': {
      prompt: 'Heb je de kinderen zelf gezien of gesproken?',
      options: { ja: 'Ja', nee: 'Nee, alleen de ouder' },
    },
    'child.ageBand': {
      prompt: (v) => (v.profession === 'huisarts' ? 'Hoe oud is het kind (of het jongste kind)?' : 'Hoe oud is het kind?'),
      options: { '0-3': '0-3 jaar', '4-11': '4-11 jaar', '12-17': '12-17 jaar' },
    },
    'child.postcode': {
      prompt: 'Wat is de postcode van het gezin? Vier cijfers zijn genoeg, bijvoorbeeld 1234 of 1234 AB. Ik gebruik die om het juiste wijkteam te vinden.',
    },
    'child.household': {
      prompt: 'Wie wonen er in het gezin? Noem alleen rollen, geen namen.',
      options: {
        moeder: 'Moeder',
        vader: 'Vader',
        stiefouder: 'Stiefouder of partner van een ouder',
        'broers-zussen': 'Broers of zussen',
        grootouder: 'Grootouder',
        'andere-volwassene': 'Andere volwassene',
      },
    },
    'signals.checklist': {
      prompt: 'Welke signalen heb je gezien? Vink aan wat past. Een signaal is geen bewijs; het helpt om je zorg in kaart te brengen.',
      note: 'Staat iets er niet bij? Dat kun je in de volgende vraag beschrijven.',
    },
    'signals.observation': {
      prompt: 'Beschrijf wat je hebt gezien of gehoord. Schrijf feiten op, zo concreet mogelijk. Noem geen namen.',
    },
    'signals.when': { prompt: 'Wanneer was dat? Bijvoorbeeld "maandag 16 november, bij het ophalen" of "de afgelopen weken, meerdere keren".' },
    'signals.source': {
      prompt: 'Heb je dit zelf gezien of gehoord, of heeft iemand het je verteld?',
      options: { zelf: 'Zelf gezien of gehoord', verteld: 'Iemand heeft het me verteld' },
    },
    'signals.disclosure': { prompt: 'Heeft het kind zelf verteld over geweld of mishandeling thuis?', options: { ja: 'Ja', nee: 'Nee' } },
    'signals.words': { prompt: 'Wat zei het kind? Schrijf het zo letterlijk mogelijk op, in de woorden van het kind. Noem geen namen.' },
    'steps.colleague': {
      prompt: 'De Meldcode vraagt je om te overleggen met een collega. Heb je dat al gedaan?',
      options: { ja: 'Ja', nee: 'Nee, nog niet' },
    },
    'steps.veiligThuis': { prompt: 'Heb je Veilig Thuis al om advies gevraagd?', options: { ja: 'Ja', nee: 'Nee, nog niet' } },
    'steps.talked': {
      prompt: 'Heb je al met de ouders of met het kind over je zorg gesproken?',
      options: { ouders: 'Met de ouders', kind: 'Met het kind', beiden: 'Met allebei', 'nog-niet': 'Nog niet' },
    },
    'steps.notTalked': {
      prompt: 'Wat is de reden dat je nog niet met hen hebt gesproken?',
      options: {
        'unsafe-child': 'Het kan het kind in gevaar brengen',
        'unsafe-others': 'Het kan mij of anderen in gevaar brengen',
        'trust-relationship': 'Het kan de vertrouwensrelatie schaden',
        'not-yet-possible': 'Het is er nog niet van gekomen',
      },
    },
    'afweging.suspicion': {
      prompt: 'Nu de afweging. Vraag 1: heb je, met alles wat je nu weet, een vermoeden van huiselijk geweld of kindermishandeling?',
      options: { ja: 'Ja', twijfel: 'Ik twijfel', nee: 'Nee' },
    },
    'afweging.unsafety': {
      prompt:
        'Vraag 2: is er sprake van acute of structurele onveiligheid? Acuut: het kind is nu of binnenkort in gevaar. Structureel: het gebeurt vaker of houdt al lang aan.',
      note: (v) =>
        v.disclosure ? 'Het kind heeft zelf over geweld of mishandeling verteld. Dat weegt zwaar en wijst eerder in de richting van een melding.' : '',
      options: { acute: 'Ja, acute onveiligheid', structural: 'Ja, structurele onveiligheid', no: 'Nee', unsure: 'Dat weet ik niet' },
    },
    'afweging.canOrganiseHelp': {
      prompt: 'Vraag 3: kun je, samen met het wijkteam, passende hulp bieden of organiseren?',
      options: { ja: 'Ja', nee: 'Nee' },
    },
    'afweging.helpAccepted': {
      prompt: 'Vraag 4: werken de betrokkenen (de ouders, en het kind als dat kan) mee aan die hulp?',
      options: { yes: 'Ja', no: 'Nee', unknown: 'Dat weet ik nog niet' },
    },
    'consent.mode': {
      prompt:
        'Hoe wil je het signaal aan het wijkteam geven? Bij een anoniem overleg deel je geen namen: alleen leeftijd, postcode (4 cijfers) en wat je zag. Bij een overdracht deel je ook gegevens van het gezin; daarvoor is toestemming nodig.',
      options: { consultation: 'Anoniem overleg', handover: 'Overdracht met gegevens' },
    },
    'consent.sixteen': { prompt: 'Is de jongere 16 of 17 jaar?', options: { ja: 'Ja, 16 of 17', nee: 'Nee, 12 tot 16' } },
    'consent.parents': {
      prompt: 'Hebben de ouders met gezag toestemming gegeven om de gegevens van het kind en het gezin aan het wijkteam te geven?',
      options: { ja: 'Ja', nee: 'Nee, of nog niet gevraagd' },
    },
    'consent.child': {
      prompt: (v) => (v.band === '12-17' ? 'Heeft de jongere zelf toestemming gegeven?' : 'Heeft het kind zelf toestemming gegeven?'),
      options: { ja: 'Ja', nee: 'Nee, of nog niet gevraagd' },
    },
    'consent.parentsInformed': { prompt: 'Weten de ouders dat je dit signaal aan het wijkteam geeft?', options: { ja: 'Ja', nee: 'Nee' } },
    'identity.childName': { prompt: 'Wat is de voornaam of wat zijn de initialen van het kind?' },
    'identity.birthYear': { prompt: 'Wat is het geboortejaar van het kind? Bijvoorbeeld 2016.' },
    'identity.address': { prompt: 'Wat zijn de postcode en het huisnummer van het gezin? Bijvoorbeeld 1234 AB 12.' },
    'identity.parentsContact': { prompt: 'Hoe kan het wijkteam de ouders bereiken? Bijvoorbeeld een telefoonnummer of e-mailadres.' },
    'network.roles': {
      prompt: 'Wie zijn er in het dagelijks leven van het kind die kunnen helpen? Die mensen zijn vaak de belangrijkste bescherming. Noem rollen, geen namen.',
      options: {
        grootouder: 'Grootouder',
        familielid: 'Ander familielid',
        buren: 'Buren',
        sportcoach: 'Sportcoach of clubtrainer',
        'leerkracht-mentor': 'Leerkracht of mentor',
        'vrienden-gezin': 'Vrienden van het gezin',
        geloofsgemeenschap: 'Iemand uit de geloofsgemeenschap',
        onbekend: 'Weet ik niet',
      },
    },
    'network.contact': {
      prompt: 'Blijf je betrokken? Mag het wijkteam je benaderen met vragen over dit signaal?',
      options: { ja: 'Ja, ze mogen me benaderen', nee: 'Nee, liever niet' },
    },
  },

  notices: {
    suspicionDoubt: 'Twijfelen is heel gewoon. Vraag advies aan Veilig Thuis (0800-2000, ook anoniem); zij denken met je mee. We gaan verder met de afweging.',
    gpMustAskVeiligThuis:
      'Als huisarts vraag je in deze stap altijd advies aan Veilig Thuis; dat hoort bij de KNMG-meldcode. Dat kan anoniem: bel 0800-2000 (gratis, dag en nacht). Je kunt je signaal hier wel alvast afmaken.',
    veiligThuisAdvice: 'Twijfel je? Veilig Thuis denkt graag mee, ook anoniem: 0800-2000 (gratis, dag en nacht).',
    disclosureWeighs:
      'Dank je dat je dit vastlegt. Als een kind zelf vertelt over geweld, weegt dat zwaar. Veel sectoren adviseren dan een melding bij Veilig Thuis; daar komen we bij de afweging op terug.',
    disclosureNoSuspicion:
      'Let op: het kind heeft zelf iets verteld. Dat weegt zwaar, ook als je nu geen vermoeden hebt. Overleg bij twijfel met Veilig Thuis: 0800-2000 (gratis, ook anoniem).',
    consentMissing: (who) =>
      `Voor een overdracht met gegevens is toestemming nodig van ${who}. Die is er (nog) niet, dus ik maak er een anoniem overleg van: zonder namen. Een melding bij Veilig Thuis mag wel zonder toestemming.`,
    consentWho: { parents: 'de ouders met gezag', child: 'het kind', both: 'de ouders met gezag en de jongere', youngPerson: 'de jongere zelf' },
    consultationNoNames: 'Noem in je antwoorden geen namen: dit is een anoniem overleg.',
  },

  outcome: {
    'close-and-record': 'Er is geen vermoeden. Leg je afweging vast in je eigen dossier.',
    'report-veilig-thuis': 'Een melding bij Veilig Thuis is hier de norm (de meldnorm), omdat passende hulp nu niet te organiseren is of niet wordt aanvaard.',
    'help-via-wijkteam': 'Hulp via het wijkteam. Het wijkteam kijkt samen met jou en het gezin wat er nodig is.',
    'report-and-help': 'Er is sprake van onveiligheid, dus een melding bij Veilig Thuis is de norm (de meldnorm). Het wijkteam kan daarnaast helpen.',
    reportAndHelpUnsure:
      'Je weet niet of het kind veilig is, en het kind heeft zelf over geweld of mishandeling verteld. Dan is een melding bij Veilig Thuis de norm (de meldnorm). Het wijkteam kan daarnaast helpen.',
    heading: 'De uitkomst van je afweging',
    meldnorm: 'Doe de melding bij Veilig Thuis via 0800-2000 (gratis, dag en nacht). Een melding mag zonder toestemming van de ouders.',
    stillToWijkteam: 'Je signaal kan ook naar het wijkteam, zodat zij kunnen helpen. Dat vervangt de melding niet.',
    followUp: (date) => `Over een tijd vraagt het wijkteam of de hulp leidt tot blijvende veiligheid (vraag 5 van de afweging). Dat gebeurt rond ${date}.`,
  },
  urgency: { acute: 'acuut', urgent: 'met voorrang', normal: 'normaal' },

  ends: {
    'acute-no-record':
      'Goed. Bel 112 bij direct gevaar, of Veilig Thuis op 0800-2000. Je kunt later altijd nog een signaal vastleggen: typ dan "start". Er is niets opgeslagen.',
    'staff-violence': (v) =>
      v.profession === 'kinderopvang'
        ? 'Een vermoeden van geweld door een medewerker is geen signaal voor het wijkteam. Dit is een zaak van de werkgever: meld het direct bij de houder of leidinggevende. De houder overlegt met de vertrouwensinspecteur (0900-111 3 111). Ik leg hierover niets vast.'
        : 'Een vermoeden van geweld door een medewerker is geen signaal voor het wijkteam. Dit is een zaak van de werkgever: meld het direct bij de directie of het schoolbestuur. Het bestuur kan overleggen met de vertrouwensinspecteur (0900-111 3 111). Ik leg hierover niets vast.',
    'staff-sexual': (v) =>
      v.profession === 'kinderopvang'
        ? 'Bij een vermoeden van een zedendelict door een medewerker geldt een wettelijke plicht: meld het meteen bij de houder. De houder overlegt direct met de vertrouwensinspecteur (0900-111 3 111) en doet aangifte bij de politie als er een redelijk vermoeden is. Dit is geen signaal voor het wijkteam; ik leg hierover niets vast.'
        : 'Bij een vermoeden van een zedendelict door een medewerker geldt een wettelijke plicht: informeer meteen het schoolbestuur. Het bestuur overlegt direct met de vertrouwensinspecteur (0900-111 3 111) en doet aangifte bij de politie als er een redelijk vermoeden is. Dit is geen signaal voor het wijkteam; ik leg hierover niets vast.',
    'between-children':
      'Seksueel gedrag tussen kinderen heeft in de kinderopvang een eigen route: volg het protocol van je organisatie en overleg met je aandachtsfunctionaris. Dit is geen signaal voor het wijkteam; ik leg hierover niets vast.',
    'kindcheck-no-children': 'Dan is er geen kind om een signaal over te geven. Leg de kindcheck vast in het patiëntdossier. Ik heb niets opgeslagen.',
    'no-suspicion':
      'Er is nu geen vermoeden. Leg je afweging en de signalen vast in je eigen dossier, en blijf alert. Verandert er iets, dan kun je altijd opnieuw beginnen met "start". Er is niets verstuurd.',
  },

  summary: {
    title: 'Controleer je signaal',
    intro: 'Klopt alles? Met "Wijzig" pas je een onderdeel aan. Met "Versturen" gaat het signaal naar het wijkteam.',
    send: 'Versturen',
    change: 'Wijzig',
    stop: 'Stoppen',
    sections: {
      signaller: 'Jij',
      route: 'Soort zorg',
      child: 'Kind en gezin',
      signals: 'Signalen',
      steps: 'Meldcode tot nu toe',
      afweging: 'Afweging',
      consent: 'Overleg of overdracht',
      network: 'Netwerk',
    },
    labels: {
      profession: 'Beroep',
      organisation: 'Organisatie',
      aandachtsfunctionaris: 'Overlegd met aandachtsfunctionaris',
      route: 'Zorg over',
      kindcheck: 'Aanleiding kindcheck',
      ageBand: 'Leeftijd',
      postcode: 'Postcode',
      household: 'Gezin',
      checklist: 'Aangevinkte signalen',
      observation: 'Wat je zag of hoorde',
      when: 'Wanneer',
      source: 'Bron',
      disclosure: 'Kind vertelde zelf',
      words: 'Woorden van het kind',
      colleague: 'Overlegd met collega',
      veiligThuis: 'Advies Veilig Thuis',
      talked: 'Gesproken met',
      notTalked: 'Reden niet gesproken',
      suspicion: 'Vermoeden',
      outcome: 'Uitkomst',
      urgency: 'Urgentie',
      followUp: 'Vervolgvraag rond',
      mode: 'Vorm',
      consentParents: 'Toestemming ouders',
      consentChild: 'Toestemming kind',
      parentsInformed: 'Ouders weten ervan',
      childName: 'Kind',
      birthYear: 'Geboortejaar',
      address: 'Adres',
      parentsContact: 'Ouders bereikbaar via',
      notIdentifying: 'Let op',
      network: 'Netwerk',
      contact: 'Wijkteam mag je benaderen',
      team: 'Gaat naar',
      acute: 'Acuut',
    },
    none: 'geen',
    sent: (reference, team) => `Je signaal is verstuurd naar ${team}. Je referentie is ${reference}; noem die als je contact hebt over dit signaal.`,
    whatNext: (meldnorm, contact) =>
      [
        'Wat gebeurt er nu? Het wijkteam pakt je signaal op en laat je weten wat ze ermee doen.',
        contact
          ? 'Ze kunnen je via deze chat een vraag stellen.'
          : 'Je gaf aan dat je liever niet benaderd wordt; je krijgt wel bericht als er iets verandert.',
        meldnorm ? 'Vergeet de melding bij Veilig Thuis niet: 0800-2000. Het wijkteam-signaal vervangt die niet.' : '',
        'Leg je signaal en je afweging ook vast in je eigen dossier.',
      ]
        .filter(Boolean)
        .join(' '),
    modes: { consultation: 'Anoniem overleg (zonder namen)', handover: 'Overdracht met gegevens' },
    keptDespiteCheck: (found) => `Je gaf aan dat dit geen namen of persoonsgegevens zijn: ${found}.`,
  },

  intake: {
    cardActions: {
      detailsNeedsNewerTeams:
        'De details van een signaal zijn alleen voor jou te zien in een bijgewerkte Teams-app; deze versie zou ze aan het hele kanaal tonen.',
      wrongChannel: 'Deze kaart hoort bij het intakekanaal van een ander wijkteam. Hier kun je hem niet gebruiken; dat is vastgelegd.',
      notFound: 'Dit signaal is er niet meer (mogelijk al opgeruimd).',
      outdated: 'Deze kaart was niet meer actueel. Hier is de stand van nu.',
      chooseOutcome: 'Kies een uitkomst om af te sluiten.',
      writeQuestion: 'Schrijf eerst je vraag aan de melder.',
    },
    signallerUpdates: {
      claim: (reference, team) => `Goed nieuws: ${team} heeft je signaal ${reference} opgepakt. Ze laten weten als ze je iets willen vragen.`,
      close: (reference, team, outcome) => `${team} heeft je signaal ${reference} afgesloten. Uitkomst: ${outcome}. Dank je dat je je zorg hebt gedeeld.`,
      reopen: (reference, team) => `${team} heeft je signaal ${reference} weer opengezet en werkt er verder aan.`,
    },
    signallerQuestions: {
      title: (reference) => `Vraag over je signaal ${reference}`,
      intro: (team) => `${team} heeft een vraag over je signaal. Beantwoord hem hieronder; je antwoord gaat alleen naar ${team}.`,
      questionLabel: 'De vraag',
      answerLabel: (max) => `Je antwoord (maximaal ${max} tekens)`,
      answerPlaceholder: 'Typ hier je antwoord',
      answerRequired: 'Typ je antwoord.',
      noNames: 'Je signaal is een anoniem consult: noem geen namen van het kind of het gezin.',
      send: 'Antwoord versturen',
      thanks: (team) => `Dank je, je antwoord is doorgegeven aan ${team}.`,
      writeAnswer: (max) => `Typ eerst je antwoord in het veld op de kaart (maximaal ${max} tekens) en druk dan op "Antwoord versturen".`,
      alreadyAnswered: 'Deze vraag is al beantwoord of niet meer open. Er is niets veranderd.',
      notYours: 'Deze vraag is aan iemand anders gesteld. Je antwoord is niet doorgegeven.',
      notFound: 'Deze vraag kan ik niet meer vinden. Er is niets doorgegeven.',
      dangerHeld:
        'Je schrijft over gevaar, daarom is je antwoord nog niet doorgegeven. Is er nu geen direct gevaar? Druk dan op de knop hieronder; dan gaat je antwoord alsnog naar het wijkteam.',
      sendAnyway: 'Er is nu geen direct gevaar: verstuur mijn antwoord',
      identifyingHeld: (found) =>
        `Dit signaal is een anoniem overleg, zonder namen. In je antwoord staat iets waaraan iemand te herkennen is: ${found}. Je antwoord is nog niet doorgegeven. Pas het aan in de vraag hierboven en verstuur het opnieuw. Is het toch geen naam of persoonsgegeven? Druk dan op de knop.`,
      sendAsIs: 'Geen naam: verstuur zo',
    },
    channel: {
      linked: (team) =>
        `Dit kanaal is nu het intakekanaal van ${team}. Nieuwe signalen voor ${team} verschijnen hier als kaart. Gebruik bij voorkeur een privékanaal, zodat alleen het intaketeam de signalen ziet.`,
      unlinked: (team) => `Dit kanaal is niet meer het intakekanaal van ${team}. Nieuwe signalen voor ${team} wachten tot er weer een kanaal is gekoppeld.`,
      notLinked: 'Dit kanaal is aan geen wijkteam gekoppeld.',
      which: (team) => `Dit kanaal is het intakekanaal van ${team}.`,
      notAdmin: 'Alleen een beheerder kan een kanaal koppelen of ontkoppelen. Vraag je beheerder om dit te doen.',
      unknownTeam: (typed, known) => `Ik ken geen wijkteam "${typed}". Bekende wijkteams: ${known}.`,
      help: 'In een intakekanaal kan een beheerder typen: "@wijksignaal koppel wijkteam <naam>" of "@wijksignaal ontkoppel". Met "@wijksignaal welk wijkteam" zie je aan welk wijkteam dit kanaal gekoppeld is.',
    },
    signalCard: {
      language: 'nl',
      title: (reference, urgency) => `Signaal ${reference} · ${urgency}`,
      acuteMarker: 'ACUUT',
      facts: {
        urgency: 'Urgentie',
        ageBand: 'Leeftijd',
        postcode: 'Postcode',
        deadline: 'Uiterlijk oppakken',
        afweging: 'Afweging',
        mode: 'Vorm',
        status: 'Status',
      },
      ageBands: { '0-3': '0-3 jaar', '4-11': '4-11 jaar', '12-17': '12-17 jaar' },
      postcodeOutsideAreas: (pc4) => `${pc4} (in geen wijkteamgebied)`,
      afweging: {
        'close-and-record': 'geen vermoeden, vastleggen in eigen dossier',
        'report-veilig-thuis': 'melding Veilig Thuis geadviseerd',
        'help-via-wijkteam': 'hulp via het wijkteam',
        'report-and-help': 'melding Veilig Thuis geadviseerd, en hulp wijkteam',
      },
      afwegingInDoubt: (outcome) => `${outcome} (bij twijfel over het vermoeden)`,
      modes: {
        consultation: 'anoniem overleg',
        consultationAfterRefusal: 'anoniem overleg (toestemming voor overdracht ontbrak)',
        handover: 'overdracht met toestemming',
      },
      status: {
        new: 'nieuw, nog niet opgepakt',
        claimed: (who, when) => `opgepakt door ${who}, ${when}`,
        waiting: (who, since) => `wacht op antwoord van de melder; vraag gesteld door ${who}, ${since}`,
        closed: (who, when, outcome) => `afgesloten door ${who}, ${when}: ${outcome}`,
      },
      statusNames: {
        new: 'nieuw',
        claimed: 'opgepakt',
        'waiting-for-signaller': 'wacht op melder',
        closed: 'afgesloten',
        transferred: 'overgedragen',
        withdrawn: 'ingetrokken',
      },
      someone: 'een collega',
      closeOutcomes: {
        'help-started': 'hulp gestart door het wijkteam',
        'handed-to-veilig-thuis': 'overgedragen aan Veilig Thuis',
        'no-concerns': 'geen zorgen na contact',
        other: 'anders',
      },
      actions: {
        details: 'Details',
        claim: 'Ik pak dit op',
        ask: 'Vraag aan melder',
        noContact: 'Vragen niet mogelijk: melder wil niet benaderd worden',
        noContactTooltip: 'De melder gaf aan niet benaderd te willen worden. Je kunt via wijksignaal geen vraag aan de melder sturen.',
        close: 'Afsluiten',
        reopen: 'Heropenen',
        back: 'Terug naar de kaart',
      },
      details: {
        title: (reference) => `Signaal ${reference}: alle gegevens`,
        onlyYou: 'Alleen voor jou zichtbaar; je bekijken is vastgelegd.',
        olderQuestionsLeftOut: (count) =>
          count === 1 ? 'De oudste vraag past niet meer op deze kaart.' : `De ${count} oudste vragen passen niet meer op deze kaart.`,
        sections: {
          signaller: 'Melder',
          route: 'Soort zorg',
          child: 'Kind en gezin',
          signals: 'Signalen',
          steps: 'Meldcode tot nu toe',
          afweging: 'Afweging',
          consent: 'Overleg of overdracht',
          identity: 'Gegevens van het gezin (overdracht)',
          network: 'Netwerk',
          questions: 'Vragen aan de melder',
          handling: 'Behandeling',
        },
        labels: {
          profession: 'Beroep',
          organisation: 'Organisatie',
          aandachtsfunctionaris: 'Overlegd met aandachtsfunctionaris',
          contact: 'Mag benaderd worden',
          route: 'Zorg over',
          kindcheck: 'Aanleiding kindcheck',
          ageBand: 'Leeftijd',
          sixteenOrOlder: '16 of 17 jaar',
          postcode: 'Postcode (4 cijfers)',
          household: 'Gezin',
          checklist: 'Aangevinkte signalen',
          observation: 'Wat de melder zag of hoorde',
          when: 'Wanneer',
          source: 'Bron',
          disclosure: 'Kind vertelde zelf',
          words: 'Woorden van het kind',
          colleague: 'Overlegd met collega',
          veiligThuis: 'Advies Veilig Thuis gevraagd',
          talked: 'Gesproken met',
          notTalked: 'Reden niet gesproken',
          outcome: 'Uitkomst',
          urgency: 'Urgentie',
          acute: 'Acuut (direct gevaar genoemd)',
          meldnorm: 'Meldnorm van toepassing',
          reasons: 'Waarom',
          suspicion: '1. Vermoeden',
          unsafety: '2. Acute of structurele onveiligheid',
          canOrganiseHelp: '3. Passende hulp te organiseren',
          helpAccepted: '4. Hulp aanvaard',
          followUp: 'Vervolgvraag (vraag 5) rond',
          mode: 'Vorm',
          consentParents: 'Toestemming ouders',
          consentChild: 'Toestemming kind',
          parentsInformed: 'Ouders weten van het signaal',
          handoverRefused: 'Overdracht gevraagd, toestemming ontbrak',
          childName: 'Kind (voornaam of initialen)',
          birthYear: 'Geboortejaar',
          address: 'Postcode en huisnummer',
          parentsContact: 'Ouders bereikbaar via',
          network: 'Mensen om het kind heen',
          team: 'Wijkteam',
          status: 'Status',
          phase: 'Fase',
          closeOutcome: 'Afgesloten met',
          closeNote: 'Toelichting bij afsluiten',
          question: 'Vraag',
          answer: 'Antwoord van de melder',
          noAnswerYet: 'nog geen antwoord',
        },
        values: {
          yes: 'ja',
          no: 'nee',
          unknown: 'onbekend',
          none: 'geen',
          notNeeded: 'niet nodig',
          given: 'gegeven',
          notGiven: 'niet gegeven',
          notAsked: 'niet gevraagd',
          viaAandachtsfunctionaris: 'ja, de aandachtsfunctionaris (zie Melder)',
        },
        professions: { leerkracht: 'leerkracht', kinderopvang: 'pedagogisch medewerker kinderopvang', huisarts: 'huisarts' },
        routes: { home: 'de thuissituatie van een kind', kindcheck: 'kindcheck: een volwassen patiënt met kinderen' },
        household: {
          moeder: 'moeder',
          vader: 'vader',
          stiefouder: 'stiefouder of partner van een ouder',
          'broers-zussen': 'broers of zussen',
          grootouder: 'grootouder',
          'andere-volwassene': 'andere volwassene',
        },
        network: {
          grootouder: 'grootouder',
          familielid: 'ander familielid',
          buren: 'buren',
          sportcoach: 'sportcoach of clubtrainer',
          'leerkracht-mentor': 'leerkracht of mentor',
          'vrienden-gezin': 'vrienden van het gezin',
          geloofsgemeenschap: 'iemand uit de geloofsgemeenschap',
          onbekend: 'weet de melder niet',
        },
        source: { 'first-hand': 'zelf gezien of gehoord', told: 'door iemand verteld' },
        talkedWith: { parents: 'de ouders', child: 'het kind', both: 'de ouders en het kind', 'not-yet': 'nog niet' },
        notTalked: {
          'unsafe-child': 'het kan het kind in gevaar brengen',
          'unsafe-others': 'het kan de melder of anderen in gevaar brengen',
          'trust-relationship': 'het kan de vertrouwensrelatie schaden',
          'not-yet-possible': 'het is er nog niet van gekomen',
        },
        suspicion: { yes: 'ja', doubt: 'twijfel', no: 'nee' },
        unsafety: { acute: 'ja, acuut', structural: 'ja, structureel', no: 'nee', unsure: 'weet de melder niet' },
        helpAccepted: { yes: 'ja', no: 'nee', unknown: 'nog niet bekend' },
        reasons: {
          'no-suspicion': 'geen vermoeden',
          'suspicion-doubt': 'twijfel over het vermoeden',
          'acute-danger': 'direct gevaar genoemd',
          'acute-unsafety': 'acute onveiligheid',
          'structural-unsafety': 'structurele onveiligheid',
          'unsure-about-safety': 'twijfel over de veiligheid',
          'cannot-organise-help': 'passende hulp niet te organiseren',
          'help-refused': 'hulp niet aanvaard',
          'help-acceptance-unknown': 'niet bekend of hulp wordt aanvaard',
          disclosure: 'het kind vertelde zelf',
        },
        phases: { 'directe-veiligheid': 'directe veiligheid', 'stabiele-veiligheid': 'stabiele veiligheid', herstel: 'herstel' },
      },
      close: {
        title: (reference) => `Signaal ${reference} afsluiten`,
        outcomeLabel: 'Hoe sluit je het signaal af?',
        outcomeRequired: 'Kies hoe je het signaal afsluit.',
        noteLabel: (max) => `Toelichting (nodig bij "anders", maximaal ${max} tekens)`,
        notePlaceholder: 'Kort en zonder namen',
        confirm: 'Afsluiten',
        cancel: 'Annuleren',
      },
      ask: {
        title: (reference) => `Vraag aan de melder van ${reference}`,
        intro: 'De melder krijgt je vraag in de chat met wijksignaal, met de referentie erbij. Noem geen namen.',
        questionLabel: (max) => `Je vraag (maximaal ${max} tekens)`,
        questionPlaceholder: 'Bijvoorbeeld: sinds wanneer zie je dit?',
        questionRequired: 'Typ je vraag.',
        send: 'Vraag versturen',
        cancel: 'Annuleren',
        noContact: 'De melder gaf aan niet benaderd te willen worden. Je kunt via wijksignaal geen vraag aan de melder sturen.',
      },
      acuteMention: (reference) => `acuut signaal ${reference}: wil iemand dit direct oppakken?`,
      reminder: (reference) => `Acuut signaal ${reference} is nog niet opgepakt. Wie pakt het op? Bij direct gevaar: bel 112.`,
      answerPosted: 'De melder heeft geantwoord — zie Details.',
    },
    work: nlWork,
    refusal: ({ reason, verb }, state) => {
      const who = (actor?: { name: string }) => actor?.name ?? 'een collega';
      const closed = `Dit signaal is al afgesloten door ${who(state.closedBy)}${state.closedAt ? ` (${formatMoment(state.closedAt, 'nl')})` : ''}.`;
      switch (reason) {
        case 'already-closed':
          return {
            claim: `${closed} Heropen het als je er weer mee verder wilt.`,
            ask: `${closed} Heropen het om de melder een vraag te stellen.`,
            answer: `${closed} Het antwoord is niet meer nodig.`,
            close: closed,
            reopen: closed,
            unclaim: closed,
            'take-over': `${closed} Heropen het als je er weer mee verder wilt.`,
            transfer: `${closed} Een afgesloten signaal draag je niet over; heropen het eerst.`,
            receive: closed,
            withdraw: closed,
            acknowledge: closed,
          }[verb];
        case 'already-claimed-by-you':
          return verb === 'take-over' ? 'Je hebt dit signaal zelf al; overnemen is niet nodig.' : 'Je hebt dit al opgepakt.';
        case 'transferred':
          return 'Dit signaal is overgedragen aan een ander wijkteam. Hier kun je er niets meer mee.';
        case 'not-transferred':
          return 'Dit signaal is niet overgedragen.';
        case 'withdrawn':
          return 'De melder heeft dit signaal ingetrokken. Er is niets meer mee te doen dan "Gezien".';
        case 'not-withdrawn':
          return 'Dit signaal is niet ingetrokken.';
        case 'already-acknowledged':
          return 'Een collega heeft de intrekking al gezien.';
        case 'already-claimed':
          return `Dit signaal is al opgepakt door ${who(state.claimedBy)}${state.claimedAt ? ` (sinds ${formatMoment(state.claimedAt, 'nl')})` : ''}.`;
        case 'not-claimed':
          return verb === 'ask'
            ? 'Pak het signaal eerst op; daarna kun je de melder een vraag stellen.'
            : verb === 'close'
              ? 'Pak het signaal eerst op; daarna kun je het afsluiten.'
              : 'Niemand heeft dit signaal opgepakt. Pak het gewoon op.';
        case 'question-pending':
          return verb === 'unclaim'
            ? 'Er staat een vraag uit bij de melder. Geef het signaal terug nadat het antwoord er is, of laat een collega het overnemen.'
            : 'Er staat al een vraag uit bij de melder. Wacht eerst op het antwoord.';
        case 'no-question-pending':
          return 'Er staat geen vraag open bij de melder.';
        case 'other-question':
          return 'Dit antwoord hoort bij een andere vraag dan die nu openstaat.';
        case 'not-closed':
          return 'Dit signaal is niet afgesloten, dus heropenen is niet nodig.';
        case 'not-the-claimer':
          return verb === 'ask'
            ? `Alleen ${who(state.claimedBy)}, die dit signaal heeft opgepakt, kan de melder een vraag stellen.`
            : verb === 'close'
              ? `Alleen ${who(state.claimedBy)}, die dit signaal heeft opgepakt, kan het afsluiten.`
              : verb === 'unclaim'
                ? `Alleen ${who(state.claimedBy)}, die dit signaal heeft opgepakt, kan het teruggeven. Neem het over als ${who(state.claimedBy)} afwezig is.`
                : `Alleen ${who(state.claimedBy)}, die dit signaal heeft opgepakt, kan dit doen.`;
        case 'note-required':
          return "Kies je 'anders', geef dan een korte toelichting.";
        case 'note-too-long':
          return `De toelichting is te lang: maximaal ${CLOSE_NOTE_MAX} tekens.`;
        case 'malformed-command':
          return 'Deze actie is niet volledig. Probeer het opnieuw vanaf de kaart.';
      }
    },
  },
  mine: nlSignaller,
  coordination: nlCoordination,
};
