/**
 * The words the identifying-details detector (./find-identifying.ts) reasons with, Dutch and English. Every entry
 * is compared lowercased without diacritics, so "Mevrouw", "mevrouw" and "mevröuw" meet the same entry. Lists are
 * space-separated strings; phrases (NON_NAME_PHRASES) are separated by commas.
 */

const words = (list: string): readonly string[] => list.split(/\s+/).filter(Boolean);

/** Words that put a name right after them ("juf Anna", "meneer De Vries", "Mr. Jansen"). */
export const TITLES: readonly string[] = words('juf juffrouw meester meneer mevrouw mevr mw mvr dhr heer dokter dr mr mrs ms mister madam mx prof');

/**
 * Titles that are also ordinary words ("I miss school", "mijn zuster"): only a capitalised or listed name after
 * them counts.
 */
export const WEAK_TITLES: readonly string[] = words('miss zuster sister nurse coach teacher');

/** Abbreviations that end in a dot without ending the sentence ("Mr. Jansen", "geb. 3-4-2016"). */
export const ABBREVIATIONS: readonly string[] = words('mr mrs ms dr dhr mw mevr mvr prof geb bijv bv nr tel st ca evt resp vs etc jr sr');

/** Family and household words: not names themselves, and what a possessive name is followed by ("Ahmeds moeder"). */
export const KIN: readonly string[] = words(
  'moeder vader mama papa mam pap ma pa mams paps ouders ouder broer broertje broers zus zusje zussen zuster oma opa tante oom neef nicht ' +
    'neefje nichtje stiefvader stiefmoeder stiefbroer stiefzus pleegmoeder pleegvader pleegouders pleegouder vriend vriendin vriendje ' +
    'vriendinnetje man vrouw partner zoon dochter kind kinderen familie gezin moeders vaders grootouders baby ' +
    'mother father mum mom mommy mummy dad daddy parents parent brother brothers sister sisters grandma grandmother grandpa grandfather granny ' +
    'nan nana aunt auntie uncle cousin boyfriend girlfriend husband wife stepdad stepfather stepmum stepmom stepmother son daughter family',
);

/**
 * Possessive words between a name and a family word ("Noor d'r vader", "Noah z'n broertje", "Daan zijn moeder").
 * The spoken forms (z'n, d'r) mark a possessive on their own; "zijn" and "haar" are as often plain pronouns ("ik ben
 * haar moeder"), so they count only after a word that already looks like a name.
 */
export const POSSESSIVE_LINKS: readonly string[] = words("z'n zn d'r dr der ze'r");
export const PRONOUN_POSSESSIVE_LINKS: readonly string[] = words('zijn haar');

/** Surname particles, and the sequences they form ("van den", "in 't"). */
export const PARTICLES: readonly string[] = words("van de den der ter ten te het 't la le du da di del dos das von el al ben bin ibn ait op in uit");
export const PARTICLE_SEQUENCES: readonly string[] = [
  ...words('van de den der ter ten te la le du da di del dos das von el al bin ibn ait'),
  ...[
    'van de',
    'van den',
    'van der',
    'van het',
    "van 't",
    'in de',
    "in 't",
    'in het',
    'op de',
    "op 't",
    'uit de',
    'uit den',
    'von der',
    'de la',
    'van de la',
    'van ter',
  ],
];

/** Particle sequences that are also plain Dutch prepositions or articles: without a first name or title before them they read as such. */
export const PREPOSITION_LIKE_PARTICLES: readonly string[] = [
  'van',
  'de',
  'het',
  "'t",
  'te',
  'in de',
  'op de',
  'uit de',
  'in het',
  'van het',
  'van de',
  'la',
  'le',
  'da',
  'di',
];

/**
 * Words that make the next capitalised word a thing rather than a person ("het Plein", "de Huisarts", "onze BSO").
 * Not "dat", "die" or "that": before a name they are nearly always conjunctions ("zegt dat Daan…").
 */
export const DETERMINERS: readonly string[] = words(
  "de het een 't the a an this these those deze dit mijn m'n mn jouw uw onze ons hun my your our their its welke elke iedere geen every some any",
);

/** Prepositions before a place ("in Zwolle", "uit Polen", "naar Rotterdam"): an unknown capitalised word after them is taken for a place. */
export const PLACE_PREPOSITIONS: readonly string[] = words('in uit naar te vanuit richting nabij');

/**
 * Words after which a capitalised run names a school, day-care or team ("OBS Het Kompas", "basisschool De Linde",
 * "wijkteam Noord"). STRONG markers name the institution type outright, so even a first name after them ("basisschool
 * Anne Frank") is the school's name.
 */
export const STRONG_INSTITUTION_MARKERS: readonly string[] = words(
  'obs cbs pcbs rkbs ikc kbs sbo so vso basisschool kindcentrum kinderopvang kinderdagverblijf kdv bso psz peuterspeelzaal peuterspeelgroep ' +
    'montessorischool daltonschool jenaplanschool vrijeschool schoolvereniging wijkteam buurtteam jeugdteam stadsdeel huisartsenpraktijk sint st saint ' +
    'gezondheidscentrum ziekenhuis consultatiebureau stichting moskee kerk sportclub voetbalclub vereniging academy kindergarten nursery daycare',
);
export const WEAK_INSTITUTION_MARKERS: readonly string[] = words('school opvang team praktijk wijk club groep clinic hospital church mosque college');

/**
 * Months, weekdays, seasons and holidays, Dutch and English: capitalised in writing, never names here. Not "jan" and
 * "jun": as abbreviations they stand in a date (found as a date), and on their own they are Jan and Jun.
 */
export const CALENDAR_WORDS: readonly string[] = words(
  'januari februari maart april mei juni juli augustus september oktober november december feb mrt apr jul aug sep sept okt nov dec ' +
    'january february march may june july august october ' +
    'maandag dinsdag woensdag donderdag vrijdag zaterdag zondag ma di wo do vr za zo monday tuesday wednesday thursday friday saturday sunday ' +
    'lente zomer herfst winter spring summer autumn fall ' +
    'sinterklaas sint kerst kerstmis kerstfeest pasen pinksteren hemelvaart koningsdag bevrijdingsdag oudjaar nieuwjaar oudennieuw carnaval ' +
    'halloween suikerfeest offerfeest ramadan eid divali diwali holi chanoeka hanukkah christmas xmas easter thanksgiving pentecost ' +
    'voorjaarsvakantie krokusvakantie meivakantie zomervakantie herfstvakantie kerstvakantie vakantie valentijnsdag moederdag vaderdag',
);

/** Prefixes of compounds that are calendar words too ("Woensdagmiddag", "Kerstvakantie", "Sinterklaasfeest"). */
export const CALENDAR_PREFIXES: readonly string[] = words(
  'maandag dinsdag woensdag donderdag vrijdag zaterdag zondag monday tuesday wednesday thursday friday saturday sunday kerst sinterklaas paas ' +
    'pinkster koningsdag ramadan suikerfeest carnaval',
);

/** Organisations, services, places and other proper nouns that are not people. */
export const OTHER_NON_NAMES: readonly string[] = words(
  // care and safety organisations
  'jeugdzorg ggd cjg jgz okt vt veiligthuis wijkteam buurtteam kinderbescherming jeugdbescherming politie leerplicht meldcode samenveilig ' +
    'fier moviera levvel horizon jeugdarts huisartsenpost seh gemeente rijksoverheid uwv svb duo belastingdienst ' +
    'humanitas voedselbank leergeld buurtzorg mee kwadraad accare karakter lucertis parnassia altra spirit pluryn timon lindenhout entrea ' +
    'jeugdformaat cardea kenter youz ggz arkin vitree rivierduinen bascule halt reclassering kindertelefoon kinderombudsman veiligheidshuis ' +
    'zorgteam regio midden-nederland ' +
    // compass points and districts
    'noord zuid oost west centrum zuidoost nieuw-west noordoost noordwest zuidwest bijlmer jordaan osdorp geuzenveld slotervaart ijburg ' +
    'feijenoord charlois delfshaven kralingen ijsselmonde crooswijk schilderswijk transvaal moerwijk laak escamp ypenburg scheveningen ' +
    'kanaleneiland overvecht lombok zuilen ' +
    // Dutch and nearby cities
    'amsterdam rotterdam haag utrecht eindhoven groningen tilburg almere breda nijmegen apeldoorn haarlem arnhem enschede amersfoort zaanstad ' +
    'haarlemmermeer hoofddorp zwolle zoetermeer leiden maastricht dordrecht ede alphen leeuwarden alkmaar emmen delft venlo deventer helmond ' +
    'oss hilversum heerlen sittard amstelveen purmerend schiedam lelystad roosendaal vlaardingen spijkenisse hoorn gouda capelle almelo ' +
    'hengelo veenendaal zeist katwijk nieuwegein assen doetinchem kampen harderwijk zutphen middelburg vlissingen goes zaandam diemen ' +
    'barendrecht ridderkerk zwijndrecht gorinchem tiel wageningen uden weert roermond kerkrade geleen heerenveen sneek drachten hoogeveen ' +
    'meppel stadskanaal veendam winschoten delfzijl gravenhage hertogenbosch antwerpen brussel gent luik berlijn parijs londen ' +
    'london paris berlin brussels antwerp istanbul ankara izmir rabat casablanca tanger nador fez marrakech damascus aleppo homs kyiv kiev ' +
    'kharkiv odessa lviv warschau warsaw krakow paramaribo willemstad asmara mogadishu kabul baghdad ' +
    // countries and regions
    'nederland holland belgie duitsland frankrijk engeland spanje italie portugal polen oekraine rusland roemenie bulgarije turkije marokko ' +
    'algerije tunesie egypte syrie irak iran afghanistan somalie eritrea ethiopie soedan nigeria ghana suriname curacao aruba bonaire ' +
    'antillen indonesie india pakistan china europa afrika azie amerika netherlands belgium germany france england britain spain italy ' +
    'poland ukraine russia romania bulgaria turkey morocco algeria syria iraq somalia ethiopia sudan europe africa asia america ' +
    // nationalities and languages
    'nederlands nederlandse hollands hollandse dutch engels engelse english turks turkse turkish marokkaans marokkaanse moroccan arabisch ' +
    'arabische arabic pools poolse polish oekraiens oekraiense ukrainian syrisch syrische syrian eritrees eritrese tigrinya surinaams ' +
    'surinaamse somalisch somali duits duitse german frans franse french spaans spaanse spanish russisch russische russian berbers ' +
    'tamazight koerdisch kurdish farsi dari pashto roemeens bulgaars portugees italiaans ' +
    // religion
    'god allah jezus jesus islam islamitisch christelijk katholiek protestants joods koran quran bijbel bible ' +
    // apps, brands and shops that children and parents mention
    'whatsapp teams instagram insta tiktok snapchat snap facebook youtube google netflix fortnite roblox minecraft playstation xbox nintendo ' +
    'ipad iphone samsung jumbo lidl aldi action kruidvat hema ikea mcdonalds efteling ' +
    // exclamations people write capitalised
    'inshallah insha wallah habibi mashallah',
);

/** Greetings: capitalised, never names, and unlike organisations the word after them may well be a name ("Hoi Zarifa"). */
export const GREETINGS: readonly string[] = words('hoi hallo hey hi hee beste dear beste goedemorgen goedemiddag regards groet groeten groetjes');

/** Proper nouns of more than one word, any of whose words may otherwise look like a name. */
export const NON_NAME_PHRASES: readonly string[] = (
  'veilig thuis, zwarte piet, sint maarten, sint nicolaas, santa claus, father christmas, albert heijn, den haag, den bosch, ' +
  'raad voor de kinderbescherming, william schrikker, samen veilig, blijf groep, keti koti, goede vrijdag, oud en nieuw, new year, ' +
  'boxing day, easter bunny, intern begeleider, ouder en kindteam, centrum voor jeugd en gezin, sociaal wijkteam, anne frank, ' +
  'leger des heils, bureau jeugdzorg, sterk huis, de waag, zorg en veiligheidshuis, rode kruis, red cross'
)
  .split(',')
  .map((phrase) => phrase.trim())
  .filter(Boolean);

/** Words (any capitalisation) never read as a name on their own: too short, or the English "I". */
export const NEVER_NAMES: readonly string[] = words('i u ik o');

/**
 * Ordinary Dutch and English words. A capitalised word in this list is a capitalised word, not a name; a word after a
 * name that is in this list ends the name ("daan zegt", "Sanne en"). Names that are also words are in first-names.ts
 * (COMMON_WORD_NAMES).
 */
export const LEXICON: readonly string[] = [
  // Dutch function words
  ...words("de het een 't en of maar want dus omdat als dan toen terwijl nadat voordat zodat hoewel tenzij dat die dit deze wat wie waar wanneer"),
  ...words('waarom hoe welke welk zo ook nog al wel niet geen niets niks iets iemand niemand iedereen alles veel weinig meer minder meest erg heel'),
  ...words('zeer best echt gewoon even ff soms vaak altijd nooit weer opnieuw steeds nu net straks later eerder vandaag gisteren morgen eergisteren'),
  ...words('overmorgen vanochtend vanmorgen vanmiddag vanavond vannacht vorige vorig volgende volgend ik jij je u hij zij ze wij we jullie hun hen'),
  ...words("hem haar mij me mijn m'n mn jouw jou zijn z'n zn d'r der ons onze uw zich zichzelf elkaar men er hier daar daarom daarna daarvoor"),
  ...words('daardoor daarmee ervan erover erbij erop eruit ermee waarbij waarin waarop in op aan bij met van voor na naar uit over onder boven'),
  ...words('tussen door tegen zonder tot sinds vanaf om rond rondom binnen buiten achter naast langs via per tijdens volgens behalve richting'),
  ...words('ja nee oke ok oké hoor toch eens nou zeker misschien waarschijnlijk blijkbaar helaas gelukkig eigenlijk natuurlijk inderdaad trouwens'),
  ...words('alleen samen allebei beide allemaal elk elke ieder iedere zelf zelfs bijna ongeveer precies ineens opeens plotseling meestal mogelijk'),
  ...words('regelmatig dagelijks wekelijks thuis verder eerst tenslotte uiteindelijk vervolgens graag liever snel langzaam laat vroeg daarnaast'),
  ...words("hierdoor hierbij hiervan namelijk echter bovendien ondanks vanwege wegens zoals zowel noch hetzelfde dezelfde zulke zo'n"),
  ...words('ie dr hè he hé joh jij jou jullie wie wiens zoiets zonet pas juist vooral wellicht vermoedelijk kennelijk hopelijk ongeveer'),
  // Dutch verbs, common forms
  ...words('ben bent is zijn was waren geweest wezen heb hebt heeft hebben had hadden gehad word wordt worden werd werden geworden kan kun kunt'),
  ...words('kunnen kon konden gekund wil wilt willen wilde wilden wou mag mogen mocht mochten moet moeten moest moesten zal zult zullen zou'),
  ...words('zouden ga gaat gaan ging gingen gegaan kom komt komen kwam kwamen gekomen doe doet doen deed deden gedaan zeg zegt zeggen zei'),
  ...words('zeiden gezegd vertel vertelt vertellen vertelde vertelden verteld zie ziet zien zag zagen gezien sta staat staan stond stonden'),
  ...words('gestaan zit zitten zat zaten gezeten lig ligt liggen lag lagen loop loopt lopen liep liepen gelopen weet weten wist wisten geweten'),
  ...words('denk denkt denken dacht dachten gedacht vind vindt vinden vond vonden gevonden krijg krijgt krijgen kreeg kregen gekregen maak'),
  ...words('maakt maken maakte maakten gemaakt geef geeft geven gaf gaven gegeven neem neemt nemen nam namen genomen breng brengt brengen'),
  ...words('bracht brachten gebracht haal haalt halen haalde opgehaald ophalen woon woont wonen woonde woonden gewoond speel speelt spelen'),
  ...words('speelde gespeeld huil huilt huilen huilde gehuild slaap slaapt slapen sliep geslapen eet eten at gegeten drink drinkt drinken'),
  ...words('dronk lach lacht lachen lachte praat praten praatte gepraat bel belt bellen belde gebeld schreeuw schreeuwt schreeuwen schreeuwde'),
  ...words('sla slaat slaan sloeg geslagen schop schopt schoppen duw duwt duwen pest pesten gepest blijf blijft blijven bleef bleven gebleven'),
  ...words('lijk lijkt lijken leek leken heet heten heette voel voelt voelen voelde gevoeld hoor hoort horen hoorde gehoord vraag vraagt vragen'),
  ...words('vroeg vroegen gevraagd reageert reageren reageerde werk werkt werken werkte gewerkt leer leert leren leerde geleerd lees leest'),
  ...words('lezen las schrijf schrijft schrijven schreef draag draagt dragen droeg durf durft durven durfde mis mist missen miste gemist wacht'),
  ...words('wachten wachtte gewacht help helpt helpen hielp geholpen zoek zoekt zoeken zocht gezocht kijk kijkt kijken keek gekeken luister'),
  ...words('luistert luisteren rijd rijdt rijden reed fietst ren rent rennen rende val valt vallen viel gevallen besproken gesproken spreek'),
  ...words('spreekt spreken sprak belooft beloofd vergeet vergeten vergat snap snapt begrijp begrijpt begrijpen begreep ken kent kennen kende'),
  ...words('gekend zorg zorgt zorgde gezorgd noem noemt noemen noemde genoemd betrokken gebeurd gebeurt gebeurde gemeld meld meldt melden'),
  ...words('bereikbaar aanwezig afwezig gehaald gebracht geweest gestopt stopt stoppen begon begint beginnen begonnen verteld komen'),
  ...words('verhuisd verhuist verhuizen kreeg wilde heeft hebben maakt mocht slaapt eet huilt vertelde zegt denkt weet'),
  // Dutch nouns and adjectives that chat writers capitalise
  ...words('kind kinderen kindje jongen jongens meisje meisjes leerling leerlingen klas klasgenoot klasgenoten groep school basisschool'),
  ...words('opvang kinderopvang gastouder peuter peuters kleuter baby zuigeling tiener puber huis huisje thuis woning flat kamer bed keuken'),
  ...words('badkamer tuin straat buurt wijk stad dorp plein schoolplein hek speelplaats gang gymzaal gym les lessen pauze leerkracht docent'),
  ...words('directeur directrice directie mentor ib ibber intern begeleider zorgcoordinator aandachtsfunctionaris huisarts arts'),
  ...words('verpleegkundige wijkagent agent buurman buurvrouw buren pedagogisch medewerker pm pmer leidster leider begeleider hulpverlener'),
  ...words('eten ontbijt lunch brood drinken kleding kleren jas schoenen tas luier luiers fiets auto bus telefoon mobiel mail email adres'),
  ...words('postcode nummer telefoonnummer dossier melding signaal zorgsignaal gesprek gesprekken afspraak overleg advies hulp steun gedrag'),
  ...words('boosheid ruzie geweld klap klappen blauwe plek plekken wond pijn angst bang boos verdrietig stil moe ziek hongerig vies verzorgd'),
  ...words('goed slecht groot klein oud jong nieuw nieuwe lief blij druk rustig gezond schoon arm rijk zwaar licht hoog laag lang kort dik'),
  ...words('dun zwart wit rood blauw groen geel bruin grijs roze paars oranje mooi lelijk leuk raar vreemd normaal anders eerste tweede derde'),
  ...words('laatste hele halve beetje vol leeg open dicht twee drie vier vijf zes zeven acht negen tien elf twaalf twintig honderd'),
  ...words('week weken jaar jaren maand maanden dag dagen uur uren minuut minuten keer keren tijd moment ochtend middag avond nacht weekend'),
  ...words('incident situatie zorgen vraag vragen antwoord probleem problemen idee gevoel indruk beeld kant deel stuk veilig onveilig'),
  ...words('bedankt dank dankjewel dankuwel alvast mvg gr groet groetjes sorry excuus helemaal beter slechter'),
  // English function words
  ...words('the a an and or but so because if then when while after before that this these those what who whom whose where why how which not'),
  ...words('no yes yeah yep nope ok okay also too very really just only still again now today yesterday tomorrow tonight morning afternoon'),
  ...words('evening night week weeks month months year years day days time times last next first second third me my mine you your yours he'),
  ...words('him his she her hers it its we us our they them their there here is are was were be been being am has have had having do does'),
  ...words('did done doing with without of in on at to for from by about into onto over under between through during since until near against'),
  ...words('up down out off around behind beside across along all any some many much more most less few every each other another such own'),
  ...words('same both either neither never always often sometimes usually maybe perhaps please thanks thank hello hi dear sure well even back'),
  ...words("i'm im i'll ive i've dont don't doesnt didnt cant can't wont isnt wasnt arent hes shes theyre youre lets let's"),
  // English verbs, common forms
  ...words('say says said saying tell tells told telling see sees saw seen come comes came coming go goes went gone going get gets got getting'),
  ...words('make makes made give gives gave take takes took bring brings brought pick picks picked live lives lived living cry cries cried'),
  ...words('crying seem seems seemed look looks looked looking sleep sleeps slept eat eats ate play plays played talk talks talked speak speaks'),
  ...words('spoke spoken call calls called hit hits shout shouts shouted yell yells yelled scream screamed know knows knew think thinks thought'),
  ...words('feel feels felt want wants wanted need needs needed like likes liked could would shall should might must keep kept stay stays'),
  ...words('stayed leave leaves left walk walked run ran hurt hurts push pushed notice noticed notices arrived arrives mentioned asked asks'),
  ...words('answer answered reach reached started start starts stopped wetting wet happened happens worried worry scared afraid angry sad'),
  // English nouns and adjectives
  ...words('child children kid kids boy girl boys girls teacher neighbour neighbor friend home house school class doctor police bruise'),
  ...words('bruises arm arms leg legs face head hand hands bed food breakfast lunch dinner coat shoes bag phone email address number office'),
  ...words('park bus car street town city room kitchen garden playground gate class classroom team group help care report good bad big small'),
  ...words('everyone everybody someone somebody anyone anybody nobody one ones foto auto baby video menu radio hobby taxi collega pyjama drama'),
  ...words('thema cadeau kado paraplu cafe opa oma mama papa bso kdv'),
  ...words('little old young new nice fine tired sick hungry dirty clean quiet loud drunk strange weird normal'),
  ...words('social services service youth care protection board health council office centre center department agency safeguarding welfare'),
  ...words('honger dorst verdriet zakgeld huiswerk rapport ouderavond gymles zwemles sport voetbal muziek kerk moskee markt winkel supermarkt'),
  ...words('autisme autistisch adhd add astma diabetes epilepsie dyslexie eczeem ritalin concerta melatonine paracetamol ibuprofen medicatie'),
  ...words('medicijnen therapie rekenen taal spelling lezen schrijven wiskunde aardrijkskunde geschiedenis biologie natuur tekenen jeugdhulp'),
  ...words('judo ballet dansen turnen hockey zwemmen scouting muziekles pianoles voetbalclub hobby hobbys sporten speeltuin zwembad bibliotheek'),
  ...words('broodtrommel rugzak boterham boterhammen fruit snoep jeugd zorg veiligheid bescherming centrum instelling organisatie collega collegas'),
];
