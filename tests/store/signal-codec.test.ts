import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DomainError, SignalSchema, isDomainError, type Signal } from '../../src/domain';
import { CURRENT_SIGNAL_VERSION, createSignalCodec, upgradeStoredRecord, withReference, type StoredVersions } from '../../src/store/signal-codec';
import { createValueCipher, type ValueCipher } from '../../src/store/value-cipher';
import { consultationSignal } from '../fixtures/signal';

/**
 * A signal exactly as schema version 1 writes it: the plaintext JSON the codec seals. Frozen: never edit it, also
 * not when the schema moves on. A later version adds an upgrade step in the codec and its own fixture beside this one;
 * this test then proves that records written by v1 are still read, as the current version.
 */
const STORED_V1 = readFileSync(join(__dirname, '../fixtures/stored-signal-v1.json'), 'utf8');
const STORED_V2 = readFileSync(join(__dirname, '../fixtures/stored-signal-v2.json'), 'utf8');
const STORED_V3 = readFileSync(join(__dirname, '../fixtures/stored-signal-v3.json'), 'utf8');

const cipher = createValueCipher({ keys: [{ id: 'k1', key: randomBytes(32) }] });
const codec = createSignalCodec(cipher);
const CONTEXT = 'ws:{q:noord}:signal:sig_shi5wujsv2vxjneks615';

function caught(run: () => unknown): unknown {
  try {
    run();
  } catch (err) {
    return err;
  }
  throw new Error('expected a throw');
}

/** A stored record with some fields replaced, sealed as the store would hold it. */
const storedWith = (changes: Record<string, unknown>) => cipher.seal(JSON.stringify({ ...JSON.parse(STORED_V1), ...changes }), CONTEXT);

describe('signal codec', () => {
  it('reads a stored v2 record (one age band, doubt as doubt) as a current Signal, without per-child bands', () => {
    const signal = codec.decode(cipher.seal(STORED_V2, CONTEXT), CONTEXT);
    expect(signal.schemaVersion).toBe(CURRENT_SIGNAL_VERSION);
    expect(SignalSchema.parse(signal)).toEqual(signal);
    expect(signal.afweging.answers.suspicion).toBe('doubt');
    expect(signal.child.bands).toBeUndefined();
    expect(signal.child.ageBand).toBe(JSON.parse(STORED_V2).child.ageBand);
  });

  it.each([
    ['v2, normal: 72 clock hours from sending', STORED_V2, '2026-11-26T09:00:00.000Z'],
    ['v3, acute: 1 clock hour from sending (Friday after closing time: acute does not wait)', STORED_V3, '2026-11-27T17:30:00.000Z'],
  ])('v3 → v4: %s becomes its stored claim deadline, as the card showed it then', (_name, stored, due) => {
    const signal = codec.decode(cipher.seal(stored, CONTEXT), CONTEXT);
    expect(signal.schemaVersion).toBe(CURRENT_SIGNAL_VERSION);
    expect(signal.claimDueAt).toBe(due);
    expect(signal.transfers).toBeUndefined();
    expect(signal.overdueAt).toBeUndefined();
  });

  it('reads a stored v1 record (sealed from the frozen fixture) as a current, valid Signal', () => {
    const signal = codec.decode(cipher.seal(STORED_V1, CONTEXT), CONTEXT);
    expect(signal.schemaVersion).toBe(CURRENT_SIGNAL_VERSION);
    expect(SignalSchema.parse(signal)).toEqual(signal);
    // What the record said is still there after any upgrade steps.
    expect(signal).toMatchObject({
      mode: 'consultation',
      id: 'sig_shi5wujsv2vxjneks615',
      reference: 'WS-2026-000123',
      status: 'claimed',
      routing: { teamId: 'noord' },
      observations: { text: 'Blauwe plekken op de bovenarm.' },
      lifecycle: { claimedBy: { name: 'Anna Intake' }, history: [{ verb: 'claim' }, { verb: 'ask' }, { verb: 'answer' }] },
      questions: [{ id: 'q_k3m9x2p7a1qz', answer: { text: 'Ja, met moeder. Zij schrok en wil graag hulp bij de opvoeding.' } }],
      phase: 'stabiele-veiligheid',
    });
  });

  // v1 stored question 1 as a boolean, so a doubt was stored as true: it reads as it was shown then.
  it.each([
    [true, 'yes'],
    [false, 'no'],
  ])('v1 → v2: a stored suspicion of %s reads as %s', (stored, read) => {
    const v1 = JSON.parse(STORED_V1) as { afweging: { answers: Record<string, unknown> } };
    const record = { ...v1, afweging: { ...v1.afweging, answers: { ...v1.afweging.answers, suspicion: stored } } };
    const signal = codec.decode(cipher.seal(JSON.stringify(record), CONTEXT), CONTEXT);
    expect(signal.schemaVersion).toBe(CURRENT_SIGNAL_VERSION);
    expect(signal.afweging.answers.suspicion).toBe(read);
  });

  it('writes what it reads back unchanged, in the current version', () => {
    const signal = withReference(consultationSignal({ draftId: 'round-trip' }), 'WS-2026-000007');
    const sealed = codec.encode(signal, CONTEXT);
    expect(sealed).not.toContain('Blauwe plekken');
    expect(codec.decode(sealed, CONTEXT)).toEqual(signal);
    expect(JSON.parse(cipher.open(sealed, CONTEXT))).toMatchObject({ schemaVersion: CURRENT_SIGNAL_VERSION });
  });

  it.each([
    ['a future version (99)', { schemaVersion: 99 }, new RegExp(`schema version 99, newer than this release reads \\(${CURRENT_SIGNAL_VERSION}\\)`)],
    ['version 0', { schemaVersion: 0 }, /unknown schema version 0/],
    ['no version', { schemaVersion: undefined }, /no schema version/],
    ['a version that is not a number', { schemaVersion: '1' }, /no schema version/],
    ['a v1 record that breaks the v1 shape', { status: 'archived' }, /schema version 1\) does not match the signal schema: status/],
  ])('refuses %s with an "invalid" DomainError', (_name, changes, message) => {
    const error = caught(() => codec.decode(storedWith(changes), CONTEXT));
    expect(isDomainError(error, 'invalid')).toBe(true);
    expect((error as DomainError).message).toMatch(message);
  });

  it('refuses a record that is not JSON with an "invalid" DomainError', () => {
    const error = caught(() => codec.decode(cipher.seal('{"schemaVersion":1,', CONTEXT), CONTEXT));
    expect(isDomainError(error, 'invalid')).toBe(true);
    expect((error as DomainError).message).toMatch(/not JSON/);
  });

  it('never names stored content when it refuses a record', () => {
    const error = caught(() => codec.decode(storedWith({ acute: 'Blauwe plekken' }), CONTEXT));
    expect((error as DomainError).message).not.toContain('Blauwe');
  });

  it.each([99, 0])('refuses to write a signal in schema version %i, sealing nothing', (version) => {
    const seal = jest.fn<string, Parameters<ValueCipher['seal']>>(() => 'sealed');
    const spyCodec = createSignalCodec({ seal, open: () => '' });
    const signal = { ...withReference(consultationSignal({ draftId: 'old' }), 'WS-2026-000008'), schemaVersion: version } as unknown as Signal;
    const error = caught(() => spyCodec.encode(signal, CONTEXT));
    expect(isDomainError(error, 'invalid')).toBe(true);
    expect((error as DomainError).message).toMatch(new RegExp(`written in schema version ${CURRENT_SIGNAL_VERSION} only, not ${version}`));
    expect(seal).not.toHaveBeenCalled();
  });

  describe('the upgrade chain (with made-up versions: today v1 is the only one)', () => {
    const versions: StoredVersions = {
      oldest: 1,
      current: 3,
      upgrades: {
        1: ({ when, ...v1 }) => ({ ...v1, schemaVersion: 2, observedWhen: when }),
        2: (v2) => ({ ...v2, schemaVersion: 3, tags: [] }),
      },
    };

    it('takes an old record through every step to the current version, and leaves a current one alone', () => {
      expect(upgradeStoredRecord({ schemaVersion: 1, when: 'maandag' }, versions)).toEqual({ schemaVersion: 3, observedWhen: 'maandag', tags: [] });
      expect(upgradeStoredRecord({ schemaVersion: 2, observedWhen: 'dinsdag' }, versions)).toEqual({ schemaVersion: 3, observedWhen: 'dinsdag', tags: [] });
      expect(upgradeStoredRecord({ schemaVersion: 3, observedWhen: 'woensdag', tags: ['x'] }, versions)).toEqual({
        schemaVersion: 3,
        observedWhen: 'woensdag',
        tags: ['x'],
      });
    });

    it('refuses a missing step, and a step that does not move exactly one version on', () => {
      expect(() => upgradeStoredRecord({ schemaVersion: 1 }, { ...versions, upgrades: { 2: versions.upgrades[2]! } })).toThrow(
        /no upgrade for stored signal schema version 1/,
      );
      expect(() => upgradeStoredRecord({ schemaVersion: 1 }, { ...versions, upgrades: { ...versions.upgrades, 1: (v1) => v1 } })).toThrow(
        /upgrade from signal schema version 1 did not produce version 2/,
      );
      expect(() => upgradeStoredRecord({ schemaVersion: 4 }, versions)).toThrow(/newer than this release reads \(3\)/);
    });
  });
});
