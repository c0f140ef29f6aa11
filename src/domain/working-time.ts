import { z } from 'zod';
import type { Urgency } from './afweging';

/**
 * A team's working time: its office hours (Europe/Amsterdam local time, across daylight-saving changes) on days that
 * are not Dutch public holidays, and claim deadlines counted in it. Pure: every instant is passed in.
 */

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** Per weekday "HH:MM-HH:MM" in Europe/Amsterdam local time, or null when closed. */
export type OfficeHours = Readonly<Record<Weekday, string | null>>;

const MINUTE = 60_000;
const DAY_MINUTES = 24 * 60;

/** Opening and closing time in minutes after local midnight. */
interface Window {
  readonly open: number;
  readonly close: number;
}

function parseWindow(text: string | null | undefined): Window | undefined {
  const match = typeof text === 'string' ? /^(\d{2}):(\d{2})-(\d{2}):(\d{2})$/.exec(text) : null;
  if (!match) return undefined;
  const [open, close] = [
    [match[1], match[2]],
    [match[3], match[4]],
  ].map(([h, m]) => Number(h) * 60 + Number(m)) as [number, number];
  return { open, close };
}

// ---------------------------------------------------------------------------------------------------------------
// Dutch public holidays

/** Goede Vrijdag and Bevrijdingsdag are days off only where the gemeente's collective agreement says so. */
export const HolidayRulesSchema = z.strictObject({
  goodFriday: z.boolean({ error: 'true or false' }).default(false),
  liberationDay: z.boolean({ error: 'true or false' }).default(false),
});
export type HolidayRules = Readonly<z.output<typeof HolidayRulesSchema>>;
export const DEFAULT_HOLIDAY_RULES: HolidayRules = Object.freeze({ goodFriday: false, liberationDay: false });

export type DutchHoliday =
  | 'nieuwjaarsdag'
  | 'goedeVrijdag'
  | 'eerstePaasdag'
  | 'tweedePaasdag'
  | 'koningsdag'
  | 'bevrijdingsdag'
  | 'hemelvaartsdag'
  | 'eerstePinksterdag'
  | 'tweedePinksterdag'
  | 'eersteKerstdag'
  | 'tweedeKerstdag';

export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const dateOf = (year: number, month: number, day: number): CalendarDate => {
  const date = new Date(Date.UTC(year, month - 1, day));
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
};

/** Easter Sunday of a Gregorian year, by the anonymous Gregorian (Meeus/Jones/Butcher) algorithm. */
export function easterSunday(year: number): CalendarDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { year, month, day };
}

/** The year's public holidays in date order, Goede Vrijdag and Bevrijdingsdag only when the rules switch them on. */
export function dutchHolidays(year: number, rules: HolidayRules): ReadonlyArray<CalendarDate & { readonly holiday: DutchHoliday }> {
  const easter = easterSunday(year);
  const fromEaster = (days: number) => dateOf(year, easter.month, easter.day + days);
  // Since 2014 Koningsdag is the King's birthday, moved to the Saturday before when it falls on a Sunday.
  const kingsDay = new Date(Date.UTC(year, 3, 27)).getUTCDay() === 0 ? 26 : 27;
  const all: Array<[DutchHoliday, CalendarDate, boolean]> = [
    ['nieuwjaarsdag', dateOf(year, 1, 1), true],
    ['goedeVrijdag', fromEaster(-2), rules.goodFriday],
    ['eerstePaasdag', easter, true],
    ['tweedePaasdag', fromEaster(1), true],
    ['koningsdag', dateOf(year, 4, kingsDay), true],
    ['bevrijdingsdag', dateOf(year, 5, 5), rules.liberationDay],
    ['hemelvaartsdag', fromEaster(39), true],
    ['eerstePinksterdag', fromEaster(49), true],
    ['tweedePinksterdag', fromEaster(50), true],
    ['eersteKerstdag', dateOf(year, 12, 25), true],
    ['tweedeKerstdag', dateOf(year, 12, 26), true],
  ];
  return all
    .filter(([, , on]) => on)
    .map(([holiday, date]) => ({ ...date, holiday }))
    .sort((x, y) => x.month - y.month || x.day - y.day);
}

/** Which public holiday a calendar date is, if any (month 1-12). */
export function dutchHolidayOn(year: number, month: number, day: number, rules: HolidayRules): DutchHoliday | undefined {
  return dutchHolidays(year, rules).find((h) => h.month === month && h.day === day)?.holiday;
}

export function isDutchHoliday(year: number, month: number, day: number, rules: HolidayRules): boolean {
  return dutchHolidayOn(year, month, day, rules) !== undefined;
}

// ---------------------------------------------------------------------------------------------------------------
// Claim durations, as the routing file writes them

export type ClaimDuration =
  | { readonly kind: 'clock'; readonly minutes: number }
  | { readonly kind: 'working-hours'; readonly minutes: number }
  | { readonly kind: 'working-days'; readonly days: number };

/** How long after sending a team member should have claimed a signal, per urgency. */
export type ClaimDeadline = Readonly<Record<Urgency, ClaimDuration>>;

const UNITS: ReadonlyArray<readonly [ReadonlyArray<string>, ClaimDuration['kind'], number]> = [
  [['h', 'u', 'uur', 'uren', 'hour', 'hours'], 'clock', 60],
  [['m', 'min', 'minuut', 'minuten', 'minute', 'minutes'], 'clock', 1],
  [['werkuur', 'werkuren', 'working hour', 'working hours'], 'working-hours', 60],
  [['werkdag', 'werkdagen', 'working day', 'working days'], 'working-days', 1],
];

// A year of clock time, and a year of full-time work (52 weeks of 5 days, 40 hours): longer is a typo.
const MAX_CLOCK_MINUTES = 365 * DAY_MINUTES;
const MAX_WORKING_DAYS = 260;
const MAX_WORKING_MINUTES = 2080 * 60;

const EXAMPLES = '"1h", "30m", "2 uur", "90 min", "4 werkuren", "1 werkdag" or "3 werkdagen"';

/**
 * "1h", "2 uur", "90 min" are clock time; "4 werkuren" and "3 werkdagen" (or "working hours", "working days") count
 * only the team's working time. A decimal comma or point is fine ("1,5 uur"); working days are whole. Anything else
 * is a problem that says what to write.
 */
export function parseClaimDuration(text: string): ClaimDuration | string {
  const match = /^(\d+(?:[.,]\d+)?)\s*([a-z]+(?: [a-z]+)?)$/.exec(text.trim().toLowerCase().replace(/\s+/g, ' '));
  const unit = match && UNITS.find(([names]) => names.includes(match[2] ?? ''));
  if (!match || !unit) return `"${text}": not a duration; write a number and a unit, e.g. ${EXAMPLES}`;
  const [, kind, perUnit] = unit;
  const amount = Number((match[1] ?? '').replace(',', '.')) * perUnit;
  if (amount <= 0) return `"${text}": must be more than 0`;
  if (kind === 'working-days') {
    if (!Number.isInteger(amount)) return `"${text}": a whole number of working days; for less, write working hours such as "4 werkuren"`;
    if (amount > MAX_WORKING_DAYS) return `"${text}": at most a year, ${MAX_WORKING_DAYS} werkdagen`;
    return { kind, days: amount };
  }
  const minutes = Math.round(amount);
  if (Math.abs(amount - minutes) > 1e-6) return `"${text}": a whole number of minutes`;
  if (kind === 'working-hours' && minutes > MAX_WORKING_MINUTES) return `"${text}": at most a year, ${MAX_WORKING_MINUTES / 60} werkuren`;
  if (kind === 'clock' && minutes > MAX_CLOCK_MINUTES) return `"${text}": at most a year, ${MAX_CLOCK_MINUTES / 60}h`;
  return { kind, minutes };
}

/** A duration as the routing file would write it ("90 min", "8 werkuren", "1 werkdag"), for problems about it. */
export function formatClaimDuration(duration: ClaimDuration): string {
  const hours = (minutes: number) => `${Number((minutes / 60).toFixed(2))}`;
  switch (duration.kind) {
    case 'clock':
      return duration.minutes % 60 === 0 ? `${hours(duration.minutes)}h` : `${duration.minutes} min`;
    case 'working-hours':
      return `${hours(duration.minutes)} ${duration.minutes === 60 ? 'werkuur' : 'werkuren'}`;
    case 'working-days':
      return `${duration.days} ${duration.days === 1 ? 'werkdag' : 'werkdagen'}`;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Office hours, in Europe/Amsterdam local time

const AMSTERDAM = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  hourCycle: 'h23',
});

interface LocalTime {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly minuteOfDay: number;
}

function amsterdam(instant: number): LocalTime {
  const part: Partial<Record<Intl.DateTimeFormatPartTypes, number>> = {};
  for (const p of AMSTERDAM.formatToParts(instant)) if (p.type !== 'literal') part[p.type] = Number(p.value);
  const { year = 0, month = 0, day = 0, hour = 0, minute = 0 } = part;
  return { year, month, day, minuteOfDay: hour * 60 + minute };
}

/** The weekday of a calendar date (given as UTC midnight). */
const weekdayOf = (date: Date): Weekday => WEEKDAYS[(date.getUTCDay() + 6) % 7] ?? 'mon';

/** The instant at which Amsterdam's clocks read the given local time (CET or CEST, whichever applies then). */
function amsterdamInstant(year: number, month: number, day: number, minuteOfDay: number): Date {
  const wall = Date.UTC(year, month - 1, day, 0, minuteOfDay);
  const offset = (t: number) => {
    const local = amsterdam(t);
    return Date.UTC(local.year, local.month - 1, local.day, 0, local.minuteOfDay) - (t - (((t % 60_000) + 60_000) % 60_000));
  };
  return new Date(wall - offset(wall - offset(wall)));
}

/** Whether the team's office is open at this instant (Europe/Amsterdam local time; open until, not at, closing). */
export function isWithinOfficeHours(team: { readonly officeHours: OfficeHours }, instant: Date): boolean {
  const now = amsterdam(instant.getTime());
  const window = parseWindow(team.officeHours[weekdayOf(new Date(Date.UTC(now.year, now.month - 1, now.day)))]);
  return window !== undefined && now.minuteOfDay >= window.open && now.minuteOfDay < window.close;
}

/**
 * When the team will next look: the instant itself during office hours, else the next opening time (Europe/
 * Amsterdam local time, across daylight-saving changes). Undefined for a team that is never open. Holidays are not
 * looked at: see {@link nextWorkingOpening}.
 */
export function nextOfficeOpening(team: { readonly officeHours: OfficeHours }, instant: Date): Date | undefined {
  const now = amsterdam(instant.getTime());
  for (let days = 0; days <= 7; days++) {
    const date = new Date(Date.UTC(now.year, now.month - 1, now.day + days));
    const window = parseWindow(team.officeHours[weekdayOf(date)]);
    if (!window) continue;
    if (days === 0 && now.minuteOfDay >= window.close) continue;
    if (days === 0 && now.minuteOfDay >= window.open) return new Date(instant.getTime());
    return amsterdamInstant(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate(), window.open);
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------------------------
// Working time: office hours on days that are not public holidays

/**
 * How far ahead a walk over working days looks. Every accepted duration fits for a team open at least four hours a
 * week (a year of full-time work is 2080 werkuren); past it a deadline is counted as for a team that is never open.
 */
const MAX_WALK_DAYS = 4000;

interface WorkingDay extends CalendarDate {
  readonly window: Window;
  readonly open: number;
  readonly close: number;
}

const hasOfficeHours = (team: { readonly officeHours: OfficeHours }) => WEEKDAYS.some((day) => parseWindow(team.officeHours[day]) !== undefined);

/** The team's working days in order, from the local date of `from` on; nothing at all for a team that is never open. */
function* workingDaysFrom(team: { readonly officeHours: OfficeHours }, from: number, holidays: HolidayRules): Generator<WorkingDay, void, undefined> {
  if (!hasOfficeHours(team)) return;
  const start = amsterdam(from);
  for (let i = 0; i < MAX_WALK_DAYS; i++) {
    const date = new Date(Date.UTC(start.year, start.month - 1, start.day + i));
    const [year, month, day] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
    const window = parseWindow(team.officeHours[weekdayOf(date)]);
    if (!window || isDutchHoliday(year, month, day, holidays)) continue;
    const open = amsterdamInstant(year, month, day, window.open).getTime();
    const close = amsterdamInstant(year, month, day, window.close).getTime();
    yield { year, month, day, window, open, close };
  }
}

/** Whether the team works at this instant: within office hours, on a day that is not a public holiday. */
export function isWorkingTime(team: { readonly officeHours: OfficeHours }, instant: Date, holidays: HolidayRules): boolean {
  const now = amsterdam(instant.getTime());
  return !isDutchHoliday(now.year, now.month, now.day, holidays) && isWithinOfficeHours(team, instant);
}

/**
 * When the team will next look, holidays included: the instant itself in working time, else the next opening on a
 * working day. Undefined for a team that is never open.
 */
export function nextWorkingOpening(team: { readonly officeHours: OfficeHours }, instant: Date, holidays: HolidayRules): Date | undefined {
  const t = instant.getTime();
  for (const day of workingDaysFrom(team, t, holidays)) {
    if (t < day.close) return new Date(Math.max(t, day.open));
  }
  return undefined;
}

/** What claimDueAt needs of a team: the routing file's office hours and claim deadlines. */
export interface DeadlineTeam {
  readonly officeHours: OfficeHours;
  readonly claimDeadline: ClaimDeadline;
}

/**
 * When a team member should have claimed a signal sent at `sentAt`. Acute is clock time, always: it does not wait for
 * the office to open (the routing file refuses a working unit for acute; one given anyway counts as clock time).
 * Clock units are clock time too. Working hours count the team's open minutes from sending; working days are
 * described at {@link afterWorkingDays}. A team that is never open has no working time to count in, so its working
 * units fall back to clock time, 24 hours for a working day and an hour for a working hour.
 */
export function claimDueAt(sentAt: Date, urgency: Urgency, team: DeadlineTeam, holidays: HolidayRules): Date {
  const duration = team.claimDeadline[urgency];
  const sent = sentAt.getTime();
  const clockMinutes = duration.kind === 'working-days' ? duration.days * DAY_MINUTES : duration.minutes;
  if (urgency !== 'acute' && duration.kind !== 'clock') {
    const due =
      duration.kind === 'working-hours' ? afterWorkingMinutes(team, sent, duration.minutes, holidays) : afterWorkingDays(team, sent, duration.days, holidays);
    if (due !== undefined) return new Date(due);
  }
  return new Date(sent + clockMinutes * MINUTE);
}

function afterWorkingMinutes(team: DeadlineTeam, sent: number, minutes: number, holidays: HolidayRules): number | undefined {
  let remaining = minutes * MINUTE;
  for (const day of workingDaysFrom(team, sent, holidays)) {
    const start = Math.max(sent, day.open);
    if (start >= day.close) continue;
    if (start + remaining <= day.close) return start + remaining;
    remaining -= day.close - start;
  }
  return undefined;
}

/**
 * N working days after the moment the team could first look (sending, or the next working opening), at the same
 * local time of day, because "three working days" means the same hour three working days on to people who read it.
 * That day's office hours may be shorter (a Wednesday half day), so the time is clamped into them: after closing it is
 * the closing time, before opening the opening time; the deadline never slides onto another day.
 */
function afterWorkingDays(team: DeadlineTeam, sent: number, days: number, holidays: HolidayRules): number | undefined {
  const walk = workingDaysFrom(team, sent, holidays);
  let first = walk.next();
  while (!first.done && sent >= first.value.close) first = walk.next();
  if (first.done) return undefined;
  const start = Math.max(sent, first.value.open);
  const timeOfDay = amsterdam(start).minuteOfDay;
  const withinMinute = start % MINUTE;
  for (let n = 1, next = walk.next(); !next.done; n++, next = walk.next()) {
    if (n < days) continue;
    const { year, month, day, window, open, close } = next.value;
    if (timeOfDay < window.open) return open;
    if (timeOfDay >= window.close) return close;
    return amsterdamInstant(year, month, day, timeOfDay).getTime() + withinMinute;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------------------------
// Calendar helpers for reporting and daily work

/** The Europe/Amsterdam calendar month of an instant, as "2026-11". */
export function amsterdamMonth(instant: number): string {
  const local = amsterdam(instant);
  return `${local.year}-${String(local.month).padStart(2, '0')}`;
}

/** The Europe/Amsterdam calendar date of an instant, as "2026-11-30". */
export function amsterdamDate(instant: number): string {
  const local = amsterdam(instant);
  return `${amsterdamMonth(instant)}-${String(local.day).padStart(2, '0')}`;
}

const WORKING_WEEK: OfficeHours = { mon: '00:00-24:00', tue: '00:00-24:00', wed: '00:00-24:00', thu: '00:00-24:00', fri: '00:00-24:00', sat: null, sun: null };

/**
 * The first instant after `after` at which Amsterdam's clocks read `minuteOfDay` on a working day (Monday to Friday,
 * not a public holiday): when something done "every working day at 08:30" is next due.
 */
export function nextWorkingDayAt(after: number, minuteOfDay: number, holidays: HolidayRules): number {
  for (const day of workingDaysFrom({ officeHours: WORKING_WEEK }, after, holidays)) {
    const at = amsterdamInstant(day.year, day.month, day.day, minuteOfDay).getTime();
    if (at > after) return at;
  }
  throw new Error('no working day ahead');
}
