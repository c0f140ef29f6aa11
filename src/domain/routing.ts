import { z } from 'zod';

export const TeamIdSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/, { error: 'lowercase letters, digits and -' });

export const TeamSchema = z.strictObject({ id: TeamIdSchema, name: z.string().min(1).max(80) });
export type Team = z.infer<typeof TeamSchema>;

/**
 * Which wijkteam serves which postcode: each gemeente decides; there is no national register. PC6 entries override
 * their PC4 where a PC4 straddles two areas; whatever matches nothing goes to the fallback intake, never nowhere.
 */
export const RoutingTableSchema = z
  .strictObject({
    teams: z.array(TeamSchema).min(1),
    pc4: z.record(z.string().regex(/^[1-9]\d{3}$/), TeamIdSchema).default({}),
    pc6: z.record(z.string().regex(/^[1-9]\d{3}[A-Z]{2}$/), TeamIdSchema).default({}),
    fallbackTeamId: TeamIdSchema,
  })
  .superRefine((table, ctx) => {
    const ids = new Set(table.teams.map((t) => t.id));
    const check = (teamId: string, path: (string | number)[]) => {
      if (!ids.has(teamId)) ctx.addIssue({ code: 'custom', path, message: `unknown team id ${teamId}` });
    };
    check(table.fallbackTeamId, ['fallbackTeamId']);
    for (const [pc, id] of Object.entries(table.pc4)) check(id, ['pc4', pc]);
    for (const [pc, id] of Object.entries(table.pc6)) check(id, ['pc6', pc]);
  });
export type RoutingTable = z.infer<typeof RoutingTableSchema>;

export type RoutingReason = 'pc6' | 'pc4' | 'fallback-unknown-postcode';
export interface Route {
  readonly team: Team;
  readonly reason: RoutingReason;
}

export function routePostcode(table: RoutingTable, pc4: string, pc6?: string): Route {
  const teamId = (pc6 && table.pc6[pc6]) || table.pc4[pc4];
  const reason: RoutingReason = pc6 && table.pc6[pc6] ? 'pc6' : teamId ? 'pc4' : 'fallback-unknown-postcode';
  const team = table.teams.find((t) => t.id === (teamId ?? table.fallbackTeamId)) ?? table.teams[0];
  if (!team) throw new Error('routing table without teams'); // the schema forbids this
  return { team, reason };
}

/** Until a gemeente's table is configured, every signal goes to one intake, so nothing is dropped. */
export const FALLBACK_ONLY_ROUTING: RoutingTable = {
  teams: [{ id: 'intake', name: 'Centrale intake wijkteams' }],
  pc4: {},
  pc6: {},
  fallbackTeamId: 'intake',
};
