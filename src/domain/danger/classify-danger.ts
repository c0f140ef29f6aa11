import {
  ACUTE_PHRASES,
  CHAT_ABBREVIATIONS,
  CLAUSE_WORDS,
  CONDITIONS,
  CONTRAST_WORDS,
  DANGER_PHRASES,
  DANGER_WORDS,
  HARM_PHRASES,
  HARM_WORDS,
  HARMLESS_IDIOMS,
  HARMLESS_PARTICLES,
  HELP_WORDS,
  JUST_BEFORE,
  NEGATION_REACH_BACK,
  NEGATION_REACH_FORWARD,
  NEGATED_SUBJECTS,
  NEGATIONS,
  NOT_A_NEGATION_BEFORE,
  NOW_PHRASES,
  NOW_WORDS,
  PARTICIPLE_HELPERS,
  PASSIVE_HELPERS,
  PAST_HARM_FORMS,
  PAST_PHRASES,
  PAST_TENSE_WORDS,
  PAST_WORDS,
  PERSON_HARM_WORDS,
  PERSON_WORDS,
  POSSESSION_NOW,
  PRESENT_HELPERS,
  REPORTED_SPEECH,
  SEPARABLE_VERBS,
  SOON_WORDS,
  THREAT_CUES,
  THREAT_RISK_FORMS,
  TOY_MARKERS,
  WEAPON_WORDS,
} from './vocabulary';

/**
 * Danger in free text, Dutch and English:
 * - 'clear': danger now (harm with a now-marker, or danger said outright with one, or an acute phrase);
 * - 'possible': harm or danger without a clear time (or with a future);
 * - 'none': nothing dangerous, negated danger, or harm placed in the past (what observations usually describe).
 */
export type DangerClass = 'clear' | 'possible' | 'none';

const RANK: Record<DangerClass, number> = { none: 0, possible: 1, clear: 2 };

/** One word of the text, with the segment (for time) and clause (for negation) it belongs to. */
interface Token {
  readonly word: string;
  readonly segment: number;
  readonly clause: number;
}

/** Lowercase, no accents, and runs of one letter collapsed ("slaaan", "slaan" → "slan"): typos meet the lists. */
export function normaliseWord(word: string): string {
  return word
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/(.)\1+/g, '$1');
}

/** Split text into tokens; punctuation and contrast words start a new segment, conjunctions a new clause. */
export function tokenise(text: string): Token[] {
  const tokens: Token[] = [];
  let segment = 0;
  let clause = 0;
  const stripped = text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
  for (const piece of stripped.split(/([.,!?;:()"\n\r]+)/)) {
    if (/^[.,!?;:()"\n\r]+$/.test(piece)) {
      segment += 1;
      clause += 1;
      continue;
    }
    for (const raw of piece.split(/[^a-z0-9]+/).filter(Boolean)) {
      for (const expanded of (CHAT_ABBREVIATIONS[raw] ?? raw).split(' ')) {
        // Boundaries are checked before letters are collapsed: "een" would become "en".
        if (CONTRAST.has(expanded)) {
          segment += 1;
          clause += 1;
        } else if (CLAUSE.has(expanded)) clause += 1;
        else tokens.push({ word: normaliseWord(expanded), segment, clause });
      }
    }
  }
  return removeIdioms(tokens);
}

const words = (list: readonly string[]) => new Set(list.map(normaliseWord));
const phrases = (list: readonly string[]) => list.map((phrase) => phrase.split(' ').map(normaliseWord));

/** One letter dropped from a word: "vanavnd" for "vanavond". */
function isDeletion(typed: string, word: string): boolean {
  if (typed.length !== word.length - 1) return false;
  let i = 0;
  while (i < typed.length && typed[i] === word[i]) i += 1;
  return typed.slice(i) === word.slice(i + 1);
}

/**
 * Also the usual typos: one dropped letter ("vanavnd", "vermord") for words long enough not to meet another word
 * ("steken" less a k is "steen"), and a final d/t mix-up ("gewurgt", "dreigd"), the commonest Dutch spelling slip.
 */
function withTypos(list: readonly string[]): Set<string> {
  const set = words(list);
  for (const word of [...set]) {
    if (word.length >= 7) for (let i = 0; i < word.length; i += 1) set.add(normaliseWord(word.slice(0, i) + word.slice(i + 1)));
    if (word.length >= 5 && /[dt]$/.test(word)) set.add(word.slice(0, -1) + (word.endsWith('d') ? 't' : 'd'));
  }
  return set;
}

/** A phrase word matches exactly, or with one letter dropped when it is long enough ("op dit momnt"). */
const phraseWordMatches = (typed: string, word: string) => typed === word || (word.length >= 6 && isDeletion(typed, word));

const CONTRAST = new Set(CONTRAST_WORDS);
const CLAUSE = new Set(CLAUSE_WORDS);
const HARM = withTypos(HARM_WORDS);
const PERSON_HARM = withTypos(PERSON_HARM_WORDS);
const PAST_FORMS = words(PAST_HARM_FORMS);
const SEPARABLE = words(SEPARABLE_VERBS);
const THREAT_RISK = words(THREAT_RISK_FORMS);
const PARTICLES = words(HARMLESS_PARTICLES);
const PERSONS = words(PERSON_WORDS);
const PASSIVE = words(PASSIVE_HELPERS);
const PARTICIPLE_HELPER = words(PARTICIPLE_HELPERS);
const PRESENT = words(PRESENT_HELPERS);
const WEAPONS = words(WEAPON_WORDS);
const TOYS = words(TOY_MARKERS);
const POSSESSION = words(POSSESSION_NOW);
const DANGER = withTypos(DANGER_WORDS);
const NOW = withTypos(NOW_WORDS);
const SOON = words(SOON_WORDS);
const PAST = words(PAST_WORDS);
const PAST_TENSE = words(PAST_TENSE_WORDS);
const JUST_AFTER = words(JUST_BEFORE);
const NEGATION = words(NEGATIONS);
const NOT_NEGATING = words(NOT_A_NEGATION_BEFORE);
const CUES = words(THREAT_CUES);
const NEGATED_SUBJECT = words(NEGATED_SUBJECTS);
const HELP = words(HELP_WORDS);
const PROGRESSIVE = words(['is', 'are', 'am', 'zijn']);
const REPORTED = words(REPORTED_SPEECH);
const CONDITION = words(CONDITIONS);

/** Start positions where a phrase occurs, word after word. */
function findPhrase(tokens: readonly Token[], phrase: readonly string[]): number[] {
  const found: number[] = [];
  for (let i = 0; i + phrase.length <= tokens.length; i += 1) {
    if (phrase.every((word, j) => phraseWordMatches(tokens[i + j]?.word ?? '', word))) found.push(i);
  }
  return found;
}

function removeIdioms(tokens: Token[]): Token[] {
  const drop = new Set<number>();
  for (const idiom of phrases(HARMLESS_IDIOMS)) {
    for (const start of findPhrase(tokens, idiom)) idiom.forEach((_, j) => drop.add(start + j));
  }
  return tokens.filter((_, i) => !drop.has(i));
}

/** Whether a token within `reach` words of `self`, in its segment, passes the test. */
const near = (tokens: readonly Token[], self: Token, reach: number, test: (t: Token) => boolean) => {
  const at = tokens.indexOf(self);
  return tokens.some((t, i) => i !== at && Math.abs(i - at) <= reach && t.segment === self.segment && test(t));
};

/** "dreigt te blijven zitten": a risk, not a threat ("dreigt haar te steken" has the person in between). */
function threatAsRisk(tokens: readonly Token[], at: number): boolean {
  return THREAT_RISK.has(tokens[at]?.word ?? '') && tokens[at + 1]?.word === 'te';
}

/** A person-harm verb is harm when a person is close by or it is a passive, and not "dreigt te …" or "sloeg … over". */
function isPersonHarm(tokens: readonly Token[], self: Token): boolean {
  const at = tokens.indexOf(self);
  if (SEPARABLE.has(self.word)) {
    const clauseEnd = tokens.filter((t) => t.clause === self.clause).at(-1);
    if (clauseEnd && clauseEnd !== self && PARTICLES.has(clauseEnd.word)) return false;
  }
  const passive = tokens
    .slice(0, at)
    .some((t) => t.clause === self.clause && (PASSIVE.has(t.word) || (PARTICIPLE_HELPER.has(t.word) && PAST_FORMS.has(self.word))));
  return passive || near(tokens, self, 4, (t) => PERSONS.has(t.word));
}

function isWeapon(tokens: readonly Token[], self: Token): boolean {
  return WEAPONS.has(self.word) && !TOYS.has(tokens[tokens.indexOf(self) - 1]?.word ?? '');
}

/** "heeft een mes", "has a gun": a weapon in someone's hands now (possession just before, or right after). */
function weaponHeldNow(tokens: readonly Token[], self: Token): boolean {
  const at = tokens.indexOf(self);
  return [at - 2, at - 1, at + 1].some((i) => {
    const t = tokens[i];
    return t !== undefined && t.segment === self.segment && POSSESSION.has(t.word);
  });
}

/**
 * A negation close by in the same clause silences this hit; it does not reach other clauses ("geen politie maar …")
 * nor far words ("ze kan niet weg hij slaat haar"), and "weet niet of", "not sure" are no negation of danger.
 */
function negated(tokens: readonly Token[], self: Token, consumed: ReadonlySet<number>): boolean {
  const at = tokens.indexOf(self);
  return tokens.some((t, i) => {
    if (consumed.has(i) || t.clause !== self.clause) return false;
    if (NEGATED_SUBJECT.has(t.word)) return true;
    const close = i - at <= NEGATION_REACH_BACK && at - i <= NEGATION_REACH_FORWARD;
    return close && NEGATION.has(t.word) && !NOT_NEGATING.has(tokens[i + 1]?.word ?? '');
  });
}

interface Timing {
  /** An explicit now or presence: wins over everything. */
  readonly now: boolean;
  /** An explicit past time ("vorige week", "last year"): wins over a future. */
  readonly past: boolean;
  /** A future ("gaat slaan", "will kill"). */
  readonly soon: boolean;
  /** A past tense only ("had", "was", "sloeg"): loses to a future. */
  readonly pastTense: boolean;
}

/** Now, soon and past markers of the tokens given (one segment, or the whole text). */
function timing(tokens: readonly Token[]): Timing {
  const has = (set: ReadonlySet<string>) => tokens.some((t) => set.has(t.word));
  const hasPhrase = (list: readonly string[]) => phrases(list).some((phrase) => findPhrase(tokens, phrase).length > 0);
  // "is hitting", "are kicking": happening now.
  const progressive = tokens.some(
    (t, i) => t.word.endsWith('ing') && (HARM.has(t.word) || PERSON_HARM.has(t.word)) && PROGRESSIVE.has(tokens[i - 1]?.word ?? ''),
  );
  // "just texted", "just said": just now. Not "i just think".
  const cryForHelp = tokens.some((t, i) => HELP.has(t.word) && tokens[i - 1]?.segment !== t.segment);
  const justNow = tokens.some((t, i) => t.word === 'just' && (tokens[i + 1]?.word.endsWith('ed') || JUST_AFTER.has(tokens[i + 1]?.word ?? '')));
  const pastForm = tokens.some((t, i) => PAST_FORMS.has(t.word) && !tokens.slice(Math.max(0, i - 3), i + 2).some((h) => PRESENT.has(h.word)));
  const year = tokens.some((t) => /^(19|20)\d\d$/.test(t.word));
  return {
    now: has(NOW) || hasPhrase(NOW_PHRASES) || progressive || justNow || cryForHelp,
    past: has(PAST) || hasPhrase(PAST_PHRASES) || year,
    soon: has(SOON),
    pastTense: has(PAST_TENSE) || pastForm,
  };
}

/** Harm or danger placed in time: its own segment first, then the text as a whole. */
function classifyHit(segment: Timing, message: Timing): DangerClass {
  if (segment.now) return 'clear';
  if (segment.past) return 'none';
  if (segment.soon) return 'clear';
  if (segment.pastTense) return 'none';
  if (message.now) return 'clear';
  if (message.past || message.pastTense) return 'none';
  return 'possible';
}

/** Imminence without clear harm ("vader is dronken en staat voor de deur"). */
function cueClass(segment: Timing): DangerClass {
  return segment.now ? 'possible' : 'none';
}

interface Hit {
  readonly token: Token;
  /** A weapon held now ("heeft een mes"): clear whatever the timing. */
  readonly held?: boolean;
  /** Someone threatening or afraid, no harm named: possible at most, and only with a now-marker. */
  readonly cue?: boolean;
}

/** Harm, weapons and danger words that are not negated. */
function findHits(tokens: readonly Token[]): Hit[] {
  const consumed = new Set<number>();
  const hits: Hit[] = [];
  const phraseStarts = (list: readonly string[]) =>
    phrases(list).flatMap((phrase) => findPhrase(tokens, phrase).map((start) => ({ start, length: phrase.length })));
  // Danger phrases contain their own negation ("niet veilig"): matched first, their words taken out of negation.
  for (const { start, length } of phraseStarts(DANGER_PHRASES)) {
    for (let j = 0; j < length; j += 1) consumed.add(start + j);
  }
  tokens.forEach((token, at) => {
    if (consumed.has(at)) {
      if (!consumed.has(at - 1)) hits.push({ token });
      return;
    }
    if (negated(tokens, token, consumed) || threatAsRisk(tokens, at)) return;
    if (HARM.has(token.word) || DANGER.has(token.word) || (PERSON_HARM.has(token.word) && isPersonHarm(tokens, token))) hits.push({ token });
    else if (isWeapon(tokens, token)) hits.push({ token, held: weaponHeldNow(tokens, token) });
    else if (CUES.has(token.word)) hits.push({ token, cue: true });
  });
  for (const { start } of phraseStarts(HARM_PHRASES)) {
    const token = tokens[start];
    if (token && !negated(tokens, token, consumed)) hits.push({ token });
  }
  return hits;
}

/** An acute phrase ("levensgevaar", "bel 112") not negated ("geen acuut gevaar"). */
function acute(tokens: readonly Token[]): boolean {
  return phrases(ACUTE_PHRASES).some((phrase) =>
    findPhrase(tokens, phrase).some((start) => {
      const first = tokens[start];
      return first !== undefined && !negated(tokens, first, new Set());
    }),
  );
}

/**
 * Erring towards asking: a person with a now-marker and either something coming (a future, a condition) or someone
 * passing it on ("zegt dat zijn vader hem vanavond …", "mum just texted me he is … her right now") is possible
 * danger even when the harm is worded in a way the lists do not know. Asking "is er nu direct gevaar?" once too
 * often costs a tap (an errand said that way is asked about too); missing it can cost a child.
 */
function reportedNow(tokens: readonly Token[]): boolean {
  const segments = new Set(tokens.map((t) => t.segment));
  return [...segments].some((segment) => {
    const own = tokens.filter((t) => t.segment === segment);
    const { now, soon } = timing(own);
    const coming = soon || own.some((t) => CONDITION.has(t.word));
    return now && (coming || own.some((t) => REPORTED.has(t.word))) && own.some((t) => PERSONS.has(t.word) && !negated(tokens, t, new Set()));
  });
}

/** The danger class of a free text a signaller typed. */
export function classifyDanger(text: string): DangerClass {
  const tokens = tokenise(text);
  if (acute(tokens)) return 'clear';
  const message = timing(tokens);
  let result: DangerClass = 'none';
  for (const hit of findHits(tokens)) {
    const segment = timing(tokens.filter((t) => t.segment === hit.token.segment));
    const found = hit.held ? 'clear' : hit.cue ? cueClass(segment) : classifyHit(segment, message);
    if (RANK[found] > RANK[result]) result = found;
  }
  if (result === 'none' && reportedNow(tokens)) return 'possible';
  return result;
}
