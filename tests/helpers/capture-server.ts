import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface CapturedRequest {
  readonly method: string;
  readonly path: string;
  readonly conversationId: string;
  readonly authorization?: string;
  readonly activity: Record<string, unknown>;
  /** A new conversation (a new thread in a channel), not an activity in an existing one. */
  readonly created?: boolean;
  /** The id this stand-in Bot Connector gave a posted activity (what a press on it names as replyToId). */
  readonly id?: string;
}

export interface CaptureServer {
  /** Use as the activity's serviceUrl: the bot's replies come here instead of to the Bot Connector. */
  readonly serviceUrl: string;
  readonly requests: CapturedRequest[];
  /** Texts of the message activities received, in order. */
  texts(conversationId?: string): string[];
  /**
   * After `afterOk` more successful requests, the next `count` requests get this status instead of 200 (and are
   * recorded as failed, not captured).
   */
  failNext(status: number, count?: number, afterOk?: number, headers?: Record<string, string>): void;
  /** How many requests were answered with a failure, per status. */
  readonly failed: Record<number, number>;
  /** Answers take this long from now on, as a slow Bot Connector would. */
  delayMs: number;
  /** Called as each request arrives, before it is answered. */
  onRequest?: () => void;
  /** Resolves once `n` requests have arrived. */
  waitFor(n: number, timeoutMs?: number): Promise<CapturedRequest[]>;
  close(): Promise<void>;
}

const PASS = 0;
const ACTIVITIES = /^\/v3\/conversations\/([^/]+)\/activities(?:\/[^/]+)?$/;
/** Creating a conversation in a channel starts a new thread: Teams answers with `<channel>;messageid=<id>`. */
const CONVERSATIONS = /^\/v3\/conversations\/?$/;

/** A stand-in Bot Connector on loopback that records what the bot sends and answers like the real one. */
export async function startCaptureServer(): Promise<CaptureServer> {
  const requests: CapturedRequest[] = [];
  const waiters: Array<() => void> = [];
  const failures: Array<{ status: number; headers: Record<string, string> } | typeof PASS> = [];
  const failed: Record<number, number> = {};
  let nextId = 1;

  const server: Server = createServer(async (req, res) => {
    const body = await readBody(req);
    const match = ACTIVITIES.exec(req.url ?? '');
    const creating = CONVERSATIONS.test(req.url ?? '') && req.method === 'POST';
    if (!match?.[1] && !creating) {
      res.writeHead(404);
      res.end();
      return;
    }
    capture.onRequest?.();
    if (capture.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, capture.delayMs));
    const failWith = failures.shift();
    if (failWith !== undefined && failWith !== PASS) {
      failed[failWith.status] = (failed[failWith.status] ?? 0) + 1;
      res.writeHead(failWith.status, { 'content-type': 'application/json', ...failWith.headers });
      res.end(JSON.stringify({ error: { code: 'ServiceError', message: 'made-up failure' } }));
      return;
    }
    const json = body ? (JSON.parse(body) as Record<string, unknown>) : {};
    const id = nextId++;
    if (creating) {
      const channel = String((json.channelData as { channel?: { id?: string } } | undefined)?.channel?.id ?? 'unknown');
      requests.push({
        method: 'POST',
        path: req.url ?? '',
        conversationId: channel,
        authorization: req.headers.authorization,
        activity: (json.activity as Record<string, unknown>) ?? {},
        created: true,
      });
      waiters.splice(0).forEach((wake) => wake());
      res.writeHead(201, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id: `${channel};messageid=${id}`, activityId: String(id) }));
      return;
    }
    requests.push({
      method: req.method ?? '',
      path: req.url ?? '',
      conversationId: decodeURIComponent(match?.[1] ?? ''),
      authorization: req.headers.authorization,
      activity: json,
      id: `captured-${id}`,
    });
    waiters.splice(0).forEach((wake) => wake());
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ id: `captured-${id}` }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  const capture: CaptureServer = {
    serviceUrl: `http://127.0.0.1:${port}/`,
    requests,
    delayMs: 0,
    texts: (conversationId) =>
      requests
        .filter((r) => r.activity.type === 'message' && (conversationId === undefined || r.conversationId === conversationId))
        .map((r) => String(r.activity.text ?? '')),
    async waitFor(n, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      while (requests.length < n) {
        if (Date.now() > deadline) throw new Error(`expected ${n} requests at the capture server, got ${requests.length}`);
        await new Promise<void>((resolve) => {
          waiters.push(resolve);
          setTimeout(resolve, 100).unref();
        });
      }
      return requests.slice(0, n);
    },
    failNext(status, count = 1, afterOk = 0, headers = {}) {
      for (let i = 0; i < afterOk; i++) failures.push(PASS);
      for (let i = 0; i < count; i++) failures.push({ status, headers });
    },
    failed,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  return capture;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let data = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (data += chunk));
    req.on('end', () => resolve(data));
    req.on('error', reject);
  });
}
