import {
  DEFAULT_HOLIDAY_RULES,
  claimDueAt,
  dutchHolidayOn,
  dutchHolidays,
  easterSunday,
  formatClaimDuration,
  isDutchHoliday,
  isWithinOfficeHours,
  isWorkingTime,
  nextOfficeOpening,
  nextWorkingOpening,
  parseClaimDuration,
  type ClaimDeadline,
  type ClaimDuration,
  type DutchHoliday,
  type HolidayRules,
  type OfficeHours,
} from '../../src/domain/working-time';
import type { Urgency } from '../../src/domain/afweging';
import { claimDeadlineFor } from '../../src/domain/deadlines';

/**
 * Every expected instant is written by hand in Amsterdam local time with its offset: +01:00 in winter time (CET),
 * +02:00 in summer time (CEST). Summer time starts on the last Sunday of March (2025-03-30, 2026-03-29, 2027-03-28)
 * and ends on the last Sunday of October (2025-10-26).
 */

const NONE: HolidayRules = DEFAULT_HOLIDAY_RULES;
const GOOD_FRIDAY: HolidayRules = { goodFriday: true, liberationDay: false };
const LIBERATION: HolidayRules = { goodFriday: false, liberationDay: true };
const BOTH: HolidayRules = { goodFriday: true, liberationDay: true };

const CLOSED = { mon: null, tue: null, wed: null, thu: null, fri: null, sat: null, sun: null };
/** Mon-Fri 08:30-17:00. */
const OFFICE: OfficeHours = { ...CLOSED, mon: '08:30-17:00', tue: '08:30-17:00', wed: '08:30-17:00', thu: '08:30-17:00', fri: '08:30-17:00' };
/** The example's Midden: a Wednesday half day. */
const MIDDEN: OfficeHours = { ...OFFICE, wed: '08:30-12:30' };
/** The example's intake: Mon-Fri 08:00-18:00 and Saturday mornings. */
const INTAKE: OfficeHours = {
  ...CLOSED,
  mon: '08:00-18:00',
  tue: '08:00-18:00',
  wed: '08:00-18:00',
  thu: '08:00-18:00',
  fri: '08:00-18:00',
  sat: '10:00-14:00',
};
const ALWAYS: OfficeHours = {
  mon: '00:00-24:00',
  tue: '00:00-24:00',
  wed: '00:00-24:00',
  thu: '00:00-24:00',
  fri: '00:00-24:00',
  sat: '00:00-24:00',
  sun: '00:00-24:00',
};
const NEVER: OfficeHours = CLOSED;

const iso = (instant: string) => new Date(instant).toISOString();

function parseDuration(text: string): ClaimDuration {
  const duration = parseClaimDuration(text);
  if (typeof duration === 'string') throw new Error(duration);
  return duration;
}

describe('Dutch public holidays', () => {
  it.each<[number, string]>([
    [2008, '2008-03-23'],
    [2019, '2019-04-21'],
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2028, '2028-04-16'],
    [2031, '2031-04-13'],
    [2036, '2036-04-13'],
    [2038, '2038-04-25'],
    [2285, '2285-03-22'],
  ])('Easter Sunday %i is %s', (year, date) => {
    const { month, day } = easterSunday(year);
    expect(`${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`).toBe(date);
  });

  // Goede Vrijdag and Bevrijdingsdag switched on, so every holiday shows; the rows below check switching them off.
  it.each<[number, string[]]>([
    [
      2024,
      ['01-01', '03-29 GV', '03-31', '04-01', '04-27', '05-05 B', '05-09', '05-19', '05-20', '12-25', '12-26'], // Koningsdag on a Saturday stays
    ],
    [2025, ['01-01', '04-18 GV', '04-20', '04-21', '04-26', '05-05 B', '05-29', '06-08', '06-09', '12-25', '12-26']], // 27 April is a Sunday
    [2026, ['01-01', '04-03 GV', '04-05', '04-06', '04-27', '05-05 B', '05-14', '05-24', '05-25', '12-25', '12-26']],
    [2027, ['01-01', '03-26 GV', '03-28', '03-29', '04-27', '05-05 B', '05-06', '05-16', '05-17', '12-25', '12-26']],
    [2028, ['01-01', '04-14 GV', '04-16', '04-17', '04-27', '05-05 B', '05-25', '06-04', '06-05', '12-25', '12-26']],
    [2031, ['01-01', '04-11 GV', '04-13', '04-14', '04-26', '05-05 B', '05-22', '06-01', '06-02', '12-25', '12-26']], // 27 April is a Sunday
    [2036, ['01-01', '04-11 GV', '04-13', '04-14', '04-26', '05-05 B', '05-22', '06-01', '06-02', '12-25', '12-26']], // 27 April is a Sunday
  ])('%i', (year, expected) => {
    const dates = (rules: HolidayRules) => dutchHolidays(year, rules).map((h) => `${String(h.month).padStart(2, '0')}-${String(h.day).padStart(2, '0')}`);
    expect(dates(BOTH)).toEqual(expected.map((d) => d.slice(0, 5)));
    expect(dates(NONE)).toEqual(expected.filter((d) => !/ (GV|B)$/.test(d)));
    expect(dates(GOOD_FRIDAY)).toEqual(expected.filter((d) => !d.endsWith(' B')).map((d) => d.slice(0, 5)));
    expect(dates(LIBERATION)).toEqual(expected.filter((d) => !d.endsWith(' GV')).map((d) => d.slice(0, 5)));
  });

  it.each<[string, number, number, number, HolidayRules, DutchHoliday | undefined]>([
    ['Nieuwjaarsdag', 2026, 1, 1, NONE, 'nieuwjaarsdag'],
    ['Goede Vrijdag, not configured', 2026, 4, 3, NONE, undefined],
    ['Goede Vrijdag, configured', 2026, 4, 3, GOOD_FRIDAY, 'goedeVrijdag'],
    ['Eerste Paasdag', 2026, 4, 5, NONE, 'eerstePaasdag'],
    ['Tweede Paasdag', 2027, 3, 29, NONE, 'tweedePaasdag'],
    ['Koningsdag on the 26th when the 27th is a Sunday (2025)', 2025, 4, 26, NONE, 'koningsdag'],
    ['not the Sunday 27 April 2025', 2025, 4, 27, NONE, undefined],
    ['Koningsdag 2031 on Saturday the 26th', 2031, 4, 26, NONE, 'koningsdag'],
    ['Koningsdag 2036 on Saturday the 26th', 2036, 4, 26, NONE, 'koningsdag'],
    ['not 26 April in a year the 27th is a Monday (2026)', 2026, 4, 26, NONE, undefined],
    ['Koningsdag on the 27th itself (2026)', 2026, 4, 27, NONE, 'koningsdag'],
    ['Bevrijdingsdag, not configured', 2025, 5, 5, NONE, undefined],
    ['Bevrijdingsdag, configured', 2025, 5, 5, LIBERATION, 'bevrijdingsdag'],
    ['Hemelvaartsdag 2025', 2025, 5, 29, NONE, 'hemelvaartsdag'],
    ['Hemelvaartsdag 2027, the day after Bevrijdingsdag', 2027, 5, 6, NONE, 'hemelvaartsdag'],
    ['Eerste Pinksterdag 2026', 2026, 5, 24, NONE, 'eerstePinksterdag'],
    ['Tweede Pinksterdag 2028', 2028, 6, 5, NONE, 'tweedePinksterdag'],
    ['Eerste Kerstdag', 2025, 12, 25, NONE, 'eersteKerstdag'],
    ['Tweede Kerstdag', 2025, 12, 26, NONE, 'tweedeKerstdag'],
    ['Oudejaarsdag is a working day', 2025, 12, 31, BOTH, undefined],
    ['Sinterklaas is a working day', 2025, 12, 5, BOTH, undefined],
  ])('%s', (_name, year, month, day, rules, holiday) => {
    expect(dutchHolidayOn(year, month, day, rules)).toBe(holiday);
    expect(isDutchHoliday(year, month, day, rules)).toBe(holiday !== undefined);
  });
});

describe('parseClaimDuration', () => {
  it.each<[string, ClaimDuration]>([
    ['1h', { kind: 'clock', minutes: 60 }],
    ['2 uur', { kind: 'clock', minutes: 120 }],
    ['3 uren', { kind: 'clock', minutes: 180 }],
    ['1 hour', { kind: 'clock', minutes: 60 }],
    ['72 hours', { kind: 'clock', minutes: 4320 }],
    ['1,5 uur', { kind: 'clock', minutes: 90 }],
    ['0.5h', { kind: 'clock', minutes: 30 }],
    ['30m', { kind: 'clock', minutes: 30 }],
    ['90 min', { kind: 'clock', minutes: 90 }],
    ['45 minuten', { kind: 'clock', minutes: 45 }],
    ['  2   UUR ', { kind: 'clock', minutes: 120 }],
    ['8760h', { kind: 'clock', minutes: 525600 }],
    ['1 werkdag', { kind: 'working-days', days: 1 }],
    ['3 werkdagen', { kind: 'working-days', days: 3 }],
    ['1 working day', { kind: 'working-days', days: 1 }],
    ['2 Working Days', { kind: 'working-days', days: 2 }],
    ['260 werkdagen', { kind: 'working-days', days: 260 }],
    ['1 werkuur', { kind: 'working-hours', minutes: 60 }],
    ['4 werkuren', { kind: 'working-hours', minutes: 240 }],
    ['1 working hour', { kind: 'working-hours', minutes: 60 }],
    ['2,5 working hours', { kind: 'working-hours', minutes: 150 }],
  ])('"%s"', (text, expected) => {
    expect(parseClaimDuration(text)).toEqual(expected);
  });

  const EXAMPLES = 'write a number and a unit, e.g. "1h", "30m", "2 uur", "90 min", "4 werkuren", "1 werkdag" or "3 werkdagen"';
  it.each<[string, string]>([
    ['24', `"24": not a duration; ${EXAMPLES}`],
    ['', `"": not a duration; ${EXAMPLES}`],
    ['2 dagen', `"2 dagen": not a duration; ${EXAMPLES}`],
    ['-1h', `"-1h": not a duration; ${EXAMPLES}`],
    ['1 werkdag extra', `"1 werkdag extra": not a duration; ${EXAMPLES}`],
    ['één uur', `"één uur": not a duration; ${EXAMPLES}`],
    ['0h', '"0h": must be more than 0'],
    ['0 werkdagen', '"0 werkdagen": must be more than 0'],
    ['1,5 werkdag', '"1,5 werkdag": a whole number of working days; for less, write working hours such as "4 werkuren"'],
    ['0.001h', '"0.001h": a whole number of minutes'],
    ['8761h', '"8761h": at most a year, 8760h'],
    ['261 werkdagen', '"261 werkdagen": at most a year, 260 werkdagen'],
    ['2081 werkuren', '"2081 werkuren": at most a year, 2080 werkuren'],
  ])('"%s" is a problem', (text, problem) => {
    expect(parseClaimDuration(text)).toBe(problem);
  });

  it.each<[ClaimDuration, string]>([
    [{ kind: 'clock', minutes: 60 }, '1h'],
    [{ kind: 'clock', minutes: 90 }, '90 min'],
    [{ kind: 'clock', minutes: 4320 }, '72h'],
    [{ kind: 'working-hours', minutes: 60 }, '1 werkuur'],
    [{ kind: 'working-hours', minutes: 480 }, '8 werkuren'],
    [{ kind: 'working-hours', minutes: 90 }, '1.5 werkuren'],
    [{ kind: 'working-days', days: 1 }, '1 werkdag'],
    [{ kind: 'working-days', days: 3 }, '3 werkdagen'],
  ])('formatClaimDuration(%j) is "%s", which parses back', (duration, text) => {
    expect(formatClaimDuration(duration)).toBe(text);
    expect(parseClaimDuration(text)).toEqual(duration);
  });
});

describe('claimDueAt', () => {
  const deadline = (acute: ClaimDuration, urgent: ClaimDuration, normal: ClaimDuration): ClaimDeadline => ({ acute, urgent, normal });
  const clock = (hours: number): ClaimDuration => ({ kind: 'clock', minutes: hours * 60 });
  const workingHours = (hours: number): ClaimDuration => ({ kind: 'working-hours', minutes: hours * 60 });
  const workingDays = (days: number): ClaimDuration => ({ kind: 'working-days', days });
  /** The routing file's defaults: "1h", "1 werkdag", "3 werkdagen". */
  const DEFAULTS = deadline(clock(1), workingDays(1), workingDays(3));
  /** The example's intake: "1h", "8 werkuren", "2 werkdagen". */
  const INTAKE_DEADLINE = deadline(clock(1), workingHours(8), workingDays(2));
  const CLOCK_DEADLINE = deadline(clock(1), clock(24), clock(72));
  const IN_HOURS = deadline(clock(1), workingHours(4), workingHours(8));

  it.each<[string, string, Urgency, OfficeHours, ClaimDeadline, HolidayRules, string]>([
    // acute: clock time, whenever it is sent
    ['acute on Saturday 03:00: Saturday 04:00', '2025-11-22T03:00:00+01:00', 'acute', MIDDEN, DEFAULTS, NONE, '2025-11-22T04:00:00+01:00'],
    ['acute on Eerste Kerstdag night', '2025-12-25T02:30:00+01:00', 'acute', MIDDEN, DEFAULTS, NONE, '2025-12-25T03:30:00+01:00'],
    ['acute across the change to summer time: one real hour', '2025-03-30T01:30:00+01:00', 'acute', MIDDEN, DEFAULTS, NONE, '2025-03-30T03:30:00+02:00'],
    [
      'acute with a working unit (a hand-built team): clock time all the same',
      '2025-11-22T03:00:00+01:00',
      'acute',
      MIDDEN,
      deadline(workingDays(1), workingDays(1), workingDays(3)),
      NONE,
      '2025-11-23T03:00:00+01:00',
    ],
    // working days: the same local time on the Nth working day
    [
      'normal on Saturday, 3 werkdagen: from Monday 08:30 to Thursday 08:30',
      '2025-11-22T12:00:00+01:00',
      'normal',
      MIDDEN,
      DEFAULTS,
      NONE,
      '2025-11-27T08:30:00+01:00',
    ],
    ['urgent on Friday 16:00, 1 werkdag: Monday 16:00', '2025-11-21T16:00:00+01:00', 'urgent', MIDDEN, DEFAULTS, NONE, '2025-11-24T16:00:00+01:00'],
    ['urgent on Friday 17:00, at closing: Tuesday 08:30', '2025-11-21T17:00:00+01:00', 'urgent', MIDDEN, DEFAULTS, NONE, '2025-11-25T08:30:00+01:00'],
    ['urgent on Monday 07:00, before opening: Tuesday 08:30', '2025-11-24T07:00:00+01:00', 'urgent', MIDDEN, DEFAULTS, NONE, '2025-11-25T08:30:00+01:00'],
    [
      'urgent on Tuesday 15:00, into the Wednesday half day: its closing, 12:30',
      '2025-11-25T15:00:00+01:00',
      'urgent',
      MIDDEN,
      DEFAULTS,
      NONE,
      '2025-11-26T12:30:00+01:00',
    ],
    ['urgent on Wednesday 10:00: Thursday 10:00', '2025-11-26T10:00:00+01:00', 'urgent', MIDDEN, DEFAULTS, NONE, '2025-11-27T10:00:00+01:00'],
    [
      'urgent on Wednesday 14:00, after the half day closed: from Thursday 08:30 to Friday 08:30',
      '2025-11-26T14:00:00+01:00',
      'urgent',
      MIDDEN,
      DEFAULTS,
      NONE,
      '2025-11-28T08:30:00+01:00',
    ],
    [
      'seconds are kept: Tuesday 10:15:30.250 to Wednesday 10:15:30.250',
      '2025-11-25T10:15:30.250+01:00',
      'urgent',
      MIDDEN,
      DEFAULTS,
      NONE,
      '2025-11-26T10:15:30.250+01:00',
    ],
    [
      'an earlier opening than the target day has: its opening',
      '2025-11-24T08:10:00+01:00',
      'urgent',
      { ...INTAKE, tue: '09:00-17:00' },
      DEFAULTS,
      NONE,
      '2025-11-25T09:00:00+01:00',
    ],
    // year end and Christmas
    [
      'Friday 31 December 2027 16:00, 1 werkdag: Monday 3 January 2028 (Nieuwjaarsdag is a Saturday)',
      '2027-12-31T16:00:00+01:00',
      'urgent',
      MIDDEN,
      DEFAULTS,
      NONE,
      '2028-01-03T16:00:00+01:00',
    ],
    [
      'Wednesday 24 December 2025 11:00, 1 werkdag: past both Kerstdagen and the weekend',
      '2025-12-24T11:00:00+01:00',
      'urgent',
      MIDDEN,
      DEFAULTS,
      NONE,
      '2025-12-29T11:00:00+01:00',
    ],
    [
      'Wednesday 24 December 2025 12:00, 4 werkuren: half an hour, then Monday 29th',
      '2025-12-24T12:00:00+01:00',
      'urgent',
      MIDDEN,
      IN_HOURS,
      NONE,
      '2025-12-29T12:00:00+01:00',
    ],
    [
      'Wednesday 31 December 2025 15:00, 1 werkdag: Friday 2 January 2026',
      '2025-12-31T15:00:00+01:00',
      'urgent',
      OFFICE,
      DEFAULTS,
      NONE,
      '2026-01-02T15:00:00+01:00',
    ],
    // Easter-based holidays over several years
    ['Thursday before Goede Vrijdag 2026, not configured: Friday', '2026-04-02T10:00:00+02:00', 'urgent', MIDDEN, DEFAULTS, NONE, '2026-04-03T10:00:00+02:00'],
    [
      'Thursday before Goede Vrijdag 2026, configured: past Easter to Tuesday',
      '2026-04-02T10:00:00+02:00',
      'urgent',
      MIDDEN,
      DEFAULTS,
      GOOD_FRIDAY,
      '2026-04-07T10:00:00+02:00',
    ],
    [
      'Goede Vrijdag 2025 without the rule is a working day; Tweede Paasdag is not',
      '2025-04-18T14:00:00+02:00',
      'urgent',
      MIDDEN,
      DEFAULTS,
      NONE,
      '2025-04-22T14:00:00+02:00',
    ],
    [
      'Saturday 27 March 2027, 1 werkdag: past the change to summer time on Easter Sunday and Tweede Paasdag',
      '2027-03-27T12:00:00+01:00',
      'urgent',
      MIDDEN,
      DEFAULTS,
      NONE,
      '2027-03-31T08:30:00+02:00',
    ],
    ['the Wednesday before Hemelvaart 2025, 1 werkdag: Friday', '2025-05-28T10:00:00+02:00', 'urgent', MIDDEN, DEFAULTS, NONE, '2025-05-30T10:00:00+02:00'],
    [
      'Tuesday 4 May 2027, 2 werkdagen, Bevrijdingsdag not configured: Wednesday, (Hemelvaart), Friday',
      '2027-05-04T10:00:00+02:00',
      'normal',
      MIDDEN,
      INTAKE_DEADLINE,
      NONE,
      '2027-05-07T10:00:00+02:00',
    ],
    [
      'Tuesday 4 May 2027, 2 werkdagen, Bevrijdingsdag configured: Friday and Monday',
      '2027-05-04T10:00:00+02:00',
      'normal',
      MIDDEN,
      INTAKE_DEADLINE,
      LIBERATION,
      '2027-05-10T10:00:00+02:00',
    ],
    ['Friday before Tweede Pinksterdag 2026: Tuesday', '2026-05-22T09:00:00+02:00', 'urgent', MIDDEN, DEFAULTS, NONE, '2026-05-26T09:00:00+02:00'],
    ['Friday before Tweede Pinksterdag 2028: Tuesday', '2028-06-02T09:00:00+02:00', 'urgent', MIDDEN, DEFAULTS, NONE, '2028-06-06T09:00:00+02:00'],
    // Koningsdag and Bevrijdingsdag
    [
      'Friday 25 April 2025, a team open on Saturdays: Koningsdag is Saturday the 26th, so Monday',
      '2025-04-25T16:00:00+02:00',
      'urgent',
      INTAKE,
      DEFAULTS,
      NONE,
      '2025-04-28T16:00:00+02:00',
    ],
    [
      'Friday 24 April 2026, a team open on Saturdays: Saturday 25th works, 16:00 clamped to its 14:00 closing',
      '2026-04-24T16:00:00+02:00',
      'urgent',
      INTAKE,
      DEFAULTS,
      NONE,
      '2026-04-25T14:00:00+02:00',
    ],
    [
      'Friday 24 April 2026, Mon-Fri: Koningsdag is Monday the 27th, so Tuesday',
      '2026-04-24T16:00:00+02:00',
      'urgent',
      MIDDEN,
      DEFAULTS,
      NONE,
      '2026-04-28T16:00:00+02:00',
    ],
    ['Friday 2 May 2025, Bevrijdingsdag (Monday) not configured', '2025-05-02T15:00:00+02:00', 'urgent', MIDDEN, DEFAULTS, NONE, '2025-05-05T15:00:00+02:00'],
    ['Friday 2 May 2025, Bevrijdingsdag configured', '2025-05-02T15:00:00+02:00', 'urgent', MIDDEN, DEFAULTS, LIBERATION, '2025-05-06T15:00:00+02:00'],
    // daylight-saving changes
    [
      'Friday before the March change, 4 werkuren: one on Friday, three on Monday in summer time',
      '2025-03-28T16:00:00+01:00',
      'urgent',
      OFFICE,
      IN_HOURS,
      NONE,
      '2025-03-31T11:30:00+02:00',
    ],
    [
      'Friday before the October change, 4 werkuren: one on Friday, three on Monday in winter time',
      '2025-10-24T16:00:00+02:00',
      'urgent',
      OFFICE,
      IN_HOURS,
      NONE,
      '2025-10-27T11:30:00+01:00',
    ],
    [
      'Friday before the March change, 1 werkdag: Monday 16:00 local',
      '2025-03-28T16:00:00+01:00',
      'urgent',
      OFFICE,
      DEFAULTS,
      NONE,
      '2025-03-31T16:00:00+02:00',
    ],
    [
      'Friday before the March change, 72h of clock time: an hour later on the wall',
      '2025-03-28T16:00:00+01:00',
      'normal',
      OFFICE,
      CLOCK_DEADLINE,
      NONE,
      '2025-03-31T17:00:00+02:00',
    ],
    [
      'a team open day and night, 8 werkuren over the March change: eight real hours',
      '2025-03-30T00:00:00+01:00',
      'normal',
      ALWAYS,
      IN_HOURS,
      NONE,
      '2025-03-30T09:00:00+02:00',
    ],
    [
      'a team open day and night, 1 werkdag over the October change: the same wall time, 25 hours later',
      '2025-10-25T12:00:00+02:00',
      'urgent',
      ALWAYS,
      DEFAULTS,
      NONE,
      '2025-10-26T12:00:00+01:00',
    ],
    // working hours
    ['4 werkuren from Monday 10:00: 14:00', '2025-11-24T10:00:00+01:00', 'urgent', OFFICE, IN_HOURS, NONE, '2025-11-24T14:00:00+01:00'],
    [
      '4 werkuren from Monday 13:00: at closing, not the next morning',
      '2025-11-24T13:00:00+01:00',
      'urgent',
      OFFICE,
      IN_HOURS,
      NONE,
      '2025-11-24T17:00:00+01:00',
    ],
    ['8 werkuren from Saturday: Monday 08:30 + 8 h', '2025-11-22T12:00:00+01:00', 'normal', OFFICE, IN_HOURS, NONE, '2025-11-24T16:30:00+01:00'],
    [
      '8 werkuren from Wednesday 11:00 (half day): 1.5 h, then Thursday 08:30 + 6.5 h',
      '2025-11-26T11:00:00+01:00',
      'normal',
      MIDDEN,
      IN_HOURS,
      NONE,
      '2025-11-27T15:00:00+01:00',
    ],
    [
      '8 werkuren from Friday 16:00 at the intake: 2 h Friday, 4 h Saturday, 2 h Monday',
      '2025-11-21T16:00:00+01:00',
      'urgent',
      INTAKE,
      INTAKE_DEADLINE,
      NONE,
      '2025-11-24T10:00:00+01:00',
    ],
    // clock units for urgent and normal
    ['urgent 24h on Saturday: Sunday, clock time', '2025-11-22T12:00:00+01:00', 'urgent', MIDDEN, CLOCK_DEADLINE, NONE, '2025-11-23T12:00:00+01:00'],
    // a team that is never open: clock time, 24 h a working day
    ['never open, 1 werkdag: 24 h', '2025-11-22T12:00:00+01:00', 'urgent', NEVER, DEFAULTS, NONE, '2025-11-23T12:00:00+01:00'],
    ['never open, 3 werkdagen: 72 h', '2025-11-21T12:00:00+01:00', 'normal', NEVER, DEFAULTS, NONE, '2025-11-24T12:00:00+01:00'],
    ['never open, 4 werkuren: 4 h', '2025-11-22T12:00:00+01:00', 'urgent', NEVER, IN_HOURS, NONE, '2025-11-22T16:00:00+01:00'],
  ])('%s', (_name, sent, urgency, officeHours, claimDeadline, holidays, expected) => {
    expect(claimDueAt(new Date(sent), urgency, { officeHours, claimDeadline }, holidays).toISOString()).toBe(iso(expected));
  });

  it('the largest durations, at a team open one hour a week, still come back', () => {
    const weekly = { ...CLOSED, tue: '10:00-11:00' };
    const team = { officeHours: weekly, claimDeadline: deadline(clock(1), workingDays(260), workingHours(2080)) };
    const sent = new Date('2025-11-22T12:00:00+01:00');
    expect(claimDueAt(sent, 'urgent', team, BOTH).getTime()).toBeGreaterThan(sent.getTime() + 4 * 365 * 24 * 3_600_000);
    // 2080 working hours at one a week is forty years: beyond what is looked at, so clock time (2080 h).
    expect(claimDueAt(sent, 'normal', team, BOTH).toISOString()).toBe(iso('2026-02-17T04:00:00+01:00'));
  });

  it('working units: never before sending, and due in or at the end of working time', () => {
    const team = { officeHours: MIDDEN, claimDeadline: deadline(clock(1), workingHours(3), workingDays(2)) };
    for (let t = Date.parse('2025-03-20T00:00:00Z'); t < Date.parse('2025-06-10T00:00:00Z'); t += 173 * 60 * 1000) {
      for (const urgency of ['urgent', 'normal'] as const) {
        const due = claimDueAt(new Date(t), urgency, team, BOTH);
        expect(due.getTime()).toBeGreaterThan(t);
        expect(isWorkingTime(team, due, BOTH) || isWorkingTime(team, new Date(due.getTime() - 1), BOTH)).toBe(true);
      }
    }
  });
});

describe("claimDeadlineFor: a signal's deadline, as an ISO instant", () => {
  const team = { officeHours: MIDDEN, claimDeadline: { acute: parseDuration('1h'), urgent: parseDuration('1 werkdag'), normal: parseDuration('3 werkdagen') } };
  const sent = '2025-11-22T02:00:00.000Z'; // Saturday 03:00

  it.each<[string, boolean, Urgency, string]>([
    ['normal: three working days from Monday 08:30', false, 'normal', '2025-11-27T08:30:00+01:00'],
    ['urgent: one working day from Monday 08:30', false, 'urgent', '2025-11-25T08:30:00+01:00'],
    ['acute: an hour', false, 'acute', '2025-11-22T04:00:00+01:00'],
    ['direct danger named makes a normal afweging acute', true, 'normal', '2025-11-22T04:00:00+01:00'],
  ])('%s', (_name, acute, urgency, expected) => {
    expect(claimDeadlineFor({ acute, afweging: { urgency }, createdAt: sent }, team, NONE)).toBe(iso(expected));
  });
});

describe('working time: office hours on days that are not holidays', () => {
  const office = { officeHours: OFFICE };

  it.each<[string, { officeHours: OfficeHours }, string, HolidayRules, boolean, boolean]>([
    ['a Monday morning', office, '2025-11-24T10:00:00+01:00', NONE, true, true],
    ['Koningsdag on a Monday (2026)', office, '2026-04-27T10:00:00+02:00', NONE, true, false],
    ['Bevrijdingsdag 2025, not configured', office, '2025-05-05T10:00:00+02:00', NONE, true, true],
    ['Bevrijdingsdag 2025, configured', office, '2025-05-05T10:00:00+02:00', LIBERATION, true, false],
    ['Goede Vrijdag 2025, configured', office, '2025-04-18T10:00:00+02:00', GOOD_FRIDAY, true, false],
    ['Tweede Kerstdag 2025, a Friday', office, '2025-12-26T10:00:00+01:00', NONE, true, false],
    ['Saturday 26 April 2025, Koningsdag, at a team open on Saturdays', { officeHours: INTAKE }, '2025-04-26T11:00:00+02:00', NONE, true, false],
    ['Saturday 25 April 2026 at a team open on Saturdays', { officeHours: INTAKE }, '2026-04-25T11:00:00+02:00', NONE, true, true],
    ['Nieuwjaarsdag just after midnight, a team open day and night', { officeHours: ALWAYS }, '2026-01-01T00:30:00+01:00', NONE, true, false],
    ['31 December just before midnight, a team open day and night', { officeHours: ALWAYS }, '2025-12-31T23:30:00+01:00', NONE, true, true],
  ])('%s', (_name, team, instant, holidays, office, working) => {
    expect([isWithinOfficeHours(team, new Date(instant)), isWorkingTime(team, new Date(instant), holidays)]).toEqual([office, working]);
  });

  it.each<[string, { officeHours: OfficeHours }, string, HolidayRules, string | undefined]>([
    ['in working time: now', office, '2025-11-24T10:00:00+01:00', NONE, '2025-11-24T10:00:00+01:00'],
    ['Christmas Eve after closing: Monday 29th', office, '2025-12-24T18:00:00+01:00', NONE, '2025-12-29T08:30:00+01:00'],
    ['before Goede Vrijdag 2026, configured: Tuesday after Easter', office, '2026-04-02T18:00:00+02:00', GOOD_FRIDAY, '2026-04-07T08:30:00+02:00'],
    ['before Goede Vrijdag 2026, not configured: Friday', office, '2026-04-02T18:00:00+02:00', NONE, '2026-04-03T08:30:00+02:00'],
    ['Easter weekend 2027 over the change to summer time', office, '2027-03-27T12:00:00+01:00', NONE, '2027-03-30T08:30:00+02:00'],
    ['on Koningsdag 2026 (Monday): Tuesday', office, '2026-04-27T10:00:00+02:00', NONE, '2026-04-28T08:30:00+02:00'],
    ['Hemelvaart 2026 to Friday', office, '2026-05-14T09:00:00+02:00', NONE, '2026-05-15T08:30:00+02:00'],
    ['never open: undefined', { officeHours: NEVER }, '2025-11-24T10:00:00+01:00', NONE, undefined],
  ])('nextWorkingOpening: %s', (_name, team, instant, holidays, expected) => {
    expect(nextWorkingOpening(team, new Date(instant), holidays)?.toISOString()).toBe(expected && iso(expected));
  });

  it('nextOfficeOpening still looks at office hours only: Christmas Day opens', () => {
    expect(nextOfficeOpening(office, new Date('2025-12-24T18:00:00+01:00'))?.toISOString()).toBe(iso('2025-12-25T08:30:00+01:00'));
  });

  it('nextWorkingOpening is always working time, and never before the instant', () => {
    const teams = [office, { officeHours: MIDDEN }, { officeHours: INTAKE }, { officeHours: { ...CLOSED, mon: '00:00-24:00' } }];
    for (let t = Date.parse('2025-03-20T00:00:00Z'); t < Date.parse('2026-01-10T00:00:00Z'); t += 331 * 60 * 1000) {
      for (const team of teams) {
        const opening = nextWorkingOpening(team, new Date(t), BOTH);
        expect(opening && opening.getTime() >= t && isWorkingTime(team, opening, BOTH)).toBe(true);
      }
    }
  });
});

describe('office hours, Europe/Amsterdam', () => {
  const office = { officeHours: OFFICE };
  const mondaysOnly = { officeHours: { ...OFFICE, tue: null, wed: null, thu: null, fri: null, mon: '00:00-24:00' } };
  const wednesdayMornings = { officeHours: { ...OFFICE, mon: null, tue: null, thu: null, fri: null, wed: '08:30-12:30' } };
  const sundays = { officeHours: { ...OFFICE, sun: '09:00-17:00' } };
  const never = { officeHours: NEVER };

  // 2025: summer time from Sunday 30 March 01:00 UTC, winter time from Sunday 26 October 01:00 UTC.
  it.each<[string, { officeHours: OfficeHours }, string, boolean]>([
    ['Monday in winter time, 08:30 CET: open', office, '2025-03-24T07:30:00Z', true],
    ['Monday in winter time, 08:29 CET: closed', office, '2025-03-24T07:29:00Z', false],
    ['Monday in winter time, 16:59 CET: open', office, '2025-03-24T15:59:59Z', true],
    ['Monday in winter time, 17:00 CET: closed at closing time', office, '2025-03-24T16:00:00Z', false],
    ['Monday after the March change, 08:45 CEST (07:45 in CET): open', office, '2025-03-31T06:45:00Z', true],
    ['Monday after the March change, 17:30 CEST (16:30 in CET): closed', office, '2025-03-31T15:30:00Z', false],
    ['Friday before the October change, 08:45 CEST: open', office, '2025-10-24T06:45:00Z', true],
    ['Friday before the October change, 17:30 CEST: closed', office, '2025-10-24T15:30:00Z', false],
    ['Monday after the October change, 08:15 CET (09:15 in CEST): closed', office, '2025-10-27T07:15:00Z', false],
    ['Monday after the October change, 16:30 CET (17:30 in CEST): open', office, '2025-10-27T15:30:00Z', true],
    ['Saturday noon: closed', office, '2025-03-29T12:00:00Z', false],
    ['Sunday 22:30 UTC is Monday 00:30 in Amsterdam: open', mondaysOnly, '2025-04-06T22:30:00Z', true],
    ['Monday 22:30 UTC is Tuesday 00:30 in Amsterdam: closed', mondaysOnly, '2025-04-07T22:30:00Z', false],
    ['never open', never, '2025-03-24T10:00:00Z', false],
  ])('isWithinOfficeHours: %s', (_name, team, instant, open) => {
    expect(isWithinOfficeHours(team, new Date(instant))).toBe(open);
  });

  it.each<[string, { officeHours: OfficeHours }, string, string | undefined]>([
    ['during office hours: now', office, '2025-03-31T10:00:00Z', '2025-03-31T10:00:00.000Z'],
    ['before opening: the same morning', office, '2025-04-01T05:00:00Z', '2025-04-01T06:30:00.000Z'],
    ['at closing time: the next morning', office, '2025-03-31T15:00:00Z', '2025-04-01T06:30:00.000Z'],
    ['the weekend before the March change: Monday 08:30 CEST', office, '2025-03-29T12:00:00Z', '2025-03-31T06:30:00.000Z'],
    ['Friday evening before the March change: Monday 08:30 CEST', office, '2025-03-28T17:00:00Z', '2025-03-31T06:30:00.000Z'],
    ['the weekend before the October change: Monday 08:30 CET', office, '2025-10-25T12:00:00Z', '2025-10-27T07:30:00.000Z'],
    ['on the March change itself: 09:00 CEST', sundays, '2025-03-30T05:00:00Z', '2025-03-30T07:00:00.000Z'],
    ['on the October change itself: 09:00 CET', sundays, '2025-10-26T05:00:00Z', '2025-10-26T08:00:00.000Z'],
    ['after the only window of the week: a week later', wednesdayMornings, '2025-04-02T11:00:00Z', '2025-04-09T06:30:00.000Z'],
    ['late Sunday in UTC, already Monday in Amsterdam: now', mondaysOnly, '2025-04-06T22:30:00Z', '2025-04-06T22:30:00.000Z'],
    ['never open: undefined', never, '2025-03-24T10:00:00Z', undefined],
  ])('nextOfficeOpening: %s', (_name, team, instant, expected) => {
    expect(nextOfficeOpening(team, new Date(instant))?.toISOString()).toBe(expected);
  });

  it('nextOfficeOpening is always open, and never before the instant', () => {
    const teams = [office, mondaysOnly, wednesdayMornings, sundays];
    for (let t = Date.parse('2025-03-20T00:00:00Z'); t < Date.parse('2025-11-05T00:00:00Z'); t += 97 * 60 * 1000) {
      for (const team of teams) {
        const opening = nextOfficeOpening(team, new Date(t));
        expect(opening && opening.getTime() >= t && isWithinOfficeHours(team, opening)).toBe(true);
      }
    }
  });
});
