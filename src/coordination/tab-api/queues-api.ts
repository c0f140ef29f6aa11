import type { AuditLog, Clock, QueueFigures, RoutingTable } from '../../domain';
import type { Logger } from '../../runtime/log';
import type { ApiError, QueuesView } from './queues-api-types';
import { queueRow } from './queues-view';
import type { TokenCheck, TokenRefusal } from './tab-token';

/** The Entra app role that makes someone a coordinator, besides COORDINATOR_AAD_OBJECT_IDS. */
export const COORDINATOR_ROLE = 'Coordinator';

export interface QueuesApiDeps {
  readonly verify: (authorization: string | undefined) => Promise<TokenCheck>;
  readonly figures: Pick<QueueFigures, 'status'>;
  readonly audit: Pick<AuditLog, 'record'>;
  readonly routing: RoutingTable;
  readonly coordinators: ReadonlySet<string>;
  /** The tenant whose app role Coordinator counts; without one, only the object ids do. */
  readonly coordinatorRoleTenant?: string;
  readonly clock: Clock;
  readonly log: Logger;
}

export interface ApiAnswer {
  readonly status: number;
  readonly body: QueuesView | ApiError;
  readonly headers?: Readonly<Record<string, string>>;
}

const REFUSALS: Record<TokenRefusal, string> = {
  'token-missing': 'Send the Teams SSO token as "Authorization: Bearer <token>".',
  'token-invalid': 'The token is not a valid Teams SSO token.',
  'token-expired': 'The token has expired; ask Teams for a new one.',
  'token-audience': 'The token was issued for another application.',
  'token-tenant': 'The token is from an organisation that may not use wijksignaal.',
  'token-signature': 'The token’s signature does not check out.',
  'token-not-delegated': 'Send the token Teams gives the tab for the signed-in person (scope access_as_user).',
  'sign-in-not-configured': 'Sign-in for the tab is not configured on this server (TAB_SSO_APP_ID).',
};

/**
 * GET /api/queues: the queue figures for a coordinator, by the token's object id (COORDINATOR_AAD_OBJECT_IDS) or the
 * Entra app role Coordinator given in the gemeente's own tenant. Channel membership does not count here: the tab has
 * no channel to go by.
 */
export function createQueuesApi(deps: QueuesApiDeps): (authorization: string | undefined) => Promise<ApiAnswer> {
  const log = deps.log.child({ part: 'tab-api' });
  return async (authorization): Promise<ApiAnswer> => {
    const check = await deps.verify(authorization);
    if (!check.ok) {
      if ('unavailable' in check) {
        log.warn('tab request not served: the sign-in keys could not be fetched');
        return {
          status: 503,
          body: { error: 'sign-in-unavailable', message: 'The sign-in keys could not be fetched; try again shortly.' },
          headers: { 'retry-after': '30' },
        };
      }
      // Debug only: anyone can send a bad token, and the log must not be theirs to fill.
      log.debug({ refusal: check.refusal }, 'tab request refused');
      return { status: 401, body: { error: check.refusal, message: REFUSALS[check.refusal] }, headers: { 'www-authenticate': 'Bearer' } };
    }
    const { user } = check;
    const byRole = user.roles.includes(COORDINATOR_ROLE) && user.tenantId === deps.coordinatorRoleTenant;
    if (!deps.coordinators.has(user.objectId) && !byRole) {
      log.info({ aadObjectId: user.objectId }, 'tab request refused: not a coordinator');
      // Audited like the refusal of "status" in chat; the page asks once and stops, so this is once per opening.
      await deps.audit
        .record({ at: new Date(deps.clock.now()).toISOString(), action: 'action-refused', actor: user.objectId, teamId: '-', reason: 'not-coordinator-tab' })
        .catch((err: unknown) => log.warn({ err }, 'the tab refusal could not be audited'));
      return { status: 403, body: { error: 'not-coordinator', message: 'The queue figures are for coordinators.' } };
    }
    const now = deps.clock.now();
    let statuses: Awaited<ReturnType<QueuesApiDeps['figures']['status']>>;
    try {
      statuses = await deps.figures.status(
        deps.routing.teams.map((team) => team.id),
        now,
      );
    } catch (err) {
      log.warn({ err }, 'tab request not served: the figures could not be read');
      return {
        status: 503,
        body: { error: 'store-unavailable', message: 'The figures could not be read; try again shortly.' },
        headers: { 'retry-after': '30' },
      };
    }
    const names = new Map(deps.routing.teams.map((team) => [team.id, team.name]));
    return { status: 200, body: { generatedAt: now, queues: statuses.map((s) => queueRow(s, names.get(s.teamId) ?? s.teamId, now)) } };
  };
}
