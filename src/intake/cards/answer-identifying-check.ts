import type { IdentifyingFinding } from '../../domain';
import { cardJson, textBlock, type CardJson } from '../../toolkit/cards';
import { identifyingList, type Texts } from '../../texts';
import type { SignalAnswerData } from './question-card';

/**
 * The reply to an answer in an anonymous consultation that may identify someone: what was found, that nothing was
 * passed on, and one button that sends the same answer after all when it is not a name. It is the signaller's own
 * 1:1 chat, so the answer may ride in the button's data (as with the danger check, whose "no danger now" it keeps).
 */
export function answerIdentifyingCheckCard(
  press: SignalAnswerData & { readonly noDangerNow?: true },
  answer: string,
  found: readonly IdentifyingFinding[],
  texts: Texts,
): CardJson {
  const t = texts.intake.signallerQuestions;
  const list = identifyingList(found, texts);
  return cardJson(
    [textBlock(t.identifyingHeld(list))],
    [{ type: 'Action.Submit', title: t.sendAsIs, data: { ...press, answer, notIdentifying: true } }],
    t.identifyingHeld(list),
  );
}
