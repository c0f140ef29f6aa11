import { randomBytes } from 'node:crypto';
import { request } from 'node:http';
import type { Socket } from 'node:net';

/**
 * A read-only websocket client for the Agents Playground's streams (`/_ws_conversation/v1/conversations/stream`,
 * `/_ws/log/stream`). Node 20 has no WebSocket without a flag, and the only `ws` in node_modules is botbuilder's
 * private dependency, so this reads the few frames the Playground sends (text, ping, close) itself.
 * The streams have no history: open one before the action whose events it must see.
 */
export interface EventStream<T> {
  /** Every event so far, oldest first. */
  readonly events: readonly T[];
  /** The first event (from `since` on) that matches; waits for it when none has arrived yet. */
  next<U extends T>(match: (event: T) => event is U, ms: number, what: string, since?: number): Promise<U>;
  next(match: (event: T) => boolean, ms: number, what: string, since?: number): Promise<T>;
  close(): void;
}

interface Waiter<T> {
  readonly match: (event: T) => boolean;
  readonly since: number;
  readonly resolve: (event: T) => void;
}

const OPCODE = { continuation: 0x0, text: 0x1, close: 0x8, ping: 0x9 } as const;

export function openEventStream<T>(url: string): Promise<EventStream<T>> {
  return new Promise((resolve, reject) => {
    const req = request(url.replace(/^ws/, 'http'), {
      headers: { Connection: 'Upgrade', Upgrade: 'websocket', 'Sec-WebSocket-Version': '13', 'Sec-WebSocket-Key': randomBytes(16).toString('base64') },
    });
    req.once('error', reject);
    req.once('response', (res) => reject(new Error(`${url} answered ${res.statusCode} instead of switching to a websocket`)));
    req.once('upgrade', (_res, socket, head) => resolve(streamOver<T>(socket, head)));
    req.end();
  });
}

function streamOver<T>(socket: Socket, head: Buffer): EventStream<T> {
  const events: T[] = [];
  let waiters: Waiter<T>[] = [];
  let buffered = head;
  let message: Buffer[] = [];

  const deliver = (text: string) => {
    let event: T;
    try {
      event = JSON.parse(text) as T;
    } catch {
      return; // not one of the JSON events this client is for
    }
    events.push(event);
    const index = events.length - 1;
    waiters = waiters.filter((w) => {
      if (index < w.since || !w.match(event)) return true;
      w.resolve(event);
      return false;
    });
  };

  const readFrames = () => {
    for (;;) {
      const frame = parseFrame(buffered);
      if (!frame) return;
      buffered = buffered.subarray(frame.length);
      if (frame.opcode === OPCODE.ping) socket.write(maskedFrame(0xa, frame.payload));
      else if (frame.opcode === OPCODE.close) socket.end();
      else if (frame.opcode === OPCODE.text || frame.opcode === OPCODE.continuation) {
        message.push(frame.payload);
        if (frame.fin) {
          deliver(Buffer.concat(message).toString('utf8'));
          message = [];
        }
      }
    }
  };
  socket.on('data', (chunk: Buffer) => {
    buffered = Buffer.concat([buffered, chunk]);
    readFrames();
  });
  socket.on('error', () => undefined); // a test that still waits gives up with its own message
  readFrames();

  function next(match: (event: T) => boolean, ms: number, what: string, since = 0): Promise<T> {
    const seen = events.slice(since).find(match);
    if (seen) return Promise.resolve(seen);
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        waiters = waiters.filter((w) => w !== waiter);
        reject(new Error(`no ${what} within ${ms} ms; the stream had ${events.length} events`));
      }, ms);
      const waiter: Waiter<T> = {
        match,
        since,
        resolve: (event) => {
          clearTimeout(timer);
          resolve(event);
        },
      };
      waiters.push(waiter);
    });
  }

  return {
    events,
    next: next as EventStream<T>['next'],
    close: () => {
      socket.end(maskedFrame(OPCODE.close, Buffer.alloc(0)));
      socket.destroy();
    },
  };
}

/** One frame from the start of `data`, or undefined while it has not fully arrived. Server frames are not masked. */
function parseFrame(data: Buffer): { fin: boolean; opcode: number; payload: Buffer; length: number } | undefined {
  if (data.length < 2) return undefined;
  const fin = (data[0]! & 0x80) !== 0;
  const opcode = data[0]! & 0x0f;
  let size = data[1]! & 0x7f;
  let offset = 2;
  if (size === 126) {
    if (data.length < 4) return undefined;
    size = data.readUInt16BE(2);
    offset = 4;
  } else if (size === 127) {
    if (data.length < 10) return undefined;
    size = Number(data.readBigUInt64BE(2));
    offset = 10;
  }
  if (data.length < offset + size) return undefined;
  return { fin, opcode, payload: data.subarray(offset, offset + size), length: offset + size };
}

/** A client frame: the protocol wants every frame from a client masked. */
function maskedFrame(opcode: number, payload: Buffer): Buffer {
  const mask = randomBytes(4);
  const masked = Buffer.from(payload.map((byte, i) => byte ^ mask[i % 4]!));
  return Buffer.concat([Buffer.from([0x80 | opcode, 0x80 | payload.length]), mask, masked]);
}
