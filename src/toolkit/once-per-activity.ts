import type { TurnTools } from './feature';

/** Where a turn keeps what lasts across its runs: botbuilder's TurnContext.turnState (one context per activity). */
interface TurnScope {
  get(key: symbol): unknown;
  set(key: symbol, value: unknown): unknown;
}

const RESULTS = Symbol('once-per-activity');

/**
 * The one re-run safety helper (see TurnTools.once). The first run's promise is kept in the turn's scope, which
 * every run of the same activity shares, so a re-run awaits the same result instead of doing the effect again.
 * A failed effect is not kept: the turn fails, and Teams delivers the activity again.
 */
export function oncePerActivity(scope: TurnScope): TurnTools {
  let results = scope.get(RESULTS) as Map<string, Promise<unknown>> | undefined;
  if (!results) scope.set(RESULTS, (results = new Map()));
  const kept = results;
  return {
    once<T>(key: string, effect: () => Promise<T>): Promise<T> {
      const earlier = kept.get(key);
      if (earlier) return earlier as Promise<T>;
      const result = effect();
      kept.set(key, result);
      result.catch(() => kept.delete(key));
      return result;
    },
  };
}
