// The request engine with a scripted fetch: what each attempt sends, when it retries, and how a timeout and the
// caller's abort end a call. (Against the sandbox, the same paths run in client.test.ts and faults.test.ts.)
import { ClaraConnectionError, ClaraTimeoutError } from '@org/clara-auth';
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
const reset = () => new ClaraConnectionError('reset', { cause: Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' }) });
const refused = () => new ClaraConnectionError('refused', { cause: Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }) });

describe('request engine', () => {
  test('sends the URL, method, headers and body it is given, and every retry sends the same bytes', async () => {
    const { fetch, sent } = scriptedFetch([refused(), refused()]);
    const engine = createRequestEngine(fetch);
    const response = await engine(post(), { retry: 2, timeout: 5_000 });
    expect(response.status).toBe(200);
    expect(sent).toHaveLength(3);
    for (const attempt of sent) {
      expect(attempt).toMatchObject({ url: 'https://clara.test/api/v3/cards?x=1', method: 'POST', body: '{"alias":"a"}' });
      expect(attempt.headers).toMatchObject({ 'content-type': 'application/json', 'x-tax-identifier': 'ACME8001011H0' });
    }
  });

  test('retries stop at the limit: the last answer is returned, the last failure thrown', async () => {
    const answers = scriptedFetch([503, 503, 503, 503]);
    const response = await createRequestEngine(answers.fetch)(get(), { retry: 2, timeout: 5_000 });
    expect(response.status).toBe(503);
    expect(answers.sent).toHaveLength(3);

    const failures = scriptedFetch([reset(), reset()]);
    await expect(createRequestEngine(failures.fetch)(get(), { retry: 1, timeout: 5_000 })).rejects.toBeInstanceOf(ClaraConnectionError);
    expect(failures.sent).toHaveLength(2);
  });

  test('a POST that may have reached Clara is sent once', async () => {
    const { fetch, sent } = scriptedFetch([reset()]);
    await expect(createRequestEngine(fetch)(post(), { retry: 2, timeout: 5_000 })).rejects.toBeInstanceOf(ClaraConnectionError);
    expect(sent).toHaveLength(1);
  });

  test('each attempt gets the timeout: ClaraTimeoutError naming the call, and no retry of a timed-out request', async () => {
    const { fetch, sent } = scriptedFetch(['hang']);
    const started = performance.now();
    const error = await createRequestEngine(fetch)(get(), { retry: 2, timeout: 100 }).catch((error: unknown) => error);
    expect(error).toBeInstanceOf(ClaraTimeoutError);
    expect((error as Error).message).toBe('Clara did not answer GET /api/v3/cards within 100 ms.');
    expect(performance.now() - started).toBeGreaterThanOrEqual(95);
    expect(sent).toHaveLength(1);
  });

  test('the caller’s abort ends the call with the caller’s reason, in flight or while waiting to retry', async () => {
    const inFlight = scriptedFetch(['hang']);
    const controller = new AbortController();
    const call = createRequestEngine(inFlight.fetch)(get(), { retry: 2, timeout: 5_000, signal: controller.signal });
    setTimeout(() => controller.abort(new Error('stop')), 20);
    await expect(call).rejects.toThrow('stop');

    const waiting = scriptedFetch([503, 503]);
    const later = new AbortController();
    const started = performance.now();
    const retrying = createRequestEngine(waiting.fetch)(get(), { retry: 2, timeout: 5_000, signal: later.signal });
    setTimeout(() => later.abort(), 50); // during the first backoff (≥ 375 ms)
    await expect(retrying).rejects.toMatchObject({ name: 'AbortError' });
    expect(performance.now() - started).toBeLessThan(300);
    expect(waiting.sent).toHaveLength(1);
  });
});
