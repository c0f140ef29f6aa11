import { classifyDanger, type DangerClass } from '../../../src/domain';
import { DANGER_SENTENCES, type DangerSentence } from '../../fixtures/danger-sentences';
import { HELD_OUT_DANGER_SENTENCES } from '../../fixtures/danger-sentences-held-out';
import { HELD_OUT_DANGER_SENTENCES_2 } from '../../fixtures/danger-sentences-held-out-2';
import { HELD_OUT_DANGER_SENTENCES_3 } from '../../fixtures/danger-sentences-held-out-3';
import { HELD_OUT_DANGER_SENTENCES_4 } from '../../fixtures/danger-sentences-held-out-4';

const CLASSES = ['danger-now', 'past-violence', 'no-danger'] as const;

interface Figures {
  readonly count: number;
  readonly clear: number;
  readonly possible: number;
  readonly none: number;
}

const pct = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((1000 * part) / whole) / 10);

/** Per-class figures, printed, and the sentences that miss the bars. */
function figures(table: readonly Pick<DangerSentence, 'text' | 'class'>[]) {
  const results = table.map((s) => ({ ...s, got: classifyDanger(s.text) }));
  const per = Object.fromEntries(
    CLASSES.map((cls) => {
      const rows = results.filter((r) => r.class === cls);
      const count = (c: DangerClass) => rows.filter((r) => r.got === c).length;
      return [cls, { count: rows.length, clear: count('clear'), possible: count('possible'), none: count('none') }];
    }),
  ) as Record<(typeof CLASSES)[number], Figures>;
  const dangerNow = per['danger-now'];
  const clearTotal = results.filter((r) => r.got === 'clear').length;
  const lines = CLASSES.map((cls) => {
    const f = per[cls];
    return `${cls.padEnd(14)} n=${f.count}  clear ${pct(f.clear, f.count)} %  possible ${pct(f.possible, f.count)} %  none ${pct(f.none, f.count)} %`;
  });
  lines.push(`danger-now recall (clear or possible): ${pct(dangerNow.clear + dangerNow.possible, dangerNow.count)} %`);
  lines.push(`precision of 'clear' against danger-now: ${pct(dangerNow.clear, clearTotal)} % (${dangerNow.clear}/${clearTotal})`);
  const misses = results.filter(
    (r) =>
      (r.class === 'danger-now' && r.got === 'none') || (r.class === 'no-danger' && r.got !== 'none') || (r.class === 'past-violence' && r.got === 'clear'),
  );
  for (const miss of misses) lines.push(`  miss: ${miss.class} → ${miss.got}: ${JSON.stringify(miss.text)}`);
  for (const r of results.filter((r) => r.class === 'danger-now' && r.got === 'possible')) lines.push(`  danger-now as possible: ${JSON.stringify(r.text)}`);
  return { per, text: lines.join('\n') };
}

describe('classifyDanger on the danger table (tests/fixtures/danger-sentences.ts)', () => {
  const { per, text } = figures(DANGER_SENTENCES);

  it('prints the figures', () => {
    console.log(`Danger table\n${text}`);
    expect(per['danger-now'].count + per['past-violence'].count + per['no-danger'].count).toBe(DANGER_SENTENCES.length);
  });

  it('recognises every danger-now sentence as clear or possible', () => {
    expect(per['danger-now'].none).toBe(0);
  });

  it('classes at least 90 % of no-danger sentences as none', () => {
    expect(per['no-danger'].none / per['no-danger'].count).toBeGreaterThanOrEqual(0.9);
  });

  it('classes at most 10 % of past-violence sentences as clear', () => {
    expect(per['past-violence'].clear / per['past-violence'].count).toBeLessThanOrEqual(0.1);
  });
});

/**
 * The first held-out table, written by a session that never saw the rules. Its one run failed the bar "danger now
 * recognised on 100 %": 7 of 17 danger-now sentences came out as none, each worded with an idiom the lists did not
 * know ("afmaakt", "niet navertellen", "te grazen"). The rules were then widened in general, not sentence by
 * sentence: threat idioms and killing/beating verbs as people say them, and erring towards asking when someone
 * passes on what is about to happen to a person. Having been read, this table is no longer held out; it is printed
 * here as one more table. The independent check is the second held-out table, below.
 */
describe('classifyDanger on the held-out table (tests/fixtures/danger-sentences-held-out.ts)', () => {
  it('prints the figures', () => {
    const { per, text } = figures(HELD_OUT_DANGER_SENTENCES);
    console.log(`Held-out danger table\n${text}`);
    expect(per['danger-now'].count + per['past-violence'].count + per['no-danger'].count).toBe(HELD_OUT_DANGER_SENTENCES.length);
  });
});

/**
 * The second held-out table, written by a fresh session that saw neither the rules nor the other tables, committed
 * before it was run, and run once on the rules above (commit 8c4281e). Not tuned to afterwards.
 *
 * Only printed, not asserted: on its one run the bar "danger now recognised as clear or possible on 100 %" failed
 * again, 20 of 31 (64.5 %); the other two bars held (no-danger 96 % none, past violence 0 % clear). Word lists miss
 * a third of danger worded freshly ("straalbezopen … onderweg", "make her pay", "daddy will hurt mummy"). That is a
 * finding for the lead, not something to patch sentence by sentence. What followed is general: the rule planned
 * before this run (ask when a now-marker meets a person and something coming or passed on), and the words children
 * use for parents and step-parents. Since that was done after reading this table's misses, the independent measure
 * of it is the third table, below; the figures printed here are no longer held-out figures.
 */
describe('classifyDanger on the second held-out table (tests/fixtures/danger-sentences-held-out-2.ts)', () => {
  it('prints the figures', () => {
    const { per, text } = figures(HELD_OUT_DANGER_SENTENCES_2);
    console.log(`Second held-out danger table (one run, not tuned to)\n${text}`);
    expect(per['danger-now'].count + per['past-violence'].count + per['no-danger'].count).toBe(HELD_OUT_DANGER_SENTENCES_2.length);
  });
});

/**
 * The third held-out table, written by a fresh session that saw neither the rules nor the other tables, committed
 * before it was run, and run once on the rules of the commit before it. Not tuned to afterwards.
 *
 * Only printed: on its one run danger now was recognised in 25 of 36 (69.4 %); no-danger 93.1 % none, past violence
 * 0 % clear. Three fresh tables (58.8 %, 64.5 %, 69.4 %) say the same: word rules do not reach 100 % on danger worded
 * freshly (hiding, fleeing, a dead line, a drunk driver with the child). After this run the cues for someone
 * threatening gained distress (hiding, fleeing, panic, screams), drunkenness as people say it and contact bans;
 * a wider rule (any person with a now-marker → ask) was tried and dropped, as it asked about a quarter of ordinary
 * errands. Having been read, this table is no longer held out; the fourth table measures what came after.
 */
describe('classifyDanger on the third held-out table (tests/fixtures/danger-sentences-held-out-3.ts)', () => {
  it('prints the figures', () => {
    const { per, text } = figures(HELD_OUT_DANGER_SENTENCES_3);
    console.log(`Third held-out danger table (one run, not tuned to)\n${text}`);
    expect(per['danger-now'].count + per['past-violence'].count + per['no-danger'].count).toBe(HELD_OUT_DANGER_SENTENCES_3.length);
  });
});

/**
 * The fourth held-out table, written by a fresh session that saw neither the rules nor the other tables, committed
 * before the rules it judges, and run once on them. Not tuned to afterwards.
 *
 * Only printed: on its one run danger now was recognised in 16 of 36 (44.4 %); no-danger 97.1 % none, past
 * violence 0 % clear. Four fresh tables: 58.8 %, 64.5 %, 69.4 %, 44.4 %. Word rules keep their precision and do
 * not carry to danger worded freshly (a suicide announced as "er een eind aan maken", a drunk driver "net
 * weggereden" with a toddler, "gevochten", "smeet"). Each widening is tuned to the table that showed the gap, so it
 * is not done again here: the danger button on every card and the first question stay the nets that hold.
 */
describe('classifyDanger on the fourth held-out table (tests/fixtures/danger-sentences-held-out-4.ts)', () => {
  it('prints the figures', () => {
    const { per, text } = figures(HELD_OUT_DANGER_SENTENCES_4);
    console.log(`Fourth held-out danger table (one run, not tuned to)\n${text}`);
    expect(per['danger-now'].count + per['past-violence'].count + per['no-danger'].count).toBe(HELD_OUT_DANGER_SENTENCES_4.length);
  });
});

/** Made-up sentences (not from either table): the rules' general markers, one behaviour at a time. */
describe('classifyDanger: made-up cases', () => {
  it.each<[string, DangerClass]>([
    // imminence + harm, across inflections
    ['hij slaat haar nu', 'clear'],
    ['hij gaat haar slaan', 'clear'],
    ['ze wordt op dit moment geslagen', 'clear'],
    ['vanavond wurgt hij haar weer, zegt ze', 'clear'],
    ['hij schopt zijn zoon nu in de gang', 'clear'],
    ['de vader steekt haar nu met een schaar', 'clear'],
    ['zijn broer zit nu opgesloten in de schuur', 'clear'],
    ['he hits her right now', 'clear'],
    ['he is hitting the boy', 'clear'],
    ['dad is killing her, please come', 'clear'],
    ['he will kill mum tonight', 'clear'],
    ['er is nu gevaar', 'clear'],
    ['she is in danger right now', 'clear'],
    // spelling without accents, typos, chat abbreviations
    ['ie slaaat haar NU', 'clear'],
    ['vanavnd gaat ie haar vermoorden', 'clear'],
    ['ff snel: hij wacht op haar bij school en dreigt haar te slaan', 'clear'],
    ['hes hitting her rn', 'clear'],
    ['he said he will hurt her tn', 'clear'],
    ['patiënte zegt dat hij haar vannacht gaat wurgen', 'clear'],
    ['vader slaat haar op dit momnt', 'clear'],
    ['ze word nu geslagn', 'clear'],
    ['hij dreigd haar te slaan', 'possible'],
    ['papa heeft mama gewurgt', 'possible'],
    ['hij is ff weg maar komt zo terug en dan slaat hij haar', 'clear'],
    ['vader wacht op haar na school, hij heeft gezegd dat ze klappen krijgt', 'clear'],
    // harm without a clear time, or danger said outright
    ['hij slaat haar', 'possible'],
    ['he hits her', 'possible'],
    ['hij dreigt haar iets aan te doen', 'possible'],
    ['de situatie thuis is onveilig', 'possible'],
    ['er ligt een mes in zijn tas', 'possible'],
    ['he has a knife', 'clear'],
    // past violence: an observation
    ['hij sloeg haar vorige week', 'none'],
    ['gisteren heeft vader hem geslagen', 'none'],
    ['ze is vorig jaar opgesloten in de kelder', 'none'],
    ['he hit her last week', 'none'],
    ['she was kicked by her brother yesterday', 'none'],
    ['he threatened to kill her last year, now it is calm', 'none'],
    ['toen was ze gewurgd door haar vader', 'none'],
    // negations silence their own clause only
    ['er is geen gevaar', 'none'],
    ['there is no danger', 'none'],
    ['hij slaat haar niet', 'none'],
    ['he never hits her', 'none'],
    ['geen politie maar hij slaat haar nu', 'clear'],
    ['no danger for the others but he is kicking the boy now', 'clear'],
    ['ze is niet veilig thuis vanavond', 'clear'],
    // harmless look-alikes
    ['ze slaat het bestand op', 'none'],
    ['hij sloeg de les over', 'none'],
    ['hij schopt tegen de bal', 'none'],
    ['he hit the ball over the fence', 'none'],
    ['hij dreigt te laat te komen', 'none'],
    ['we speelden met een speelgoed geweer', 'none'],
    ['hij staat nu bij de deur om haar op te halen', 'none'],
    ['ze zit nu verstopt in de wc, vader is ladderzat', 'possible'],
    ['moeder is op dit moment met de kinderen in paniek gevlucht', 'possible'],
    ['ze was in danger of failing maths', 'none'],
    ['ik ga vanavond bellen', 'none'],
    ['ze sneed fruit met een mesje', 'none'],
    ['ze slaan elkaar vaak op het plein', 'none'],
    ['he is going to kill it at the talent show', 'none'],
    ['ze steekt haar hand op', 'none'],
    ['hij slaat net als zijn vader de deuren dicht', 'none'],
    ['in het dossier staat dat vader haar sloeg', 'none'],
    ['ik vermoed mishandeling', 'none'],
    ['suspected abuse, bruises on both arms', 'none'],
    // abuse, rape: harm when done to someone
    ['hij mishandelt haar', 'possible'],
    ['ze wordt misbruikt door haar oom', 'possible'],
    ['he abuses her', 'possible'],
    ['i just think he hits her', 'possible'],
    // a negation of knowing is no negation of danger, and a far negation does not reach
    ['ik weet niet of hij haar nu slaat', 'clear'],
    ['not sure but he is hitting her right now', 'clear'],
    ['ze kan niet weg hij slaat haar nu', 'clear'],
    ['er is geen acuut gevaar', 'none'],
    ['nobody here is in danger', 'none'],
    ['de moeder slaat haar kind niet, maar schreeuwt wel veel', 'none'],
    // someone threatening or afraid, no harm named: possible only with a now-marker
    ['de vader is agressief en staat voor de deur', 'possible'],
    ['dad is drunk and waiting outside', 'possible'],
    ['de moeder is vaak boos', 'none'],
    // a cry for help opening the message
    ['HELP!! hij slaat haar', 'clear'],
    // a future wins over a past tense, an explicit past time over a future
    ['ze was bang dat hij haar gaat slaan', 'clear'],
    ['vorige week zei hij dat hij haar zou slaan', 'none'],
    ['mum just called, he hit her', 'clear'],
    ['hij geeft haar een pak slaag als ze thuiskomt', 'clear'],
    ['ik ben bang dat hij haar vanavond iets aandoet', 'clear'],
    // threats said as people say them
    ['hij gaat haar vanavond aftuigen', 'clear'],
    ['papa zegt dat ze er vanavond van langs krijgt', 'clear'],
    ['hij zegt dat hij haar te grazen neemt als ze thuiskomt', 'clear'],
    ['he says he will batter her tonight', 'clear'],
    ['mijn vader riep dat ik het niet zou navertellen, vorig jaar', 'none'],
    // erring towards asking: someone passing on what is coming to a person, the harm worded in a way no list knows
    ['zegt dat haar stiefvader haar vanavond gaat vermorzelen', 'possible'],
    ['papa zegt dat hij haar vanavond in de schuur zet als ze thuiskomt', 'possible'],
    ['she says dad will wallop her tonight', 'possible'],
    // … and the price of that: an errand said the same way is asked about too (one tap on "Nee" keeps the text)
    ['ze zegt dat mama haar vanavond ophaalt', 'possible'],
    ['moeder belde net, ze is er om drie uur', 'possible'],
    // without a now-marker it is an observation
    ['ze zegt dat mama haar morgen ophaalt', 'none'],
  ])('%j → %s', (text, expected) => {
    expect(classifyDanger(text)).toBe(expected);
  });
});

/**
 * Carried over from the word list's tests (tests/domain/danger-phrases.test.ts, removed with the list). The old
 * 'ambiguous' is 'possible' now.
 */
describe('classifyDanger: cases from the old word list', () => {
  it.each([
    'Het kind is nu in gevaar',
    'Er is direct gevaar voor de moeder en het kind.',
    'ACUUT GEVAAR',
    'Levensgevaar!',
    'Hij wordt nu geslagen door zijn vader',
    'ze wordt nu mishandeld',
    'Vader slaat hem nu, ik hoor het door de telefoon',
    'De vriend van moeder heeft een mes',
    'Vader heeft een mes!',
    'HEEFT EEN MES',
    'héeft één mes',
    'Het kind is nú in gevàar',
    'LÉVENSGEVAAR',
    'heeft   een\tmes',
    'heeft-een-mes',
    'Hij zegt: "ik wil zichzelf doden"',
    'Ze wil zelfmoord plegen.',
    'Kan iemand bel 112 doen?',
    'The child is in danger now',
    'she is in danger right now!',
    'Immediate danger.',
    "He's being hit right now",
    'the boy is being beaten now',
    'Her stepfather has a knife',
    'HAS A WEAPON',
    'he wants to kill himself',
    'She wants to kill herself.',
    'dad said he is going to kill mum',
    'Call 112!',
    'nu gevaar',
  ])('%j → clear', (text) => {
    expect(classifyDanger(text)).toBe('clear');
  });

  it.each([
    'ze durft niet naar huis vandaag',
    'Het meisje kan niet veilig naar huis.',
    "It's unsafe to go home",
    'acuut',
    'Acuut.',
    'De situatie thuis is onveilig',
    'Spoed graag',
    'Vader dreigt met weglopen',
    'Ze is bedreigd door haar broer',
    'Er lag een mes op tafel',
    'Hij noemde een wapen',
    'Ze praat over suïcide',
    'Ze praat over suicide',
    'Hij heeft het over zelfmoord',
    'noodgeval',
    'The situation is dangerous',
    'This is urgent',
    'She mentioned a knife',
    'Emergency!',
    'he said he would kill the cat',
    'gevaar',
    'in gevaar',
    '112',
    'ik heb 112 gebeld',
    'een onveilige thuissituatie',
    'acuut, maar geen gevaar meer',
    'heeft een grote mes',
  ])('%j → possible', (text) => {
    expect(classifyDanger(text)).toBe('possible');
  });

  it.each([
    '',
    '   ',
    '!!!',
    'Het kind komt vaak te laat en heeft geen lunch bij zich',
    'Blauwe plekken op de bovenarm, vorige week gezien',
    'She seems withdrawn and tired in class',
    'Moeder lijkt overbelast',
    'Ze hebben messen en vorken',
    'Ze speelden met mesjes',
    'Mesopotamië op school',
    'Wapenstilstand in de klas',
    'Ze kreeg een killer cijfer',
    'Skills training',
    'dangerously loud music',
    'spoedcursus ehbo',
    'heeft een mesje',
    'help',
    'nu',
    'kamer 1120',
    // past violence, 'ambiguous' under the word list: an observation now (issue 9)
    'Vorige week was het gevaarlijk thuis',
    'It felt unsafe last week',
    'He threatened her last month',
    'Ze zei dat ze gewurgd werd',
    'vader heeft gedreigd',
  ])('%j → none', (text) => {
    expect(classifyDanger(text)).toBe('none');
  });

  it.each(['heeft een messenset', 'onacuut gevaar', 'direct gevaarlijk', 'being hit right nowhere'])('%j is not clear (whole words only)', (text) => {
    expect(classifyDanger(text)).not.toBe('clear');
  });
});
