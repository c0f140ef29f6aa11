import { AMBIGUOUS_DANGER_WORDS, CLEAR_DANGER_PHRASES, detectDanger } from '../../src/domain/danger-phrases';

describe('detectDanger: clear danger', () => {
  it.each([
    // Dutch
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
    'ze durft niet naar huis vandaag',
    'Het meisje kan niet veilig naar huis.',
    // English
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
    "It's unsafe to go home",
  ])('%j → clear', (text) => {
    expect(detectDanger(text)).toBe('clear');
  });

  it.each(CLEAR_DANGER_PHRASES.map((p) => [p]))('every listed clear phrase: %j', (phrase) => {
    expect(detectDanger(phrase)).toBe('clear');
    expect(detectDanger(phrase.toUpperCase())).toBe('clear');
    expect(detectDanger(`Melding: ${phrase}!`)).toBe('clear');
  });
});

describe('detectDanger: ambiguous words', () => {
  it.each([
    'acuut',
    'Acuut.',
    'Vorige week was het gevaarlijk thuis',
    'De situatie thuis is onveilig',
    'Spoed graag',
    'Vader dreigt met weglopen',
    'Ze is bedreigd door haar broer',
    'Er lag een mes op tafel',
    'Hij noemde een wapen',
    'Ze zei dat ze gewurgd werd',
    'Ze praat over suïcide',
    'Ze praat over suicide',
    'Hij heeft het over zelfmoord',
    'noodgeval',
    'The situation is dangerous',
    'It felt unsafe last week',
    'This is urgent',
    'He threatened her last month',
    'She mentioned a knife',
    'Emergency!',
    'he said he would kill the cat',
    'gevaar',
  ])('%j → ambiguous', (text) => {
    expect(detectDanger(text)).toBe('ambiguous');
  });

  it.each(AMBIGUOUS_DANGER_WORDS.map((w) => [w]))('every listed ambiguous word is at least ambiguous: %j', (word) => {
    expect(detectDanger(word)).not.toBe('none');
    expect(detectDanger(`Vorige week: ${word.toUpperCase()}.`)).not.toBe('none');
  });

  it.each(AMBIGUOUS_DANGER_WORDS.map((w) => [w]))('an ambiguous word alone is not clear: %j', (word) => {
    expect(detectDanger(word)).toBe('ambiguous');
  });
});

describe('detectDanger: nothing dangerous', () => {
  it.each([
    '',
    '   ',
    'Het kind komt vaak te laat en heeft geen lunch bij zich',
    'Blauwe plekken op de bovenarm, vorige week gezien',
    'She seems withdrawn and tired in class',
    'Moeder lijkt overbelast',
    '!!!',
  ])('%j → none', (text) => {
    expect(detectDanger(text)).toBe('none');
  });
});

describe('detectDanger: whole words only', () => {
  it.each<[string, 'ambiguous' | 'none']>([
    ['Ze hebben messen en vorken', 'none'],
    ['Ze speelden met mesjes', 'none'],
    ['Mesopotamië op school', 'none'],
    ['Wapenstilstand in de klas', 'none'],
    ['Ze kreeg een killer cijfer', 'none'],
    ['Skills training', 'none'],
    ['dangerously loud music', 'none'],
    ['spoedcursus ehbo', 'none'],
    ['acuut', 'ambiguous'],
    ['acuut, maar geen gevaar meer', 'ambiguous'],
    ['heeft een mesje', 'none'],
    ['nu gevaar', 'ambiguous'],
    ['in gevaar', 'ambiguous'],
    ['help', 'none'],
    ['nu', 'none'],
    ['112', 'ambiguous'],
    ['ik heb 112 gebeld', 'ambiguous'],
    ['vader heeft gedreigd', 'ambiguous'],
    ['een onveilige thuissituatie', 'ambiguous'],
    ['kamer 1120', 'none'],
  ])('%j → %s', (text, expected) => {
    expect(detectDanger(text)).toBe(expected);
  });

  it.each([
    ['heeft een messenset', 'a longer word after a clear phrase'],
    ['heeft een mesje', 'a diminutive'],
    ['onacuut gevaar', 'a longer word before'],
    ['direct gevaarlijk', 'a longer word at the end'],
    ['being hit right nowhere', 'a longer word at the end (English)'],
  ])('%j is not clear (%s)', (text) => {
    expect(detectDanger(text)).not.toBe('clear');
  });

  it('words in a clear phrase must be adjacent', () => {
    expect(detectDanger('heeft een grote mes')).not.toBe('clear');
    expect(detectDanger('heeft een grote mes')).toBe('ambiguous');
  });
});
