/** Dutch first: calm, short sentences, no blame. Every Dutch text of the bot lives here. */
export const nl = {
  safetyLine:
    'Is er nu direct gevaar? Bel 112. Voor advies of een melding kun je altijd bij Veilig Thuis terecht: 0800-2000 (gratis, dag en nacht).',
  welcome: [
    'Hallo, ik ben wijksignaal.',
    'Maak je je zorgen over een kind of een gezin? Ik help je als leerkracht, pedagogisch medewerker of huisarts om die zorg stap voor stap vast te leggen, volgens de Meldcode. Daarna breng ik je signaal bij het juiste wijkteam. Je blijft betrokken: het wijkteam laat je weten wat ermee gebeurt.',
  ],
  helpHint: 'Typ "hulp" om dit bericht opnieuw te zien.',
  teamWelcome:
    'wijksignaal is aan dit team toegevoegd. Professionals sturen hun signalen in een 1-op-1-chat met de bot; een beheerder kan een kanaal van dit team koppelen als intakekanaal van een wijkteam.',
  notUnderstood: 'Dat begrijp ik niet helemaal. Typ "hulp" om te zien wat ik voor je kan doen.',
  tenantRefused:
    'Sorry, wijksignaal is niet beschikbaar voor jouw organisatie. Vraag je ICT-beheerder of je organisatie is aangesloten.',
} as const;

export type Texts = { readonly [K in keyof typeof nl]: (typeof nl)[K] extends readonly string[] ? readonly string[] : string };
