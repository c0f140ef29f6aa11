import { applyTransition, lifecycleOf, withLifecycle, type SignalStore } from '../../src/domain';
import { consultationSignal } from '../fixtures/signal';

/** Made up: the intake worker who claims. */
const ANNA = { aadObjectId: '1d2e3f4a-5b6c-4d7e-8f9a-0b1c2d3e4f5a', name: 'Anna Intake' };

/** `count` signals over the last two weeks to Noord and Zuid, one in ten claimed: figures in every structure. */
export async function fillQueues(store: SignalStore, count: number, now: number): Promise<void> {
  for (let start = 0; start < count; start += 250) {
    await Promise.all(
      Array.from({ length: Math.min(250, count - start) }, async (_, k) => {
        const i = start + k;
        const teamId = i % 2 === 0 ? 'noord' : 'zuid';
        const created = now - 14 * 86_400_000 + Math.floor((i * 14 * 86_400_000) / count);
        const signal = consultationSignal({
          draftId: `fill-${count}-${i}`,
          teamId,
          createdAt: new Date(created).toISOString(),
          claimDueAt: new Date(created + 86_400_000).toISOString(),
        });
        await store.submit(signal);
        if (i % 10 !== 0) return;
        const at = new Date(created + 3_600_000).toISOString();
        await store.update(teamId, signal.id, (current) => {
          const step = applyTransition(lifecycleOf(current), { verb: 'claim' }, ANNA, at);
          if (!step.ok) throw new Error('claim refused');
          return { signal: withLifecycle(current, step.state), audit: { at, actor: ANNA.aadObjectId, action: 'signal-claimed', teamId }, jobs: [] };
        });
      }),
    );
  }
}
