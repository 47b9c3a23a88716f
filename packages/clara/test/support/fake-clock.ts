// The SDK's waits (backoff, Retry-After, deadlines) on vitest's fake clock, without real sleeps: `setTimeout`,
// `Date` and `performance` are faked; I/O and `setImmediate` stay real, so mocked requests still flow.
import { setTimeout as realTimeout } from 'node:timers/promises';
import { vi } from 'vitest';

/** Fakes the clock for the rest of the test (undo with vi.useRealTimers()) and removes the backoff's jitter. */
export function useFakeClock(): void {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date', 'performance'] });
  vi.spyOn(Math, 'random').mockReturnValue(0); // jitter = delay × (1 − random × 0.25): the full delay
}

/**
 * Real turns of the event loop, so that the I/O in flight (a mocked request and its answer) gets done: nock
 * itself waits on a real zero-delay timer before failing a request with replyWithError.
 */
async function idle(): Promise<void> {
  const turns = async () => {
    for (let i = 0; i < 10; i++) await new Promise((resolve) => setImmediate(resolve));
  };
  for (let round = 0; round < 2; round++) {
    await turns();
    await realTimeout(1);
  }
  await turns();
}

/**
 * Runs a call to its end on the fake clock: each time its I/O has settled, the clock jumps to the next timer
 * (a retry wait, say), exactly. Returns what the call resolved to, or the error it failed with.
 */
export async function settle(call: PromiseLike<unknown>): Promise<{ value?: unknown; error?: unknown }> {
  let done = false;
  const outcome = Promise.resolve(call).then((value) => ({ value }), (error: unknown) => ({ error }));
  void outcome.finally(() => (done = true));
  for (;;) {
    await idle();
    if (done) return outcome;
    await vi.advanceTimersToNextTimerAsync();
  }
}
