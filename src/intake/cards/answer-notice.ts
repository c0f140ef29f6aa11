import type { SignalQuestion } from '../../domain';
import { withMentions, type Mention } from '../../toolkit/cards';
import type { Texts } from '../../texts';

/**
 * What the card's thread gets when the signaller answered: an @mention of the worker who asked and that there is an
 * answer, nothing more. The thread is the channel, and the channel sees no content: the question and the answer are
 * shown in Details, to the presser only.
 */
export function answerNotice(question: SignalQuestion, texts: Texts): { text: string; entities: Mention[] } {
  return withMentions([{ id: question.askedBy.aadObjectId, name: question.askedBy.name }], texts.intake.signalCard.answerPosted);
}
