import { en } from './en';
import { nl, type Texts } from './nl';

export type { Texts };
export type Language = 'nl' | 'en';

/** Dutch unless Teams says the user works in English. */
export function languageOf(locale: string | undefined): Language {
  return locale?.toLowerCase().startsWith('en') ? 'en' : 'nl';
}

export function textsFor(locale: string | undefined): Texts {
  return languageOf(locale) === 'en' ? en : nl;
}
