import { COMMON_WORD_NAMES, FIRST_NAMES, PARTICLE_SURNAME_CORES, SENTENCE_OPENER_NAMES, SURNAMES, WORD_SURNAMES } from './first-names';
import { fold, foldedSet, type Span } from './text';
import {
  ABBREVIATIONS,
  CALENDAR_PREFIXES,
  CALENDAR_WORDS,
  DETERMINERS,
  GREETINGS,
  KIN,
  LEXICON,
  NEVER_NAMES,
  NON_NAME_PHRASES,
  OTHER_NON_NAMES,
  PARTICLE_SEQUENCES,
  PLACE_PREPOSITIONS,
  POSSESSIVE_LINKS,
  PREPOSITION_LIKE_PARTICLES,
  PRONOUN_POSSESSIVE_LINKS,
  STRONG_INSTITUTION_MARKERS,
  TITLES,
  WEAK_INSTITUTION_MARKERS,
  WEAK_TITLES,
} from './vocabulary';

const FIRST = foldedSet(FIRST_NAMES);
const LEX = foldedSet(LEXICON);
/** Listed names that are also words, including any the lexicon holds that the curated list did not mark. */
const COMMON_NAMES = new Set([...foldedSet(COMMON_WORD_NAMES), ...[...FIRST].filter((name) => LEX.has(name))]);
const OPENERS = foldedSet(SENTENCE_OPENER_NAMES);
const STRONG_SURNAMES = foldedSet(SURNAMES);
const ANY_SURNAMES = new Set([...STRONG_SURNAMES, ...foldedSet(WORD_SURNAMES), ...foldedSet(PARTICLE_SURNAME_CORES)]);
const CORES = new Set([...foldedSet(PARTICLE_SURNAME_CORES), ...foldedSet(WORD_SURNAMES)]);
const TITLE_SET = foldedSet(TITLES);
const WEAK_TITLE_SET = foldedSet(WEAK_TITLES);
const ABBREVIATION_SET = foldedSet(ABBREVIATIONS);
const KIN_SET = foldedSet(KIN);
const LINKS = foldedSet(POSSESSIVE_LINKS);
const PRONOUN_LINKS = foldedSet(PRONOUN_POSSESSIVE_LINKS);
const PARTICLE_SEQ = foldedSet(PARTICLE_SEQUENCES);
const PREPOSITION_LIKE = foldedSet(PREPOSITION_LIKE_PARTICLES);
const DETERMINER_SET = foldedSet(DETERMINERS);
const PLACE_PREPS = foldedSet(PLACE_PREPOSITIONS);
const STRONG_MARKERS = foldedSet(STRONG_INSTITUTION_MARKERS);
const WEAK_MARKERS = foldedSet(WEAK_INSTITUTION_MARKERS);
const NEVER = foldedSet(NEVER_NAMES);
const CALENDAR = foldedSet(CALENDAR_WORDS);
const CALENDAR_STARTS = [...foldedSet(CALENDAR_PREFIXES)];
const OTHER = foldedSet(OTHER_NON_NAMES);
const GREETING_SET = foldedSet(GREETINGS);
const NAME_CUES = new Set(['heet', 'heten', 'genaamd', 'named', 'called']);
const NAME_NOUNS = new Set(['naam', 'name', 'voornaam', 'achternaam', 'roepnaam', 'firstname', 'surname']);
const FAMILY_NOUNS = new Set(['family', 'familie', 'gezin', 'household', 'kids', 'children', 'boys', 'girls']);
const PHRASES = NON_NAME_PHRASES.map((phrase) => phrase.split(/\s+/).map(fold));

interface Token extends Span {
  readonly text: string;
  readonly norm: string;
  /** Starts with a capital letter. */
  readonly cap: boolean;
  readonly allCaps: boolean;
  /** Letters only (with inner apostrophes and hyphens): digits and masked details are never names. */
  readonly word: boolean;
  readonly sentenceStart: boolean;
  /** Only spaces between the previous token and this one: the two can belong to one name. */
  readonly joined: boolean;
}

/** A word without its possessive ending ("Emma's" → "Emma"), and whether it is a contraction ("I'll", "don't"). */
interface Core {
  readonly norm: string;
  readonly end: number;
  readonly possessive: boolean;
  readonly contraction: boolean;
}

/** Words with inner apostrophes and hyphens ("d'r", "Jan-Willem"), and the Dutch "'t" and "'s" that start with one. */
const TOKEN = /['’](?:t|s)(?![\p{L}\p{N}])|[\p{L}\p{M}\p{N}]+(?:['’`-][\p{L}\p{M}\p{N}]+)*/gu;
const SENTENCE_BREAK = /[.!?;:…"“”„([\]\n\r•]/;
const isUpper = (c: string) => c !== c.toLowerCase() && c === c.toUpperCase();

function tokenise(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const raw = m[0];
    const start = m.index;
    const previous = tokens[tokens.length - 1];
    const gap = text.slice(previous?.end ?? 0, start);
    // "Mr. Jansen", "geb. 3-4", "M. Bakker": a dot after an abbreviation or an initial does not end the sentence.
    const abbreviationDot =
      previous !== undefined && /^\.\s*$/.test(gap) && (ABBREVIATION_SET.has(previous.norm) || (previous.text.length === 1 && previous.cap));
    const letters = raw.replace(/['’`-]/g, '');
    tokens.push({
      text: raw,
      start,
      end: start + raw.length,
      norm: fold(raw),
      cap: isUpper(raw.charAt(0)),
      allCaps: letters.length > 1 && letters === letters.toUpperCase() && letters !== letters.toLowerCase(),
      word: /^[\p{L}\p{M}'’`-]+$/u.test(raw),
      sentenceStart: previous === undefined || (SENTENCE_BREAK.test(gap) && !abbreviationDot),
      joined: previous !== undefined && /^[ \t\u00a0]+$/.test(gap),
    });
  }
  return tokens;
}

function coreOf(token: Token): Core {
  const possessive = /^(.+?)['’`]s$/u.exec(token.text);
  if (possessive?.[1]) return { norm: fold(possessive[1]), end: token.start + possessive[1].length, possessive: true, contraction: false };
  // "I'll", "don't", and Dutch role nouns made from abbreviations ("IB'er", "BSO'ers").
  const contraction = /['’`](?:ll|re|ve|d|m|t|er|ers)$/iu.test(token.text) || /n['’`]t$/iu.test(token.text);
  return { norm: token.norm, end: token.end, possessive: false, contraction };
}

const isCalendar = (norm: string) => CALENDAR.has(norm) || CALENDAR_STARTS.some((prefix) => norm.startsWith(prefix));

/** Never a person: calendar words, organisations, places, family words, titles, "I". */
function isNonName(norm: string): boolean {
  if (NEVER.has(norm) || isCalendar(norm) || OTHER.has(norm) || GREETING_SET.has(norm) || KIN_SET.has(norm) || TITLE_SET.has(norm)) return true;
  if (WEAK_TITLE_SET.has(norm) || STRONG_MARKERS.has(norm) || WEAK_MARKERS.has(norm)) return true;
  const parts = norm.split('-');
  return parts.length > 1 && parts.every((part) => isNonName(part) || LEX.has(part));
}

/** A listed first name, a diminutive of one ("Daantje", "Liesje"), or a hyphenated name with a listed part ("Jan-Willem"). */
function isFirstName(norm: string): boolean {
  if (FIRST.has(norm)) return true;
  for (const suffix of ['etje', 'tje', 'pje', 'je']) {
    const stem = norm.slice(0, -suffix.length);
    if (norm.endsWith(suffix) && stem.length >= 3 && FIRST.has(stem) && !COMMON_NAMES.has(stem) && !LEX.has(norm)) return true;
  }
  const parts = norm.split('-');
  return (
    parts.length > 1 &&
    parts.some((part) => FIRST.has(part) && !COMMON_NAMES.has(part)) &&
    parts.every((part) => FIRST.has(part) || (!isNonName(part) && !LEX.has(part)))
  );
}

/** Dutch and English verb endings: an unknown word with one is more likely a verb than a surname ("daan lachtte"). */
const looksLikeVerb = (norm: string) => /(?:t|d|de|te|den|ten|en|ed|ing|s)$/.test(norm);

/**
 * Endings of Dutch and English nouns that no first name or common surname has ("Autisme", "Zorgplan", "Jeugdhulp",
 * "Vrijdagmiddag"): a capitalised word with one is a capitalised noun.
 */
const NOUN_ENDING =
  /.{3}(?:heid|schap|isme|atie|ctie|teit|kunde|plan|zorg|hulp|dienst|centrum|school|team|middag|avond|ochtend|lijk|isch|ische|tion|ness|ship|ism)$/;

class NameReader {
  private readonly tokens: Token[];
  private readonly blocked: boolean[];

  constructor(private readonly source: string) {
    this.tokens = tokenise(source);
    this.blocked = this.tokens.map(() => false);
    this.blockPhrases();
    this.blockInstitutions();
  }

  /** The names, in text order. */
  read(): Span[] {
    const found: Span[] = [];
    let i = 0;
    while (i < this.tokens.length) {
      const match = this.usable(i) ? (this.afterTitle(i) ?? this.afterInitials(i) ?? this.standalone(i)) : undefined;
      if (match) {
        found.push({ start: match.start, end: match.end });
        i = match.next;
      } else i += 1;
    }
    return found;
  }

  private usable(i: number): boolean {
    const token = this.tokens[i];
    return token !== undefined && token.word && !this.blocked[i];
  }

  /** The token after i when nothing but spaces separates them and it is a usable word. */
  private joinedAfter(i: number): Token | undefined {
    const next = this.tokens[i + 1];
    return next?.joined && this.usable(i + 1) ? next : undefined;
  }

  private blockPhrases(): void {
    for (let i = 0; i < this.tokens.length; i += 1) {
      for (const phrase of PHRASES) {
        const fits = phrase.every((part, k) => this.tokens[i + k]?.norm === part && (k === 0 || this.tokens[i + k]?.joined));
        if (fits) for (let k = 0; k < phrase.length; k += 1) this.blocked[i + k] = true;
      }
    }
  }

  /** "OBS Het Kompas", "basisschool De Linde", "wijkteam Noord", "school 't Hofje": the capitalised run after the marker names the place. */
  private blockInstitutions(): void {
    this.tokens.forEach((token, i) => {
      const strong = STRONG_MARKERS.has(token.norm);
      if (!strong && !WEAK_MARKERS.has(token.norm)) return;
      let j = i + 1;
      let article = false;
      while (this.tokens[j]?.joined && ['de', 'het', "'t", 't', 'the', 'sint', 'st'].includes(this.tokens[j]?.norm ?? '')) {
        article = true;
        j += 1;
      }
      const first = this.tokens[j];
      const dotted = j === i + 1 && first !== undefined && /^\.\s*$/.test(this.source.slice(token.end, first.start));
      if (!first?.word || (!first.joined && !dotted)) return;
      if (!strong && !article && (!first.cap || isFirstName(first.norm))) return;
      for (let k = i + 1; k < j; k += 1) this.blocked[k] = true;
      for (let k = j; k < j + 4; k += 1) {
        const t = this.tokens[k];
        if (!t?.word || (k > j && !t.joined) || (!t.cap && (LEX.has(t.norm) || !article)) || KIN_SET.has(t.norm)) break;
        this.blocked[k] = true;
      }
    });
  }

  /** The index after the longest particle sequence ("van den", "de", "el") starting at i, or i when there is none. */
  private particlesFrom(i: number): { readonly next: number; readonly sequence: string } {
    let best = { next: i, sequence: '' };
    for (let length = 1; length <= 3; length += 1) {
      const slice = this.tokens.slice(i, i + length);
      if (slice.length < length || slice.some((t, k) => !t.word || this.blocked[i + k] || (k > 0 && !t.joined))) break;
      const sequence = slice.map((t) => t.norm).join(' ');
      if (PARTICLE_SEQ.has(sequence) && this.tokens[i + length]?.joined) best = { next: i + length, sequence };
    }
    return best;
  }

  /** The index of the first particle of a sequence that ends right before i, or i when there is none. */
  private particlesBefore(i: number): { readonly first: number; readonly sequence: string } {
    let best = { first: i, sequence: '' };
    for (let length = 1; length <= 3; length += 1) {
      const first = i - length;
      const slice = this.tokens.slice(first, i);
      if (first < 0 || !this.tokens[first + 1]?.joined || slice.some((t, k) => !t.word || this.blocked[first + k] || (k > 0 && !t.joined))) break;
      if (!this.tokens[i]?.joined) break;
      const sequence = slice.map((t) => t.norm).join(' ');
      if (PARTICLE_SEQ.has(sequence)) best = { first, sequence };
    }
    return best;
  }

  /**
   * After a first name or title: a surname, with or without particles ("Sophie van den Berg", "lisa de jong", "juf
   * Anna Smit", "pietje puk"). Returns the index of the surname's last token, or undefined when none follows.
   */
  private surnameAfter(i: number, strict = false): number | undefined {
    const start = i + 1;
    if (!this.tokens[start]?.joined || !this.usable(start)) return undefined;
    const particles = this.particlesFrom(start);
    const at = particles.next;
    const w = this.tokens[at];
    if (!w || !this.usable(at) || (at > start && !w.joined)) return undefined;
    const core = coreOf(w);
    if (core.contraction || isNonName(core.norm) || (w.allCaps && !ANY_SURNAMES.has(core.norm))) return undefined;
    const anotherFirstName = isFirstName(core.norm) && !STRONG_SURNAMES.has(core.norm);
    // After a first name that is also a word ("roos", "ben"), only a surname that is clearly one makes it a name.
    if (strict) return !anotherFirstName && (ANY_SURNAMES.has(core.norm) || (w.cap && !LEX.has(core.norm))) ? at : undefined;
    if (at > start) {
      if (ANY_SURNAMES.has(core.norm) || (!LEX.has(core.norm) && (w.cap || !looksLikeVerb(core.norm)))) return at;
      return undefined;
    }
    if (anotherFirstName) return undefined;
    if (w.cap && (!LEX.has(core.norm) || ANY_SURNAMES.has(core.norm))) return at;
    if (!w.cap && (STRONG_SURNAMES.has(core.norm) || (!LEX.has(core.norm) && !COMMON_NAMES.has(core.norm) && !looksLikeVerb(core.norm)))) return at;
    return undefined;
  }

  /** A name that starts at token `from` and whose last listed part is token `last`, extended with a surname unless it ended in a possessive. */
  private nameFrom(from: number, last: number, endOffset?: number): { start: number; end: number; next: number } {
    const core = coreOf(this.tokens[last] as Token);
    if (core.possessive || endOffset !== undefined) return { start: (this.tokens[from] as Token).start, end: endOffset ?? core.end, next: last + 1 };
    const surname = this.surnameAfter(last);
    const end = surname === undefined ? core.end : coreOf(this.tokens[surname] as Token).end;
    return { start: (this.tokens[from] as Token).start, end, next: (surname ?? last) + 1 };
  }

  /** "juf Anna", "meneer De Vries", "Mr. Jansen", "mevrouw Yılmaz", "juf van der Berg": the name without the title. */
  private afterTitle(i: number) {
    const title = this.tokens[i] as Token;
    const weak = WEAK_TITLE_SET.has(title.norm);
    if (!weak && !TITLE_SET.has(title.norm)) return undefined;
    const start = i + 1;
    const first = this.tokens[start];
    if (!first || !this.usable(start)) return undefined;
    const gap = (first.start > title.end ? this.text(title.end, first.start) : '').replace(/\s+/g, ' ');
    if (!first.joined && gap !== '. ' && gap !== '.') return undefined;
    const particles = weak ? { next: start, sequence: '' } : this.particlesFrom(start);
    const at = particles.next;
    const w = this.tokens[at];
    if (!w || !this.usable(at)) return undefined;
    const core = coreOf(w);
    if (core.contraction || NEVER.has(core.norm)) return undefined;
    const listed = isFirstName(core.norm);
    const capitalised = w.cap && !isNonName(core.norm) && (!LEX.has(core.norm) || ANY_SURNAMES.has(core.norm));
    const lower =
      !weak && !w.cap && (ANY_SURNAMES.has(core.norm) || (!LEX.has(core.norm) && !isNonName(core.norm) && (at > start || !looksLikeVerb(core.norm))));
    if (!listed && !capitalised && !lower) return undefined;
    return this.nameFrom(start, at);
  }

  /** "M. Bakker", "J.P. de Vries": initials and a surname. */
  private afterInitials(i: number) {
    let j = i;
    while (this.tokens[j]?.text.length === 1 && this.tokens[j]?.cap && /^\.\s?$/.test(this.gapAfter(j))) j += 1;
    if (j === i || !this.usable(j)) return undefined;
    const particles = this.particlesFrom(j);
    const w = this.tokens[particles.next];
    if (!w || !this.usable(particles.next) || !w.cap) return undefined;
    const core = coreOf(w);
    if (isNonName(core.norm) || (LEX.has(core.norm) && !ANY_SURNAMES.has(core.norm))) return undefined;
    return { start: (this.tokens[i] as Token).start, end: core.end, next: particles.next + 1 };
  }

  private text(start: number, end: number): string {
    return this.source.slice(start, end);
  }

  private gapAfter(i: number): string {
    const token = this.tokens[i];
    const next = this.tokens[i + 1];
    return token && next ? this.text(token.end, next.start) : '';
  }

  /** A word right after "heet", "genaamd", "named", "called", or after "naam is" / "name:" and the like. */
  private introducedAsName(i: number): boolean {
    const t = this.tokens[i] as Token;
    const previous = this.tokens[i - 1];
    if (!previous) return false;
    const gap = this.source.slice(previous.end, t.start);
    if (t.joined && NAME_CUES.has(previous.norm)) return true;
    if (NAME_NOUNS.has(previous.norm) && /^\s*:\s*$/.test(gap)) return true;
    const before = this.tokens[i - 2];
    return t.joined && previous.joined && ['is', 'was'].includes(previous.norm) && before !== undefined && NAME_NOUNS.has(before.norm);
  }

  /**
   * A capitalised word that names a thing: blocked (school, organisation phrase), an organisation or place, or a
   * capitalised word after a determiner. The capitalised word after it belongs to the same name ("the Child
   * Protection Board", "het Rode Kruis").
   */
  private isThing(i: number): boolean {
    const t = this.tokens[i];
    if (!t?.cap || !t.word) return false;
    if (this.blocked[i]) return true;
    const norm = coreOf(t).norm;
    if (OTHER.has(norm) || isCalendar(norm)) return true;
    if (isFirstName(norm)) return false;
    const previous = t.joined && !t.sentenceStart ? this.tokens[i - 1] : undefined;
    if (previous && DETERMINER_SET.has(previous.norm)) return true;
    return previous?.cap === true && this.isThing(i - 1);
  }

  /**
   * A possessive after the word: "Noor d'r vader", "Noah z'n broertje", "Daan zijn moeder", or the word's own "'s".
   * For a word that is not a listed name, "'s" counts only before a family word: Dutch writes plurals that way too
   * ("foto's", "baby's").
   */
  private possessiveAt(i: number, core: Core, listed: boolean, pronounsToo: boolean): boolean {
    if (core.possessive) return listed || KIN_SET.has(this.joinedAfter(i)?.norm ?? '');
    const link = this.joinedAfter(i);
    const kin = link && this.joinedAfter(i + 1);
    if (link === undefined || kin === undefined || !KIN_SET.has(kin.norm)) return false;
    return LINKS.has(link.norm) || (pronounsToo && PRONOUN_LINKS.has(link.norm));
  }

  /** A word on its own: a listed name, an unknown capitalised word mid-sentence, or any word marked as a person by a possessive. */
  private standalone(i: number) {
    const t = this.tokens[i] as Token;
    const core = coreOf(t);
    if (core.contraction || core.norm.length < 2 || isNonName(core.norm)) return undefined;
    const previous = t.joined && !t.sentenceStart ? this.tokens[i - 1] : undefined;
    const afterDeterminer = previous !== undefined && DETERMINER_SET.has(previous.norm);
    const listed = isFirstName(core.norm);
    const common = COMMON_NAMES.has(core.norm);
    const lex = LEX.has(core.norm);
    const possessive = this.possessiveAt(i, core, listed, t.cap && !lex && !common);

    // "ze heet xandra", "his name is Teodor": whatever word the cue introduces is a name, listed or not.
    if (this.introducedAsName(i) && !lex) return this.nameFrom(i, i);

    let person = false;
    if (t.cap && !t.sentenceStart) {
      // "de Roos" is a rose; "de Daan" is still Daan.
      if (listed) person = !(afterDeterminer && common) || possessive;
      else {
        const particles = this.particlesBefore(i);
        if (particles.first < i && (CORES.has(core.norm) || STRONG_SURNAMES.has(core.norm))) return this.nameFrom(particles.first, i);
        // "de familie Jansen" reads fine below; "the Smith family" puts the determiner before the name.
        const familyAfter = afterDeterminer && FAMILY_NOUNS.has(this.joinedAfter(i)?.norm ?? '');
        if (familyAfter) return this.nameFrom(i, i);
        person =
          !afterDeterminer &&
          !(previous?.cap && this.isThing(i - 1)) &&
          (STRONG_SURNAMES.has(core.norm) ||
            (!lex && !t.allCaps && !NOUN_ENDING.test(core.norm) && !(previous !== undefined && PLACE_PREPS.has(previous.norm))) ||
            (possessive && !lex));
        if (person && particles.first < i && !PREPOSITION_LIKE.has(particles.sequence)) return this.nameFrom(particles.first, i);
      }
    } else if (t.cap) {
      if (listed) person = !OPENERS.has(core.norm) || possessive || this.surnameAfter(i, true) !== undefined;
      else if (t.allCaps) person = false;
      else if (STRONG_SURNAMES.has(core.norm) && !lex) person = true;
      else if (!lex) person = possessive || this.surnameAfter(i) !== undefined;
    } else {
      if (listed && !common) person = true;
      else if (listed || common) person = possessive || this.surnameAfter(i, true) !== undefined;
      else person = !lex && possessive && !afterDeterminer && !t.allCaps;
    }
    if (person) return this.nameFrom(i, i);

    // "Ahmeds moeder": a possessive s glued to the name, before a family word.
    const kin = this.joinedAfter(i);
    if (!core.possessive && kin && KIN_SET.has(kin.norm) && core.norm.length > 3 && core.norm.endsWith('s') && !afterDeterminer) {
      const base = core.norm.slice(0, -1);
      const known = isFirstName(base) && !COMMON_NAMES.has(base);
      const unknownCapitalised = t.cap && !lex && !LEX.has(base) && !isNonName(base) && !t.allCaps;
      if (known || unknownCapitalised) return this.nameFrom(i, i, t.end - 1);
    }
    return undefined;
  }
}

/** The names of people in a text whose other identifying details are already masked. */
export function findNames(text: string): Span[] {
  return new NameReader(text).read();
}
