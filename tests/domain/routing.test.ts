import { FALLBACK_ONLY_ROUTING, RoutingTableSchema, routePostcode, type RoutingReason, type RoutingTable } from '../../src/domain/routing';

const table: RoutingTable = RoutingTableSchema.parse({
  teams: [
    { id: 'noord', name: 'Wijkteam Noord' },
    { id: 'zuid', name: 'Wijkteam Zuid' },
    { id: 'intake', name: 'Centrale intake' },
  ],
  pc4: { '1234': 'noord', '5678': 'zuid' },
  pc6: { '1234ZZ': 'zuid' },
  fallbackTeamId: 'intake',
});

describe('RoutingTableSchema', () => {
  it('accepts a valid table and keeps it as given', () => {
    expect(table.pc4).toEqual({ '1234': 'noord', '5678': 'zuid' });
    expect(table.pc6).toEqual({ '1234ZZ': 'zuid' });
    expect(table.fallbackTeamId).toBe('intake');
  });

  it('pc4 and pc6 default to empty', () => {
    const parsed = RoutingTableSchema.parse({ teams: [{ id: 'intake', name: 'Intake' }], fallbackTeamId: 'intake' });
    expect(parsed).toEqual({ teams: [{ id: 'intake', name: 'Intake' }], pc4: {}, pc6: {}, fallbackTeamId: 'intake' });
  });

  it('accepts FALLBACK_ONLY_ROUTING', () => {
    expect(RoutingTableSchema.safeParse(FALLBACK_ONLY_ROUTING).success).toBe(true);
  });

  const valid = {
    teams: [
      { id: 'noord', name: 'Noord' },
      { id: 'intake', name: 'Intake' },
    ],
    pc4: { '1234': 'noord' },
    pc6: { '1234AB': 'noord' },
    fallbackTeamId: 'intake',
  };

  it.each<[string, object, Array<string | number>]>([
    ['unknown team in pc4', { ...valid, pc4: { '1234': 'noord', '4321': 'oost' } }, ['pc4', '4321']],
    ['unknown team in pc6', { ...valid, pc6: { '1234AB': 'noord', '4321XY': 'west' } }, ['pc6', '4321XY']],
    ['unknown fallback team', { ...valid, fallbackTeamId: 'nergens' }, ['fallbackTeamId']],
  ])('rejects %s; the issue names the entry', (_name, input, path) => {
    const result = RoutingTableSchema.safeParse(input);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.issues).toHaveLength(1);
    expect(result.error.issues[0]?.path).toEqual(path);
    expect(result.error.issues[0]?.message).toContain('unknown team id');
  });

  it('reports every unknown team id, each at its own path', () => {
    const result = RoutingTableSchema.safeParse({ ...valid, pc4: { '4321': 'oost' }, pc6: { '4321XY': 'west' }, fallbackTeamId: 'nergens' });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.issues.map((i) => i.path)).toEqual(expect.arrayContaining([['fallbackTeamId'], ['pc4', '4321'], ['pc6', '4321XY']]));
    expect(result.error.issues).toHaveLength(3);
  });

  it.each<[string, object]>([
    ['no teams', { ...valid, teams: [] }],
    ['pc4 key with a leading zero', { ...valid, pc4: { '0123': 'noord' } }],
    ['pc4 key with letters', { ...valid, pc4: { '1234AB': 'noord' } }],
    ['pc6 key in lowercase', { ...valid, pc6: { '1234ab': 'noord' } }],
    ['pc6 key with a space', { ...valid, pc6: { '1234 AB': 'noord' } }],
    ['team id with capitals', { ...valid, teams: [...valid.teams, { id: 'Oost', name: 'Oost' }] }],
    ['team without a name', { ...valid, teams: [...valid.teams, { id: 'oost', name: '' }] }],
    ['unknown field', { ...valid, extra: true }],
  ])('rejects %s', (_name, input) => {
    expect(RoutingTableSchema.safeParse(input).success).toBe(false);
  });
});

describe('routePostcode', () => {
  it.each<[string, string, string | undefined, string, RoutingReason]>([
    ['PC6 override beats its PC4', '1234', '1234ZZ', 'zuid', 'pc6'],
    ['PC4 match when the PC6 has no override', '1234', '1234AB', 'noord', 'pc4'],
    ['PC4 match without a PC6', '1234', undefined, 'noord', 'pc4'],
    ['another PC4', '5678', '5678AA', 'zuid', 'pc4'],
    ['unknown PC4 → fallback', '9999', undefined, 'intake', 'fallback-unknown-postcode'],
    ['unknown PC4 and PC6 → fallback', '9999', '9999AA', 'intake', 'fallback-unknown-postcode'],
  ])('%s', (_name, pc4, pc6, teamId, reason) => {
    const route = routePostcode(table, pc4, pc6);
    expect(route.reason).toBe(reason);
    expect(route.team.id).toBe(teamId);
    expect(route.team).toEqual(table.teams.find((t) => t.id === teamId));
  });

  it('FALLBACK_ONLY_ROUTING sends every postcode to the intake', () => {
    for (const [pc4, pc6] of [['1234', '1234AB'], ['9999', undefined]] as const) {
      expect(routePostcode(FALLBACK_ONLY_ROUTING, pc4, pc6)).toEqual({
        team: { id: 'intake', name: 'Centrale intake wijkteams' },
        reason: 'fallback-unknown-postcode',
      });
    }
  });
});
