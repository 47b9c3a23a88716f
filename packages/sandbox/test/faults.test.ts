import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { startSandbox, type Sandbox } from '../src/index.js';
import { FIXTURE_SPEC, TestClient } from './helpers.js';

describe('faults, control API and counters', () => {
  let sandbox: Sandbox;
  let client: TestClient;

  beforeAll(async () => {
    sandbox = await startSandbox({ country: 'mx', spec: FIXTURE_SPEC });
    client = await new TestClient(sandbox).login();
  });
  afterEach(() => {
    vi.useRealTimers();
    sandbox.control.reset();
  });
  afterAll(async () => {
    client.close();
    await sandbox.close();
  });

  it('answers 401 on the next N requests, then recovers', async () => {
    sandbox.control.failNext(2, { status: 401 });
    expect((await client.request('GET', '/api/v3/cards')).status).toBe(401);
    expect((await client.request('GET', '/api/v3/cards')).json.code).toBe('UNAUTHORIZED');
    expect((await client.request('GET', '/api/v3/cards')).status).toBe(200);
  });

  it('answers 429 with Retry-After, and 500/503', async () => {
    sandbox.control.failNext(1, { status: 429, retryAfterSeconds: 7 });
    sandbox.control.failNext(1, { status: 500 });
    sandbox.control.failNext(1, { status: 503, retryAfterSeconds: 2 });
    const limited = await client.request('GET', '/api/v3/users');
    expect(limited.status).toBe(429);
    expect(limited.headers['retry-after']).toBe('7');
    expect(limited.json.code).toBe('TOO_MANY_REQUESTS');
    expect((await client.request('GET', '/api/v3/users')).status).toBe(500);
    const unavailable = await client.request('GET', '/api/v3/users');
    expect(unavailable.status).toBe(503);
    expect(unavailable.headers['retry-after']).toBe('2');
  });

  it('limits faults to a path, including the token endpoint', async () => {
    sandbox.control.failNext(3, { status: 500, path: '/oauth/token' });
    sandbox.control.failNext(1, { status: 503, path: '/v3/cards' });
    expect((await client.request('GET', '/api/v3/users')).status).toBe(200);
    expect((await client.request('GET', '/api/v3/cards/whatever')).status).toBe(503);
    for (let i = 0; i < 3; i++) expect((await client.fetchToken()).status).toBe(500);
    expect((await client.fetchToken()).status).toBe(200);
  });

  it('resets the connection mid-response', async () => {
    sandbox.control.resetNext(1);
    await expect(client.request('GET', '/api/v3/transactions?size=50')).rejects.toThrow(/aborted|socket hang up|ECONNRESET/);
    expect((await client.request('GET', '/api/v3/transactions?size=50')).status).toBe(200);
  });

  it('adds latency', async () => {
    sandbox.control.setLatency(150);
    const started = performance.now();
    expect((await client.request('GET', '/api/v3/cards?size=1')).status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
  });

  it('enforces a requests-per-second limit with 429 and Retry-After', async () => {
    sandbox.control.setRateLimit(2);
    const replies = await Promise.all(Array.from({ length: 8 }, () => client.request('GET', '/api/v3/cards?size=1')));
    const limited = replies.filter((reply) => reply.status === 429);
    expect(limited.length).toBeGreaterThanOrEqual(5);
    expect(limited[0]?.headers['retry-after']).toBe('1');
    sandbox.control.setRateLimit(undefined);
    expect((await client.request('GET', '/api/v3/cards?size=1')).status).toBe(200);
  });

  it('issues tokens with the configured lifetime and rejects expired ones', async () => {
    sandbox.control.setTokenTtl(1);
    vi.useFakeTimers({ toFake: ['Date'] }); // the sandbox reads token lifetimes from Date: 1.1 s pass at once
    const shortLived = await new TestClient(sandbox).login();
    const issued = await shortLived.fetchToken();
    expect(issued.json.expires_in).toBe(1);
    vi.setSystemTime(Date.now() + 1_100);
    const expired = await shortLived.request('GET', '/api/v3/cards');
    shortLived.close();
    expect(expired.status).toBe(401);
    expect(expired.json.message).toMatch(/expired/);
  });

  it('takes faults and the token lifetime as start options', async () => {
    const faulty = await startSandbox({ country: 'mx', spec: FIXTURE_SPEC, tokenTtlSeconds: 120, faults: { failNext: [{ count: 1, status: 503 }] } });
    const faultyClient = new TestClient(faulty);
    try {
      expect((await faultyClient.fetchToken()).status).toBe(503);
      expect((await faultyClient.fetchToken()).json.expires_in).toBe(120);
    } finally {
      faultyClient.close();
      await faulty.close();
    }
  });

  it('rejects bad fault settings with a clear error', () => {
    expect(() => sandbox.control.failNext(0, { status: 500 })).toThrow(/count must be a positive integer/);
    expect(() => sandbox.control.failNext(1, { status: 418 as never })).toThrow(/status must be one of 401, 429, 500, 503/);
    expect(() => sandbox.control.setTokenTtl(0)).toThrow(/Token lifetime/);
  });

  it('is driven over HTTP under /__sandbox with the same mTLS', async () => {
    const anonymous = new TestClient(sandbox);
    const set = await anonymous.request('POST', '/__sandbox/fail-next', { body: { count: 1, status: 429, retryAfterSeconds: 3 } });
    expect(set.status).toBe(204);
    const limited = await client.request('GET', '/api/v3/cards');
    expect(limited.status).toBe(429);
    expect(limited.headers['retry-after']).toBe('3');
    const bad = await anonymous.request('POST', '/__sandbox/latency', { body: { ms: 'slow' } });
    expect(bad.status).toBe(400);
    expect(bad.json.message).toBe('"ms" must be a number');
    expect((await anonymous.request('POST', '/__sandbox/token-ttl', { body: { seconds: 60 } })).status).toBe(204);
    expect((await client.fetchToken()).json.expires_in).toBe(60);
    const stats = await anonymous.request('GET', '/__sandbox/stats');
    expect(stats.json).toMatchObject({ tokenRequests: expect.any(Number), byOperation: expect.any(Object) });
    expect((await anonymous.request('POST', '/__sandbox/reset')).status).toBe(204);
    anonymous.close();
  });

  it('counts token requests, handshakes, requests per operation, entity and status', async () => {
    sandbox.stats.reset();
    const fresh = new TestClient(sandbox);
    await fresh.login();
    await fresh.request('GET', '/api/v3/cards');
    await fresh.request('GET', '/api/v3/cards?size=2');
    await fresh.request('GET', '/api/v3/users', { headers: { 'x-tax-identifier': sandbox.entities[1]!.taxId } });
    await fresh.request('GET', '/api/v3/users?size=1000');
    fresh.close();
    expect(sandbox.stats.snapshot()).toEqual({
      tokenRequests: 1,
      tlsHandshakes: 1, // keep-alive: one connection for all five requests
      tlsHandshakeFailures: 0,
      requests: 5,
      byOperation: { listCards: 2, listUsers: 2 },
      byEntity: { [sandbox.entities[0]!.taxId]: 3, [sandbox.entities[1]!.taxId]: 1 },
      responsesByStatus: { 200: 4, 400: 1 },
    });
  });
});
