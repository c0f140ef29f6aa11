import { SignalSchema, applyTransition, lifecycleOf, purgeDueMs, redactedForFollowUp, withLifecycle, type Signal } from '../../src/domain';
import { consultationSignal } from '../fixtures/signal';

const DAY = 24 * 60 * 60 * 1000;
const RETENTION = 30 * DAY;
const ANNA = { aadObjectId: '1d2e3f4a-5b6c-4d7e-8f9a-0b1c2d3e4f5a', name: 'Anna Intake' };
const base = (): Signal => SignalSchema.parse({ ...consultationSignal({ draftId: 'retention' }), reference: 'WS-2026-000009' });

function closed(note?: string): Signal {
  let signal = base();
  for (const command of [{ verb: 'claim' }, { verb: 'close', outcome: note ? 'other' : 'help-started', ...(note ? { note } : {}) }] as const) {
    const result = applyTransition(lifecycleOf(signal), command, ANNA, '2026-11-25T10:00:00.000Z');
    if (!result.ok) throw result.error;
    signal = withLifecycle(signal, result.state);
  }
  return SignalSchema.parse(signal);
}

describe('purgeDueMs', () => {
  it.each<[string, () => Signal, number | undefined]>([
    ['an open signal is kept', base, undefined],
    ['closed: the retention after closing', () => closed(), Date.parse('2026-11-25T10:00:00.000Z') + RETENTION],
    [
      'to be erased: at once',
      () => ({ ...base(), erasure: { at: '2026-11-24T08:00:00.000Z', reason: 'avg-request', by: 'admin' } }),
      Date.parse('2026-11-24T08:00:00.000Z'),
    ],
    [
      'a stub waiting for its follow-up: 30 days after the follow-up date',
      () => ({ ...closed(), redactedAt: '2026-12-25T10:00:00.000Z', followUp: { askedAt: '2027-01-04T09:00:00.000Z' } }),
      Date.parse('2027-01-04T00:00:00Z') + 30 * DAY,
    ],
    [
      'a stub whose follow-up was answered: at once',
      () => ({
        ...closed(),
        redactedAt: '2026-12-25T10:00:00.000Z',
        followUp: { askedAt: '2027-01-04T09:00:00.000Z', answer: 'yes', answeredAt: '2027-01-04T10:00:00.000Z' },
      }),
      Date.parse('2027-01-04T10:00:00.000Z'),
    ],
  ])('%s', (_name, signal, due) => {
    expect(purgeDueMs(signal(), RETENTION)).toBe(due);
  });
});

describe('redactedForFollowUp', () => {
  it('keeps what the follow-up needs, a valid signal, and nothing anyone typed', () => {
    const signal = closed('Kanarie-notitie over het gezin');
    const full = SignalSchema.parse({
      ...signal,
      mode: 'handover',
      identity: { childName: 'Kanarie-K.', birthYear: 2017, pc6: '1021AB', houseNumber: '12', parentsContact: 'Kanarie-contact' },
      additions: [{ id: 'a_abcdefghijkl', at: '2026-11-24T08:00:00.000Z', text: 'Kanarie-aanvulling' }],
    });
    const stub = SignalSchema.parse(redactedForFollowUp(full, '2026-12-25T10:00:00.000Z'));
    expect(JSON.stringify(stub)).not.toMatch(/Kanarie|Blauwe plekken|OBS De Regenboog|maandag/);
    expect(stub).toMatchObject({
      reference: 'WS-2026-000009',
      status: 'closed',
      mode: 'consultation',
      redactedAt: '2026-12-25T10:00:00.000Z',
      signaller: { reference: full.signaller.reference, aadObjectId: full.signaller.aadObjectId },
      afweging: { followUpDate: full.afweging.followUpDate, outcome: full.afweging.outcome },
    });
  });
});
