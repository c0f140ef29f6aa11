import { classifyDanger } from './danger';
import { findIdentifying, type IdentifyingFinding } from './identifying';
import type { Signal } from './signal';

/** What the signaller already said about a text they typed: no danger right now, or that it names nobody. */
export interface TypedTextAnswers {
  readonly noDangerNow?: true;
  readonly notIdentifying?: true;
}

export type TypedTextFinding = { readonly kind: 'danger' } | { readonly kind: 'identifying'; readonly found: readonly IdentifyingFinding[] };

/**
 * The checks every text a signaller types after sending gets (an answer to intake's question, added information, a
 * withdrawal's note, a follow-up note), in the dialogue's order: danger first (nothing is stored until they say there
 * is none now), then, in an anonymous consultation, anything that may identify someone. Undefined: it may be stored.
 */
export function checkTypedText(text: string, signal: Pick<Signal, 'mode'>, answers: TypedTextAnswers): TypedTextFinding | undefined {
  if (text === '') return undefined;
  if (!answers.noDangerNow && classifyDanger(text) !== 'none') return { kind: 'danger' };
  const found = signal.mode === 'consultation' && !answers.notIdentifying ? findIdentifying(text) : [];
  return found.length > 0 ? { kind: 'identifying', found } : undefined;
}
