import { z } from 'zod';
import type { Urgency } from './afweging';
import { parsePostcode } from './postcode';
import {
  DEFAULT_HOLIDAY_RULES,
  HolidayRulesSchema,
  formatClaimDuration,
  parseClaimDuration,
  type ClaimDeadline,
  type ClaimDuration,
  type HolidayRules,
  type OfficeHours,
} from './working-time';

/**
 * Which wijkteam serves which postcode: each gemeente decides, there is no national register. The gemeente writes
 * it down in a JSON routing file (see config/routing.example.json):
 *
 *     {
 *       "gemeente": "Voorbeeldstad",
 *       "fallbackTeamId": "intake",
 *       "holidays": { "goodFriday": false, "liberationDay": true },
 *       "teams": [
 *         { "id": "noord", "name": "Wijkteam Noord",
 *           "officeHours": { "mon": "08:30-17:00", "tue": "08:30-17:00", "wed": "08:30-12:30", "thu": "08:30-17:00",
 *                            "fri": "08:30-17:00", "sat": null, "sun": null },
 *           "claimDeadline": { "acute": "1h", "urgent": "1 werkdag", "normal": "3 werkdagen" } }
 *       ],
 *       "areas": [ { "teamId": "noord", "pc4": ["1021", "1022-1025"] } ],
 *       "pc6": { "1026AB": "oost" }
 *     }
 *
 * - teams: id (lowercase letters, digits and -), display name, office hours for all seven days ("HH:MM-HH:MM", the
 *   closing time may be 24:00, or null when closed) in Europe/Amsterdam local time, and how long after a signal is
 *   sent a team member should have claimed it, per urgency (defaults: acute "1h", urgent "1 werkdag", normal
 *   "3 werkdagen"). Clock time is written "1h", "2 uur", "30m" or "90 min"; working time, which counts only office
 *   hours on days that are not public holidays, "8 werkuren" or "2 werkdagen" (see src/domain/working-time.ts).
 *   Acute is always clock time. A more urgent signal may not get a later deadline where that can be told (the same
 *   kind of unit). The unit-less "claimDeadlineHours" of older files is refused with the line that converts it.
 * - holidays: public holidays are never working time; Goede Vrijdag ("goodFriday") and Bevrijdingsdag
 *   ("liberationDay") only when set to true here (default false for both), as the gemeente's agreement has it.
 * - areas: which team takes which PC4s, as single postcodes ("1021") or inclusive ranges ("1022-1025"). No PC4 may
 *   be named twice, in the same area or another.
 * - pc6: exceptions where a PC4 straddles two areas. Keys are written like users type them: "1026AB", "1026 ab"
 *   and "1026ab" are the same postcode (and naming it twice is an error).
 * - fallbackTeamId: the intake that takes every postcode no area or exception names. Required: nothing goes nowhere.
 *
 * {@link parseRoutingConfig} checks all of this and names the entry at fault; it compiles the file into a
 * {@link RoutingTable} in which every PC4 of every range is a key, so routing is one lookup.
 */

export const TeamIdSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/, { error: 'lowercase letters, digits and -' });

function windowProblem(text: string): string | undefined {
  const match = /^(\d{2}):(\d{2})-(\d{2}):(\d{2})$/.exec(text);
  if (!match) return `"${text}": write a window as "HH:MM-HH:MM", or null when closed`;
  const [, oh, om, ch, cm] = match.map(Number) as [number, number, number, number, number];
  if (oh > 23 || om > 59 || ch > 24 || cm > 59 || (ch === 24 && cm > 0)) return `"${text}": not a time of day`;
  if (oh * 60 + om >= ch * 60 + cm) return `"${text}": opens after it closes`;
  return undefined;
}

const DayWindowSchema = z
  .string({ error: 'a window "HH:MM-HH:MM", or null when closed' })
  .nullable()
  .superRefine((text, ctx) => {
    const problem = text === null ? undefined : windowProblem(text);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

export const OfficeHoursSchema = z.strictObject({
  mon: DayWindowSchema,
  tue: DayWindowSchema,
  wed: DayWindowSchema,
  thu: DayWindowSchema,
  fri: DayWindowSchema,
  sat: DayWindowSchema,
  sun: DayWindowSchema,
});

export const DEFAULT_OFFICE_HOURS: OfficeHours = Object.freeze({
  mon: '08:30-17:00',
  tue: '08:30-17:00',
  wed: '08:30-17:00',
  thu: '08:30-17:00',
  fri: '08:30-17:00',
  sat: null,
  sun: null,
});

/** The routing file's defaults: acute within the hour, whatever the time; the rest within the team's working days. */
export const DEFAULT_CLAIM_DEADLINE: ClaimDeadline = Object.freeze({
  acute: Object.freeze({ kind: 'clock', minutes: 60 }),
  urgent: Object.freeze({ kind: 'working-days', days: 1 }),
  normal: Object.freeze({ kind: 'working-days', days: 3 }),
});

const claimDuration = (urgency: Urgency) =>
  z
    .string({ error: 'a duration with its unit, e.g. "1h", "30m", "8 werkuren" or "3 werkdagen"' })
    .transform((text, ctx): ClaimDuration => {
      const duration = parseClaimDuration(text);
      if (typeof duration === 'string') ctx.addIssue({ code: 'custom', message: duration });
      // Acute is posted with an @mention so someone acts now; a deadline that waits for Monday would hide that.
      else if (urgency === 'acute' && duration.kind !== 'clock')
        ctx.addIssue({ code: 'custom', message: `"${text}": acute does not wait for working time; write clock time such as "1h" or "30m"` });
      else return duration;
      return z.NEVER;
    })
    .default(DEFAULT_CLAIM_DEADLINE[urgency]);

export const ClaimDeadlineSchema = z
  .strictObject({ acute: claimDuration('acute'), urgent: claimDuration('urgent'), normal: claimDuration('normal') })
  .default({ ...DEFAULT_CLAIM_DEADLINE });

/**
 * The unit-less hours of older files. Refused, not read as clock hours: the gemeente decides whether its deadlines
 * become working time, and the line says how to keep them as they were.
 */
const ClaimDeadlineHoursSchema = z
  .unknown()
  .superRefine((old, ctx) => {
    const fields = old !== null && typeof old === 'object' ? (old as Record<string, unknown>) : {};
    const hours = (urgency: Urgency, otherwise: number) => {
      const value = fields[urgency];
      return `"${typeof value === 'number' && value > 0 ? value : otherwise}h"`;
    };
    ctx.addIssue({
      code: 'custom',
      message:
        `replaced by claimDeadline with units; write "claimDeadline": { "acute": ${hours('acute', 1)}, "urgent": ${hours('urgent', 24)}, ` +
        `"normal": ${hours('normal', 72)} } to keep clock hours, or working time such as "1 werkdag" / "3 werkdagen"`,
    });
  })
  .optional();

/** Who is @mentioned when an acute signal is posted: the team's on-duty intake, by Entra object id. */
export const AcuteMentionSchema = z.strictObject({
  aadObjectId: z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, { error: 'an Entra object id (a GUID)' }),
  name: z.string().trim().min(1).max(80),
});
export type AcuteMention = z.infer<typeof AcuteMentionSchema>;

export const TeamSchema = z.strictObject({
  id: TeamIdSchema,
  name: z.string({ error: 'the name signallers see, e.g. "Wijkteam Noord"' }).trim().min(1).max(80),
  officeHours: OfficeHoursSchema,
  claimDeadline: ClaimDeadlineSchema,
  claimDeadlineHours: ClaimDeadlineHoursSchema,
  acuteMentions: z.array(AcuteMentionSchema).max(5).default([]),
});

export interface Team {
  readonly id: string;
  readonly name: string;
  readonly officeHours: OfficeHours;
  readonly claimDeadline: ClaimDeadline;
  readonly acuteMentions?: readonly AcuteMention[];
}

// ---------------------------------------------------------------------------------------------------------------
// PC4 entries and the file format

type Pc4Entry = { readonly text: string; readonly from: number; readonly to: number };

function parsePc4Entry(text: string): Pc4Entry | string {
  const match = /^\s*(\d+)\s*(?:-\s*(\d+)\s*)?$/.exec(text);
  const bad = `"${text}": not a PC4 ("1021") or PC4 range ("1021-1025"): four digits, not starting with 0`;
  if (!match?.[1]) return bad;
  const [from, to = from] = [match[1], match[2]];
  if (![from, to].every((pc) => /^[1-9]\d{3}$/.test(pc))) return bad;
  if (Number(from) > Number(to)) return `"${text}": the range starts after it ends`;
  return { text, from: Number(from), to: Number(to) };
}

const Pc4EntrySchema = z.string({ error: 'write a PC4 as a string: "1021", or a range "1021-1025"' }).transform((text, ctx): Pc4Entry => {
  const entry = parsePc4Entry(text);
  if (typeof entry === 'string') {
    ctx.addIssue({ code: 'custom', message: entry });
    return z.NEVER;
  }
  return entry;
});

const AreaSchema = z.strictObject({
  teamId: z.string({ error: 'the id of the team that serves this area' }),
  pc4: z.array(Pc4EntrySchema).min(1, { error: 'an area needs at least one PC4 or range' }),
});

function normalisePc6(key: string): string | undefined {
  const postcode = parsePostcode(key);
  return postcode.ok ? postcode.pc6 : undefined;
}

const pc4Range = (from: number, to: number) => (from === to ? `${from}` : `${from}-${to}`);

export const RoutingConfigSchema = z
  .strictObject({
    gemeente: z.string({ error: 'the name of the gemeente this file is for' }).trim().min(1).max(80),
    teams: z.array(TeamSchema).min(1, { error: 'name at least the fallback intake team' }),
    areas: z.array(AreaSchema).default([]),
    pc6: z.record(z.string(), z.string({ error: 'the id of the team that serves this postcode' })).default({}),
    holidays: HolidayRulesSchema.default({ ...DEFAULT_HOLIDAY_RULES }),
    // Optional here only so that a missing one is reported together with the other problems, below.
    fallbackTeamId: z.string({ error: 'a team id' }).optional(),
  })
  .superRefine((config, ctx) => {
    const problem = (path: Array<string | number>, message: string) => ctx.addIssue({ code: 'custom', path, message });

    const teamIndex = new Map<string, number>();
    config.teams.forEach((team, i) => {
      const first = teamIndex.get(team.id);
      if (first === undefined) teamIndex.set(team.id, i);
      else problem(['teams', i], `duplicate team id, also ${describePath(['teams', first], config)}`);
      const d = team.claimDeadline;
      // Acute against normal only when urgent cannot stand between them; otherwise one of the others already says it.
      const pairs: Array<readonly [Urgency, Urgency]> = [
        ['acute', 'urgent'],
        ['urgent', 'normal'],
      ];
      if (d.urgent.kind !== d.acute.kind || d.urgent.kind !== d.normal.kind) pairs.push(['acute', 'normal']);
      for (const [sooner, later] of pairs) {
        if (isLater(d[sooner], d[later]))
          problem(['teams', i, 'claimDeadline'], `${sooner} ("${formatClaimDuration(d[sooner])}") is later than ${later} ("${formatClaimDuration(d[later])}")`);
      }
    });
    // With no teams at all the teams list has its problem already; every id would be unknown.
    const isUnknown = (id: string) => teamIndex.size > 0 && !teamIndex.has(id);
    const unknownTeam = (id: string) => `unknown team id "${id}"; the teams are ${[...teamIndex.keys()].join(', ')}`;

    if (config.fallbackTeamId === undefined) problem(['fallbackTeamId'], 'missing: the id of the intake team that takes every postcode no area names');
    else if (isUnknown(config.fallbackTeamId)) problem(['fallbackTeamId'], unknownTeam(config.fallbackTeamId));
    config.areas.forEach((area, i) => {
      if (isUnknown(area.teamId)) problem(['areas', i], unknownTeam(area.teamId));
    });

    const pc6Keys = new Map<string, string>();
    for (const [key, teamId] of Object.entries(config.pc6)) {
      const pc6 = normalisePc6(key);
      if (!pc6) {
        problem(['pc6', key], `"${key}": not a PC6 postcode like "1026AB"`);
        continue;
      }
      const first = pc6Keys.get(pc6);
      if (first === undefined) pc6Keys.set(pc6, key);
      else problem(['pc6', key], `the same postcode as ${describePath(['pc6', first], config)}`);
      if (isUnknown(teamId)) problem(['pc6', key], unknownTeam(teamId));
    }

    // Sorted by first postcode, each entry is compared only with the earlier ones that still reach it, not all pairs.
    const entries = config.areas.flatMap((area, i) => area.pc4.map((entry, j) => ({ ...entry, path: ['areas', i, 'pc4', j] }))).sort((a, b) => a.from - b.from);
    let reaching: typeof entries = [];
    for (const entry of entries) {
      reaching = reaching.filter((earlier) => earlier.to >= entry.from);
      for (const earlier of reaching) {
        const overlap = pc4Range(entry.from, Math.min(entry.to, earlier.to));
        problem(entry.path, `"${entry.text}" overlaps ${describePath(earlier.path, config)} "${earlier.text}" on ${overlap}`);
      }
      reaching.push(entry);
    }
  });
export type RoutingConfig = z.output<typeof RoutingConfigSchema> & { readonly fallbackTeamId: string };

/**
 * Only durations of one kind can be ordered: how a clock hour compares with a working hour, or a working hour with a
 * working day, depends on when the signal is sent and on the team's hours.
 */
function isLater(a: ClaimDuration, b: ClaimDuration): boolean {
  const size = (d: ClaimDuration) => (d.kind === 'working-days' ? d.days : d.minutes);
  return a.kind === b.kind && size(a) > size(b);
}

/**
 * "areas[2] (teamId \"west\").pc4[0]": a path into the file, with the id of every team or area it passes, so a
 * message names the entry the way the person who wrote the file knows it.
 */
function describePath(path: ReadonlyArray<PropertyKey>, root: unknown): string {
  let text = '';
  let node: unknown = root;
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key)) text += text ? `.${key}` : key;
    else text += `[${JSON.stringify(String(key))}]`;
    node = node !== null && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined;
    if (typeof key === 'number' && node !== null && typeof node === 'object') {
      const { id, teamId } = node as { id?: unknown; teamId?: unknown };
      if (typeof id === 'string') text += ` (id ${JSON.stringify(id)})`;
      else if (typeof teamId === 'string') text += ` (teamId ${JSON.stringify(teamId)})`;
    }
  }
  return text || '(top level)';
}

// ---------------------------------------------------------------------------------------------------------------
// The compiled table and routing

/**
 * A routing file, checked and compiled: pc4 holds every PC4 of every area's ranges, pc6 the exceptions (normalised
 * to "1026AB"). Tables from {@link parseRoutingConfig} always carry each team's office hours and claim deadlines, and
 * the holidays; a table written by hand (in a test) may leave them out and gets the defaults in {@link routePostcode}.
 */
export interface RoutingTable {
  readonly gemeente?: string;
  readonly teams: ReadonlyArray<Pick<Team, 'id' | 'name'> & Partial<Pick<Team, 'officeHours' | 'claimDeadline' | 'acuteMentions'>>>;
  /** PC4 → team id. */
  readonly pc4: Readonly<Record<string, string>>;
  /** PC6 → team id, where a PC4 straddles two areas. */
  readonly pc6: Readonly<Record<string, string>>;
  readonly fallbackTeamId: string;
  /** Which of the optional public holidays are days off; every compiled table has it, a hand-written one means none. */
  readonly holidays?: HolidayRules;
}

export type ParsedRouting = { readonly ok: true; readonly table: RoutingTable } | { readonly ok: false; readonly problems: string[] };

/** Checks a routing file's content (already JSON-parsed) and compiles it; every problem names its entry. */
export function parseRoutingConfig(json: unknown): ParsedRouting {
  const result = RoutingConfigSchema.safeParse(json);
  if (!result.success) return { ok: false, problems: result.error.issues.map((issue) => `${describePath(issue.path, json)}: ${issue.message}`) };
  return { ok: true, table: compileRouting(result.data as RoutingConfig) }; // the refinement saw to fallbackTeamId
}

/** Expands a checked config into lookups; assumes the checks of {@link RoutingConfigSchema} passed. */
function compileRouting(config: RoutingConfig): RoutingTable {
  const pc4: Record<string, string> = {};
  for (const area of config.areas) {
    for (const { from, to } of area.pc4) for (let pc = from; pc <= to; pc++) pc4[String(pc)] = area.teamId;
  }
  const pc6: Record<string, string> = {};
  for (const [key, teamId] of Object.entries(config.pc6)) pc6[normalisePc6(key) ?? key] = teamId;
  const teams = config.teams.map((t): Team =>
    Object.freeze({
      id: t.id,
      name: t.name,
      officeHours: Object.freeze({ ...t.officeHours }),
      claimDeadline: Object.freeze({
        acute: Object.freeze({ ...t.claimDeadline.acute }),
        urgent: Object.freeze({ ...t.claimDeadline.urgent }),
        normal: Object.freeze({ ...t.claimDeadline.normal }),
      }),
      ...(t.acuteMentions.length > 0 ? { acuteMentions: Object.freeze(t.acuteMentions.map((m) => Object.freeze({ ...m }))) } : {}),
    }),
  );
  return Object.freeze({
    gemeente: config.gemeente,
    teams: Object.freeze(teams),
    pc4: Object.freeze(pc4),
    pc6: Object.freeze(pc6),
    fallbackTeamId: config.fallbackTeamId,
    holidays: Object.freeze({ ...config.holidays }),
  });
}

export type RoutingReason = 'pc6' | 'pc4' | 'fallback-unknown-postcode';
export interface Route {
  readonly team: Team;
  readonly reason: RoutingReason;
}

const lookup = (map: Readonly<Record<string, string>>, key: string | undefined) => (key !== undefined && Object.hasOwn(map, key) ? map[key] : undefined);

/** Pure: the PC6 exception if there is one, else the PC4's area, else the fallback intake with the reason why. */
export function routePostcode(table: RoutingTable, pc4: string, pc6?: string): Route {
  const byPc6 = lookup(table.pc6, pc6);
  const teamId = byPc6 ?? lookup(table.pc4, pc4);
  const matched = teamId === undefined ? undefined : table.teams.find((t) => t.id === teamId);
  if (matched) return { team: complete(matched), reason: byPc6 !== undefined ? 'pc6' : 'pc4' };
  // Compiled tables cannot name a team they lack; a hand-written one falls back to its first team rather than nowhere.
  const fallback = table.teams.find((t) => t.id === table.fallbackTeamId) ?? table.teams[0];
  if (!fallback) throw new Error('routing table without teams');
  return { team: complete(fallback), reason: 'fallback-unknown-postcode' };
}

/** A team of the table by id, with the defaults a hand-written table may leave out. */
export function teamOf(table: RoutingTable, teamId: string): Team | undefined {
  const team = table.teams.find((t) => t.id === teamId);
  return team ? complete(team) : undefined;
}

function complete(team: RoutingTable['teams'][number]): Team {
  if (team.officeHours && team.claimDeadline) return team as Team;
  return { ...team, officeHours: team.officeHours ?? DEFAULT_OFFICE_HOURS, claimDeadline: team.claimDeadline ?? DEFAULT_CLAIM_DEADLINE };
}

function tableOrThrow(parsed: ParsedRouting): RoutingTable {
  if (!parsed.ok) throw new Error(`invalid built-in routing table: ${parsed.problems.join('; ')}`);
  return parsed.table;
}

/** Until a gemeente's table is configured, every signal goes to one intake, so nothing is dropped. */
export const FALLBACK_ONLY_ROUTING: RoutingTable = tableOrThrow(
  parseRoutingConfig({
    gemeente: '(geen routeringsbestand)',
    teams: [{ id: 'intake', name: 'Centrale intake wijkteams', officeHours: DEFAULT_OFFICE_HOURS }],
    fallbackTeamId: 'intake',
  }),
);
