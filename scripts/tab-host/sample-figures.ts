import type { ChannelLink, RebuiltFigures, RoutingTable } from '../../src/domain';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

interface Shape {
  readonly counts: Readonly<Record<string, number>>;
  /** How long ago each unclaimed signal arrived. */
  readonly unclaimed: readonly number[];
  readonly lateCount: number;
  readonly claims: Readonly<Record<'within-hour' | 'within-working-day' | 'within-3-working-days' | 'later', number>>;
  readonly transfers: { readonly in: number; readonly out: number };
}

/**
 * Made-up queue figures for the tab's preview and its browser test, written through the figures store's own rebuild
 * path: the first team busy and late, the second calm, the third with nothing claimed yet. Counts only; no signals.
 */
export function sampleFigures(table: RoutingTable, now: number): ReadonlyMap<string, RebuiltFigures> {
  const shapes: readonly Shape[] = [
    {
      counts: {
        'new:acute': 1,
        'new:urgent': 2,
        'new:normal': 3,
        'claimed:urgent': 2,
        'claimed:normal': 4,
        'waiting-for-signaller:normal': 1,
        'closed:normal': 9,
        'withdrawn:normal': 1,
      },
      unclaimed: [30 * 60_000, 26 * HOUR, 3 * DAY, 5 * HOUR, 2 * HOUR, 50 * 60_000],
      lateCount: 2,
      claims: { 'within-hour': 3, 'within-working-day': 5, 'within-3-working-days': 2, later: 1 },
      transfers: { in: 1, out: 2 },
    },
    {
      counts: { 'new:normal': 1, 'claimed:normal': 3, 'closed:normal': 12, 'closed:urgent': 2 },
      unclaimed: [40 * 60_000],
      lateCount: 0,
      claims: { 'within-hour': 6, 'within-working-day': 4, 'within-3-working-days': 0, later: 0 },
      transfers: { in: 2, out: 0 },
    },
    {
      counts: { 'new:urgent': 1, 'new:normal': 1 },
      unclaimed: [3 * HOUR, 20 * 60_000],
      lateCount: 0,
      claims: { 'within-hour': 0, 'within-working-day': 0, 'within-3-working-days': 0, later: 0 },
      transfers: { in: 0, out: 1 },
    },
  ];
  const figures = new Map<string, RebuiltFigures>();
  table.teams.forEach((team, index) => {
    const shape = shapes[index % shapes.length]!;
    const sets: RebuiltFigures['sets'][number][] = [];
    shape.unclaimed.forEach((age, i) => {
      sets.push({ op: 'add', set: 'unclaimed', score: now - age, member: `sample-${team.id}-${i}` });
      // The first `lateCount` are past their deadline; the rest still have time.
      sets.push({ op: 'add', set: 'due', score: i < shape.lateCount ? now - HOUR * (i + 1) : now + DAY, member: `WS-SAMPLE-${index}${i}` });
    });
    for (const [bucket, count] of Object.entries(shape.claims)) {
      for (let i = 0; i < count; i++)
        sets.push({ op: 'add', set: `claims:${bucket as keyof typeof shape.claims}`, score: now - (i + 1) * HOUR, member: `c-${team.id}-${bucket}-${i}` });
    }
    for (let i = 0; i < shape.transfers.in; i++) sets.push({ op: 'add', set: 'transfers-in', score: now - DAY, member: `t-in-${team.id}-${i}` });
    for (let i = 0; i < shape.transfers.out; i++) sets.push({ op: 'add', set: 'transfers-out', score: now - DAY, member: `t-out-${team.id}-${i}` });
    figures.set(team.id, { counts: shape.counts, sets, months: {} });
  });
  return figures;
}

/** Intake channels for every team but the third, so the preview shows one queue whose cards have nowhere to go. */
export function sampleLinks(table: RoutingTable, now: number): ChannelLink[] {
  return table.teams
    .filter((_, index) => index !== 2)
    .map((team) => ({
      teamId: team.id,
      serviceUrl: 'https://smba.trafficmanager.net/emea/',
      msTeamId: `19:sample-team-${team.id}@thread.tacv2`,
      channelId: `19:sample-intake-${team.id}@thread.tacv2`,
      botId: '28:00000000-0000-4000-8000-0000000000ab',
      linkedBy: '00000000-0000-4000-8000-0000000000d1',
      linkedAt: new Date(now).toISOString(),
    }));
}
