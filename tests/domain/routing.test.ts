import {
  DEFAULT_CLAIM_DEADLINE,
  DEFAULT_OFFICE_HOURS,
  FALLBACK_ONLY_ROUTING,
  parseRoutingConfig,
  routePostcode,
  type RoutingReason,
  type RoutingTable,
} from '../../src/domain/routing';
import type { OfficeHours } from '../../src/domain/working-time';

type Json = Record<string, unknown>;

const WEEKDAYS_9_TO_5: OfficeHours = {
  mon: '09:00-17:00',
  tue: '09:00-17:00',
  wed: '09:00-17:00',
  thu: '09:00-17:00',
  fri: '09:00-17:00',
  sat: null,
  sun: null,
};
const team = (id: string, name: string, extra: Json = {}) => ({ id, name, officeHours: WEEKDAYS_9_TO_5, ...extra });

/** A small valid file; each problem case below changes one thing. */
const VALID = {
  gemeente: 'Teststad',
  fallbackTeamId: 'intake',
  teams: [
    team('noord', 'Wijkteam Noord'),
    team('zuid', 'Wijkteam Zuid', { claimDeadline: { acute: '2h', urgent: '12h', normal: '2 werkdagen' } }),
    team('intake', 'Centrale intake'),
  ],
  areas: [
    { teamId: 'noord', pc4: ['1234', '1240-1249'] },
    { teamId: 'zuid', pc4: ['5678'] },
  ],
  pc6: { '1234ZZ': 'zuid', '1245 ab': 'zuid' },
};

function compiled(input: unknown): RoutingTable {
  const result = parseRoutingConfig(input);
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result.table;
}

function problemsOf(input: unknown): string[] {
  const result = parseRoutingConfig(input);
  return result.ok ? [] : result.problems;
}

const table = compiled(VALID);
const KNOWN = 'the teams are noord, zuid, intake';

describe('parseRoutingConfig: a valid file', () => {
  it('compiles every PC4 of every range into one lookup, PC6 keys normalised', () => {
    expect(table.gemeente).toBe('Teststad');
    expect(table.fallbackTeamId).toBe('intake');
    expect(table.pc4).toEqual({
      '1234': 'noord',
      ...Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`${1240 + i}`, 'noord'])),
      '5678': 'zuid',
    });
    expect(table.pc6).toEqual({ '1234ZZ': 'zuid', '1245AB': 'zuid' });
    expect(table.holidays).toEqual({ goodFriday: false, liberationDay: false });
  });

  it('keeps each team with its office hours and deadlines, defaults where the file has none', () => {
    expect(table.teams).toEqual([
      {
        id: 'noord',
        name: 'Wijkteam Noord',
        officeHours: WEEKDAYS_9_TO_5,
        claimDeadline: { acute: { kind: 'clock', minutes: 60 }, urgent: { kind: 'working-days', days: 1 }, normal: { kind: 'working-days', days: 3 } },
      },
      {
        id: 'zuid',
        name: 'Wijkteam Zuid',
        officeHours: WEEKDAYS_9_TO_5,
        claimDeadline: { acute: { kind: 'clock', minutes: 120 }, urgent: { kind: 'clock', minutes: 720 }, normal: { kind: 'working-days', days: 2 } },
      },
      { id: 'intake', name: 'Centrale intake', officeHours: WEEKDAYS_9_TO_5, claimDeadline: DEFAULT_CLAIM_DEADLINE },
    ]);
  });

  it.each<[string, Json, (t: RoutingTable) => unknown, unknown]>([
    [
      'a partial claimDeadline is completed',
      { teams: [team('intake', 'I', { claimDeadline: { acute: '30m' } })], areas: [], pc6: {} },
      (t) => t.teams[0]?.claimDeadline,
      { acute: { kind: 'clock', minutes: 30 }, urgent: { kind: 'working-days', days: 1 }, normal: { kind: 'working-days', days: 3 } },
    ],
    [
      'working hours for urgent, clock time for normal',
      { teams: [team('intake', 'I', { claimDeadline: { acute: '1 hour', urgent: '8 werkuren', normal: '72 hours' } })], areas: [], pc6: {} },
      (t) => t.teams[0]?.claimDeadline,
      { acute: { kind: 'clock', minutes: 60 }, urgent: { kind: 'working-hours', minutes: 480 }, normal: { kind: 'clock', minutes: 4320 } },
    ],
    [
      'clock and working units are not ordered against each other',
      { teams: [team('intake', 'I', { claimDeadline: { acute: '4h', urgent: '1 werkuur', normal: '1 werkdag' } })], areas: [], pc6: {} },
      (t) => t.teams[0]?.claimDeadline,
      { acute: { kind: 'clock', minutes: 240 }, urgent: { kind: 'working-hours', minutes: 60 }, normal: { kind: 'working-days', days: 1 } },
    ],
    ['the optional holidays', { holidays: { liberationDay: true } }, (t) => t.holidays, { goodFriday: false, liberationDay: true }],
    ['both optional holidays', { holidays: { goodFriday: true, liberationDay: true } }, (t) => t.holidays, { goodFriday: true, liberationDay: true }],
    ['areas and pc6 may be left out', { teams: [team('intake', 'I')], areas: undefined, pc6: undefined }, (t) => [t.pc4, t.pc6], [{}, {}]],
    [
      'a range may have spaces and be one postcode',
      { areas: [{ teamId: 'noord', pc4: ['1240 - 1241', '1300-1300'] }] },
      (t) => t.pc4,
      { '1240': 'noord', '1241': 'noord', '1300': 'noord' },
    ],
    [
      'an office may close at 24:00',
      { teams: [team('intake', 'I', { officeHours: { ...WEEKDAYS_9_TO_5, sat: '00:00-24:00' } })], areas: [], pc6: {} },
      (t) => t.teams[0]?.officeHours?.sat,
      '00:00-24:00',
    ],
    ['a team name is trimmed', { teams: [team('intake', '  Intake  ')], areas: [], pc6: {} }, (t) => t.teams[0]?.name, 'Intake'],
    [
      'the whole PC4 space in one range',
      { areas: [{ teamId: 'zuid', pc4: ['1000-9999'] }], pc6: {} },
      (t) => [Object.keys(t.pc4).length, t.pc4['1000'], t.pc4['9999']],
      [9000, 'zuid', 'zuid'],
    ],
  ])('%s', (_name, change, pick, expected) => {
    expect(pick(compiled({ ...VALID, ...change }))).toEqual(expected);
  });

  it('the compiled table cannot be changed by accident', () => {
    const deadline = table.teams[0]?.claimDeadline;
    expect(
      [table, table.teams, table.teams[0], table.teams[0]?.officeHours, deadline, deadline?.urgent, table.pc4, table.pc6, table.holidays].every(
        Object.isFrozen,
      ),
    ).toBe(true);
  });

  it('FALLBACK_ONLY_ROUTING is a compiled table: one intake, office hours Mon-Fri 08:30-17:00, default deadlines', () => {
    expect(FALLBACK_ONLY_ROUTING).toMatchObject({
      teams: [{ id: 'intake', name: 'Centrale intake wijkteams', officeHours: DEFAULT_OFFICE_HOURS, claimDeadline: DEFAULT_CLAIM_DEADLINE }],
      pc4: {},
      pc6: {},
      fallbackTeamId: 'intake',
      holidays: { goodFriday: false, liberationDay: false },
    });
    expect(DEFAULT_OFFICE_HOURS).toEqual({
      mon: '08:30-17:00',
      tue: '08:30-17:00',
      wed: '08:30-17:00',
      thu: '08:30-17:00',
      fri: '08:30-17:00',
      sat: null,
      sun: null,
    });
    expect(DEFAULT_CLAIM_DEADLINE).toEqual({
      acute: { kind: 'clock', minutes: 60 },
      urgent: { kind: 'working-days', days: 1 },
      normal: { kind: 'working-days', days: 3 },
    });
  });
});

describe('parseRoutingConfig: every problem names its entry', () => {
  const areas = (...entries: Array<[string, string[]]>) => ({ areas: entries.map(([teamId, pc4]) => ({ teamId, pc4 })) });
  const hours = (officeHours: Json) => ({ teams: [...VALID.teams, team('oost', 'Oost', { officeHours: { ...WEEKDAYS_9_TO_5, ...officeHours } })] });
  const deadlines = (claimDeadline: Json) => ({ teams: [...VALID.teams, team('oost', 'Oost', { claimDeadline })] });
  const oldHours = (claimDeadlineHours: unknown) => ({ teams: [...VALID.teams, team('oost', 'Oost', { claimDeadlineHours })] });
  const CONVERT = (acute: string, urgent: string, normal: string) =>
    `teams[3] (id "oost").claimDeadlineHours: replaced by claimDeadline with units; write "claimDeadline": { "acute": "${acute}", "urgent": "${urgent}", ` +
    `"normal": "${normal}" } to keep clock hours, or working time such as "1 werkdag" / "3 werkdagen"`;
  const DURATION = 'write a number and a unit, e.g. "1h", "30m", "2 uur", "90 min", "4 werkuren", "1 werkdag" or "3 werkdagen"';
  const NOT_PC4 = 'not a PC4 ("1021") or PC4 range ("1021-1025"): four digits, not starting with 0';

  it.each<[string, Json, string[]]>([
    // team ids
    [
      'an area with an unknown team',
      areas(['noord', ['1234']], ['zuid', ['5678']], ['west', ['9000']]),
      [`areas[2] (teamId "west"): unknown team id "west"; ${KNOWN}`],
    ],
    ['a PC6 exception with an unknown team', { pc6: { '1234ZZ': 'west' } }, [`pc6["1234ZZ"]: unknown team id "west"; ${KNOWN}`]],
    ['an unknown fallback team', { fallbackTeamId: 'nergens' }, [`fallbackTeamId: unknown team id "nergens"; ${KNOWN}`]],
    ['no fallback team', { fallbackTeamId: undefined }, ['fallbackTeamId: missing: the id of the intake team that takes every postcode no area names']],
    ['a duplicate team id', { teams: [...VALID.teams, team('noord', 'Noord 2')] }, ['teams[3] (id "noord"): duplicate team id, also teams[0] (id "noord")']],
    ['a team id with capitals', { teams: [...VALID.teams, team('Oost', 'Oost')] }, ['teams[3] (id "Oost").id: lowercase letters, digits and -']],
    ['no teams at all', { teams: [] }, ['teams: name at least the fallback intake team']],
    [
      'no teams, and a bad PC6 key',
      { teams: [], pc6: { '1234 A': 'zuid' } },
      ['teams: name at least the fallback intake team', 'pc6["1234 A"]: "1234 A": not a PC6 postcode like "1026AB"'],
    ],
    // PC4s and ranges
    ['a PC4 with a leading zero', areas(['noord', ['0123']]), [`areas[0] (teamId "noord").pc4[0]: "0123": ${NOT_PC4}`]],
    ['a PC4 of three digits', areas(['noord', ['1234', '123']]), [`areas[0] (teamId "noord").pc4[1]: "123": ${NOT_PC4}`]],
    ['a PC4 of five digits', areas(['noord', ['12345']]), [`areas[0] (teamId "noord").pc4[0]: "12345": ${NOT_PC4}`]],
    ['a PC6 where a PC4 belongs', areas(['noord', ['1234AB']]), [`areas[0] (teamId "noord").pc4[0]: "1234AB": ${NOT_PC4}`]],
    ['a range ending with a leading zero', areas(['noord', ['1000-0999']]), [`areas[0] (teamId "noord").pc4[0]: "1000-0999": ${NOT_PC4}`]],
    ['a range that runs backwards', areas(['noord', ['1249-1240']]), ['areas[0] (teamId "noord").pc4[0]: "1249-1240": the range starts after it ends']],
    [
      'a PC4 as a number',
      areas(['noord', [1234 as unknown as string]]),
      ['areas[0] (teamId "noord").pc4[0]: write a PC4 as a string: "1021", or a range "1021-1025"'],
    ],
    ['an area without postcodes', areas(['noord', []]), ['areas[0] (teamId "noord").pc4: an area needs at least one PC4 or range']],
    // overlaps
    [
      'ranges of two areas that overlap',
      areas(['noord', ['1234', '1240-1249']], ['zuid', ['1245-1260']]),
      ['areas[1] (teamId "zuid").pc4[0]: "1245-1260" overlaps areas[0] (teamId "noord").pc4[1] "1240-1249" on 1245-1249'],
    ],
    [
      'a range inside another',
      areas(['noord', ['1240-1249']], ['zuid', ['1242-1243']]),
      ['areas[1] (teamId "zuid").pc4[0]: "1242-1243" overlaps areas[0] (teamId "noord").pc4[0] "1240-1249" on 1242-1243'],
    ],
    [
      'ranges that share their end',
      areas(['noord', ['1240-1249']], ['zuid', ['1249-1251']]),
      ['areas[1] (teamId "zuid").pc4[0]: "1249-1251" overlaps areas[0] (teamId "noord").pc4[0] "1240-1249" on 1249'],
    ],
    [
      'one PC4 in two areas',
      areas(['noord', ['1234']], ['zuid', ['1234']]),
      ['areas[1] (teamId "zuid").pc4[0]: "1234" overlaps areas[0] (teamId "noord").pc4[0] "1234" on 1234'],
    ],
    [
      'overlaps within one area, each named',
      areas(['noord', ['1234', '1240-1249', '1230-1240']]),
      [
        'areas[0] (teamId "noord").pc4[0]: "1234" overlaps areas[0] (teamId "noord").pc4[2] "1230-1240" on 1234',
        'areas[0] (teamId "noord").pc4[1]: "1240-1249" overlaps areas[0] (teamId "noord").pc4[2] "1230-1240" on 1240',
      ],
    ],
    // PC6 exceptions
    ['a PC6 key with one letter', { pc6: { '1234Z': 'zuid' } }, ['pc6["1234Z"]: "1234Z": not a PC6 postcode like "1026AB"']],
    ['a PC6 key with a leading zero', { pc6: { '0234AB': 'zuid' } }, ['pc6["0234AB"]: "0234AB": not a PC6 postcode like "1026AB"']],
    ['a PC6 key with letters never issued', { pc6: { '1234 SS': 'zuid' } }, ['pc6["1234 SS"]: "1234 SS": not a PC6 postcode like "1026AB"']],
    ['a PC4 as a PC6 key', { pc6: { '1234': 'zuid' } }, ['pc6["1234"]: "1234": not a PC6 postcode like "1026AB"']],
    ['one PC6 written twice', { pc6: { '1234ZZ': 'zuid', '1234 zz': 'noord' } }, ['pc6["1234 zz"]: the same postcode as pc6["1234ZZ"]']],
    // office hours
    [
      'office hours without leading zeros',
      hours({ mon: '8:30-17:00' }),
      ['teams[3] (id "oost").officeHours.mon: "8:30-17:00": write a window as "HH:MM-HH:MM", or null when closed'],
    ],
    ['office hours that open after they close', hours({ tue: '17:00-08:30' }), ['teams[3] (id "oost").officeHours.tue: "17:00-08:30": opens after it closes']],
    ['office hours that open and close at once', hours({ tue: '09:00-09:00' }), ['teams[3] (id "oost").officeHours.tue: "09:00-09:00": opens after it closes']],
    ['office hours past midnight', hours({ wed: '09:00-24:30' }), ['teams[3] (id "oost").officeHours.wed: "09:00-24:30": not a time of day']],
    ['office hours at minute 60', hours({ thu: '09:60-17:00' }), ['teams[3] (id "oost").officeHours.thu: "09:60-17:00": not a time of day']],
    ['a weekday left out', hours({ sun: undefined }), ['teams[3] (id "oost").officeHours.sun: a window "HH:MM-HH:MM", or null when closed']],
    ['a weekday misspelt', hours({ zat: null }), ['teams[3] (id "oost").officeHours: Unrecognized key: "zat"']],
    ['closed written as false', hours({ sat: false }), ['teams[3] (id "oost").officeHours.sat: a window "HH:MM-HH:MM", or null when closed']],
    // claim deadlines
    ['the old claimDeadlineHours', oldHours({ acute: 2, urgent: 12, normal: 48 }), [CONVERT('2h', '12h', '48h')]],
    ['the old claimDeadlineHours, partly: the old defaults for the rest', oldHours({ acute: 0.5 }), [CONVERT('0.5h', '24h', '72h')]],
    ['the old claimDeadlineHours, empty', oldHours({}), [CONVERT('1h', '24h', '72h')]],
    ['a zero deadline', deadlines({ acute: '0h' }), ['teams[3] (id "oost").claimDeadline.acute: "0h": must be more than 0']],
    [
      'a deadline as a number',
      deadlines({ urgent: 24 }),
      ['teams[3] (id "oost").claimDeadline.urgent: a duration with its unit, e.g. "1h", "30m", "8 werkuren" or "3 werkdagen"'],
    ],
    ['a deadline without a unit', deadlines({ urgent: '24' }), [`teams[3] (id "oost").claimDeadline.urgent: "24": not a duration; ${DURATION}`]],
    ['a unit that is not one', deadlines({ normal: '3 dagen' }), [`teams[3] (id "oost").claimDeadline.normal: "3 dagen": not a duration; ${DURATION}`]],
    [
      'half a working day',
      deadlines({ normal: '1,5 werkdag' }),
      ['teams[3] (id "oost").claimDeadline.normal: "1,5 werkdag": a whole number of working days; for less, write working hours such as "4 werkuren"'],
    ],
    ['more than a year', deadlines({ normal: '400 werkdagen' }), ['teams[3] (id "oost").claimDeadline.normal: "400 werkdagen": at most a year, 260 werkdagen']],
    [
      'working days for acute',
      deadlines({ acute: '1 werkdag' }),
      ['teams[3] (id "oost").claimDeadline.acute: "1 werkdag": acute does not wait for working time; write clock time such as "1h" or "30m"'],
    ],
    [
      'working hours for acute',
      deadlines({ acute: '2 werkuren' }),
      ['teams[3] (id "oost").claimDeadline.acute: "2 werkuren": acute does not wait for working time; write clock time such as "1h" or "30m"'],
    ],
    ['an unknown urgency', deadlines({ spoed: '4h' }), ['teams[3] (id "oost").claimDeadline: Unrecognized key: "spoed"']],
    [
      'acute later than urgent, both clock time',
      deadlines({ acute: '48h', urgent: '24h' }),
      ['teams[3] (id "oost").claimDeadline: acute ("48h") is later than urgent ("24h")'],
    ],
    [
      'urgent later than normal, both working days',
      deadlines({ urgent: '4 werkdagen' }),
      ['teams[3] (id "oost").claimDeadline: urgent ("4 werkdagen") is later than normal ("3 werkdagen")'],
    ],
    [
      'urgent later than normal, both working hours',
      deadlines({ urgent: '16 werkuren', normal: '8 werkuren' }),
      ['teams[3] (id "oost").claimDeadline: urgent ("16 werkuren") is later than normal ("8 werkuren")'],
    ],
    [
      'acute later than normal, with working time for urgent between them',
      deadlines({ acute: '90 min', urgent: '1 werkdag', normal: '1h' }),
      ['teams[3] (id "oost").claimDeadline: acute ("90 min") is later than normal ("1h")'],
    ],
    [
      'all three the wrong way round: each neighbour once',
      deadlines({ acute: '3h', urgent: '2h', normal: '1h' }),
      [
        'teams[3] (id "oost").claimDeadline: acute ("3h") is later than urgent ("2h")',
        'teams[3] (id "oost").claimDeadline: urgent ("2h") is later than normal ("1h")',
      ],
    ],
    // holidays
    ['a holiday switched on with a word', { holidays: { goodFriday: 'ja' } }, ['holidays.goodFriday: true or false']],
    ['a holiday that is not optional', { holidays: { pasen: true } }, ['holidays: Unrecognized key: "pasen"']],
    // the file as a whole
    ['an unknown field', { extra: true }, ['(top level): Unrecognized key: "extra"']],
    ['no gemeente', { gemeente: undefined }, ['gemeente: the name of the gemeente this file is for']],
  ])('%s', (_name, change, expected) => {
    expect(problemsOf({ ...VALID, ...change })).toEqual(expected);
  });

  it.each<[string, unknown]>([
    ['an array', [VALID]],
    ['null', null],
    ['a string', 'Teststad'],
  ])('a file that is %s is one problem at the top level', (_name, input) => {
    expect(problemsOf(input)).toEqual([expect.stringMatching(/^\(top level\): /)]);
  });

  it('reports every unknown team id at once, each at its own entry', () => {
    const problems = problemsOf({ ...VALID, areas: [{ teamId: 'oost', pc4: ['4321'] }], pc6: { '4321XY': 'west' }, fallbackTeamId: 'nergens' });
    expect(problems).toEqual([
      `fallbackTeamId: unknown team id "nergens"; ${KNOWN}`,
      `areas[0] (teamId "oost"): unknown team id "oost"; ${KNOWN}`,
      `pc6["4321XY"]: unknown team id "west"; ${KNOWN}`,
    ]);
  });
});

describe('routePostcode', () => {
  it.each<[string, string, string | undefined, string, RoutingReason]>([
    ['PC6 exception beats its PC4', '1234', '1234ZZ', 'zuid', 'pc6'],
    ['PC6 exception written "1245 ab" in the file', '1245', '1245AB', 'zuid', 'pc6'],
    ['PC4 match when the PC6 has no exception', '1234', '1234AB', 'noord', 'pc4'],
    ['PC4 match without a PC6', '1234', undefined, 'noord', 'pc4'],
    ['first PC4 of a range', '1240', undefined, 'noord', 'pc4'],
    ['inside a range', '1245', '1245AC', 'noord', 'pc4'],
    ['last PC4 of a range', '1249', undefined, 'noord', 'pc4'],
    ['just before a range → fallback', '1239', undefined, 'intake', 'fallback-unknown-postcode'],
    ['just after a range → fallback', '1250', '1250AA', 'intake', 'fallback-unknown-postcode'],
    ['another area', '5678', '5678AA', 'zuid', 'pc4'],
    ['unknown PC4 → fallback', '9999', undefined, 'intake', 'fallback-unknown-postcode'],
    ['unknown PC4 and PC6 → fallback', '9999', '9999AA', 'intake', 'fallback-unknown-postcode'],
    ['not a postcode at all → fallback', 'constructor', '__proto__', 'intake', 'fallback-unknown-postcode'],
  ])('%s', (_name, pc4, pc6, teamId, reason) => {
    const route = routePostcode(table, pc4, pc6);
    expect(route.reason).toBe(reason);
    expect(route.team).toEqual(table.teams.find((t) => t.id === teamId));
  });

  it('FALLBACK_ONLY_ROUTING sends every postcode to the intake', () => {
    for (const [pc4, pc6] of [
      ['1234', '1234AB'],
      ['9999', undefined],
    ] as const) {
      expect(routePostcode(FALLBACK_ONLY_ROUTING, pc4, pc6)).toEqual({
        team: { id: 'intake', name: 'Centrale intake wijkteams', officeHours: DEFAULT_OFFICE_HOURS, claimDeadline: DEFAULT_CLAIM_DEADLINE },
        reason: 'fallback-unknown-postcode',
      });
    }
  });

  // tests/dialogs/cards.test.ts writes its table by hand, without office hours or deadlines.
  const handWritten: RoutingTable = {
    teams: [
      { id: 'noord', name: 'Wijkteam Noord' },
      { id: 'intake', name: 'Centrale intake' },
    ],
    pc4: { '1021': 'noord', '1022': 'oost' },
    pc6: {},
    fallbackTeamId: 'intake',
  };

  it.each<[string, string, string, RoutingReason]>([
    ['a match', '1021', 'noord', 'pc4'],
    ['a team the table lacks', '1022', 'intake', 'fallback-unknown-postcode'],
    ['no match', '9999', 'intake', 'fallback-unknown-postcode'],
  ])('a hand-written table: %s gets the defaults', (_name, pc4, teamId, reason) => {
    expect(routePostcode(handWritten, pc4)).toEqual({
      team: {
        id: teamId,
        name: handWritten.teams.find((t) => t.id === teamId)?.name,
        officeHours: DEFAULT_OFFICE_HOURS,
        claimDeadline: DEFAULT_CLAIM_DEADLINE,
      },
      reason,
    });
  });
});

describe('acute mentions per team', () => {
  const WEEK = { mon: '09:00-17:00', tue: '09:00-17:00', wed: '09:00-17:00', thu: '09:00-17:00', fri: '09:00-17:00', sat: null, sun: null };
  const config = (acuteMentions: unknown) => ({
    gemeente: 'Proefdorp',
    fallbackTeamId: 'intake',
    teams: [{ id: 'intake', name: 'Intake', officeHours: WEEK, acuteMentions }],
  });

  it('keeps the on-duty people to mention for acute signals', () => {
    const parsed = parseRoutingConfig(config([{ aadObjectId: '3a4b5c6d-7e8f-4a9b-8c0d-1e2f3a4b5c6d', name: 'Dienstdoende intake' }]));
    expect(parsed.ok && parsed.table.teams[0]?.acuteMentions).toEqual([{ aadObjectId: '3a4b5c6d-7e8f-4a9b-8c0d-1e2f3a4b5c6d', name: 'Dienstdoende intake' }]);
  });

  it('refuses a mention that is not an Entra object id, naming the entry', () => {
    const parsed = parseRoutingConfig(config([{ aadObjectId: 'piet', name: 'Piet' }]));
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.problems.join('\n')).toMatch(/acuteMentions/);
  });
});
