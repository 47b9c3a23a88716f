// Fault tolerance against the sandbox's faults, beyond client.test.ts: a token endpoint failing then
// recovering, a 429 storm (waits measured), the token expiring during a burst, many concurrent 401s, a slow
// server with retries, and rotating the client certificate while calls are in flight. The waits (backoff,
// Retry-After, the rate limit, timeouts) run on the fake clock, the sandbox's included; the burst and the
// rotation, which need real concurrency, on the real one.
import { ClaraRateLimitError, ClaraServerError, ClaraTimeoutError, loadCredentials } from '../src/index.js';
import type { Sandbox } from '@org/clara-sandbox';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';

import { settleStepwise, until, useFakeClock } from './support/fake-clock.js';
import { failure, sandboxPerFile } from './support/per-file.js';
import { bundleSecret } from './support/testland.js';

const testland = sandboxPerFile();
const { client } = testland;
let sandbox: Sandbox;
beforeAll(() => {
  sandbox = testland.sandbox;
});
/** Runs `calls` calls, `concurrency` at a time; returns the errors. */
async function burst(call: () => PromiseLike<unknown>, calls: number, concurrency: number): Promise<unknown[]> {
  const errors: unknown[] = [];
  let next = 0;
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (next++ < calls) await Promise.resolve(call()).then(undefined, (error: unknown) => errors.push(error));
  }));
  return errors;
}

describe('token endpoint', () => {
  test('500s then recovery: the token request is retried with backoff and the call succeeds', async () => {
    sandbox.control.failNext(2, { status: 500, path: '/oauth/token' });
    useFakeClock();
    const started = performance.now();
    const { value: page } = await settleStepwise(client().transactions.list({ size: 1 }));
    expect(page?.content).toHaveLength(1);
    // (The sandbox counts injected failures by status, not as token requests.)
    expect(sandbox.stats.snapshot().responsesByStatus['500']).toBe(2);
    expect(sandbox.stats.snapshot().tokenRequests).toBe(1);
    expect(performance.now() - started).toBeGreaterThanOrEqual(500 + 1000); // backoff 0.5 s, then 1 s
  });

  test('500s beyond the retries fail the call; the next call after recovery gets a token', async () => {
    sandbox.control.failNext(3, { status: 500, path: '/oauth/token' });
    const clara = client();
    useFakeClock();
    const { error } = await settleStepwise(clara.transactions.list({ size: 1 }));
    expect(error).toBeInstanceOf(ClaraServerError);
    expect((error as ClaraServerError).message).toMatch(/^Clara answered 500 INTERNAL_SERVER_ERROR to the token endpoint https:\/\/127\.0\.0\.1:\d+\/oauth\/token: /);
    expect(error).toMatchObject({ operation: 'oauthToken', attempts: 3 });
    expect((await settleStepwise(clara.transactions.list({ size: 1 }))).value?.content).toHaveLength(1);
    expect(sandbox.stats.snapshot().responsesByStatus['500']).toBe(3);
    expect(sandbox.stats.snapshot().tokenRequests).toBe(1);
  });
});

describe('rate limiting', () => {
  test('a 429 storm: every call waits out Retry-After each time, and none retries early', async () => {
    const clara = client({ maxRetries: 3 });
    await clara.transactions.list({ size: 1 }); // the token, outside the storm
    sandbox.stats.reset();
    const calls = 8;
    sandbox.control.failNext(calls * 2, { status: 429, retryAfterSeconds: 1, path: '/v3/transactions' });
    useFakeClock();
    const started = performance.now();
    const attemptsAt: number[] = [];
    const sampler = (async () => {
      for (const at of [500, 1500]) {
        await new Promise((resolve) => setTimeout(resolve, at - (performance.now() - started)));
        attemptsAt.push(sandbox.stats.snapshot().byOperation.listTransactions ?? 0);
      }
    })();
    const storm = Promise.all(Array.from({ length: calls }, async () => {
      const callStarted = performance.now();
      await clara.transactions.list({ size: 1 });
      return performance.now() - callStarted;
    }));
    const { value: durations = [] } = await settleStepwise(Promise.all([storm, sampler]).then(([durations]) => durations));
    // Attempts per Retry-After window: all first attempts, then all second ones, then the successes.
    expect(attemptsAt).toEqual([calls, calls * 2]);
    expect(sandbox.stats.snapshot().byOperation.listTransactions).toBe(calls * 3);
    for (const duration of durations) expect(duration).toBeGreaterThanOrEqual(1_950);
  });

  test('the sandbox rate limit: 20 calls against 10 requests/s all succeed, spread over Retry-After waits', async () => {
    const clara = client({ maxRetries: 6 });
    await clara.transactions.list({ size: 1 });
    useFakeClock(); // before the bucket is made: it refills on the fake clock
    sandbox.control.setRateLimit(10);
    const started = performance.now();
    expect((await settleStepwise(burst(() => clara.transactions.list({ size: 1 }), 20, 8))).value).toEqual([]);
    expect(performance.now() - started).toBeGreaterThanOrEqual(900); // 20 calls at 10/s, 10 of them from the full bucket
    expect(sandbox.stats.snapshot().responsesByStatus['429']).toBeGreaterThan(0);
  });

  test('429s beyond the retries: ClaraRateLimitError with the Retry-After it carried', async () => {
    const clara = client({ maxRetries: 1 });
    sandbox.control.failNext(2, { status: 429, retryAfterSeconds: 0, path: '/v3/transactions' });
    const error = await failure(clara.transactions.list({ size: 1 }), ClaraRateLimitError);
    expect(error.retryAfterMs).toBe(0);
    expect(error.message).toMatch(/^Clara answered 429/);
  });
});

describe('tokens under load', () => {
  test('500 concurrent calls while the token expires under them: no failure, at most `connections` 401s', async () => {
    const connections = 16;
    const clara = client({ connections });
    await clara.transactions.list({ size: 1 });
    sandbox.control.setTokenTtl(2); // the next token lives 2 s (1 to 2, in whole seconds): it expires while the calls queue
    sandbox.control.failNext(1, { status: 401, path: '/v3/transactions' }); // drops the long-lived token
    await clara.transactions.list({ size: 1 });
    sandbox.control.setLatency(32); // 500 calls through 16 connections take longer than the token lives
    sandbox.stats.reset();
    const started = performance.now();
    const pages = await Promise.all(Array.from({ length: 500 }, () => clara.transactions.list({ size: 1 })));
    const seconds = (performance.now() - started) / 1000;
    expect(pages.every((page) => page.content.length === 1)).toBe(true);
    const { responsesByStatus, tokenRequests } = sandbox.stats.snapshot();
    // The sandbox's expiry is in whole seconds (as a JWT's): a token may end up to 1 s before the client reckons.
    // Only the requests holding a connection slot carry it then: at most `connections` per token. And one
    // token request per token, refreshed in the background: no thundering herd — on a loaded machine the calls
    // take longer and outlive more tokens, one a second at most.
    expect(responsesByStatus['401'] ?? 0).toBeLessThanOrEqual(connections * Math.max(1, tokenRequests));
    expect(tokenRequests).toBeLessThanOrEqual(Math.ceil(seconds) + 2);
  }, 30_000);

  test('every request in flight refused with 401: one token refresh, each replayed once and successful', async () => {
    const connections = 16;
    const clara = client({ connections });
    await clara.transactions.list({ size: 1 });
    sandbox.stats.reset();
    useFakeClock();
    sandbox.control.setLatency(50); // all 16 slots are on the wire when the 401s come back
    sandbox.control.failNext(connections, { status: 401, path: '/v3/transactions' });
    const calls = Promise.all(Array.from({ length: 50 }, () => clara.transactions.list({ size: 1 })));
    await until(() => sandbox.stats.snapshot().requests === connections);
    const { value: pages = [] } = await settleStepwise(calls);
    expect(pages.every((page) => page.content.length === 1)).toBe(true);
    expect(sandbox.stats.snapshot().tokenRequests).toBe(1);
    expect(sandbox.stats.snapshot().byOperation.listTransactions).toBe(50 + connections);
  });
});

describe('slow server', () => {
  test('a timeout ends the call at the configured time, retries allowed or not (a slow server is not hammered)', async () => {
    const clara = client();
    await clara.transactions.list({ size: 1 });
    sandbox.stats.reset();
    sandbox.control.setLatency(2_000);
    useFakeClock();
    const started = performance.now();
    const { error } = await settleStepwise(clara.transactions.list({ size: 1 }, { timeoutMs: 300, maxRetries: 2 }));
    expect(error).toBeInstanceOf(ClaraTimeoutError);
    expect((error as ClaraTimeoutError).message).toBe('GET /v3/transactions did not complete within 300 ms (timeoutMs), retries and waits included.');
    expect(performance.now() - started).toBeGreaterThanOrEqual(290);
    expect(sandbox.stats.snapshot().byOperation.listTransactions).toBe(1);
  });
});

describe('certificate rotation', () => {
  test('rotating during traffic: new connections use the new certificate, old ones drain, old tokens are never reused', async () => {
    const clara = client({ connections: 4 });
    await clara.transactions.list({ size: 1 });
    const rotated = sandbox.control.issueClientCertificate('rotated');
    const credentials = await loadCredentials({ cert: rotated.cert, key: rotated.key, clientId: sandbox.clientId, clientSecret: bundleSecret(sandbox), ca: sandbox.caCert });
    sandbox.stats.reset();
    useFakeClock();
    sandbox.control.setLatency(200); // calls in flight while rotating
    const sleep = (ms: number) => settleStepwise(new Promise((resolve) => setTimeout(resolve, ms)));

    let rotatedAt = 0;
    let stop = false;
    const traffic = burst(() => (stop ? Promise.resolve() : clara.transactions.list({ size: 1 })), 100_000, 8);
    await sleep(300);
    await settleStepwise(clara.rotateCredentials(credentials).then(() => (rotatedAt = performance.now())));
    await sleep(600);
    stop = true;
    expect((await settleStepwise(traffic)).value).toEqual([]);

    const { tokenRequests, tlsHandshakes, responsesByStatus } = sandbox.stats.snapshot();
    expect(rotatedAt).toBeGreaterThan(0);
    // The sandbox refuses a token over a connection with another certificate (401): calls after the rotation
    // succeeding with a token issued to the new certificate shows both switched together.
    expect(tokenRequests).toBe(1);
    expect(tlsHandshakes).toBeGreaterThanOrEqual(1);
    expect(responsesByStatus['401'] ?? 0).toBe(0);
    expect(responsesByStatus['200']).toBeGreaterThan(10);
  });

  test('bad new credentials are refused and the client keeps working with the old ones', async () => {
    const clara = client();
    await clara.transactions.list({ size: 1 });
    const folder = join(sandbox.credentialsDir);
    const error = await failure(clara.rotateCredentials({ cert: readFileSync(join(folder, 'public-key.crt'), 'utf8'), key: 'not a key', clientId: 'x', clientSecret: 'y' }), Error);
    expect((error as Error).name).toBe('ClaraCredentialsError');
    expect((await clara.transactions.list({ size: 1 })).content).toHaveLength(1);
  });
});
