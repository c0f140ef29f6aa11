import { PHASES, TAKE_OVER_REASONS, TRANSFER_NOTE_MAX, TRANSFER_REASONS, type Signal } from '../../domain';
import { cardJson, choiceSet, clean, textBlock, type CardJson } from '../../toolkit/cards';
import type { Texts } from '../../texts';
import { button, checkVersion } from './card-button';
import type { SignalCardVerb } from './signal-card-action';

/**
 * The forms behind the card's overflow menu, each an invoke answer (only the presser sees it): take over, transfer,
 * phase. Each sends its confirm verb with the card version it was opened on, or goes back to the shared card.
 */

function form(signal: Signal, cardVersion: number, title: string, body: CardJson[], confirm: [SignalCardVerb, string], cancel: string): CardJson {
  checkVersion(cardVersion);
  return cardJson(
    [textBlock(title, { id: 'title', size: 'Medium', weight: 'Bolder' }), ...body],
    [
      button(confirm[0], confirm[1], signal, cardVersion, { style: 'positive' }),
      button('signal.cancel', cancel, signal, cardVersion, { associatedInputs: 'none' }),
    ],
    title,
  );
}

export function takeOverCard(signal: Signal, texts: Texts, cardVersion: number): CardJson {
  const t = texts.intake.work.takeOver;
  const who = signal.lifecycle?.claimedBy ? clean(signal.lifecycle.claimedBy.name) : texts.intake.signalCard.someone;
  return form(
    signal,
    cardVersion,
    t.title(signal.reference, who),
    [
      choiceSet(
        'reason',
        t.reasonLabel,
        t.chooseReason,
        TAKE_OVER_REASONS.map((r) => [r, t.reasons[r]]),
      ),
    ],
    ['signal.takeOverConfirm', t.confirm],
    t.cancel,
  );
}

/** The teams to choose from: every team in the routing file but the signal's own. */
export function transferCard(
  signal: Signal,
  texts: Texts,
  cardVersion: number,
  teams: ReadonlyArray<{ readonly id: string; readonly name: string }>,
): CardJson {
  const t = texts.intake.work.transfer;
  return form(
    signal,
    cardVersion,
    t.title(signal.reference),
    [
      textBlock(t.intro, { isSubtle: true, spacing: 'Small' }),
      choiceSet(
        'team',
        t.teamLabel,
        t.chooseTeam,
        teams.filter((team) => team.id !== signal.routing.teamId).map((team) => [team.id, team.name]),
      ),
      choiceSet(
        'reason',
        t.reasonLabel,
        t.chooseReason,
        TRANSFER_REASONS.map((r) => [r, t.reasons[r]]),
      ),
      {
        type: 'Input.Text',
        id: 'transferNote',
        label: t.noteLabel(TRANSFER_NOTE_MAX),
        placeholder: t.notePlaceholder,
        isMultiline: true,
        maxLength: TRANSFER_NOTE_MAX,
      },
    ],
    ['signal.transferConfirm', t.confirm],
    t.cancel,
  );
}

export function phaseCard(signal: Signal, texts: Texts, cardVersion: number): CardJson {
  const t = texts.intake.work.phase;
  const names = texts.intake.signalCard.details.phases;
  return form(
    signal,
    cardVersion,
    t.title(signal.reference),
    [
      choiceSet(
        'phase',
        t.label,
        t.choose,
        PHASES.map((p) => [p, names[p]]),
        signal.phase,
      ),
    ],
    ['signal.phaseSet', t.confirm],
    t.cancel,
  );
}
