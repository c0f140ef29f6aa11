/** How long to wait before trying a delivery again, per failure; `attempt` counts the failures before this one. */
export function retryDelayMs(error: unknown, attempt: number, random = Math.random): { delayMs: number; retryable: boolean } {
  const status = statusOf(error);
  // Exponential up to a minute, with ±20 % jitter so instances that failed together do not retry together.
  const backoff = Math.min(60_000, 1000 * 2 ** Math.min(attempt, 6)) * (0.8 + 0.4 * random());
  if (status === 429) {
    const retryAfter = retryAfterMs(error);
    return { delayMs: retryAfter ?? backoff, retryable: true };
  }
  // 412 (precondition), 5xx and network failures pass; 4xx (blocked, not installed, too large) need a person.
  if (status === undefined || status === 412 || status >= 500) return { delayMs: backoff, retryable: true };
  return { delayMs: 10 * 60_000, retryable: false };
}

/** The HTTP status the Bot Connector answered with, if the error carries one. */
export function statusOf(error: unknown): number | undefined {
  const status = (error as { statusCode?: unknown } | undefined)?.statusCode;
  return typeof status === 'number' ? status : undefined;
}

function retryAfterMs(error: unknown): number | undefined {
  const headers = (error as { response?: { headers?: { get?: (name: string) => string | undefined } } } | undefined)?.response?.headers;
  const value = headers?.get?.('retry-after');
  const seconds = value === undefined ? NaN : Number(value);
  return Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : undefined;
}
