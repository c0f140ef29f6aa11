import { effectiveUrgency, type Signal } from '../../domain';
import { cardJson, clean, executeButton, textBlock, type CardJson } from '../../toolkit/cards';
import type { Texts } from '../../texts';
import { formatCardMoment } from '../../texts/dates';
import { ageBandsText, statusText } from './status-text';

export const WORKLIST_PAGE = 20;
export const WORKLIST_PAGE_VERB = 'queue.page';

/**
 * The queue's open signals, oldest first, as the answer to "wachtrij" in the channel. Everyone in the channel sees
 * it, so a row carries only what the signal's own card shows there: reference, urgency, age band(s), deadline
 * (past ones marked), status and who has it. One row is two short lines, so it reads at 360 px.
 */
export function worklistCard(
  page: { readonly total: number; readonly offset: number; readonly signals: readonly Signal[] },
  team: string,
  texts: Texts,
  nowMs: number,
): CardJson {
  const w = texts.intake.work.worklist;
  const t = texts.intake.signalCard;
  const title = page.total === 0 ? w.empty(team) : w.title(team, page.total);
  const rows = page.signals.map((signal, i): CardJson => {
    const open = signal.status === 'new';
    const late = open && Date.parse(signal.claimDueAt) <= nowMs;
    const deadline = open ? `${formatCardMoment(signal.claimDueAt, t.language)}${late ? ` (${w.overdue})` : ''}` : '';
    return {
      type: 'Container',
      id: `row-${page.offset + i}`,
      separator: true,
      ...(late ? { style: 'attention' } : {}),
      items: [
        textBlock([`**${signal.reference}**`, texts.urgency[effectiveUrgency(signal)], ageBandsText(signal, t), deadline].filter(Boolean).join(' · ')),
        textBlock(statusText(signal, texts), { spacing: 'None', isSubtle: true }),
      ],
    };
  });
  const end = page.offset + page.signals.length;
  const body: CardJson[] = [
    textBlock(title, { id: 'title', size: 'Medium', weight: 'Bolder' }),
    ...(page.total > 0 ? [textBlock(w.page(page.offset + 1, end, page.total), { id: 'page', isSubtle: true, spacing: 'None' })] : []),
    ...rows,
  ];
  const actions = [
    ...(page.offset > 0 ? [executeButton(WORKLIST_PAGE_VERB, w.previous, { offset: Math.max(0, page.offset - WORKLIST_PAGE) })] : []),
    ...(end < page.total ? [executeButton(WORKLIST_PAGE_VERB, w.next, { offset: end })] : []),
  ];
  return cardJson(body, actions, clean(title));
}
