import { SIGNAL_QUESTION_MAX, type Signal } from '../../domain';
import { cardJson, textBlock, type CardJson } from '../../toolkit/cards';
import type { Texts } from '../../texts';
import { button, checkVersion } from './card-button';

/**
 * Ask the signaller a question; sends 'signal.askSend' with `question`. When the signaller does not want to be
 * contacted there is no form, only the explanation and a way back.
 */
export function askCard(signal: Signal, texts: Texts, cardVersion: number): CardJson {
  checkVersion(cardVersion);
  const q = texts.intake.signalCard.ask;
  const title = textBlock(q.title(signal.reference), { id: 'title', size: 'Medium', weight: 'Bolder' });
  if (!signal.signaller.willingToBeContacted) {
    return cardJson(
      [title, textBlock(q.noContact, { id: 'no-contact' })],
      [button('signal.cancel', texts.intake.signalCard.actions.back, signal, cardVersion, { associatedInputs: 'none' })],
      q.title(signal.reference),
    );
  }
  const body: CardJson[] = [
    title,
    textBlock(q.intro, { isSubtle: true }),
    {
      type: 'Input.Text',
      id: 'question',
      label: q.questionLabel(SIGNAL_QUESTION_MAX),
      placeholder: q.questionPlaceholder,
      isMultiline: true,
      maxLength: SIGNAL_QUESTION_MAX,
      isRequired: true,
      errorMessage: q.questionRequired,
    },
  ];
  return cardJson(
    body,
    [
      button('signal.askSend', q.send, signal, cardVersion, { style: 'positive' }),
      button('signal.cancel', q.cancel, signal, cardVersion, { associatedInputs: 'none' }),
    ],
    q.title(signal.reference),
  );
}
