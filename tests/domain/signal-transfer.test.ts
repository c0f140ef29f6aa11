import { SignalSchema, applyTransition, lifecycleOf, receivedCopy, transferSignal, withLifecycle, type Actor, type Signal } from '../../src/domain';
import { consultationSignal } from '../fixtures/signal';

const BAS: Actor = { aadObjectId: '2e3f4a5b-6c7d-4e8f-9a0b-1c2d3e4f5a6b', name: 'Bas Intake' };
const AT = '2026-11-23T11:00:00.000Z';
const ZUID = { teamId: 'zuid', teamName: 'Wijkteam Zuid' };
const submitted = (): Signal => SignalSchema.parse({ ...consultationSignal({ draftId: 'transfer' }), reference: 'WS-2026-000007' });

function claimed(signal: Signal): Signal {
  const result = applyTransition(lifecycleOf(signal), { verb: 'claim' }, BAS, '2026-11-23T10:00:00.000Z');
  if (!result.ok) throw result.error;
  return withLifecycle(signal, result.state);
}

describe('transferring a signal to another team', () => {
  it.each([
    ['new', submitted()],
    ['claimed', claimed(submitted())],
  ])('from %s: this queue’s copy is transferred, the target’s copy new, with the same deadline and one history', (_status, signal) => {
    const moved = transferSignal(signal, ZUID, { reason: 'other-area', note: '  Woont in Zuid (verzonnen).  ' }, BAS, AT);
    if (!moved.ok) throw moved.error;
    expect(SignalSchema.parse(moved.signal)).toMatchObject({ status: 'transferred', routing: { teamId: 'noord' } });
    expect(moved.signal.transfers).toEqual([
      { at: AT, by: BAS, from: { teamId: 'noord', teamName: 'Wijkteam Noord' }, to: ZUID, reason: 'other-area', note: 'Woont in Zuid (verzonnen).' },
    ]);
    const copy = SignalSchema.parse(receivedCopy(moved.signal));
    expect(copy).toMatchObject({ status: 'new', routing: { teamId: 'zuid', teamName: 'Wijkteam Zuid', reason: 'pc4' }, claimDueAt: signal.claimDueAt });
    expect(copy.lifecycle?.history.slice(-2).map((e) => [e.verb, e.teamId])).toEqual([
      ['transfer', 'zuid'],
      ['receive', 'noord'],
    ]);
    // The same copy every time: the job that writes it may run more than once.
    expect(receivedCopy(moved.signal)).toEqual(copy);
  });

  it('a closed signal is not transferred; only a transferred one has a copy to receive', () => {
    const signal = claimed(submitted());
    const closing = applyTransition(lifecycleOf(signal), { verb: 'close', outcome: 'no-concerns' }, BAS, AT);
    if (!closing.ok) throw closing.error;
    const refused = transferSignal(withLifecycle(signal, closing.state), ZUID, { reason: 'other-area' }, BAS, AT);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.reason).toBe('already-closed');
    expect(receivedCopy(signal)).toBeUndefined();
  });

  it('moving on again keeps every transfer, oldest first', () => {
    const first = transferSignal(submitted(), ZUID, { reason: 'other-area' }, BAS, AT);
    if (!first.ok) throw first.error;
    const second = transferSignal(
      receivedCopy(first.signal)!,
      { teamId: 'intake', teamName: 'Centrale intake' },
      { reason: 'expertise' },
      BAS,
      '2026-11-24T09:00:00.000Z',
    );
    if (!second.ok) throw second.error;
    expect(second.signal.transfers?.map((t) => `${t.from.teamId}>${t.to.teamId}`)).toEqual(['noord>zuid', 'zuid>intake']);
    expect(receivedCopy(second.signal)?.routing.teamId).toBe('intake');
  });
});
