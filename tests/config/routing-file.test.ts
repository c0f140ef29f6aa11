import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseRoutingConfig, routePostcode, type RoutingReason, type RoutingTable } from '../../src/domain/routing';
import { loadRoutingFile } from '../../src/config/routing-file';
import { TEST_ROUTING } from '../helpers/dialogue';

const EXAMPLE = join(__dirname, '..', '..', 'config', 'routing.example.json');

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'wijksignaal-routing-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function fileWith(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

function loaded(path: string): RoutingTable {
  const result = loadRoutingFile(path);
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result.table;
}

describe('config/routing.example.json', () => {
  const table = loaded(EXAMPLE);

  it('parses: Voorbeeldstad, four teams, a fallback intake', () => {
    expect(table.gemeente).toBe('Voorbeeldstad');
    expect(table.teams.map((t) => t.id)).toEqual(['midden', 'oost', 'west', 'intake']);
    expect(table.fallbackTeamId).toBe('intake');
    expect(table.teams.every((t) => t.officeHours && t.claimDeadline)).toBe(true);
  });

  it('writes claim deadlines with units, and switches Bevrijdingsdag on', () => {
    const deadline = (id: string) => table.teams.find((t) => t.id === id)?.claimDeadline;
    expect(deadline('midden')).toEqual({
      acute: { kind: 'clock', minutes: 60 },
      urgent: { kind: 'working-days', days: 1 },
      normal: { kind: 'working-days', days: 3 },
    });
    expect(deadline('intake')).toEqual({
      acute: { kind: 'clock', minutes: 60 },
      urgent: { kind: 'working-hours', minutes: 480 },
      normal: { kind: 'working-days', days: 2 },
    });
    expect(table.holidays).toEqual({ goodFriday: false, liberationDay: true });
  });

  it('uses real 4-digit postcodes of one area only (Amsterdam-Noord, 1021-1037), and one PC6 exception', () => {
    const pc4s = Object.keys(table.pc4).map(Number);
    expect(pc4s.length).toBeGreaterThan(10);
    expect(pc4s.every((pc) => pc >= 1021 && pc <= 1037)).toBe(true);
    expect(Object.keys(table.pc6)).toHaveLength(1);
  });

  it.each<[string, string, string | undefined, string, RoutingReason]>([
    ['a PC4 of Midden', '1021', '1021AB', 'midden', 'pc4'],
    ['the PC6 exception in 1025', '1025', '1025AB', 'oost', 'pc6'],
    ['the rest of 1025', '1025', '1025AC', 'midden', 'pc4'],
    ['a PC4 of Oost', '1027', undefined, 'oost', 'pc4'],
    ['a PC4 of West', '1036', undefined, 'west', 'pc4'],
    ['a postcode elsewhere in Amsterdam → intake', '1012', '1012AB', 'intake', 'fallback-unknown-postcode'],
  ])('routes %s', (_name, pc4, pc6, teamId, reason) => {
    const route = routePostcode(table, pc4, pc6);
    expect([route.team.id, route.reason]).toEqual([teamId, reason]);
  });

  it('is the file loadRoutingFile reads: same as parsing it directly', () => {
    expect(parseRoutingConfig(JSON.parse(readFileSync(EXAMPLE, 'utf8')))).toEqual({ ok: true, table });
  });
});

describe('loadRoutingFile: problems are single lines that start with the path, never stacks', () => {
  const expectProblems = (path: string, expected: RegExp[]) => {
    const result = loadRoutingFile(path);
    expect(result.ok).toBe(false);
    const problems = result.ok ? [] : result.problems;
    expect(problems).toEqual(expected.map((re) => expect.stringMatching(re)));
    for (const problem of problems) {
      expect(problem.startsWith(`${path}: `)).toBe(true);
      expect(problem).not.toMatch(/\n|Error|routing-file\.ts/);
    }
  };

  it('a missing file', () => {
    expectProblems(join(dir, 'nergens.json'), [/: cannot read the routing file \(no such file\)$/]);
  });

  it('a directory', () => {
    expectProblems(dir, [/: cannot read the routing file \(a directory, not a file\)$/]);
  });

  it.each<[string, string, RegExp]>([
    ['a trailing comma', '{\n  "gemeente": "Teststad",\n  "teams": [],\n}\n', /: not valid JSON: .* at line 4, column 1$/],
    ['an empty file', '', /: not valid JSON: Unexpected end of JSON input$/],
    ['YAML', 'gemeente: Teststad\nteams: []\n', /: not valid JSON: \S/],
  ])('not JSON: %s', (name, content, expected) => {
    expectProblems(fileWith(`${name}.json`, content), [expected]);
  });

  it('an invalid file: every problem, each naming its entry', () => {
    const example = JSON.parse(readFileSync(EXAMPLE, 'utf8'));
    const path = fileWith(
      'invalid.json',
      JSON.stringify({ ...example, fallbackTeamId: undefined, areas: [...example.areas, { teamId: 'zuid', pc4: ['1021'] }] }),
    );
    expectProblems(path, [
      /: fallbackTeamId: missing: /,
      /: areas\[3\] \(teamId "zuid"\): unknown team id "zuid"; the teams are midden, oost, west, intake$/,
      /: areas\[3\] \(teamId "zuid"\)\.pc4\[0\]: "1021" overlaps areas\[0\] \(teamId "midden"\)\.pc4\[0\] "1021-1025" on 1021$/,
    ]);
  });

  it('a file from before units: one line per team that says how to convert it', () => {
    const example = JSON.parse(readFileSync(EXAMPLE, 'utf8'));
    const hours = [
      [1, 24, 72],
      [2, 24, 120],
    ];
    const old = example.teams.slice(0, 2).map(({ claimDeadline: _units, ...team }: Record<string, unknown>, i: number) => {
      const [acute, urgent, normal] = hours[i]!;
      return { ...team, claimDeadlineHours: { acute, urgent, normal } };
    });
    const path = fileWith('old-deadlines.json', JSON.stringify({ ...example, teams: [...old, ...example.teams.slice(2)] }));
    const endsWith = (text: string) => new RegExp(`: ${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
    const convert = (team: string, acute: string, urgent: string, normal: string) =>
      endsWith(
        `${team}.claimDeadlineHours: replaced by claimDeadline with units; write "claimDeadline": { "acute": "${acute}", "urgent": "${urgent}", ` +
          `"normal": "${normal}" } to keep clock hours, or working time such as "1 werkdag" / "3 werkdagen"`,
      );
    expectProblems(path, [convert('teams[0] (id "midden")', '1h', '24h', '72h'), convert('teams[1] (id "oost")', '2h', '24h', '120h')]);
  });

  it('a byte-order mark at the start is no problem', () => {
    const path = fileWith('bom.json', `\uFEFF${readFileSync(EXAMPLE, 'utf8')}`);
    expect(loaded(path)).toEqual(loaded(EXAMPLE));
  });
});

describe('compiled tables other tests use', () => {
  it('TEST_ROUTING (tests/helpers/dialogue.ts) is what parseRoutingConfig makes of its file', () => {
    const hours = { mon: '08:30-17:00', tue: '08:30-17:00', wed: '08:30-17:00', thu: '08:30-17:00', fri: '08:30-17:00', sat: null, sun: null };
    expect(
      parseRoutingConfig({
        gemeente: 'Teststad',
        teams: [
          { id: 'noord', name: 'Wijkteam Noord', officeHours: hours },
          { id: 'intake', name: 'Centrale intake', officeHours: hours },
        ],
        areas: [{ teamId: 'noord', pc4: ['1021-1022'] }],
        fallbackTeamId: 'intake',
      }),
    ).toEqual({ ok: true, table: TEST_ROUTING });
  });
});
