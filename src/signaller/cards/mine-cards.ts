import {
  ADDITION_MAX,
  checkTypedText,
  isOpenStatus,
  lifecycleOf,
  WITHDRAW_NOTE_MAX,
  WITHDRAW_REASONS,
  type IdentifyingFinding,
  type Signal,
} from '../../domain';
import { cardJson, choiceSet, textBlock, type CardJson } from '../../toolkit/cards';
import { identifyingList, type Texts } from '../../texts';
import { formatCardDate, formatMoment } from '../../texts/dates';
import { minePress } from './mine-press';

/**
 * The signaller's own cards in their 1:1 chat, in their language: the list of their signals, the forms to add
 * information and to withdraw, the checks on what they type, and the record for their own file. Action.Submit, like
 * the dialogue: the 1:1 chat has no Universal Actions to rely on.
 */

const submit = (title: string, data: Record<string, unknown>, extra: CardJson = {}): CardJson => ({ type: 'Action.Submit', title, data, ...extra });
const where = (signal: Signal) => ({ teamId: signal.routing.teamId, signalId: signal.id });

export function mySignalsCard(signals: readonly Signal[], texts: Texts, draftWaits: boolean): CardJson {
  const t = texts.mine;
  const lang = texts.intake.signalCard.language;
  const rows = signals.map((signal): CardJson => {
    const last = lifecycleOf(signal).history.at(-1)?.at ?? signal.createdAt;
    const open = isOpenStatus(signal.status);
    return {
      type: 'Container',
      separator: true,
      items: [
        textBlock(signal.reference, { weight: 'Bolder' }),
        textBlock(t.list.sent(formatCardDate(signal.createdAt.slice(0, 10), lang), signal.routing.teamName), { spacing: 'None' }),
        textBlock(t.list.status(t.statusNames[signal.status], formatMoment(last, lang)), { spacing: 'None' }),
        ...(signal.phase ? [textBlock(t.list.phase(texts.intake.signalCard.details.phases[signal.phase]), { spacing: 'None', isSubtle: true })] : []),
        {
          type: 'ActionSet',
          actions: [
            ...(open ? [submit(t.buttons.addInfo, minePress('addInfo', where(signal))), submit(t.buttons.withdraw, minePress('withdraw', where(signal)))] : []),
            submit(t.buttons.record, minePress('record', where(signal))),
          ],
        },
      ],
    };
  });
  const body = [
    textBlock(t.list.title, { id: 'title', size: 'Medium', weight: 'Bolder' }),
    textBlock(signals.length > 0 ? t.list.intro : t.list.empty, { spacing: 'Small' }),
    ...rows,
    ...(draftWaits ? [textBlock(t.list.draftWaits, { separator: true, isSubtle: true })] : []),
  ];
  return cardJson(body, [], t.list.title);
}

export function addInfoCard(signal: Signal, texts: Texts): CardJson {
  const t = texts.mine.addInfo;
  return cardJson(
    [
      textBlock(t.title(signal.reference), { id: 'title', size: 'Medium', weight: 'Bolder' }),
      textBlock(t.intro(signal.routing.teamName)),
      ...(signal.mode === 'consultation' ? [textBlock(t.noNames, { isSubtle: true })] : []),
      {
        type: 'Input.Text',
        id: 'info',
        label: t.label(ADDITION_MAX),
        placeholder: t.placeholder,
        isMultiline: true,
        maxLength: ADDITION_MAX,
        isRequired: true,
        errorMessage: t.required,
      },
    ],
    [submit(t.send, minePress('addInfoSend', where(signal)))],
    t.title(signal.reference),
  );
}

export function withdrawCard(signal: Signal, texts: Texts): CardJson {
  const t = texts.mine.withdraw;
  return cardJson(
    [
      textBlock(t.title(signal.reference), { id: 'title', size: 'Medium', weight: 'Bolder' }),
      textBlock(t.intro),
      choiceSet(
        'reason',
        t.reasonLabel,
        t.chooseReason,
        WITHDRAW_REASONS.map((r) => [r, t.reasons[r]]),
      ),
      { type: 'Input.Text', id: 'note', label: t.noteLabel(WITHDRAW_NOTE_MAX), isMultiline: true, maxLength: WITHDRAW_NOTE_MAX },
    ],
    [submit(t.confirm, minePress('withdrawConfirm', where(signal)), { style: 'destructive' })],
    t.title(signal.reference),
  );
}

/**
 * What they typed speaks of danger: the safety line first; the same text sent after all once there is none now. It
 * is their own 1:1 chat, so the text may ride in the button's data (a press of "mijn signalen" or of the follow-up).
 */
export function textDangerCard(press: Record<string, unknown>, texts: Texts): CardJson {
  const t = texts.intake.signallerQuestions;
  return cardJson(
    [textBlock(texts.safetyLine, { weight: 'Bolder', color: 'Attention' }), textBlock(t.dangerHeld)],
    [submit(t.sendAnyway, { ...press, noDangerNow: true })],
    texts.safetyLine,
  );
}

/** In an anonymous consultation, what may identify someone: shown, not stored; sent as it is only when it is no name. */
export function textIdentifyingCard(press: Record<string, unknown>, found: readonly IdentifyingFinding[], texts: Texts): CardJson {
  const t = texts.intake.signallerQuestions;
  const list = identifyingList(found, texts);
  return cardJson([textBlock(t.identifyingHeld(list))], [submit(t.sendAsIs, { ...press, notIdentifying: true })], t.identifyingHeld(list));
}

/** The record for their own file: plain text to select and copy. */
export function recordCard(signal: Signal, text: string, texts: Texts): CardJson {
  const t = texts.mine.record;
  return cardJson(
    [
      textBlock(t.title(signal.reference), { id: 'title', size: 'Medium', weight: 'Bolder' }),
      textBlock(t.intro, { isSubtle: true }),
      { type: 'Input.Text', id: 'record', label: t.label, isMultiline: true, value: text },
    ],
    [],
    t.title(signal.reference),
  );
}

/**
 * The card that answers a text the signaller typed after sending, when the domain's check found something (see
 * checkTypedText): the danger card, or the identifying one. Undefined when the text may be stored. `press` is what
 * their button sent (the text rides in it) with the flags they already answered.
 */
export function typedTextCheck(
  text: string,
  press: Record<string, unknown> & { readonly noDangerNow?: true; readonly notIdentifying?: true },
  signal: Pick<Signal, 'mode'>,
  texts: Texts,
): CardJson | undefined {
  const finding = checkTypedText(text, signal, press);
  if (!finding) return undefined;
  return finding.kind === 'danger' ? textDangerCard(press, texts) : textIdentifyingCard(press, finding.found, texts);
}
