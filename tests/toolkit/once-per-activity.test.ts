import { oncePerActivity } from '../../src/toolkit/once-per-activity';

/** A turn's scope as botbuilder's TurnContext.turnState is: a map that lives as long as one activity's turns. */
const scope = () => new Map<symbol, unknown>();

describe('oncePerActivity: the re-run safety helper', () => {
  it('a second run of the same activity gets the first run’s result and does not run the effect again', async () => {
    const turn = scope();
    let runs = 0;
    const effect = async () => `reference-${++runs}`;
    expect(await oncePerActivity(turn).once('submit', effect)).toBe('reference-1');
    // The turn runs again (lost compare-and-set): a new helper over the same scope, as the router makes one per run.
    expect(await oncePerActivity(turn).once('submit', effect)).toBe('reference-1');
    expect(runs).toBe(1);
  });

  it('two runs at once share one effect', async () => {
    const turn = scope();
    let runs = 0;
    const effect = () => new Promise<number>((resolve) => setImmediate(() => resolve(++runs)));
    const [a, b] = await Promise.all([oncePerActivity(turn).once('x', effect), oncePerActivity(turn).once('x', effect)]);
    expect([a, b, runs]).toEqual([1, 1, 1]);
  });

  it('keys and activities are separate', async () => {
    const turn = scope();
    let runs = 0;
    const effect = async () => ++runs;
    expect(await oncePerActivity(turn).once('claim', effect)).toBe(1);
    expect(await oncePerActivity(turn).once('audit', effect)).toBe(2);
    expect(await oncePerActivity(scope()).once('claim', effect)).toBe(3);
  });

  it('a failed effect is not kept: the next run tries again (Teams delivers a failed turn again)', async () => {
    const turn = scope();
    let runs = 0;
    const effect = async () => {
      if (++runs === 1) throw new Error('store unreachable');
      return 'stored';
    };
    await expect(oncePerActivity(turn).once('submit', effect)).rejects.toThrow('store unreachable');
    expect(await oncePerActivity(turn).once('submit', effect)).toBe('stored');
    expect(runs).toBe(2);
  });
});
