import { CLOSE_NOTE_MAX, CLOSE_OUTCOMES, type Signal } from '../../domain';
import { cardJson, choiceSet, textBlock, type CardJson } from '../../toolkit/cards';
import type { Texts } from '../../texts';
import { button, checkVersion } from './card-button';

/** The form behind "Afsluiten": an invoke answer, so only the presser sees it. */
/** Close with an outcome and, for 'other' required by the lifecycle, a note. Sends 'signal.closeConfirm'. */
export function closeCard(signal: Signal, texts: Texts, cardVersion: number): CardJson {
  checkVersion(cardVersion);
  const c = texts.intake.signalCard.close;
  const body: CardJson[] = [
    textBlock(c.title(signal.reference), { id: 'title', size: 'Medium', weight: 'Bolder' }),
    choiceSet(
      'outcome',
      c.outcomeLabel,
      c.outcomeRequired,
      CLOSE_OUTCOMES.map((outcome) => [outcome, texts.intake.signalCard.closeOutcomes[outcome]]),
    ),
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
