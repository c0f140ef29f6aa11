import { findIdentifying, IDENTIFYING_KINDS, type IdentifyingFinding, type IdentifyingKind } from '../../../src/domain';
import { IDENTIFYING_SENTENCES, type IdentifyingSentence } from '../../fixtures/identifying-sentences';
import { IDENTIFYING_HELD_OUT } from '../../fixtures/identifying-sentences-held-out';

/** A fixed clock, so which dates can be dates of birth does not change with the day the suite runs. */
const NOW = Date.UTC(2025, 5, 1);

const pct = (part: number, whole: number) => (whole === 0 ? 100 : Math.round((1000 * part) / whole) / 10);
const overlapping = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/** Every occurrence of a labelled fragment, so a fragment that occurs twice is located where it is. */
function labelledSpans(sentence: IdentifyingSentence) {
  return sentence.identifying.map((fragment) => {
    const start = sentence.text.indexOf(fragment);
    if (start < 0) throw new Error(`fixture: ${JSON.stringify(fragment)} is not in ${JSON.stringify(sentence.text)}`);
    return { fragment, start, end: start + fragment.length };
  });
}

/**
 * Fragment recall (labelled fragments that an overlapping finding covers), precision (findings that overlap a
 * labelled fragment), sentences with a false positive, and every miss and false positive, printed.
 */
function figures(table: readonly IdentifyingSentence[]) {
  let labelled = 0;
  let foundLabelled = 0;
  let findings = 0;
  let trueFindings = 0;
  let sentencesWithFalsePositive = 0;
  const misses: string[] = [];
  const falsePositives: string[] = [];
  for (const sentence of table) {
    const spans = labelledSpans(sentence);
    const got = findIdentifying(sentence.text, { now: NOW });
    labelled += spans.length;
    findings += got.length;
    for (const span of spans) {
      if (got.some((f) => overlapping(f, span))) foundLabelled += 1;
      else misses.push(`  miss: ${JSON.stringify(span.fragment)} in ${JSON.stringify(sentence.text)}`);
    }
    const wrong = got.filter((f) => !spans.some((span) => overlapping(f, span)));
    trueFindings += got.length - wrong.length;
    if (wrong.length > 0) sentencesWithFalsePositive += 1;
    for (const f of wrong) falsePositives.push(`  false positive: ${f.kind} ${JSON.stringify(f.text)} in ${JSON.stringify(sentence.text)}`);
  }
  const recall = labelled === 0 ? 1 : foundLabelled / labelled;
  const precision = findings === 0 ? 1 : trueFindings / findings;
  const traps = table.filter((s) => s.identifying.length === 0).length;
  const lines = [
    `sentences: ${table.length} (${traps} without identifying details)`,
    `fragment recall: ${pct(foundLabelled, labelled)} % (${foundLabelled}/${labelled})`,
    `precision: ${pct(trueFindings, findings)} % (${trueFindings}/${findings})`,
    `sentences with a false positive: ${sentencesWithFalsePositive}/${table.length}`,
    ...misses,
    ...falsePositives,
  ];
  return { recall, precision, text: lines.join('\n') };
}

describe('findIdentifying on the identifying table (tests/fixtures/identifying-sentences.ts)', () => {
  const { recall, precision, text } = figures(IDENTIFYING_SENTENCES);

  it('prints the figures', () => {
    console.log(`Identifying table\n${text}`);
    expect(IDENTIFYING_SENTENCES.length).toBeGreaterThan(0);
  });

  it('finds at least 95 % of the labelled fragments', () => {
    expect(recall).toBeGreaterThanOrEqual(0.95);
  });

  it('has a precision of at least 90 %', () => {
    expect(precision).toBeGreaterThanOrEqual(0.9);
  });
});

/**
 * The held-out table, written by a fresh session that saw neither the rules nor the first table, committed before
 * the rules existed, and run once on them. Only printed; not tuned to afterwards. Its one run: recall 100 %
 * (38/38), precision 97.4 % (38/39); the one false positive a brand ("Nike trui").
 */
describe('findIdentifying on the held-out table (tests/fixtures/identifying-sentences-held-out.ts)', () => {
  it('prints the figures', () => {
    const table = IDENTIFYING_HELD_OUT.map((s) => ({ text: s.text, lang: s.lang, identifying: s.identifying.map((i) => i.fragment) }));
    const { text } = figures(table);
    console.log(`Held-out identifying table (one run, not tuned to)\n${text}`);
    expect(table.length).toBe(IDENTIFYING_HELD_OUT.length);
  });
});

type Expected = readonly (readonly [IdentifyingKind, string])[];

const found = (text: string, now = NOW): Expected => findIdentifying(text, { now }).map((f) => [f.kind, f.text] as const);

/** Made-up sentences (not from the table), one behaviour each. */
describe('findIdentifying: made-up cases', () => {
  it.each<[string, string, Expected]>([
    // titles, with and without surname particles; the title is not part of the finding
    ['title + first name', 'juf Marieke belde me gisteren', [['name', 'Marieke']]],
    ['title + particle surname', 'ik sprak meneer van der Linden op het plein', [['name', 'van der Linden']]],
    ['capitalised particle after a title', 'Mevrouw Van Dam was er ook', [['name', 'Van Dam']]],
    ['English title with a dot', 'we met Mrs. Kowalski after class', [['name', 'Kowalski']]],
    ['first name + particles + surname as one finding', 'Vandaag vertelde Femke van den Broek over thuis', [['name', 'Femke van den Broek']]],
    ['initials + surname', 'de brief is van J. Hoekstra', [['name', 'J. Hoekstra']]],
    // possessives
    ['Dutch possessive s', 'Bilals vader kwam niet opdagen', [['name', 'Bilal']]],
    ["English 's", "we spoke to Kacper's mum", [['name', 'Kacper']]],
    ["d'r before a family word", "femke d'r moeder was in tranen", [['name', 'femke']]],
    ["z'n before a family word, name not listed", "Xandro z'n opa belt elke dag", [['name', 'Xandro']]],
    // diacritics, lowercase, names not on the list
    [
      'diacritics',
      'Łucja en İbrahim zitten naast elkaar',
      [
        ['name', 'Łucja'],
        ['name', 'İbrahim'],
      ],
    ],
    ['lowercase listed name mid-sentence', 'ik maak me zorgen om yusuf', [['name', 'yusuf']]],
    ['lowercase listed name at the start', 'mehmet slaapt slecht', [['name', 'mehmet']]],
    ['capitalised unknown word mid-sentence', 'ik heb het met Zarifa besproken', [['name', 'Zarifa']]],
    ['a name introduced by "heet", not on the list', 'het meisje heet xandra en is 6', [['name', 'xandra']]],
    ['hyphenated first name', 'Jan-Willem kwam met zijn zus', [['name', 'Jan-Willem']]],
    ['ambiguous names in lowercase are words', 'we will mark the bruises on the form', []],
    ['ambiguous name capitalised mid-sentence is a name', 'ik heb Roos gisteren nog gezien', [['name', 'Roos']]],
    // phone numbers
    ['mobile with a dash', 'bel even 06-98765432', [['phone', '06-98765432']]],
    ['mobile in groups', 'nummer: 06 98 76 54 32', [['phone', '06 98 76 54 32']]],
    ['international +31', 'op +31 6 9876 5432 bereikbaar', [['phone', '+31 6 9876 5432']]],
    ['international 0031', 'oma: 0031 20 765 4321', [['phone', '0031 20 765 4321']]],
    [
      'landline with area code',
      'werk 030-7654321 of 010 765 4321',
      [
        ['phone', '030-7654321'],
        ['phone', '010 765 4321'],
      ],
    ],
    ['a foreign number', 'papa is in Polen, +48 512 345 678', [['phone', '+48 512 345 678']]],
    // e-mail
    ['e-mail', 'stuur het naar k.devries87@gmail.com aub', [['email', 'k.devries87@gmail.com']]],
    // postcode + house number vs postcode alone
    ['postcode with house number', 'ze woont op 3581 KL 40b', [['postcode-address', '3581 KL 40b']]],
    ['street and house number', 'het gezin woont aan de Lindelaan 14', [['postcode-address', 'Lindelaan 14']]],
    ['four-digit postcode alone', 'het gezin woont in 3581', []],
    ['a year and a count are not an address', 'in 2019 en 2020 ging het mis', []],
    // dates of birth vs event dates
    ['DOB after geboren', 'hij is geboren op 17 juni 2014', [['date-of-birth', '17 juni 2014']]],
    ['DOB with an English cue', 'DOB: 2015-08-23, lives with dad', [['date-of-birth', '2015-08-23']]],
    ['birthday cue without a year', 'ze is jarig op 9 oktober', [['date-of-birth', '9 oktober']]],
    ['event date is not a DOB', 'op 4 februari 2025 was er ruzie bij de poort', []],
    [
      'a full older date straight after a name',
      'Sanne 12-07-2016, groep 4',
      [
        ['name', 'Sanne'],
        ['date-of-birth', '12-07-2016'],
      ],
    ],
    ['a future date is not a DOB', 'geboren: 01-01-2031', []],
    // BSN
    ['BSN passing the elfproef', 'nummer 111222333 staat op de brief', [['bsn', '111222333']]],
    ['BSN with dots', 'haar nummer is 1112.22.333', [['bsn', '1112.22.333']]],
    ['nine digits failing the elfproef', 'referentie 123456789 bij de gemeente', []],
    ['bsn cue with eight digits', 'bsn-nummer 12345678 weet ik niet zeker', [['bsn', '12345678']]],
    // not names
    ['months and weekdays', 'Sinds Juni en vooral op Woensdag is het erg', []],
    ['English months, weekdays and I', 'On Tuesday I saw him, in August it started', []],
    ['holidays', 'Rond Sinterklaas en Kerstmis gaat het slechter', []],
    ['school names after a marker', 'ze zit op basisschool De Klimop en daarna de bso Het Nest', []],
    ['organisations', 'Ik heb overlegd met Veilig Thuis en de GGD', []],
    ['a Title-Case organisation', 'The Child Protection Board is involved', []],
    ["a school name after 't", "ze zit op school 't Kofschip", []],
    ['capitalised nouns with a noun ending', 'Er is een Zorgplan vanwege Autisme', []],
    ['an unlisted place after a place preposition', 'ze komen uit Ootmarsum en gaan naar Zevenaar', []],
    ['family words at the start', 'Oma haalt hem op, Papa werkt', []],
    ['times, ages, amounts and groups', 'om 14:30 kwam hij, hij is 9, groep 6, kost €12,50', []],
  ])('%s', (_label, text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('gives offsets that slice back to the finding, sorted and without overlap', () => {
    const text = "Mw. De Boer: bel 06-11223344 of mail a.deboer@example.nl; Eliza's broertje is geb. 5-5-2018, postcode 2511 CV 7";
    const findings: readonly IdentifyingFinding[] = findIdentifying(text, { now: NOW });
    expect(findings.map((f) => f.kind)).toEqual(['name', 'phone', 'email', 'name', 'date-of-birth', 'postcode-address']);
    for (const f of findings) expect(text.slice(f.start, f.end)).toBe(f.text);
    for (let i = 1; i < findings.length; i += 1) expect(findings[i]?.start).toBeGreaterThanOrEqual(findings[i - 1]?.end ?? 0);
  });

  it('lists every kind it can report', () => {
    expect(IDENTIFYING_KINDS).toEqual(['name', 'phone', 'email', 'postcode-address', 'date-of-birth', 'bsn']);
  });
});
