// Waiting for a write Clara finishes in the background: poll what it changes — the card, or the card request —
// every few seconds (Clara recommends 3 to 5), until it says the write is done, within a deadline.
import { ClaraConfigError } from '@org/clara-auth';

import { ClaraTimeoutError } from '../errors/classes.js';

export interface WaitForOptions {
  /** Between two checks. Default 4 000 (Clara recommends polling every 3 to 5 s). */
  intervalMs?: number;
  /** Gives up with ClaraTimeoutError after this long. Default 120 000. */
  timeoutMs?: number;
  /** Stops waiting, with the signal's reason. */
  signal?: AbortSignal;
}

/**
 * Calls `check` until it returns something other than `undefined`, and resolves with that. `check` gets a signal
 * that ends with the wait, for the calls it makes. Its errors end the wait.
 *
 * ```ts
 * const done = await waitFor(async (signal) => {
 *   const request = await clara.cards.getRequest(id, { signal });
 *   return request.status === 'PENDING' ? undefined : request;
 * });
 * ```
 */
export async function waitFor<T>(check: (signal: AbortSignal) => PromiseLike<T | undefined> | T | undefined, options: WaitForOptions = {}): Promise<T> {
  const { intervalMs = 4_000, timeoutMs = 120_000, signal } = options;
  for (const [name, value] of [['intervalMs', intervalMs], ['timeoutMs', timeoutMs]] as const) {
    if (!Number.isInteger(value) || value < 1) throw new ClaraConfigError(`waitFor: options.${name} must be a positive integer, got ${JSON.stringify(value)}`);
  }
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new ClaraTimeoutError(`waitFor: the write was not done within ${timeoutMs} ms (timeoutMs).`)), timeoutMs);
  const forward = () => controller.abort(signal!.reason);
  if (signal?.aborted) forward();
  signal?.addEventListener('abort', forward, { once: true });
  try {
    for (;;) {
      controller.signal.throwIfAborted();
      const result = await check(controller.signal);
      if (result !== undefined) return result;
      await pause(intervalMs, controller.signal);
    }
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', forward);
  }
}

function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}
