// The token lifecycle against an in-memory token endpoint (helpers/scripted-grants.ts) and a clock moved by
// hand. How the runtime sends the request (HTTP, retries, errors) is tested with @org/clara.
import { once } from 'node:events';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  ClaraClosedError,
  ClaraConfigError,
  ClaraCredentialsError,
  clientCredentialsRequest,
  loadCredentials,
  MemoryTokenStore,
  REJECTION_BACKOFF_MS,
  TokenManager,
  tokenStoreKey,
  tokenUrlFor,
  type CertificateExpiringEvent,
  type ClaraCredentials,
  type TokenEvent,
  type TokenManagerOptions,
} from '@org/clara-auth';
import { FakeClock } from './helpers/fake-clara.js';
import { createTestPki, type TestPki } from './helpers/pki.js';
import { ScriptedGrants } from './helpers/scripted-grants.js';

const SECRET = 'client-secret-do-not-print';
const TOKEN_URL = 'https://clara.test/oauth/token';
let pki: TestPki;
let credentials: ClaraCredentials;
let clock: FakeClock;
let grants: ScriptedGrants;

beforeAll(async () => {
  pki = createTestPki();
  credentials = await loadCredentials({ cert: pki.read('client.crt'), key: pki.read('client.key'), clientId: 'client-1', clientSecret: SECRET, ca: pki.read('ca.crt') });
});
afterAll(() => pki.remove());
beforeEach(() => {
  clock = new FakeClock();
  grants = new ScriptedGrants();
});
afterEach(() => {
  vi.useRealTimers();
});

const manager = (options: Partial<TokenManagerOptions> = {}): TokenManager =>
  new TokenManager({ credentials, requestGrant: grants.requestGrant, tokenUrl: TOKEN_URL, clock, now: clock.date, ...options });

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
  it('the request is a client-credentials form with Basic auth', () => {
    const basic = Buffer.from(`client-1:${SECRET}`).toString('base64');
    expect(clientCredentialsRequest(credentials)).toEqual({
      headers: { authorization: `Basic ${basic}`, 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
      body: 'grant_type=client_credentials',
    });
  });

  it('requests a token with the current credentials, then serves it from cache', async () => {
    const tokens = manager();
    const first = await tokens.getToken();
    expect(first).toMatch(/^token-\d+$/);
    expect(grants.requests).toEqual(['client-1']);
    clock.advance(3000);
    expect(await tokens.getToken()).toBe(first);
    expect(grants.requests).toHaveLength(1);
  });

  it('lets 100 concurrent callers share one token request', async () => {
    const tokens = manager();
    const results = await Promise.all(Array.from({ length: 100 }, () => tokens.getToken()));
    expect(new Set(results).size).toBe(1);
    expect(grants.requests).toHaveLength(1);
  });

  it('refreshes in the background inside the last 120 s and serves the cached token meanwhile', async () => {
    const tokens = manager();
    const first = await tokens.getToken();
    clock.advance(3600 - 121);
    expect(await tokens.getToken()).toBe(first);
    expect(grants.requests).toHaveLength(1);

    clock.advance(2); // 119 s left
    const release = grants.hold();
    const refreshed = once(tokens, 'refresh') as Promise<[TokenEvent]>;
    expect(await tokens.getToken()).toBe(first);
    expect(await tokens.getToken()).toBe(first);
    await expect.poll(() => grants.requests.length).toBe(2); // one refresh, however many callers
    release();
    const [event] = await refreshed;
    expect(event).toEqual({ reason: 'background', source: 'endpoint', tokenType: 'Bearer', expiresInSeconds: 3600 });
    const second = await tokens.getToken();
    expect(second).not.toBe(first);
    expect(grants.requests).toHaveLength(2);
  });

  it('cachedToken() serves the cached token without waiting, starts the background refresh when due, and says when a call must wait', async () => {
    const tokens = manager();
    expect(tokens.cachedToken()).toBeUndefined(); // none yet
    const first = await tokens.getToken();
    expect(tokens.cachedToken()).toBe(first);
    clock.advance(3600 - 119); // in the background window
    const release = grants.hold();
    expect(tokens.cachedToken()).toBe(first);
    await expect.poll(() => grants.requests.length).toBe(2); // the refresh started
    release();
    await expect.poll(() => tokens.cachedToken()).not.toBe(first);
    clock.advance(3600 - 29); // the new token in its blocking window: callers must wait for a fresh one
    expect(tokens.cachedToken()).toBeUndefined();
    const third = await tokens.getToken();
    tokens.invalidate(third);
    expect(tokens.cachedToken()).toBeUndefined();
    await tokens.getToken();
    tokens.close();
    expect(tokens.cachedToken()).toBeUndefined();
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
    grants.expiresIn = 100; // windows become 10 s (a tenth) and 5 s (a twentieth)
    const first = await tokens.getToken();
    clock.advance(89);
    expect(await tokens.getToken()).toBe(first);
    expect(grants.requests).toHaveLength(1);
    clock.advance(7); // 4 s left: blocking
    expect(await tokens.getToken()).not.toBe(first);
    expect(grants.requests).toHaveLength(2);
    expect(() => manager({ backgroundRefreshSeconds: 10, blockingRefreshSeconds: 20 })).toThrow(/must not exceed/);
  });

  it('a short-lived token is requested once per lifetime: three refreshes over three lifetimes of steady calls', async () => {
    const tokens = manager();
    grants.expiresIn = 20; // windows: 2 s in the background, 1 s blocking
    await tokens.getToken();
    grants.requests.length = 0;
    const refreshes: TokenEvent[] = [];
    tokens.on('refresh', (event) => refreshes.push(event));
    for (let elapsed = 0; elapsed < 60; elapsed += 0.5) {
      clock.advance(0.5);
      await tokens.getToken();
      await new Promise((resolve) => setImmediate(resolve)); // let a background refresh land
    }
    expect(grants.requests).toHaveLength(3);
    expect(refreshes.map((event) => event.reason)).toEqual(['background', 'background', 'background']); // no caller waited
  });

  it('never lets the blocking window drop under 1 s (a JWT expiry is in whole seconds), nor over a quarter of a tiny lifetime', async () => {
    const tokens = manager();
    grants.expiresIn = 10; // a twentieth would be 0.5 s
    const first = await tokens.getToken();
    clock.advance(8.9);
    expect(await tokens.getToken()).toBe(first); // 1.1 s left: served while a refresh runs behind
    grants.expiresIn = 2; // a quarter: 0.5 s
    const tiny = manager();
    const short = await tiny.getToken();
    clock.advance(1.4);
    expect(await tiny.getToken()).toBe(short);
    clock.advance(0.2); // 0.4 s left: blocking
    expect(await tiny.getToken()).not.toBe(short);
  });

  it('keeps the old token when a background refresh fails, and retries after a pause', async () => {
    const tokens = manager();
    const first = await tokens.getToken();
    clock.advance(3600 - 100);
    const down = new Error('the token endpoint is down');
    grants.answers.push(down);
    const failed = once(tokens, 'error') as Promise<[Error, { background: boolean }]>;
    expect(await tokens.getToken()).toBe(first);
    const [error, context] = await failed;
    expect(error).toBe(down);
    expect(context).toEqual({ background: true });

    expect(await tokens.getToken()).toBe(first); // within the 5 s pause: no new request
    expect(grants.requests).toHaveLength(2);
    clock.advance(5);
    const refreshed = once(tokens, 'refresh');
    expect(await tokens.getToken()).toBe(first);
    await refreshed;
    expect(await tokens.getToken()).not.toBe(first);
    expect(grants.requests).toHaveLength(3);
  });

  it('serves the old token until it expires when a blocking refresh fails, then throws', async () => {
    const tokens = manager();
    const first = await tokens.getToken();
    clock.advance(3600 - 10);
    grants.answers.push(new Error('500'));
    expect(await tokens.getToken()).toBe(first);
    clock.advance(11);
    const down = new Error('500 again');
    grants.answers.push(down);
    expect(await failure(tokens.getToken())).toBe(down);
  });

  it('a hanging token endpoint fails no call while the cached token is still good: the wait is bounded, one refresh runs', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const tokens = manager();
    const first = await tokens.getToken();
    clock.advance(3600 - 20); // 20 s left: blocking window (30 s)
    const release = grants.hold(); // the endpoint hangs
    const waiting = tokens.getToken();
    await vi.advanceTimersByTimeAsync(2_000); // the bounded wait
    expect(await waiting).toBe(first);
    expect(await tokens.getToken()).toBe(first); // later callers do not wait for the same slow refresh again
    expect(grants.requests).toHaveLength(2); // one refresh, however many callers
    release();
    await expect.poll(() => tokens.getToken()).not.toBe(first);
    expect(grants.requests).toHaveLength(2);
  });

  it('inside the last second callers wait for the new token: the cached one is too close to its end to send', async () => {
    const tokens = manager();
    const first = await tokens.getToken();
    clock.advance(3600 - 0.5);
    const release = grants.hold();
    const waiting = tokens.getToken();
    let settled = false;
    void waiting.then(() => (settled = true));
    await new Promise((resolve) => setImmediate(resolve));
    expect(settled).toBe(false);
    release();
    expect(await waiting).not.toBe(first);
  });

  it('floors an expires_in under a second to 1 s: a token is not refreshed on every call', async () => {
    grants.expiresIn = 0.2;
    const tokens = manager();
    const events: TokenEvent[] = [];
    tokens.on('token', (event) => events.push(event));
    const first = await tokens.getToken();
    expect(events[0]?.expiresInSeconds).toBe(1);
    clock.advance(0.3);
    expect(await tokens.getToken()).toBe(first);
    expect(grants.requests).toHaveLength(1);
  });

  it('assumes 300 s when expires_in is absent', async () => {
    grants.expiresIn = undefined;
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
    expect(grants.requests).toHaveLength(2);
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
    expect(grants.requests).toHaveLength(1);

    const rotated = await loadCredentials({ cert: pki.read('second-client.crt'), key: pki.read('second-client.key'), clientId: 'client-1', clientSecret: SECRET });
    expect(await manager({ store, credentials: rotated }).getToken()).not.toBe(first); // new certificate, new token
    expect(await manager({ store, tokenUrl: `${TOKEN_URL}?other` }).getToken()).not.toBe(first);
    expect(grants.requests).toHaveLength(3);
  });

  it('does not take back an invalidated token from the store', async () => {
    const store = new MemoryTokenStore();
    const tokens = manager({ store });
    const first = await tokens.getToken();
    tokens.invalidate(first);
    expect(await tokens.getToken()).not.toBe(first);
  });

  it.each([
    ['CR/LF', 'token\r\nX-Injected: 1', /it contains a line break \(CR\/LF\)/],
    ['1 MB', 'a'.repeat(1024 * 1024), /it is 1048576 characters long, more than the 8192/],
    ['not a b64token', 'two words', /it contains characters a Bearer token cannot have/],
    ['not a string', 42, /it is a number, not a string/],
  ])('drops an unusable stored token (%s) and requests a fresh one, naming the problem, never the value', async (_name, value, problem) => {
    const store = new MemoryTokenStore();
    const key = tokenStoreKey(TOKEN_URL, 'client-1', credentials.certificate.fingerprint256);
    await store.set(key, { accessToken: value as string, tokenType: 'Bearer', expiresAt: clock.date().getTime() + 3_600_000 });
    const warnings: string[] = [];
    const token = await manager({ store, logger: { warn: (message) => void warnings.push(message) } }).getToken();
    expect(token).toBe('token-1');
    expect((await store.get(key))?.accessToken).toBe('token-1');
    expect(warnings[0]).toMatch(problem);
    expect(warnings.join()).not.toContain('X-Injected');
  });
});

describe('TokenManager: a client the endpoint rejects', () => {
  const rejection = () => Object.assign(new Error('invalid_client'), { status: 401 });

  it('is not asked again for REJECTION_BACKOFF_MS: every caller meanwhile gets the rejection', async () => {
    const tokens = manager();
    grants.answers.push(rejection());
    const first = await failure(tokens.getToken());
    expect(await failure(tokens.getToken())).toBe(first);
    clock.advance((REJECTION_BACKOFF_MS - 1) / 1000);
    expect(await failure(tokens.getToken())).toBe(first);
    expect(grants.requests).toHaveLength(1);
    clock.advance(0.001);
    expect(await tokens.getToken()).toBe('token-1');
    expect(grants.requests).toHaveLength(2);
  });

  it('other failures (a 500, the network) are not remembered; new credentials end the backoff', async () => {
    const tokens = manager();
    grants.answers.push(Object.assign(new Error('boom'), { status: 500 }));
    await failure(tokens.getToken());
    expect(await tokens.getToken()).toBe('token-1');
    tokens.invalidate('token-1');
    grants.answers.push(rejection());
    await failure(tokens.getToken());
    tokens.updateCredentials(credentials);
    expect(await tokens.getToken()).toBe('token-2');
  });
});

describe('TokenManager: options', () => {
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
    expect(grants.requests).toHaveLength(0);
  });
});

describe('TokenManager: close', () => {
  it('aborts a refresh in flight (its request is given a signal) and refuses later calls', async () => {
    grants.hold();
    const tokens = manager();
    const pending = failure(tokens.getToken());
    await expect.poll(() => grants.requests.length).toBe(1);
    tokens.close();
    expect(grants.signals[0]?.aborted).toBe(true);
    expect(await pending).toBeInstanceOf(ClaraClosedError);
    expect(await failure(tokens.getToken())).toBeInstanceOf(ClaraClosedError);
    expect(grants.requests).toHaveLength(1);
  });
});
