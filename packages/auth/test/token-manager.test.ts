import { once } from 'node:events';
import { inspect } from 'node:util';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  ClaraAuthError,
  ClaraClosedError,
  ClaraConfigError,
  ClaraConnectionError,
  ClaraCredentialsError,
  ClaraRateLimitError,
  ClaraServerError,
  loadCredentials,
  MemoryTokenStore,
  TokenManager,
  tokenUrlFor,
  type CertificateExpiringEvent,
  type ClaraCredentials,
  type ClaraTransport,
  type TokenEvent,
  type TokenManagerOptions,
} from '@org/clara-auth';
import { FakeClock, type FakeClara } from './helpers/fake-clara.js';
import { startAuthFixture, stopAuthFixture } from './helpers/fixture.js';
import type { TestPki } from './helpers/pki.js';

const SECRET = 'client-secret-do-not-print';
let pki: TestPki;
let clara: FakeClara;
let credentials: ClaraCredentials;
let transport: ClaraTransport;
let clock: FakeClock;

beforeAll(async () => ({ pki, clara, credentials, transport } = await startAuthFixture(SECRET)));
afterAll(() => stopAuthFixture({ pki, clara, transport }));
beforeEach(() => {
  clock = new FakeClock();
  clara.tokenRequests.length = 0;
  clara.tokenAnswers.length = 0;
  clara.expiresIn = 3600;
});

const manager = (options: Partial<TokenManagerOptions> = {}): TokenManager =>
  new TokenManager({ credentials, transport, tokenUrl: clara.tokenUrl, clock, now: clock.date, retryBaseDelayMs: 1, ...options });

const failure = async (promise: Promise<unknown>): Promise<unknown> =>
  promise.then(
    () => {
      throw new Error('expected a failure');
    },
    (error: unknown) => error,
  );

describe('tokenUrlFor', () => {
  it('derives the token URL from the country', () => {
    expect(tokenUrlFor('mx')).toBe('https://public-api.mx.clara.com/oauth/token');
    expect(tokenUrlFor('BR')).toBe('https://public-api.br.clara.com/oauth/token');
    expect(() => tokenUrlFor('mexico')).toThrow(ClaraConfigError);
  });
});

describe('TokenManager: caching and refresh', () => {
  it('requests a token with Basic auth and a client-credentials form, then serves it from cache', async () => {
    const tokens = manager();
    const first = await tokens.getToken();
    expect(first).toMatch(/^token-\d+$/);
    expect(clara.tokenRequests).toEqual([
      { authorization: `Basic ${Buffer.from(`client-1:${SECRET}`).toString('base64')}`, contentType: 'application/x-www-form-urlencoded', body: 'grant_type=client_credentials' },
    ]);
    clock.advance(3000);
    expect(await tokens.getToken()).toBe(first);
    expect(clara.tokenRequests).toHaveLength(1);
  });

  it('lets 100 concurrent callers share one token request', async () => {
    const tokens = manager();
    const results = await Promise.all(Array.from({ length: 100 }, () => tokens.getToken()));
    expect(new Set(results).size).toBe(1);
    expect(clara.tokenRequests).toHaveLength(1);
  });

  it('refreshes in the background inside the last 120 s and serves the cached token meanwhile', async () => {
    const tokens = manager();
    const first = await tokens.getToken();
    clock.advance(3600 - 121);
    expect(await tokens.getToken()).toBe(first);
    expect(clara.tokenRequests).toHaveLength(1);

    clock.advance(2); // 119 s left
    const release = clara.hold();
    const refreshed = once(tokens, 'refresh') as Promise<[TokenEvent]>;
    expect(await tokens.getToken()).toBe(first);
    expect(await tokens.getToken()).toBe(first);
    await expect.poll(() => clara.tokenRequests.length).toBe(2); // one refresh, however many callers
    release();
    const [event] = await refreshed;
    expect(event).toEqual({ reason: 'background', source: 'endpoint', tokenType: 'Bearer', expiresInSeconds: 3600 });
    const second = await tokens.getToken();
    expect(second).not.toBe(first);
    expect(clara.tokenRequests).toHaveLength(2);
  });

  it('makes callers wait for a fresh token inside the last 30 s', async () => {
    const tokens = manager();
    const first = await tokens.getToken();
    clock.advance(3600 - 29);
    const events: TokenEvent[] = [];
    tokens.on('refresh', (event) => events.push(event));
    const second = await tokens.getToken();
    expect(second).not.toBe(first);
    expect(events).toEqual([expect.objectContaining({ reason: 'expiring' })]);
  });

  it('honours configured windows and caps them for short-lived tokens', async () => {
    const tokens = manager({ backgroundRefreshSeconds: 600, blockingRefreshSeconds: 60 });
    clara.expiresIn = 100; // windows become 10 s (a tenth) and 5 s (a twentieth)
    const first = await tokens.getToken();
    clock.advance(89);
    expect(await tokens.getToken()).toBe(first);
    expect(clara.tokenRequests).toHaveLength(1);
    clock.advance(7); // 4 s left: blocking
    expect(await tokens.getToken()).not.toBe(first);
    expect(clara.tokenRequests).toHaveLength(2);
    expect(() => manager({ backgroundRefreshSeconds: 10, blockingRefreshSeconds: 20 })).toThrow(/must not exceed/);
  });

  it('a short-lived token is requested once per lifetime: three refreshes over three lifetimes of steady calls', async () => {
    const tokens = manager();
    clara.expiresIn = 20; // windows: 2 s in the background, 1 s blocking
    await tokens.getToken();
    clara.tokenRequests.length = 0;
    const refreshes: TokenEvent[] = [];
    tokens.on('refresh', (event) => refreshes.push(event));
    for (let elapsed = 0; elapsed < 60; elapsed += 0.5) {
      clock.advance(0.5);
      await tokens.getToken();
      await new Promise((resolve) => setImmediate(resolve)); // let a background refresh land
    }
    expect(clara.tokenRequests).toHaveLength(3);
    expect(refreshes.map((event) => event.reason)).toEqual(['background', 'background', 'background']); // no caller waited
  });

  it('never lets the blocking window drop under 1 s (a JWT expiry is in whole seconds), nor over a quarter of a tiny lifetime', async () => {
    const tokens = manager();
    clara.expiresIn = 10; // a twentieth would be 0.5 s
    const first = await tokens.getToken();
    clock.advance(8.9);
    expect(await tokens.getToken()).toBe(first); // 1.1 s left: served while a refresh runs behind
    clara.expiresIn = 2; // a quarter: 0.5 s
    const tiny = manager();
    const short = await tiny.getToken();
    clock.advance(1.4);
    expect(await tiny.getToken()).toBe(short);
    clock.advance(0.2); // 0.4 s left: blocking
    expect(await tiny.getToken()).not.toBe(short);
  });

  it('keeps the old token when a background refresh fails, and retries after a pause', async () => {
    const tokens = manager({ maxRetries: 0 });
    const first = await tokens.getToken();
    clock.advance(3600 - 100);
    clara.tokenAnswers.push({ status: 503, body: { message: 'down' } });
    const failed = once(tokens, 'error') as Promise<[Error, { background: boolean }]>;
    expect(await tokens.getToken()).toBe(first);
    const [error, context] = await failed;
    expect(error).toBeInstanceOf(ClaraServerError);
    expect(context).toEqual({ background: true });

    expect(await tokens.getToken()).toBe(first); // within the 5 s pause: no new request
    expect(clara.tokenRequests).toHaveLength(2);
    clock.advance(5);
    const refreshed = once(tokens, 'refresh');
    expect(await tokens.getToken()).toBe(first);
    await refreshed;
    expect(await tokens.getToken()).not.toBe(first);
    expect(clara.tokenRequests).toHaveLength(3);
  });

  it('serves the old token until it expires when a blocking refresh fails, then throws', async () => {
    const tokens = manager({ maxRetries: 0 });
    const first = await tokens.getToken();
    clock.advance(3600 - 10);
    clara.tokenAnswers.push({ status: 500, body: {} });
    expect(await tokens.getToken()).toBe(first);
    clock.advance(11);
    clara.tokenAnswers.push({ status: 500, body: {} });
    expect(await failure(tokens.getToken())).toBeInstanceOf(ClaraServerError);
  });

  it('assumes 300 s when expires_in is absent', async () => {
    clara.expiresIn = undefined;
    const tokens = manager();
    const events: TokenEvent[] = [];
    tokens.on('token', (event) => events.push(event));
    await tokens.getToken();
    expect(events).toEqual([{ reason: 'first', source: 'endpoint', tokenType: 'Bearer', expiresInSeconds: 300 }]);
  });

  it('invalidates exactly the token given', async () => {
    const tokens = manager();
    const first = await tokens.getToken();
    tokens.invalidate(first);
    const second = await tokens.getToken();
    expect(second).not.toBe(first);
    tokens.invalidate(first); // already replaced: no-op
    expect(await tokens.getToken()).toBe(second);
    expect(clara.tokenRequests).toHaveLength(2);
  });
});

describe('TokenManager: token store', () => {
  it('shares tokens through a store keyed by token URL, client id and certificate', async () => {
    const store = new MemoryTokenStore();
    const first = await manager({ store }).getToken();
    const sibling = manager({ store });
    const events: TokenEvent[] = [];
    sibling.on('token', (event) => events.push(event));
    expect(await sibling.getToken()).toBe(first);
    expect(events[0]?.source).toBe('store');
    expect(clara.tokenRequests).toHaveLength(1);

    const rotated = await loadCredentials({ cert: pki.read('second-client.crt'), key: pki.read('second-client.key'), clientId: 'client-1', clientSecret: SECRET });
    expect(await manager({ store, credentials: rotated }).getToken()).not.toBe(first); // new certificate, new token
    expect(await manager({ store, tokenUrl: `${clara.tokenUrl}?other` }).getToken()).not.toBe(first);
    expect(clara.tokenRequests).toHaveLength(3);
  });

  it('does not take back an invalidated token from the store', async () => {
    const store = new MemoryTokenStore();
    const tokens = manager({ store });
    const first = await tokens.getToken();
    tokens.invalidate(first);
    expect(await tokens.getToken()).not.toBe(first);
  });
});

describe('TokenManager: token endpoint failures', () => {
  it('turns 401 and 400 into ClaraAuthError without retrying', async () => {
    for (const status of [401, 400]) {
      clara.tokenRequests.length = 0;
      clara.tokenAnswers.push({ status, body: { error: 'access_denied', error_description: 'Unauthorized' } });
      const error = await failure(manager().getToken());
      expect(error).toBeInstanceOf(ClaraAuthError);
      expect(error).toMatchObject({ status, code: 'access_denied', path: '/oauth/token', method: 'POST' });
      expect((error as Error).message).toBe(
        `The token endpoint ${clara.tokenUrl} rejected the client credentials (HTTP ${status}, access_denied: Unauthorized): check the client id and secret, and that the client certificate belongs to the same Clara project.`,
      );
      expect(clara.tokenRequests).toHaveLength(1);
    }
  });

  it('a 511 (Clara got no client certificate) is a ClaraAuthError that names the proxy, not retried', async () => {
    clara.tokenAnswers.push({ status: 511, body: { message: 'Network Authentication Required' } });
    const error = await failure(manager().getToken());
    expect(error).toBeInstanceOf(ClaraAuthError);
    expect(error).toMatchObject({ status: 511 });
    expect((error as Error).message).toMatch(/^Clara did not receive the client certificate \(HTTP 511\): a proxy that intercepts TLS/);
    expect(clara.tokenRequests).toHaveLength(1);
  });

  it('retries 5xx with backoff, then names the cause', async () => {
    clara.tokenAnswers.push({ status: 502, body: 'bad gateway' }, { status: 500, body: {} });
    expect(await manager().getToken()).toMatch(/^token-/);
    expect(clara.tokenRequests).toHaveLength(3);

    clara.tokenRequests.length = 0;
    clara.tokenAnswers.push(...Array.from({ length: 3 }, () => ({ status: 500, body: { message: 'internal' } })));
    const error = await failure(manager().getToken());
    expect(error).toBeInstanceOf(ClaraServerError);
    expect((error as Error).message).toBe(`The token endpoint ${clara.tokenUrl} answered HTTP 500 (internal). (gave up after 3 attempts)`);
    expect(clara.tokenRequests).toHaveLength(3);
  });

  it('waits for Retry-After on 429', async () => {
    clara.tokenAnswers.push({ status: 429, body: {}, headers: { 'retry-after': '0' } });
    expect(await manager({ maxRetries: 1 }).getToken()).toMatch(/^token-/);
    clara.tokenAnswers.push({ status: 429, body: {}, headers: { 'retry-after': '0' } });
    expect(await failure(manager({ maxRetries: 0 }).getToken())).toBeInstanceOf(ClaraRateLimitError);
  });

  it('gives up on a 429 whose Retry-After is longer than retryMaxDelayMs, rather than retrying early', async () => {
    clara.tokenAnswers.push({ status: 429, body: {}, headers: { 'retry-after': '60' } });
    const error = await failure(manager({ maxRetries: 2, retryMaxDelayMs: 8000 }).getToken());
    expect(error).toBeInstanceOf(ClaraRateLimitError);
    expect(error).toMatchObject({ retryAfterMs: 60_000 });
    expect(clara.tokenRequests).toHaveLength(1);
  });

  it('rejects malformed answers', async () => {
    const cases: [unknown, RegExp][] = [
      ['<html>oops</html>', /answered HTTP 200 with a body that is not a JSON object/],
      [{ token_type: 'Bearer', expires_in: 60 }, /answered HTTP 200 without an access_token/],
      [{ access_token: 'abc-secret-token', token_type: 'mac' }, /with token_type "mac"; only Bearer tokens are supported/],
    ];
    for (const [body, message] of cases) {
      clara.tokenAnswers.push({ status: 200, body });
      const error = await failure(manager().getToken());
      expect(error).toBeInstanceOf(ClaraAuthError);
      expect((error as Error).message).toMatch(message);
      expect(JSON.stringify(error) + inspect(error, { depth: Infinity })).not.toContain('abc-secret-token');
    }
  });

  it('retries network failures, then throws ClaraConnectionError', async () => {
    const tokens = manager({ tokenUrl: 'https://127.0.0.1:9/oauth/token', maxRetries: 1 });
    const error = await failure(tokens.getToken());
    expect(error).toBeInstanceOf(ClaraConnectionError);
    expect((error as Error).message).toMatch(/^Could not reach 127\.0\.0\.1:9: .*\(gave up after 2 attempts\)$/);
  });

  it('refuses a non-https token URL and other bad options with ClaraConfigError', () => {
    expect(() => manager({ tokenUrl: 'http://public-api.mx.clara.com/oauth/token' })).toThrow(/tokenUrl must use https/);
    for (const bad of [{ leasePollMs: 0 }, { requestTimeoutMs: -1 }, { backgroundRetrySeconds: Number.NaN }, { storeTimeoutMs: 0 }, { blockingRefreshSeconds: -1 }]) {
      expect(() => manager(bad)).toThrow(ClaraConfigError);
    }
  });
});

describe('TokenManager: certificate lifetime', () => {
  it('emits certificate-expiring once per day left when fewer than 30 days remain', async () => {
    const expiring = await loadCredentials({ cert: pki.read('expiring.crt'), key: pki.read('client.key'), clientId: 'client-1', clientSecret: SECRET });
    const tokens = manager({ credentials: expiring });
    const events: CertificateExpiringEvent[] = [];
    tokens.on('certificate-expiring', (event) => events.push(event));
    const first = await tokens.getToken();
    tokens.invalidate(first);
    await tokens.getToken();
    expect(events).toEqual([expect.objectContaining({ daysLeft: 9, subject: 'CN=Clara Expiring Client, O=Clara Test' })]);
  });

  it('sends no token request once the certificate has expired', async () => {
    const tokens = manager({ now: () => new Date('2100-01-01T00:00:00Z') });
    const error = await failure(tokens.getToken());
    expect(error).toBeInstanceOf(ClaraCredentialsError);
    expect((error as Error).message).toMatch(/^The client certificate \(CN=Clara Test Client, O=Clara Test\) expired on /);
    expect(clara.tokenRequests).toHaveLength(0);
  });
});

describe('TokenManager: close', () => {
  it('ends a refresh waiting between retries and refuses later calls', async () => {
    clara.tokenAnswers.push({ status: 503, body: {} });
    const tokens = manager({ retryBaseDelayMs: 60_000, retryMaxDelayMs: 60_000 });
    const pending = failure(tokens.getToken());
    await expect.poll(() => clara.tokenRequests.length).toBe(1);
    const started = performance.now();
    tokens.close();
    expect(await pending).toBeInstanceOf(ClaraClosedError);
    expect(performance.now() - started).toBeLessThan(1000); // the 60 s backoff timer is gone too
    expect(await failure(tokens.getToken())).toBeInstanceOf(ClaraClosedError);
    expect(clara.tokenRequests).toHaveLength(1);
  });
});
