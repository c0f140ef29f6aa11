import { Writable } from 'node:stream';
import { createLogger } from '../../src/runtime/log';

/** What the logger writes, line by line. */
function capture() {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(...chunk.toString().split('\n').filter(Boolean));
      done();
    },
  });
  return { log: createLogger({ level: 'info', destination }), lines };
}

describe('the logger: ids and counts, and a net under that rule', () => {
  it.each([
    ['text', { text: 'Pietje Puk heeft blauwe plekken' }],
    ['a nested value', { activity: { value: { answer: 'Pietje Puk' } } }],
    ['a name', { from: { name: 'Pietje Puk' } }],
    ['a body', { body: 'Pietje Puk' }],
    ['an authorization header', { headers: { authorization: 'Bearer Pietje Puk' } }],
  ])('%s is redacted', (_name, fields) => {
    const { log, lines } = capture();
    log.info({ signalId: 'sig_abc', ...fields }, 'something happened');
    expect(lines).toHaveLength(1);
    expect(lines[0]).not.toContain('Pietje Puk');
    expect(lines[0]).toContain('[redacted]');
    expect(lines[0]).toContain('sig_abc');
  });

  it('an error is logged by what identifies it, never by the request it carried', () => {
    const { log, lines } = capture();
    const err = Object.assign(new Error('Conflict'), { statusCode: 409, request: { body: 'Pietje Puk' } });
    log.warn({ err }, 'not delivered');
    const line = JSON.parse(lines[0] ?? '{}') as { err?: Record<string, unknown> };
    expect(line.err).toMatchObject({ type: 'Error', message: 'Conflict', statusCode: 409 });
    expect(lines[0]).not.toContain('Pietje Puk');
  });
});
