import type { IdentifyingFinding } from '../domain';
import type { Language, PromptVars, Prompt, Texts } from './types';
import { en } from './en';
import { nl } from './nl';

export type { Language, Texts, PromptVars, Prompt, QuestionTexts } from './types';

/** Dutch unless Teams says the user works in English. */
export function languageOf(locale: string | undefined): Language {
  return locale?.toLowerCase().startsWith('en') ? 'en' : 'nl';
}

export function textsFor(locale: string | undefined) {
  return languageOf(locale) === 'en' ? en : nl;
}

export function render(prompt: Prompt | undefined, vars: PromptVars): string {
  if (prompt === undefined) return '';
  return typeof prompt === 'function' ? prompt(vars) : prompt;
}

/** The intake side works in Dutch: channel cards, thread posts and the answers to presses on them. */
export const INTAKE_LANGUAGE: Language = 'nl';

export function intakeTexts() {
  return textsFor(INTAKE_LANGUAGE);
}

/** What the identifying-details check found, as the person is shown it: `"Daan" (naam), "06-…" (telefoonnummer)`. */
export function identifyingList(found: readonly IdentifyingFinding[], texts: Pick<Texts, 'dialog'>): string {
  return found.map((f) => `"${f.text}" (${texts.dialog.identifyingKinds[f.kind]})`).join(', ');
}
