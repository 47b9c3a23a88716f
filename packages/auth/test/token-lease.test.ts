// The TokenManager with a store that grants refresh leases (as a Redis store does for many processes): one
// manager refreshes, the others wait for its token; a lease whose holder died only delays them.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { MemoryTokenStore, TokenManager, tokenStoreKey, type ClaraCredentials, type ClaraTransport, type TokenEvent, type TokenManagerOptions } from '@org/clara-auth';
import type { FakeClara } from './helpers/fake-clara.js';
import { startAuthFixture, stopAuthFixture } from './helpers/fixture.js';
import { LeasingMemoryStore } from './helpers/leasing-store.js';
import type { TestPki } from './helpers/pki.js';

let pki: TestPki;
let clara: FakeClara;
let credentials: ClaraCredentials;
let transport: ClaraTransport;

beforeAll(async () => ({ pki, clara, credentials, transport } = await startAuthFixture('lease-secret')));
afterAll(() => stopAuthFixture({ pki, clara, transport }));
beforeEach(() => {
  clara.tokenRequests.length = 0;
  clara.expiresIn = 3600;
});

// Separate managers sharing one store behave like separate processes sharing Redis.
const manager = (store: MemoryTokenStore, options: Partial<TokenManagerOptions> = {}) =>
  new TokenManager({ credentials, transport, tokenUrl: clara.tokenUrl, store, leasePollMs: 5, ...options });
const key = () => tokenStoreKey(clara.tokenUrl, 'client-1', credentials.certificate.fingerprint256);

async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 5));
}

describe('TokenManager with a leasing store', () => {
  it('one of many managers requests the token; the others wait for it and take it from the store', async () => {
    const store = new LeasingMemoryStore(5_000);
    const managers = Array.from({ length: 5 }, () => manager(store));
    const events: TokenEvent[] = [];
    for (const m of managers) m.on('token', (event) => events.push(event));
    const release = clara.hold();
    const tokens = Promise.all(managers.map((m) => m.getToken()));
    await until(() => clara.tokenRequests.length === 1);
    await new Promise((resolve) => setTimeout(resolve, 50)); // the others are polling now
    release();
    expect(new Set(await tokens).size).toBe(1);
    expect(clara.tokenRequests).toHaveLength(1);
    expect(events.map((event) => event.source).sort()).toEqual(['endpoint', 'store', 'store', 'store', 'store']);
  });

  it('a lease whose holder died delays the others until it expires, then one of them refreshes', async () => {
    const store = new LeasingMemoryStore(300);
    await store.takeLeaseAndDie(key());
    const started = performance.now();
    const [a, b] = await Promise.all([manager(store).getToken(), manager(store).getToken()]);
    expect(a).toBe(b);
    expect(performance.now() - started).toBeGreaterThanOrEqual(280);
    expect(clara.tokenRequests).toHaveLength(1);
  });

  it('a store that fails to grant leases does not stop tokens: the manager requests one itself', async () => {
    const store = new MemoryTokenStore();
    const broken = Object.assign(store, { acquireLease: async () => Promise.reject(new Error('store down')) });
    const warnings: string[] = [];
    expect(await manager(broken, { logger: { warn: (message) => warnings.push(message) } }).getToken()).toMatch(/^token-/);
    expect(warnings).toContain('Clara token store failed to grant a refresh lease; requesting a token without it');
  });

  it('a store whose calls never answer costs at most storeTimeoutMs per call: the token is requested without it', async () => {
    const never = () => new Promise<never>(() => {});
    const hung = Object.assign(new MemoryTokenStore(), { get: never, set: never, delete: never, acquireLease: never });
    const warnings: string[] = [];
    const started = performance.now();
    const token = await manager(hung, { storeTimeoutMs: 50, logger: { warn: (message) => warnings.push(message) } }).getToken();
    expect(token).toMatch(/^token-/);
    expect(performance.now() - started).toBeLessThan(1000); // read, lease and write: 3 × 50 ms, plus the request
    expect(warnings).toEqual([
      'Clara token store failed to read; requesting a new token',
      'Clara token store failed to grant a refresh lease; requesting a token without it',
      'Clara token store failed to save a token',
    ]);
  });

  it('a stored token of unknown lifetime (no issuedAt) gets the configured windows, not ones shrunk to its remaining time', async () => {
    const store = new MemoryTokenStore();
    await store.set(key(), { accessToken: 'legacy-token', tokenType: 'Bearer', expiresAt: Date.now() + 2_500 });
    const tokens = manager(store, { backgroundRefreshSeconds: 2, blockingRefreshSeconds: 1 });
    expect(await tokens.getToken()).toBe('legacy-token'); // 2.5 s left: outside the 2 s background window
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(await tokens.getToken()).toBe('legacy-token'); // 1.8 s left: served, and refreshed behind
    await until(() => clara.tokenRequests.length === 1);
    tokens.close();
  });

  it('adopts a stored short-lived token by its own lifetime, so every process refreshes at the same moment', async () => {
    const store = new MemoryTokenStore();
    const issuedAt = Date.now() - 7_000;
    await store.set(key(), { accessToken: 'shared-token', tokenType: 'Bearer', issuedAt, expiresAt: issuedAt + 10_000 });
    // 3 s of a 10 s token left: outside its 2 s background window (twice the 1 s blocking one), so it is taken as it is.
    expect(await manager(store).getToken()).toBe('shared-token');
    expect(clara.tokenRequests).toHaveLength(0);

    const older = Date.now() - 8_500; // 1.5 s left: inside the window, so a new token is requested
    await store.set(key(), { accessToken: 'old-token', tokenType: 'Bearer', issuedAt: older, expiresAt: older + 10_000 });
    expect(await manager(store).getToken()).not.toBe('old-token');
    expect(clara.tokenRequests).toHaveLength(1);
  });
});
