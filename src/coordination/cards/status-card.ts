import { CLAIM_BUCKETS, countOf, queueCounts, type MonthField, type QueueStatus } from '../../domain';
import { cardJson, clean, executeButton, factSet, heading, textBlock, type CardJson } from '../../toolkit/cards';
import type { Texts } from '../../texts';
import { formatCardMoment } from '../../texts/dates';

export const OVERDUE_VERB = 'coord.overdue';

type TeamName = (teamId: string) => string;

/**
 * The queues' figures as one card: a block per queue (past-deadline and stuck ones in the attention style), then what
 * is stuck. Counts and references only, for coordinators who are not the queue's team (no age band, PC4 or urgency
 * per signal: small numbers re-identify). `overdueButtons`: a button per late queue that lists its references.
 */
export function statusCard(
  statuses: readonly QueueStatus[],
  options: { readonly title: string; readonly teamName: TeamName; readonly texts: Texts; readonly now: number; readonly overdueButtons: boolean },
): CardJson {
  const { texts, now, teamName } = options;
  const c = texts.coordination.status;
  const blocks = statuses.map((queue) => queueBlock(queue, options));
  // A queue without a channel holds its cards back on purpose: that it has no channel is what is stuck.
  const stuck = statuses.flatMap((queue) =>
    queue.linked
      ? queue.stuckDeliveries.map((job) => c.failing(teamName(queue.teamId), texts.coordination.age(now - job.since), job.failures))
      : [c.unlinked(teamName(queue.teamId), countOf(queue, { status: 'new' }))],
  );
  const body: CardJson[] = [
    textBlock(options.title, { id: 'title', size: 'Medium', weight: 'Bolder' }),
    textBlock(c.asOf(formatCardMoment(new Date(now).toISOString(), texts.intake.signalCard.language)), { isSubtle: true, spacing: 'None' }),
    ...blocks,
    heading(c.stuckTitle),
    {
      type: 'Container',
      id: 'stuck',
      ...(stuck.length > 0 ? { style: 'attention' } : {}),
      items: (stuck.length > 0 ? stuck : [c.nothingStuck]).map((line) => textBlock(line)),
    },
    textBlock(c.hint, { isSubtle: true }),
  ];
  return cardJson(body, [], clean(options.title));
}

function queueBlock(queue: QueueStatus, options: Parameters<typeof statusCard>[1]): CardJson {
  const { texts, now } = options;
  const c = texts.coordination.status;
  const { open, statuses } = queueCounts(queue);
  const late = queue.pastDeadline > 0;
  const stuck = !queue.linked || queue.stuckDeliveries.length > 0;
  const claims = CLAIM_BUCKETS.map((bucket) => [c.buckets[bucket], String(queue.claimTimes[bucket])] as const);
  return {
    type: 'Container',
    id: `queue-${queue.teamId}`,
    separator: true,
    ...(late || stuck ? { style: 'attention' } : {}),
    items: [
      textBlock(`**${clean(options.teamName(queue.teamId))}**`),
      textBlock(c.open(open.acute, open.urgent, open.normal), {
        spacing: 'None',
      }),
      textBlock(c.statuses(statuses), {
        spacing: 'None',
        isSubtle: true,
      }),
      textBlock(queue.oldestUnclaimedAt === undefined ? c.noneUnclaimed : c.oldestUnclaimed(texts.coordination.age(now - queue.oldestUnclaimedAt)), {
        spacing: 'None',
      }),
      ...(late ? [textBlock(`**${c.pastDeadline(queue.pastDeadline)}**`, { id: `late-${queue.teamId}`, color: 'Attention', spacing: 'None' })] : []),
      textBlock(c.claimTimes, { weight: 'Bolder', spacing: 'Small' }),
      factSet(claims),
      textBlock(c.transfers(queue.transfersIn, queue.transfersOut), { spacing: 'Small', isSubtle: true }),
      ...(late && options.overdueButtons
        ? [{ type: 'ActionSet', actions: [executeButton(OVERDUE_VERB, c.showOverdue(queue.pastDeadline), { teamId: queue.teamId })] }]
        : []),
    ],
  };
}

/** The references of a queue's late signals, for the coordinator who pressed: references only. */
export function overdueCard(team: string, overdue: { readonly total: number; readonly references: readonly string[] }, texts: Texts): CardJson {
  const o = texts.coordination.overdue;
  const title = overdue.total === 0 ? o.none(team) : o.title(team, overdue.total);
  const rest = overdue.total - overdue.references.length;
  return cardJson(
    [
      textBlock(title, { id: 'title', weight: 'Bolder' }),
      ...(overdue.references.length > 0 ? [textBlock(overdue.references.join(', '), { id: 'references' })] : []),
      ...(rest > 0 ? [textBlock(o.more(rest), { isSubtle: true })] : []),
    ],
    [],
    clean(title),
  );
}

/** A month's count per team, for the gemeente's reporting: a fact set per team, fields never counted left out. */
export function monthCard(
  month: string,
  counts: ReadonlyArray<{ readonly team: string; readonly fields: Partial<Record<MonthField, number>> }>,
  texts: Texts,
): CardJson {
  const m = texts.coordination.month;
  const title = m.title(month);
  const body: CardJson[] = [textBlock(title, { id: 'title', size: 'Medium', weight: 'Bolder' })];
  for (const { team, fields } of counts) {
    const facts = (Object.keys(m.fields) as MonthField[]).flatMap((field) => (fields[field] ? [[m.fields[field], String(fields[field])] as const] : []));
    body.push(heading(clean(team)), facts.length > 0 ? factSet(facts) : textBlock(m.nothing, { isSubtle: true }));
  }
  return cardJson(body, [], clean(title));
}
