/**
 * Wording that means someone is in danger now. Matched on whole words, case- and accent-insensitively. "clear"
 * phrases lead straight to the 112 / Veilig Thuis guidance; "ambiguous" ones first ask whether there is danger now
 * (a description of last week's incident uses the same words). Dutch and English, kept in this one place.
 */
export const CLEAR_DANGER_PHRASES = [
  // Dutch
  'nu in gevaar',
  'direct gevaar',
  'acuut gevaar',
  'levensgevaar',
  'wordt nu geslagen',
  'wordt nu mishandeld',
  'slaat hem nu',
  'slaat haar nu',
  'slaat het kind nu',
  'bedreigt nu',
  'heeft een mes',
  'heeft een wapen',
  'wil zichzelf doden',
  'wil zelfmoord plegen',
  'gaat zichzelf iets aandoen',
  'bel 112',
  'help nu',
  'nu hulp nodig',
  'durft niet naar huis vandaag',
  'kan niet veilig naar huis',
  // English
  'in danger now',
  'in danger right now',
  'immediate danger',
  'being hit right now',
  'being beaten now',
  'has a knife',
  'has a weapon',
  'wants to kill himself',
  'wants to kill herself',
  'going to kill',
  'suicidal now',
  'call 112',
  'unsafe to go home',
] as const;

export const AMBIGUOUS_DANGER_WORDS = [
  // Dutch
  'acuut',
  'gevaar',
  'gevaarlijk',
  'gevaarlijke',
  'onveilig',
  'onveilige',
  '112',
  'spoed',
  'dreigt',
  'dreigde',
  'gedreigd',
  'bedreigd',
  'bedreigt',
  'mes',
  'wapen',
  'wurgen',
  'gewurgd',
  'zelfmoord',
  'suïcide',
  'suicide',
  'doodmaken',
  'vermoorden',
  'noodgeval',
  // English
  'acute',
  'danger',
  'dangerous',
  'unsafe',
  'urgent',
  'emergency',
  'knife',
  'weapon',
  'strangled',
  'threatened',
  'kill',
] as const;

export type DangerSignal = 'clear' | 'ambiguous' | 'none';

const normalise = (text: string) =>
  ` ${text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()} `;

const CLEAR = CLEAR_DANGER_PHRASES.map(normalise);
const AMBIGUOUS = AMBIGUOUS_DANGER_WORDS.map(normalise);

export function detectDanger(text: string): DangerSignal {
  const haystack = normalise(text);
  if (CLEAR.some((phrase) => haystack.includes(phrase))) return 'clear';
  if (AMBIGUOUS.some((word) => haystack.includes(word))) return 'ambiguous';
  return 'none';
}
