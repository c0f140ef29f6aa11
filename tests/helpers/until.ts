/**
 * Waits for an event by polling what shows it (an app's captured requests, Redis, a port), never for a fixed time:
 * resolves as soon as `check` holds, fails after `timeoutMs` with what `what` says was awaited.
 */
export async function until(check: () => boolean | Promise<boolean>, timeoutMs = 10_000, what: () => string = () => 'the condition'): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting after ${timeoutMs} ms for ${what()}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
