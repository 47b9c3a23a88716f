// The SDK's waits (backoff, Retry-After, deadlines) on vitest's fake clock, without real sleeps: `setTimeout`,
// `Date` and `performance` are faked; I/O and `setImmediate` stay real, so mocked requests still flow — and so do
// requests to a sandbox in the same process, whose own waits (latency, token lifetimes, the rate limit's bucket)
// then run on the same fake clock.
import { setTimeout as realTimeout } from 'node:timers/promises';
import { onTestFinished, vi } from 'vitest';

/**
 * Fakes the clock and removes the backoff's jitter until the test ends (vi.useRealTimers() goes back to real time
 * earlier). Call it inside a test.
 */
export function useFakeClock(): void {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date', 'performance'] });
  const random = vi.spyOn(Math, 'random').mockReturnValue(0); // jitter = delay × (1 − random × 0.25): the full delay
  onTestFinished(() => {
    vi.useRealTimers();
    random.mockRestore();
  });
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
export function settle<T>(call: PromiseLike<T>): Promise<{ value?: T; error?: unknown }> {
  return runClock(call, () => vi.advanceTimersToNextTimerAsync());
}

/**
 * `settle` for calls to a sandbox over real sockets: the clock moves in steps of `stepMs` (every timer still fires
 * at its exact time) rather than jumping to the next timer, which could be a call's distant deadline while a
 * request is still on its way.
 */
export function settleStepwise<T>(call: PromiseLike<T>, stepMs = 50): Promise<{ value?: T; error?: unknown }> {
  return runClock(call, () => vi.advanceTimersByTimeAsync(stepMs));
}

/** Real turns of the event loop, the fake clock standing still, until `condition` holds (say, a request arrived). */
export async function until(condition: () => boolean): Promise<void> {
  for (let round = 0; !condition(); round++) {
    if (round === 1_000) throw new Error(`still false after 1 000 rounds of I/O: ${condition.toString()}`);
    await idle();
  }
}

async function runClock<T>(call: PromiseLike<T>, advance: () => Promise<unknown>): Promise<{ value?: T; error?: unknown }> {
  let done = false;
  const outcome = Promise.resolve(call).then((value) => ({ value }), (error: unknown) => ({ error }));
  void outcome.finally(() => (done = true));
  for (;;) {
    await idle();
    if (done) return outcome;
    await advance();
  }
}
