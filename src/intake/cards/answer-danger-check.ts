import { cardJson, textBlock, type CardJson } from '../../toolkit/cards';
import type { Texts } from '../../texts';
import type { SignalAnswerData } from './question-card';

/**
 * The reply to an answer that speaks of danger: the safety line first, then that the answer is held, and one button
 * that sends the same answer after all once the signaller says there is no direct danger now (no retyping). It is
 * the signaller's own 1:1 chat, so the answer may ride in the button's data.
 */
export function answerDangerCheckCard(press: SignalAnswerData, answer: string, texts: Texts): CardJson {
  const t = texts.intake.signallerQuestions;
  return cardJson(
    [textBlock(texts.safetyLine, { weight: 'Bolder', color: 'Attention' }), textBlock(t.dangerHeld)],
    [{ type: 'Action.Submit', title: t.sendAnyway, data: { ...press, answer, noDangerNow: true } }],
    texts.safetyLine,
  );
}
