import type { AddressInfo } from 'node:net';
import restify, { type Request, type Response } from 'restify';
import type { BotAdapterWithHandle } from './teams/adapter';
import { classifyAuthFailure } from './teams/classify-auth-failure';
import { parseIncomingActivity } from './teams/incoming-activity';
import { createBotLogic } from './teams/router';
import { createTurnHandler, TurnFailure } from './teams/turn-handler';
import { DELIVERY_IN_PROGRESS, type TurnLogic } from './teams/turn-runner';
import type { Config } from './config/config';
import { FALLBACK_ONLY_ROUTING, isDomainError, type Clock, type RoutingTable } from './domain';
import type { Logger } from './runtime/log';
import type { Stores } from './store/create-stores';
import { createQueuesApi } from './coordination/tab-api/queues-api';
import { loadTabFiles, type TabFile } from './coordination/tab-api/tab-files';
import { createTabTokenVerifier } from './coordination/tab-api/tab-token';

/** What the HTTP face needs: the stores its turns use, the adapter that checks and answers Teams' requests. */
export interface AppDeps extends Pick<Stores, 'conversations' | 'signals' | 'links' | 'duty' | 'audit' | 'figures'> {
  readonly config: Config;
  /** Built by the composition root, which shares it with the background work's proactive sender. */
  readonly adapter: BotAdapterWithHandle;
  /** Which wijkteam serves which postcode; until configured, everything goes to one intake. */
  readonly routing?: RoutingTable;
  readonly clock: Clock;
  readonly log: Logger;
  /** The bot's behaviour; the product's router unless a test brings its own. */
  readonly logic?: TurnLogic;
  /** The coordinators' tab as built into dist/tab (read at start unless given). */
  readonly tabFiles?: ReadonlyMap<string, TabFile>;
}

/**
 * HTTP only: /api/messages, the coordinators' tab and its /api/queues, /healthz, /readyz and draining on stop. The
 * composition root (index.ts) does the rest.
 */
export interface App {
  start(): Promise<AddressInfo>;
  /** Stops accepting and lets turns in flight finish (up to the grace period). The stores stay open. */
  stop(): Promise<void>;
}

const MAX_BODY_BYTES = 512 * 1024;
const READY_TIMEOUT_MS = 1000;

export function createApp(deps: AppDeps): App {
  const { config, conversations: store, clock, adapter } = deps;
  const log = deps.log.child({ part: 'bot' });
  const routing = deps.routing ?? FALLBACK_ONLY_ROUTING;
  const handleTurn = createTurnHandler({
    allowedTenants: config.allowedTenants,
    store,
    clock,
    log,
    logic:
      deps.logic ??
      createBotLogic({
        clock,
        signals: deps.signals,
        links: deps.links,
        duty: deps.duty,
        audit: deps.audit,
        admins: config.admins,
        figures: deps.figures,
        coordinators: config.coordinators,
        dailySummaryMinute: config.dailySummaryMinute,
        routing,
        followUpWeeks: config.followUpWeeks,
        draftTtlMs: config.draftTtlMs,
      }),
  });

  const queuesApi = createQueuesApi({
    verify: createTabTokenVerifier({ sso: config.tabSso, allowedTenants: config.allowedTenants, clock }),
    figures: deps.figures,
    audit: deps.audit,
    routing,
    coordinators: config.coordinators,
    coordinatorRoleTenant: config.coordinatorRoleTenant,
    clock,
    log,
  });
  const tabFiles = deps.tabFiles ?? loadTabFiles();
  if (!tabFiles) log.warn('the coordinators’ tab is not built (npm run build writes dist/tab); /tab answers 404');

  let draining = false;
  let inFlight = 0;
  let drained: (() => void) | undefined;

  const server = restify.createServer({ name: 'wijksignaal', handleUncaughtExceptions: false });
  // maxBodySize goes to restify's body reader; its type definitions omit it.
  server.use(restify.plugins.jsonBodyParser({ maxBodySize: MAX_BODY_BYTES } as restify.plugins.JsonBodyParserOptions));
  // restify's own 5xx errors must not carry internals to the caller; 4xx messages are its plain explanations.
  server.on('restifyError', (_req: Request, _res: Response, err: { statusCode?: number; toJSON?: () => unknown }, done: () => void) => {
    if ((err.statusCode ?? 500) >= 500) err.toJSON = () => ({ code: 'InternalError', message: 'internal error' });
    done();
  });

  server.get('/healthz', async (_req: Request, res: Response) => {
    res.send(200, { status: 'ok' });
  });

  server.get('/readyz', async (_req: Request, res: Response) => {
    try {
      await withTimeout(store.ping(), READY_TIMEOUT_MS);
      res.send(draining ? 503 : 200, { status: draining ? 'stopping' : 'ready' });
    } catch {
      res.send(503, { status: 'store unreachable' });
    }
  });

  const sendTabFile = (name: string) => async (_req: Request, res: Response) => {
    const file = tabFiles?.get(name);
    if (!file) {
      res.send(404, { error: 'not-built', message: 'The tab is not built on this server; run npm run build.' });
      return;
    }
    res.writeHead(200, file.headers);
    res.end(file.body);
  };
  server.get('/tab', sendTabFile('tab.html'));
  server.get('/tab/config', sendTabFile('tab.html'));
  server.get('/tab/tab.js', sendTabFile('tab.js'));
  server.get('/tab/tab.css', sendTabFile('tab.css'));

  /** A request that reads or writes the stores: refused while stopping, and waited for before the stores close. */
  const tracked = (handle: (req: Request, res: Response) => Promise<void>) => async (req: Request, res: Response) => {
    if (draining) {
      res.send(503, { error: 'stopping' });
      return;
    }
    inFlight++;
    try {
      await handle(req, res);
    } finally {
      inFlight--;
      if (inFlight === 0) drained?.();
    }
  };

  server.get(
    '/api/queues',
    tracked(async (req, res) => {
      const answer = await queuesApi(typeof req.headers.authorization === 'string' ? req.headers.authorization : undefined);
      // Figures for one person: no shared cache may keep them.
      res.header('cache-control', 'no-store');
      for (const [name, value] of Object.entries(answer.headers ?? {})) res.header(name, value);
      res.send(answer.status, answer.body);
    }),
  );

  server.post(
    '/api/messages',
    tracked(async (req, res) => {
      const activity = parseIncomingActivity(req.body);
      if (!activity) {
        res.send(400, { error: 'not a valid activity' });
        return;
      }
      const ids = { activityId: activity.id, type: activity.type };
      try {
        const authHeader = typeof req.headers.authorization === 'string' ? req.headers.authorization : '';
        const invokeResponse = await adapter.handle(authHeader, activity, handleTurn);
        res.send(invokeResponse?.status ?? 200, invokeResponse?.body);
      } catch (err) {
        const [status, body] = answerFor(err);
        if (status === 401) log.info({ ...ids, reason: (err as Error).message }, 'request refused: bot framework token missing or invalid');
        else if (status === 503) log.warn({ ...ids, err: err instanceof TurnFailure ? err.cause : err }, 'not processed now; Teams will deliver again');
        else log.error({ ...ids, err: err instanceof TurnFailure ? err.cause : err }, 'turn failed; Teams will deliver the activity again');
        res.send(status, body);
      }
    }),
  );

  return {
    start: () =>
      new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(config.port, config.host, () => {
          const address = server.address() as AddressInfo;
          log.info({ host: address.address, port: address.port, mode: config.mode }, 'listening');
          resolve(address);
        });
      }),

    async stop() {
      draining = true;
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      if (inFlight > 0) {
        log.info({ inFlight }, 'waiting for turns in flight');
        await withTimeout(new Promise<void>((resolve) => (drained = resolve)), config.shutdownGraceMs).catch(() =>
          log.warn({ inFlight }, 'grace period over; stopping with turns in flight'),
        );
      }
      server.server.closeIdleConnections();
      server.server.closeAllConnections();
      await closed;
      log.info('stopped accepting; turns done');
    },
  };
}

/**
 * 401 only for a bad token (Teams must not retry a forged request); 503 when authentication could not run or a
 * repeat arrived while the first delivery is still sending (Teams retries); 500 when the turn itself failed.
 */
function answerFor(err: unknown): [number, { error: string }] {
  if (err instanceof TurnFailure) {
    return isDomainError(err.cause, 'conflict') && err.cause.message === DELIVERY_IN_PROGRESS
      ? [503, { error: 'try again later' }]
      : [500, { error: 'internal error' }];
  }
  return classifyAuthFailure(err) === 'refused' ? [401, { error: 'unauthorized' }] : [503, { error: 'try again later' }];
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
