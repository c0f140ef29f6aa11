import type { CoordinationTexts } from '../../texts/coordination-types';
import type { QueueRow, QueuesView } from '../tab-api/queues-api-types';

type Child = Node | string;
const SVG = 'http://www.w3.org/2000/svg';

/** An element with attributes and children, built through the DOM so no name from the routing file is read as markup. */
function el(tag: string, attrs: Record<string, string> = {}, ...children: Child[]): HTMLElement {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

function svg(tag: string, attrs: Record<string, string>): SVGElement {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  return node;
}

export interface Bar {
  readonly key: string;
  readonly label: string;
  readonly value: number;
}

/**
 * A small horizontal bar chart: a label, a bar scaled to `max` (the same for every queue, so rows compare) and the
 * number. The bars are SVG attributes, not inline styles, which the page's content security policy forbids.
 */
function barChart(kind: string, caption: string, bars: readonly Bar[], max: number): HTMLElement {
  const rows = bars.map((bar) => {
    const width = max > 0 ? Math.round((bar.value / max) * 1000) / 10 : 0;
    const graphic = svg('svg', { class: 'bar', viewBox: '0 0 100 8', preserveAspectRatio: 'none', 'aria-hidden': 'true', focusable: 'false' });
    graphic.append(svg('rect', { class: 'bar-track', x: '0', y: '0', width: '100', height: '8' }));
    if (width > 0) graphic.append(svg('rect', { class: `bar-fill bar-${bar.key}`, x: '0', y: '0', width: String(width), height: '8' }));
    return el(
      'li',
      { class: 'bar-row', 'data-bar': bar.key },
      el('span', { class: 'bar-label' }, bar.label),
      graphic,
      el('span', { class: 'bar-value' }, String(bar.value)),
    );
  });
  return el('figure', { class: 'chart', 'data-chart': kind }, el('figcaption', {}, caption), el('ul', { class: 'bars' }, ...rows));
}

const urgencyBars = (q: QueueRow, t: CoordinationTexts): Bar[] =>
  (['acute', 'urgent', 'normal'] as const).map((key) => ({ key, label: t.tab.urgencies[key], value: q.open[key] }));
const statusBars = (q: QueueRow, t: CoordinationTexts): Bar[] =>
  (['new', 'claimed', 'waiting', 'closed', 'withdrawn'] as const).map((key) => ({ key: `status-${key}`, label: t.tab.statuses[key], value: q.statuses[key] }));
const claimBars = (q: QueueRow, t: CoordinationTexts): Bar[] =>
  (['within-hour', 'within-working-day', 'within-3-working-days', 'later'] as const).map((key) => ({
    key: `claim-${key}`,
    label: t.status.buckets[key],
    value: q.claimTimes[key],
  }));

const maxOf = (queues: readonly QueueRow[], bars: (q: QueueRow) => Bar[]) => Math.max(0, ...queues.flatMap((q) => bars(q).map((b) => b.value)));

/** The page's whole content for one answer of /api/queues. */
export function renderQueues(
  root: HTMLElement,
  view: QueuesView,
  options: { readonly texts: CoordinationTexts; readonly time: string; readonly problem?: string },
): void {
  const { texts: t } = options;
  const scales = {
    urgency: maxOf(view.queues, (q) => urgencyBars(q, t)),
    status: maxOf(view.queues, (q) => statusBars(q, t)),
    claims: maxOf(view.queues, (q) => claimBars(q, t)),
  };
  const header = el(
    'header',
    {},
    el('h1', {}, t.tab.title),
    el('p', { class: 'updated' }, t.tab.updatedAt(options.time)),
    ...(options.problem ? [el('p', { class: 'problem', role: 'status' }, options.problem)] : []),
  );
  const rows = view.queues.map((q) => queueSection(q, t, scales));
  root.replaceChildren(header, rows.length > 0 ? el('div', { class: 'queues' }, ...rows) : el('p', { class: 'notice' }, t.tab.noQueues));
}

const MINUTE = 60_000;

function queueSection(q: QueueRow, t: CoordinationTexts, scales: { urgency: number; status: number; claims: number }): HTMLElement {
  const flags: HTMLElement[] = [];
  if (q.pastDeadline > 0) flags.push(el('li', { class: 'flag flag-late' }, t.status.pastDeadline(q.pastDeadline)));
  if (!q.linked) flags.push(el('li', { class: 'flag flag-stuck' }, t.tab.unlinked));
  for (const job of q.stuckDeliveries) flags.push(el('li', { class: 'flag flag-stuck' }, t.tab.stuckDelivery(t.age(job.minutes * MINUTE), job.failures)));
  const classes = ['queue', ...(q.pastDeadline > 0 ? ['late'] : []), ...(!q.linked || q.stuckDeliveries.length > 0 ? ['stuck'] : [])];
  const headingId = `queue-${q.teamId}`;
  return el(
    'section',
    { class: classes.join(' '), 'data-team': q.teamId, 'aria-labelledby': headingId },
    el(
      'div',
      { class: 'queue-head' },
      el('h2', { id: headingId }, q.name),
      ...(flags.length > 0 ? [el('ul', { class: 'flags' }, ...flags)] : []),
      el(
        'p',
        { class: 'meta' },
        q.oldestUnclaimedMinutes === null ? t.status.noneUnclaimed : t.status.oldestUnclaimed(t.age(q.oldestUnclaimedMinutes * MINUTE)),
        el('br'),
        t.status.transfers(q.transfersIn, q.transfersOut),
      ),
    ),
    barChart('urgency', t.tab.openByUrgency, urgencyBars(q, t), scales.urgency),
    barChart('status', t.tab.byStatus, statusBars(q, t), scales.status),
    barChart('claims', t.status.claimTimes, claimBars(q, t), scales.claims),
  );
}

/** One sentence instead of the figures: outside Teams, not a coordinator, sign-in failed. */
export function renderNotice(root: HTMLElement, title: string, message: string, kind: 'info' | 'problem' = 'info'): void {
  root.replaceChildren(el('h1', {}, title), el('p', { class: kind === 'problem' ? 'notice problem' : 'notice' }, message));
}

/** The configuration page Teams shows when the tab is added to a channel. */
export function renderConfig(root: HTMLElement, texts: CoordinationTexts): void {
  root.replaceChildren(el('h1', {}, texts.tab.config.heading), el('p', { class: 'notice' }, texts.tab.config.explanation));
}
