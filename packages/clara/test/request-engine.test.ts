// The request engine with a scripted fetch: what each attempt sends, when it retries, and how a timeout and the
// caller's abort end a call. (Against the sandbox, the same paths run in client.test.ts and faults.test.ts.)
import { getEventListeners } from 'node:events';

import { ClaraAuthError, ClaraConfigError, ClaraConnectionError, ClaraTimeoutError } from '@org/clara-auth';
import { describe, expect, test } from 'vitest';

import { createRequestEngine } from '../src/core/request-engine.js';

interface Sent {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: string | undefined;
  signal: AbortSignal;
}

/** A fetch that answers from a script (a status, an error to throw, or 'hang' until aborted) and records what it got. */
function scriptedFetch(script: (number | Error | 'hang')[]) {
  const sent: Sent[] = [];
  const fetch = async (url: string, init: RequestInit): Promise<Response> => {
    const signal = init.signal!;
    sent.push({ url, method: init.method!, headers: Object.fromEntries(new Headers(init.headers)), body: init.body ? new TextDecoder().decode(init.body as ArrayBuffer) : undefined, signal });
    const step = script.shift() ?? 200;
    if (step === 'hang') {
      return new Promise((_, reject) => signal.addEventListener('abort', () => reject(signal.reason as Error), { once: true }));
    }
    if (step instanceof Error) throw step;
    return new Response(JSON.stringify({ status: step }), { status: step, headers: { 'content-type': 'application/json' } });
  };
  return { fetch, sent };
}

const post = () =>
  new Request('https://clara.test/api/v3/cards?x=1', { method: 'POST', headers: { 'content-type': 'application/json', 'x-tax-identifier': 'ACME8001011H0' }, body: '{"alias":"a"}' });
const get = () => new Request('https://clara.test/api/v3/cards');
const engine = (fetch: Parameters<typeof createRequestEngine>[0], timeoutMs = 5_000) => createRequestEngine(fetch, { timeoutMs, maxRetries: 2 });
const reset = () => new ClaraConnectionError('reset', { cause: Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' }) });
const refused = () => new ClaraConnectionError('refused', { cause: Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }) });

describe('request engine', () => {
  test('sends the URL, method, headers and body it is given, and every retry sends the same bytes', async () => {
    const { fetch, sent } = scriptedFetch([refused(), refused()]);
    const response = await engine(fetch)(post(), { retry: 2, timeout: 5_000 });
    expect(response.status).toBe(200);
    expect(sent).toHaveLength(3);
    for (const attempt of sent) {
      expect(attempt).toMatchObject({ url: 'https://clara.test/api/v3/cards?x=1', method: 'POST', body: '{"alias":"a"}' });
      expect(attempt.headers).toMatchObject({ 'content-type': 'application/json', 'x-tax-identifier': 'ACME8001011H0' });
    }
  });

  test('retries stop at the limit: the last answer is returned, the last failure thrown', async () => {
    const answers = scriptedFetch([503, 503, 503, 503]);
    const response = await engine(answers.fetch)(get(), { retry: 2, timeout: 5_000 });
    expect(response.status).toBe(503);
    expect(answers.sent).toHaveLength(3);

    const failures = scriptedFetch([reset(), reset()]);
    await expect(engine(failures.fetch)(get(), { retry: 1, timeout: 5_000 })).rejects.toBeInstanceOf(ClaraConnectionError);
    expect(failures.sent).toHaveLength(2);
  });

  test('a POST that may have reached Clara is sent once', async () => {
    const { fetch, sent } = scriptedFetch([reset()]);
    await expect(engine(fetch)(post(), { retry: 2, timeout: 5_000 })).rejects.toBeInstanceOf(ClaraConnectionError);
    expect(sent).toHaveLength(1);
  });

  test('each attempt gets the timeout: ClaraTimeoutError naming the call, and no retry of a timed-out request', async () => {
    const { fetch, sent } = scriptedFetch(['hang']);
    const started = performance.now();
    const error = await engine(fetch)(get(), { retry: 2, timeout: 100 }).catch((error: unknown) => error);
    expect(error).toBeInstanceOf(ClaraTimeoutError);
    expect((error as Error).message).toBe('Clara did not answer GET /api/v3/cards within 100 ms.');
    expect(performance.now() - started).toBeGreaterThanOrEqual(95);
    expect(sent).toHaveLength(1);
  });

  test('the caller’s abort ends the call with the caller’s reason, in flight or while waiting to retry', async () => {
    const inFlight = scriptedFetch(['hang']);
    const controller = new AbortController();
    const call = engine(inFlight.fetch)(get(), { retry: 2, timeout: 5_000, signal: controller.signal });
    setTimeout(() => controller.abort(new Error('stop')), 20);
    await expect(call).rejects.toThrow('stop');

    const waiting = scriptedFetch([503, 503]);
    const later = new AbortController();
    const started = performance.now();
    const retrying = engine(waiting.fetch)(get(), { retry: 2, timeout: 5_000, signal: later.signal });
    const reason = new Error('shutting down');
    setTimeout(() => later.abort(reason), 50); // during the first backoff (≥ 375 ms)
    await expect(retrying).rejects.toBe(reason);
    expect(performance.now() - started).toBeLessThan(300);
    expect(waiting.sent).toHaveLength(1);
  });

  test('the timeout ends the call on time even when the fetch does not watch the signal (a token wait, say)', async () => {
    const deaf = async () => new Promise<Response>((resolve) => setTimeout(() => resolve(new Response('{}')), 1_000));
    const started = performance.now();
    await expect(engine(deaf)(get(), { retry: 0, timeout: 50 })).rejects.toBeInstanceOf(ClaraTimeoutError);
    expect(performance.now() - started).toBeLessThan(500);
  });

  test('an error that arrives before the deadline stays what it is', async () => {
    const refused = new ClaraAuthError({ status: 401, message: 'bad credentials' });
    const failing = async () => new Promise<Response>((_, reject) => setTimeout(() => reject(refused), 20));
    await expect(engine(failing)(get(), { retry: 2, timeout: 1_000 })).rejects.toBe(refused);
  });

  test('a long-lived caller signal keeps no listener from finished calls', async () => {
    const { fetch } = scriptedFetch([503, 200, 200, 200]);
    const shutdown = new AbortController();
    for (let i = 0; i < 3; i++) await engine(fetch)(get(), { retry: 2, timeout: 5_000, signal: shutdown.signal });
    expect(getEventListeners(shutdown.signal, 'abort')).toHaveLength(0);
  });

  test('what a raw call may pass: no timeout or retry (the client’s), timeout: false, retry: { limit }', async () => {
    const slow = async () => new Promise<Response>((resolve) => setTimeout(() => resolve(new Response('{}')), 60));
    await expect(engine(slow, 20)(get(), {})).rejects.toBeInstanceOf(ClaraTimeoutError); // the client's 20 ms
    expect((await engine(slow, 20)(get(), { timeout: false })).status).toBe(200);

    const limited = scriptedFetch([503, 503, 503]);
    expect((await engine(limited.fetch)(get(), { retry: { limit: 1 } })).status).toBe(503);
    expect(limited.sent).toHaveLength(2);
  });

  test('a timeout or retry count out of range → ClaraConfigError naming it, nothing sent', async () => {
    const { fetch, sent } = scriptedFetch([]);
    await expect(engine(fetch)(get(), { timeout: 3e9 })).rejects.toThrow(/options.timeout must be an integer from 1 to 2147483647, got 3000000000/);
    await expect(engine(fetch)(get(), { retry: -1 })).rejects.toBeInstanceOf(ClaraConfigError);
    expect(sent).toHaveLength(0);
  });
});
