import { Writable } from 'node:stream';
import { createLogger, type Logger } from '../../src/runtime/log';

/** The real logger writing into memory, so tests can read exactly what would reach the log. */
export function captureLog(level = 'debug'): { log: Logger; lines: () => string[] } {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _enc, done) {
      lines.push(...chunk.toString().split('\n').filter(Boolean));
      done();
    },
  });
  return { log: createLogger({ level, destination }), lines: () => [...lines] };
}
