// The TokenManager with a store that grants refresh leases (as a Redis store does for many processes): one
// manager refreshes, the others wait for its token; a lease whose holder died only delays them.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadCredentials, MemoryTokenStore, TokenManager, tokenStoreKey, type ClaraCredentials, type TokenEvent, type TokenManagerOptions } from '@org/clara-auth';
import { LeasingMemoryStore } from './helpers/leasing-store.js';
import { createTestPki, type TestPki } from './helpers/pki.js';
import { ScriptedGrants } from './helpers/scripted-grants.js';

const TOKEN_URL = 'https://clara.test/oauth/token';
let pki: TestPki;
let credentials: ClaraCredentials;
let grants: ScriptedGrants;

beforeAll(async () => {
  pki = createTestPki();
  credentials = await loadCredentials({ cert: pki.read('client.crt'), key: pki.read('client.key'), clientId: 'client-1', clientSecret: 'lease-secret' });
});
afterAll(() => pki.remove());
beforeEach(() => {
  grants = new ScriptedGrants();
});

// Separate managers sharing one store behave like separate processes sharing Redis.
const manager = (store: MemoryTokenStore, options: Partial<TokenManagerOptions> = {}) =>
  new TokenManager({ credentials, requestGrant: grants.requestGrant, tokenUrl: TOKEN_URL, store, leasePollMs: 5, ...options });
const key = () => tokenStoreKey(TOKEN_URL, 'client-1', credentials.certificate.fingerprint256);

async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 5));
}

describe('TokenManager with a leasing store', () => {
  it('one of many managers requests the token; the others wait for it and take it from the store', async () => {
    const store = new LeasingMemoryStore(5_000);
    const managers = Array.from({ length: 5 }, () => manager(store));
    const events: TokenEvent[] = [];
    for (const m of managers) m.on('token', (event) => events.push(event));
    const release = grants.hold();
    const tokens = Promise.all(managers.map((m) => m.getToken()));
    await until(() => grants.requests.length === 1);
    await new Promise((resolve) => setTimeout(resolve, 50)); // the others are polling now
    release();
    expect(new Set(await tokens).size).toBe(1);
    expect(grants.requests).toHaveLength(1);
    expect(events.map((event) => event.source).sort()).toEqual(['endpoint', 'store', 'store', 'store', 'store']);
  });

  it('a lease whose holder died delays the others until it expires, then one of them refreshes', async () => {
    const store = new LeasingMemoryStore(300);
    await store.takeLeaseAndDie(key());
    const started = performance.now();
    const [a, b] = await Promise.all([manager(store).getToken(), manager(store).getToken()]);
    expect(a).toBe(b);
    expect(performance.now() - started).toBeGreaterThanOrEqual(280);
    expect(grants.requests).toHaveLength(1);
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
    const token = await manager(hung, { storeTimeoutMs: 50, logger: { warn: (message) => warnings.push(message) } }).getToken();
    expect(token).toMatch(/^token-/);
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
    await until(() => grants.requests.length === 1);
    tokens.close();
  });

  it('adopts a stored short-lived token by its own lifetime, so every process refreshes at the same moment', async () => {
    const store = new MemoryTokenStore();
    const issuedAt = Date.now() - 7_000;
    await store.set(key(), { accessToken: 'shared-token', tokenType: 'Bearer', issuedAt, expiresAt: issuedAt + 10_000 });
    // 3 s of a 10 s token left: outside its 2 s background window (twice the 1 s blocking one), so it is taken as it is.
    expect(await manager(store).getToken()).toBe('shared-token');
    expect(grants.requests).toHaveLength(0);

    const older = Date.now() - 8_500; // 1.5 s left: inside the window, so a new token is requested
    await store.set(key(), { accessToken: 'old-token', tokenType: 'Bearer', issuedAt: older, expiresAt: older + 10_000 });
    expect(await manager(store).getToken()).not.toBe('old-token');
    expect(grants.requests).toHaveLength(1);
  });
});
