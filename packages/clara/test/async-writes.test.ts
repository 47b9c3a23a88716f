// Writes Clara finishes in the background (card create, delete, threshold, lock): `outcome()` tells "completed
// now" from "accepted, finishing later", and `waitFor` polls until the write is done, within a deadline.
import type { Sandbox } from '@org/clara-sandbox';
import { afterAll, afterEach, beforeAll, describe, expect, test, vi } from 'vitest';

import { ClaraConfigError, ClaraTimeoutError, waitFor } from '../src/index.js';
import { createTestlandClient, sandboxOptions, startTestland, type TestlandClient } from './support/testland.js';

describe('outcome()', () => {
  let sandbox: Sandbox;
  let clara: TestlandClient;
  beforeAll(async () => {
    sandbox = await startTestland();
    clara = createTestlandClient(sandboxOptions(sandbox));
  });
  afterAll(async () => {
    await clara.close();
    await sandbox.close();
  });

  test('a write done at once is completed, with its result; one Clara continues in the background is not', async () => {
    const now = await clara.cards.create({ alias: 'Now', threshold: 100 }).outcome();
    expect(now).toMatchObject({ completed: true, data: { alias: 'Now' } });
    const later = await clara.cards.create({ alias: 'Later', threshold: 100 }, { headers: { 'X-Sandbox-Async': '60000' } }).outcome();
    expect(later.completed).toBe(false);
    expect(later.response.status).toBe(204);
    expect('data' in later).toBe(false);
  });
});

describe('waitFor', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  test('checks every intervalMs until the check returns something', async () => {
    vi.useFakeTimers();
    const answers = [undefined, undefined, { status: 'CREATED' }];
    const check = vi.fn(async () => answers.shift());
    const done = waitFor(check, { intervalMs: 4_000 });
    await vi.advanceTimersByTimeAsync(3_999);
    expect(check).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(4_001);
    expect(await done).toEqual({ status: 'CREATED' });
    expect(check).toHaveBeenCalledTimes(3);
  });

  test('gives up with ClaraTimeoutError at the deadline; the check’s signal ends with it', async () => {
    vi.useFakeTimers();
    const signals: AbortSignal[] = [];
    const waiting = waitFor(async (signal) => void signals.push(signal), { intervalMs: 3_000, timeoutMs: 10_000 }).then(undefined, (e: unknown) => e);
    await vi.advanceTimersByTimeAsync(10_000);
    const error = await waiting;
    expect(error).toBeInstanceOf(ClaraTimeoutError);
    expect((error as Error).message).toBe('waitFor: the write was not done within 10000 ms (timeoutMs).');
    expect(signals).toHaveLength(4);
    expect(signals[0]!.aborted).toBe(true);
  });

  test('the caller’s signal stops it with the caller’s reason; a failing check ends it; bad options are refused', async () => {
    vi.useFakeTimers();
    const controller = new AbortController();
    const waiting = waitFor(async () => undefined, { signal: controller.signal }).then(undefined, (e: unknown) => e);
    controller.abort(new Error('shutting down'));
    expect(await waiting).toMatchObject({ message: 'shutting down' });
    await expect(waitFor(async () => Promise.reject(new Error('404')))).rejects.toThrow('404');
    await expect(waitFor(async () => 1, { intervalMs: 0 })).rejects.toThrow(ClaraConfigError);
  });
});
