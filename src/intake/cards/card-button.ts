import type { Signal } from '../../domain';
import { executeButton, type CardJson } from '../../toolkit/cards';
import type { SignalCardVerb } from './signal-card-action';

/**
 * Every button on the intake cards carries only the signal id and the card version the presser saw: the server
 * loads the record, and a press on an older card is recognised.
 */
export function button(verb: SignalCardVerb, title: string, signal: Signal, cardVersion: number, extra: CardJson = {}): CardJson {
  return executeButton(verb, title, { signalId: signal.id, cardVersion }, extra);
}

export function checkVersion(cardVersion: number): void {
  if (!Number.isInteger(cardVersion) || cardVersion < 0) throw new RangeError(`cardVersion must be an integer >= 0, got ${cardVersion}`);
}
