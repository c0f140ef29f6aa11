import { CLOSE_NOTE_MAX, CLOSE_OUTCOMES, type Signal } from '../../domain';
import { cardJson, textBlock, type CardJson } from '../../toolkit/cards';
import type { Texts } from '../../texts';
import { button, checkVersion } from './card-button';

/** The form behind "Afsluiten": an invoke answer, so only the presser sees it. */
/** Close with an outcome and, for 'other' required by the lifecycle, a note. Sends 'signal.closeConfirm'. */
export function closeCard(signal: Signal, texts: Texts, cardVersion: number): CardJson {
  checkVersion(cardVersion);
  const c = texts.intake.signalCard.close;
  const body: CardJson[] = [
    textBlock(c.title(signal.reference), { id: 'title', size: 'Medium', weight: 'Bolder' }),
    {
      type: 'Input.ChoiceSet',
      id: 'outcome',
      label: c.outcomeLabel,
      style: 'expanded',
      isRequired: true,
      errorMessage: c.outcomeRequired,
      choices: CLOSE_OUTCOMES.map((outcome) => ({ title: texts.intake.signalCard.closeOutcomes[outcome], value: outcome })),
    },
    { type: 'Input.Text', id: 'note', label: c.noteLabel(CLOSE_NOTE_MAX), placeholder: c.notePlaceholder, isMultiline: true, maxLength: CLOSE_NOTE_MAX },
  ];
  return cardJson(
    body,
    [
      button('signal.closeConfirm', c.confirm, signal, cardVersion, { style: 'positive' }),
      button('signal.cancel', c.cancel, signal, cardVersion, { associatedInputs: 'none' }),
    ],
    c.title(signal.reference),
  );
}
