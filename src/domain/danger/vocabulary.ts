/**
 * The words the danger recogniser (./classify-danger.ts) looks for, Dutch and English, each list in one place.
 *
 * Every entry is written in plain lowercase without accents; the classifier normalises both these entries and the
 * typed text the same way (accents stripped, chat abbreviations expanded, repeated letters collapsed), so "slaaan",
 * "SLAAT" and "slaat" meet the same entry. Phrases are space-separated words that must follow each other.
 */

/**
 * Chat abbreviations, expanded before anything else is matched. Only ones that matter for danger or its timing,
 * or that would otherwise hide a person ("ie" = hij, "zn" = zijn).
 */
export const CHAT_ABBREVIATIONS: Readonly<Record<string, string>> = {
  ff: 'even',
  ie: 'hij',
  zn: 'zijn',
  mn: 'mijn',
  vd: 'van de',
  t: 'het',
  rn: 'right now',
  atm: 'at the moment',
  tn: 'tonight',
  tonite: 'tonight',
  asap: 'now',
  pls: 'please',
  plz: 'please',
  gonna: 'going to',
  hes: 'he is',
  shes: 'she is',
  theres: 'there is',
  dont: 'do not',
  doesnt: 'does not',
  didnt: 'did not',
  wont: 'will not',
  isnt: 'is not',
  cant: 'can not',
  im: 'i am',
  hed: 'he would',
  ll: 'will',
  d: 'would',
  s: 'is',
  m: 'am',
  word: 'wordt',
};

/**
 * Harm that needs no object to be harm: killing, strangling, abuse, threats, locking up. Exact word forms (all
 * inflections written out: a prefix match would take "slaapt" for "slaat").
 */
export const HARM_WORDS: readonly string[] = [
  // Dutch
  ...['vermoorden', 'vermoord', 'vermoordt', 'vermoordde', 'vermoordden'],
  ...['doodmaken', 'doodmaakt', 'doodmaak', 'doodgemaakt', 'doden', 'doodt', 'gedood'],
  ...['wurgen', 'wurg', 'wurgt', 'wurgde', 'wurgden', 'gewurgd'],
  ...['verkrachten', 'verkracht', 'verkrachtte', 'verkrachtten'],
  ...['bedreigen', 'bedreigt', 'bedreig', 'bedreigde', 'bedreigd'],
  // "hij dreigt vaker" is a threat; "dreigt te blijven zitten" is not (THREAT_RISK_FORMS).
  ...['dreigen', 'dreig', 'dreigt', 'dreigde', 'dreigden', 'gedreigd'],
  ...['opsluiten', 'opsluit', 'opsloot', 'opsloten', 'opgesloten'],
  ...['neersteken', 'neergestoken', 'neerschieten', 'neergeschoten', 'doodschieten', 'doodgeschoten'],
  // Killing and beating said the way people say it: "afmaken", "neerknallen", "aftuigen", "toetakelen".
  ...['afmaken', 'afmaakt', 'afgemaakt', 'neerknallen', 'neerknalt', 'neergeknald', 'doodslaan', 'doodslaat', 'doodgeslagen'],
  ...['doodsteken', 'doodsteekt', 'aftuigen', 'aftuigt', 'afgetuigd', 'afranselen', 'afranselt', 'afgeranseld', 'toetakelen', 'toegetakeld'],
  ...['vastbinden', 'vastbindt', 'vastgebonden', 'aanranden', 'aangerand', 'martelen', 'martelt', 'gemarteld', 'molesteren', 'gemolesteerd'],
  // English
  ...['kill', 'kills', 'killing', 'killed', 'murder', 'murders', 'murdering', 'murdered'],
  ...['strangle', 'strangles', 'strangling', 'strangled', 'choke', 'chokes', 'choking', 'choked'],
  ...['stab', 'stabs', 'stabbing', 'stabbed', 'rape', 'rapes', 'raping', 'raped'],
  ...['threaten', 'threatens', 'threatening', 'threatened'],
  ...['harm', 'harms', 'harming', 'harmed', 'batter', 'batters', 'battering', 'battered', 'molest', 'molested', 'torture', 'tortured'],
];

/** Harm said in several words ("in elkaar slaan", "pijn doen", "beat her up"). */
export const HARM_PHRASES: readonly string[] = [
  'dood maken',
  'dood te maken',
  'dood maakt',
  'in elkaar slaan',
  'in elkaar slaat',
  'in elkaar sloeg',
  'in elkaar geslagen',
  'pijn doen',
  'pijn te doen',
  'pijn doet',
  'pijn gedaan',
  'iets aandoen',
  'iets aan te doen',
  'iets aandoet',
  'wat aandoet',
  'pak slaag',
  'klappen krijgt',
  'klappen krijgen',
  'klappen geeft',
  'klappen geven',
  'klap krijgt',
  'klap geeft',
  'wat aandoen',
  'wat aan te doen',
  'iets aangedaan',
  'kapot maken',
  'kapot maakt',
  'met de dood',
  'beat up',
  'beats up',
  'beat her up',
  'beat him up',
  'beat me up',
  'beaten up',
  // Threat idioms: what a furious parent says instead of "slaan" or "vermoorden".
  'pak rammel',
  'pak op zijn donder',
  'op zijn donder',
  'op haar donder',
  'op zijn lazer',
  'te grazen',
  'ervan langs',
  'er van langs',
  'van langs krijgt',
  'van langs krijgen',
  'ervan lusten',
  'niet navertellen',
  'niet na vertellen',
  'bont en blauw',
  'keel dicht',
  'keel dichtknijpen',
  'nek omdraaien',
  'de nek om',
  'een lesje leren',
  'kapot slaan',
  'in elkaar trappen',
  'in de kelder',
  'beat the crap out',
  'beat the shit out',
  'knock her out',
  'knock him out',
  'teach her a lesson',
  'teach him a lesson',
  'head in',
  'finish her off',
  'finish him off',
];

/**
 * Verbs that are harm only when done to a person: "slaat haar" is, "schopt een balletje" and "hit the ball" are
 * not. The classifier wants a person (PERSON_WORDS) close by, or a passive ("wordt geslagen", "get hit").
 */
export const PERSON_HARM_WORDS: readonly string[] = [
  // Dutch
  ...['slaan', 'sla', 'slaat', 'sloeg', 'sloegen', 'geslagen'],
  ...['schoppen', 'schop', 'schopt', 'schopte', 'schopten', 'geschopt', 'trappen', 'trapt', 'trapte', 'getrapt'],
  ...['steken', 'steek', 'steekt', 'stak', 'staken', 'gestoken'],
  ...['schieten', 'schiet', 'schoot', 'schoten', 'geschoten'],
  ...['duwen', 'duwt', 'duwde', 'geduwd', 'schudden', 'schudt', 'schudde', 'geschud'],
  // Abuse, as a word, is what the whole bot is about ("vermoeden van mishandeling"): harm only when done to someone.
  ...['mishandelen', 'mishandelt', 'mishandel', 'mishandelde', 'mishandeld', 'misbruiken', 'misbruikt', 'misbruikte'],
  ...['klap', 'mep', 'mept', 'meppen', 'mepte', 'gemept', 'knijpen', 'knijpt', 'kneep', 'geknepen', 'stompen', 'stompt', 'stompte', 'gestompt'],
  // English
  ...['hit', 'hits', 'hitting', 'kick', 'kicks', 'kicking', 'kicked', 'punch', 'punches', 'punching', 'punched'],
  ...['slap', 'slaps', 'slapping', 'slapped', 'beat', 'beats', 'beating', 'beaten', 'shoot', 'shoots', 'shooting', 'shot'],
  ...['hurt', 'hurts', 'hurting', 'push', 'pushes', 'pushing', 'pushed', 'shake', 'shakes', 'shaking', 'shook'],
  ...['lock', 'locks', 'locking', 'locked', 'abuse', 'abuses', 'abusing', 'abused'],
  ...['smash', 'smashes', 'smashing', 'smashed', 'bash', 'bashes', 'bashed', 'smack', 'smacks', 'smacked', 'whack', 'whacks', 'whacked'],
];

/**
 * "dreigt te blijven zitten" is a risk, not a threat: a form of "dreigen" followed directly by "te" is not harm
 * ("dreigt haar te steken" has the person in between and still is).
 */
export const THREAT_RISK_FORMS: readonly string[] = ['dreigen', 'dreig', 'dreigt', 'dreigde', 'dreigden', 'gedreigd'];

/**
 * Dutch separable particles that turn "slaan" and "steken" into something harmless when they close the clause:
 * "sloeg haar huiswerk over" (skip), "slaat het op" (save), "slaat de deur dicht", "steekt haar hand op".
 */
export const HARMLESS_PARTICLES: readonly string[] = ['over', 'op', 'af', 'aan', 'om', 'dicht'];
export const SEPARABLE_VERBS: readonly string[] = [
  ...['slaan', 'sla', 'slaat', 'sloeg', 'sloegen', 'geslagen'],
  ...['steken', 'steek', 'steekt', 'stak', 'staken', 'gestoken'],
];

/** Who harm is done to. Object pronouns, people and family words; "ze" is left out (mostly a subject). */
export const PERSON_WORDS: readonly string[] = [
  // Dutch
  // Not "elkaar": "ze slaan elkaar op het plein" is children fighting ("in elkaar slaan" is a harm phrase).
  ...['hem', 'haar', 'mij', 'me', 'ons', 'hen', 'hun', 'jou', 'iemand', 'zichzelf'],
  ...['moeder', 'mama', 'mam', 'vader', 'papa', 'pap', 'kind', 'kinderen', 'kids', 'kindje', 'zoon', 'dochter'],
  ...['broer', 'broertje', 'zus', 'zusje', 'baby', 'vrouw', 'man', 'meisje', 'jongen', 'jongetje', 'assistente'],
  ...['leerling', 'leerkracht', 'juf', 'meester', 'oma', 'opa', 'partner', 'vriendin', 'vriend'],
  // English
  ...['him', 'her', 'them', 'us', 'you', 'someone', 'himself', 'herself', 'mother', 'mum', 'mom', 'father', 'dad'],
  ...['child', 'children', 'kid', 'boy', 'girl', 'son', 'daughter', 'brother', 'sister', 'wife', 'husband'],
  // Step-parents, partners and the names children use for their parents.
  ...['stiefvader', 'stiefmoeder', 'stiefpa', 'stiefma', 'pa', 'ma', 'mams', 'paps', 'mammie', 'pappie'],
  ...['mummy', 'mommy', 'mama', 'daddy', 'stepdad', 'stepfather', 'stepmother', 'stepmum', 'boyfriend', 'girlfriend', 'me', 'mum'],
];

/**
 * Past forms of the harm words. With no now-marker they place the harm in the past ("papa duwde mij", "he punched
 * her"), unless a present helper makes it a state or a passive now ("wordt geslagen", "zit opgesloten").
 */
export const PAST_HARM_FORMS: readonly string[] = [
  // Dutch
  ...['vermoordde', 'vermoordden', 'doodgemaakt', 'gedood', 'wurgde', 'wurgden', 'gewurgd', 'mishandelde', 'mishandeld'],
  ...['bedreigde', 'bedreigd', 'opsloot', 'opsloten', 'opgesloten', 'neergestoken', 'neergeschoten', 'doodgeschoten'],
  ...['sloeg', 'sloegen', 'geslagen', 'schopte', 'schopten', 'geschopt', 'trapte', 'getrapt', 'stak', 'staken', 'gestoken'],
  ...['schoot', 'schoten', 'geschoten', 'duwde', 'geduwd', 'schudde', 'geschud', 'dreigde', 'dreigden', 'gedreigd'],
  // English ("hit", "hurt", "beat" are present and past alike and stay out)
  ...['killed', 'murdered', 'strangled', 'choked', 'stabbed', 'abused', 'threatened', 'kicked', 'punched', 'slapped'],
  ...['beaten', 'shot', 'pushed', 'shook', 'locked'],
];

/** Present helpers that keep a past participle in the present: "wordt geslagen", "zit opgesloten", "is being hit". */
export const PRESENT_HELPERS: readonly string[] = ['wordt', 'worden', 'zit', 'zitten', 'is', 'get', 'gets', 'getting', 'being'];

/**
 * Passive helpers: harm "wordt geslagen", "get hit", "being beaten" is done to someone even when no person word is
 * near. The second list makes a passive only with a past form ("is mishandeld", "was kicked"): "is hitting" is not.
 */
export const PASSIVE_HELPERS: readonly string[] = ['wordt', 'worden', 'werd', 'werden', 'get', 'gets', 'getting', 'got', 'being', 'been'];
export const PARTICIPLE_HELPERS: readonly string[] = ['is', 'zijn', 'was', 'waren', 'were'];

/** Weapons. Exact words, so "mesje" (a small kitchen knife) and "messen en vorken" stay harmless. */
export const WEAPON_WORDS: readonly string[] = [
  ...['mes', 'wapen', 'pistool', 'geweer', 'vuurwapen', 'knuppel', 'honkbalknuppel', 'bijl', 'hamer', 'stiletto'],
  ...['knife', 'weapon', 'gun', 'pistol', 'rifle', 'bat', 'axe', 'machete'],
];

/** A weapon word right after one of these is a toy: "nerf-geweer", "toy gun", "waterpistool" is one word anyway. */
export const TOY_MARKERS: readonly string[] = ['nerf', 'speelgoed', 'plastic', 'toy', 'water', 'fake', 'nep'];

/** Having a weapon now ("heeft een mes", "has a gun") is danger now, not a memory. */
export const POSSESSION_NOW: readonly string[] = ['heeft', 'hebben', 'has', 'have', 'holding', 'houdt', 'zwaait'];

/** Danger said outright, without naming the harm. With a now-marker it is clear; alone it is possible. */
export const DANGER_WORDS: readonly string[] = [
  ...['gevaar', 'gevaarlijk', 'gevaarlijke', 'onveilig', 'onveilige', 'acuut', 'spoed', 'noodgeval', '112'],
  ...['zelfmoord', 'suicide', 'suicidaal', 'zelfdoding'],
  ...['danger', 'dangerous', 'unsafe', 'urgent', 'emergency', 'acute', 'suicidal'],
];

/** Danger said in several words; matched before negations, since "niet veilig" *is* the danger. */
export const DANGER_PHRASES: readonly string[] = [
  'niet veilig',
  'niet meer veilig',
  'not safe',
  'durft niet naar huis',
  'mag niet naar huis',
  'wil niet naar huis',
  'scared to go home',
  'afraid to go home',
];

/**
 * Acute by themselves: no harm word and no time word needed. Kept short: each one is a cry for help or an
 * immediate threat to life.
 */
export const ACUTE_PHRASES: readonly string[] = [
  'levensgevaar',
  'acuut gevaar',
  'direct gevaar',
  'bel 112',
  'call 112',
  'help nu',
  'nu hulp nodig',
  'wil zichzelf doden',
  'wil zelfmoord plegen',
  'gaat zichzelf iets aandoen',
  'wants to kill himself',
  'wants to kill herself',
  'going to kill himself',
  'going to kill herself',
];

/** Idioms that look like danger and are not; removed before anything is matched. */
export const HARMLESS_IDIOMS: readonly string[] = [
  'in danger of',
  'killing it',
  'killed it',
  'kill it',
  'kill time',
  'gevaarlijk goed',
  'gevaarlijk lekker',
  'gevaarlijk dichtbij',
  'slaat nergens op',
  'sla je slag',
  'net als',
  'net zo',
  'net zoals',
];

/**
 * Now and about to happen: an explicit time or a presence ("staat voor de deur", "wacht op", "komt eraan", "is
 * outside"). These win over past markers in the same clause.
 */
export const NOW_WORDS: readonly string[] = [
  // Dutch
  ...['nu', 'momenteel', 'vanavond', 'vannacht', 'vanmiddag', 'straks', 'zometeen', 'meteen', 'zodra'],
  ...['net', 'onderweg', 'thuiskomt', 'terugkomt', 'wacht', 'wachten', 'wachtend'],
  // English ("just" only before a past form: see JUST_BEFORE)
  ...['now', 'currently', 'tonight', 'soon', 'immediate', 'immediately', 'outside', 'waiting', 'coming'],
];

/**
 * "just" is danger's "just now" only before something that just happened ("just texted", "just threatened", "just
 * said"); before anything else it is a filler ("i just think"). Words ending in -ed count, and these.
 */
export const JUST_BEFORE: readonly string[] = ['said', 'told', 'hit', 'saw', 'got', 'came', 'sent', 'called', 'rang', 'wrote', 'shot', 'left'];

export const NOW_PHRASES: readonly string[] = [
  'op dit moment',
  'zo meteen',
  'komt eraan',
  'komt er aan',
  'komt er zo aan',
  'komt zo',
  'zo terug',
  'komt terug',
  'comes back',
  'gets back',
  'thuis komt',
  'terug komt',
  'aan het',
  'staat voor',
  'staat bij',
  'staat buiten',
  'staat beneden',
  'staat hier',
  'staat daar',
  'staan voor',
  'staan bij',
  'staan buiten',
  'right now',
  'at the moment',
  'at this moment',
  'this evening',
  'this afternoon',
  'on his way',
  'on her way',
  'on their way',
  'gets home',
  'comes home',
  'gets there',
  'at the door',
  'about to',
];

/**
 * Someone threatening, or someone afraid, without harm named: with a now-marker ("is dronken en staat voor de
 * deur") that is possible danger now; without one, an observation.
 */
export const THREAT_CUES: readonly string[] = [
  ...['agressief', 'dronken', 'woedend', 'boos', 'kwaad', 'woest', 'razend', 'bang', 'doodsbang', 'dreigend', 'stoned'],
  ...['schreeuwt', 'schreeuwen', 'schreeuwend', 'tiert', 'tieren', 'scheldt', 'flipt', 'geflipt', 'losgeslagen'],
  ...['aggressive', 'drunk', 'furious', 'angry', 'scared', 'afraid', 'terrified', 'screaming', 'yelling', 'raging'],
  // Drunk or high, said as people say it.
  ...['bezopen', 'straalbezopen', 'ladderzat', 'lazarus', 'beschonken', 'stoned', 'high', 'wasted', 'hammered'],
  // Distress: hiding, fleeing, panic, screams. With a now-marker, someone may be in danger now.
  ...['verstopt', 'verstoppen', 'verschuilt', 'vlucht', 'vluchten', 'gevlucht', 'paniek', 'gillen', 'gilt', 'gegil', 'gil', 'trilt', 'trillen'],
  ...['hiding', 'hides', 'fleeing', 'fled', 'panic', 'panicking', 'screams', 'shaking', 'trembling', 'sobbing'],
  // Someone who may not come near and does.
  ...['contactverbod', 'straatverbod', 'omgangsverbod', 'huisverbod', 'gebiedsverbod', 'restraining'],
];

/**
 * Someone passing on what is coming: the child, the parent, a colleague saying or writing it. With a now-marker and
 * a person in the same sentence ("zegt dat zijn vader hem vanavond …"), the bot asks rather than lets it pass,
 * whatever the harm is called: wording it does not know must not mean no danger. So do a future or a condition
 * (CONDITIONS: "… als ze thuiskomt").
 */
export const REPORTED_SPEECH: readonly string[] = [
  ...['zegt', 'zei', 'zeggen', 'gezegd', 'vertelt', 'vertelde', 'verteld', 'roept', 'riep', 'geroepen', 'appt', 'appte', 'belt', 'belde', 'beloofd'],
  ...['says', 'said', 'tells', 'told', 'texted', 'texts', 'called', 'shouts', 'shouted', 'yells', 'yelled', 'swears', 'swore'],
];
export const CONDITIONS: readonly string[] = ['als', 'zodra', 'wanneer', 'tenzij', 'if', 'once', 'when', 'unless'];

/** A cry for help opening a message or sentence ("help hij slaat haar", "HELP!!") marks it as happening now. */
export const HELP_WORDS: readonly string[] = ['help', 'hulp', 'sos'];

/**
 * About to happen, but weaker than an explicit time: a future ("gaat slaan", "will kill", "going to"). It counts as
 * imminence only when the clause has no explicit past time.
 */
export const SOON_WORDS: readonly string[] = ['gaat', 'gaan', 'zal', 'zullen', 'will', 'going'];

/**
 * Past: time words and past auxiliaries. Past violence is what observations usually describe, so harm with one of
 * these (and no now-marker in the same clause) is an observation, not danger now.
 */
export const PAST_WORDS: readonly string[] = [
  // Dutch
  ...['gisteren', 'gisteravond', 'eergisteren', 'vorige', 'vorig', 'laatst', 'geleden', 'toen', 'vroeger', 'eerder'],
  ...['destijds', 'ooit', 'daarna', 'jaren'],
  // English
  ...['yesterday', 'last', 'ago', 'earlier', 'before', 'previously', 'years'],
];

export const PAST_PHRASES: readonly string[] = ['used to', 'in de zomer', 'over the summer', 'een keer', 'een tijdje', 'in het verleden', 'in the past'];

/**
 * Weaker signs of the past: auxiliaries and perception verbs in the past tense (and, in the classifier, past forms
 * of the harm words). A future in the same clause wins over these ("ze was bang dat hij haar gaat slaan"); an
 * explicit past time (PAST_WORDS) wins over a future.
 */
export const PAST_TENSE_WORDS: readonly string[] = [
  ...['had', 'hadden', 'was', 'waren', 'werd', 'werden', 'zag', 'gezien', 'hoorde', 'gehoord'],
  ...['were', 'saw', 'seen', 'heard'],
];

/**
 * Negations. They silence danger words and harm close by in their own clause only, so "ze kan niet weg hij slaat
 * haar nu" is still danger.
 */
export const NEGATIONS: readonly string[] = ['geen', 'niet', 'nooit', 'niemand', 'niets', 'niks', 'no', 'not', 'never', 'nothing', 'nobody'];
/** How far a negation reaches: two words forward ("geen gevaar"), three back (Dutch "slaat zijn zoon niet"). */
export const NEGATION_REACH_FORWARD = 2;
export const NEGATION_REACH_BACK = 3;
/** Negated subjects reach their whole clause: "nobody here is in danger", "niemand is hier in gevaar". */
export const NEGATED_SUBJECTS: readonly string[] = ['niemand', 'nobody', 'noone'];

/** A negation of what the signaller knows, not of the danger: "weet niet of", "not sure", "do not know". */
export const NOT_A_NEGATION_BEFORE: readonly string[] = ['zeker', 'of', 'sure', 'know', 'if', 'whether', 'alleen', 'only'];

/**
 * Where a clause ends for negation: a negation before "maar" does not reach the harm after it ("geen politie maar
 * hij slaat haar nu"). Time markers reach further (the segment, split by punctuation and contrast words only).
 */
export const CONTRAST_WORDS: readonly string[] = ['maar', 'but', 'however', 'alleen'];
export const CLAUSE_WORDS: readonly string[] = ['en', 'and', 'want', 'omdat', 'because', 'dus', 'so'];
