import { SIGNAL_ANSWER_MAX, type Signal, type SignalQuestion } from '../../domain';
import { cardJson, textBlock, typedText, type CardJson } from '../../toolkit/cards';
import type { Texts } from '../../texts';

/**
 * The question card in the signaller's 1:1 chat. Pure, like the channel cards: plain JSON, the caller sends it.
 */

/** What the question card's button sends back (Action.Submit: the 1:1 chat has no Universal Actions to rely on). */
export const SIGNAL_ANSWER_WS = 'signal-answer';
export interface SignalAnswerData {
  readonly ws: typeof SIGNAL_ANSWER_WS;
  readonly signalId: string;
  readonly teamId: string;
  readonly questionId: string;
}

/**
 * The question for the signaller, in their language: the reference, the team, the question as typed (a TextRun, so
 * never markdown), a field 'answer' and a "send answer" button. The button's data names the signal, its queue and
 * the question, so the answer reaches the right question whatever the dialogue in that chat is doing.
 */
export function signallerQuestionCard(signal: Signal, question: SignalQuestion, teamName: string, texts: Texts): CardJson {
  const t = texts.intake.signallerQuestions;
  const data: SignalAnswerData = { ws: SIGNAL_ANSWER_WS, signalId: signal.id, teamId: signal.routing.teamId, questionId: question.id };
  return cardJson(
    [
      textBlock(t.title(signal.reference), { id: 'title', size: 'Medium', weight: 'Bolder' }),
      textBlock(t.intro(teamName)),
      ...typedText(t.questionLabel, question.text, 10),
      ...(signal.mode === 'consultation' ? [textBlock(t.noNames, { isSubtle: true })] : []),
      {
        type: 'Input.Text',
        id: 'answer',
        label: t.answerLabel(SIGNAL_ANSWER_MAX),
        placeholder: t.answerPlaceholder,
        isMultiline: true,
        maxLength: SIGNAL_ANSWER_MAX,
        isRequired: true,
        errorMessage: t.answerRequired,
      },
    ],
    [{ type: 'Action.Submit', title: t.send, style: 'positive', data }],
    t.title(signal.reference),
  );
}
