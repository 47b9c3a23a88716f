import { readFileSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { startSandbox, type Sandbox } from '../src/index.js';
import { DEFAULT_USAGE_LOG_BYTES, serviceName, USAGE_LOG_DROPPED_HEADER, UsageLog } from '../src/usage-log.js';
import { FIXTURE_SPEC, MX_SPEC, responseValidator, TestClient } from './helpers.js';

const UNKNOWN_CARD = '3f1c2a9e-8b7d-4c6e-9a5f-1e2d3c4b5a69';

describe("Clara's usage logs, from what the sandbox served", () => {
  let sandbox: Sandbox;
  let client: TestClient;

  beforeAll(async () => {
    sandbox = await startSandbox({ country: 'mx', spec: MX_SPEC });
    client = new TestClient(sandbox);
  });
  afterEach(() => {
    vi.useRealTimers();
  });
  afterAll(async () => {
    client.close();
    await sandbox.close();
  });

  it('lists every request answered, token requests included, with what is chargeable and only the declared fields', async () => {
    const started = Date.now();
    await client.login();
    await client.request('GET', '/api/v3/transactions?size=1');
    await client.request('GET', `/api/v3/cards/${UNKNOWN_CARD}`);
    const [user] = (await client.request('GET', '/api/v3/users?size=1')).json.content;
    await client.request('POST', '/api-test/v3/cards', { body: { type: 2, alias: 'Logs', userUUID: user.uuid, threshold: 5000, periodicityType: 1 } });
    await client.request('GET', '/api/v3/cards', { headers: { authorization: 'Bearer nope' } });
    await client.request('GET', '/__sandbox/stats'); // the control API is not Clara's: not logged

    const log = await client.request('GET', '/api/v1/logs/current');
    expect(log.status).toBe(200);
    expect(responseValidator(JSON.parse(readFileSync(MX_SPEC, 'utf8')))('/components/schemas/ApiUsageLogResponse', log.json)).toBeUndefined();
    const rows = log.json.requests as Record<string, unknown>[];
    expect(rows.map((row) => [row.method, row.requestUri, row.responseStatus, row.chargeable])).toEqual([
      ['POST', '/oauth/token', '200', false],
      ['GET', '/api/v3/transactions', '200', true],
      ['GET', `/api/v3/cards/${UNKNOWN_CARD}`, '404', false],
      ['GET', '/api/v3/users', '200', true],
      ['POST', '/api-test/v3/cards', '200', true],
      ['GET', '/api/v3/cards', '401', false],
    ]);
    expect(log.json.stats).toEqual({ total: 6, chargeable: 3, nonChargeable: 3 });
    // Only what ApiUsageLogEntry declares: an extra field would be drift in every client's report.
    for (const row of rows) expect(Object.keys(row).sort()).toEqual(['chargeable', 'id', 'instant', 'method', 'projectTokenId', 'requestUri', 'responseStatus']);
    expect(new Set(rows.map((row) => row.projectTokenId)).size).toBe(1);
    expect(new Set(rows.map((row) => row.id)).size).toBe(6);
    for (const row of rows) {
      expect(row.instant).toBeGreaterThanOrEqual(started);
      expect(row.id).toMatch(/^[0-9a-f]{24}$/);
    }
    // The log request itself is logged once answered.
    const next = (await client.request('GET', '/api/v1/logs/current')).json;
    expect(next.requests.at(-1)).toMatchObject({ requestUri: '/api/v1/logs/current', chargeable: true });
  });

  it('answers a month and a day by their UTC calendar bounds', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2031-03-31T23:59:59.500Z'));
    await client.login(); // a token valid in 2031
    await client.request('GET', '/api/v3/users?size=1');
    vi.setSystemTime(new Date('2031-04-01T00:00:00.250Z'));
    await client.request('GET', '/api/v3/transactions?size=1');

    const march = (await client.request('GET', '/api/v1/logs/2031/3')).json;
    expect(march.requests.map((row: { requestUri: string }) => row.requestUri)).toEqual(['/oauth/token', '/api/v3/users']);
    expect(march.stats).toEqual({ total: 2, chargeable: 1, nonChargeable: 1 });
    const april = (await client.request('GET', '/api/v1/logs/2031/04')).json;
    expect(april.requests.map((row: { requestUri: string }) => row.requestUri)).toEqual(['/api/v3/transactions', '/api/v1/logs/2031/3']);
    const current = (await client.request('GET', '/api/v1/logs/current')).json;
    expect(current.requests.map((row: { requestUri: string }) => row.requestUri)).toEqual(april.requests.map((row: { requestUri: string }) => row.requestUri).concat('/api/v1/logs/2031/04'));
    expect((await client.request('GET', '/api/v1/logs/2031/3/31')).json.stats.total).toBe(2);
    expect((await client.request('GET', '/api/v1/logs/2031/4/2')).json).toEqual({ stats: { total: 0, chargeable: 0, nonChargeable: 0 }, requests: [] });
  });

  it('answers a day that does not exist with 400', async () => {
    const reply = await client.request('GET', '/api/v1/logs/2031/2/30');
    expect(reply.status).toBe(400);
    expect(reply.json).toMatchObject({ code: 'VALIDATION_ERROR', message: 'Invalid request: 2031-2-30 is not a date' });
  });
});

describe('service names', () => {
  it('are the resource in PascalCase + Read for GET, Write otherwise', () => {
    expect(serviceName('GET', '/api/v3/transactions')).toBe('TransactionsRead');
    expect(serviceName('PATCH', '/api/v3/cards/7b2e4d61-3a9f-4c8e-b5d2-1e0f9a8c7b6d/lock')).toBe('CardsWrite');
    expect(serviceName('GET', '/api-test/v3/cards/requests/batches/1')).toBe('CardsRead');
    expect(serviceName('GET', '/api/v3/billing-statements/current')).toBe('BillingStatementsRead');
    expect(serviceName('POST', '/oauth/token')).toBe('OauthTokenWrite');
    expect(serviceName('GET', '/api/v1/logs/2026/3')).toBe('LogsRead');
  });
});

describe('the usage log', () => {
  const row = (path: string) => path.length + 'GET'.length + 96;

  it('keeps rows up to its size in bytes, drops the oldest first and still counts them in the period', () => {
    const paths = Array.from({ length: 7 }, (_, i) => `/api/v3/cards/${i + 1}`);
    const log = new UsageLog('client', 3 * row(paths[0] as string));
    paths.forEach((path, i) => log.record('GET', path, i === 0 ? 404 : 200, Date.UTC(2031, 2, 31, 23, 59, 55 + i)));
    expect(log.rows).toBe(3);
    expect(log.bytesHeld).toBe(3 * row(paths[0] as string));
    const all = log.between(0, Date.UTC(2032, 0, 1));
    expect(all.requests.map((entry) => entry.requestUri)).toEqual(paths.slice(4));
    // The first (a 404) and three 200s were dropped: counted, not listed.
    expect(all).toMatchObject({ dropped: 4, stats: { total: 7, chargeable: 6, nonChargeable: 1 } });
    // Rows of 31 March (5 of them, 4 dropped) and of 1 April (2, none dropped) per UTC day.
    expect(log.between(Date.UTC(2031, 2, 31), Date.UTC(2031, 3, 1))).toMatchObject({ dropped: 4, stats: { total: 5 } });
    expect(log.between(Date.UTC(2031, 3, 1), Date.UTC(2031, 3, 2))).toMatchObject({ dropped: 0, stats: { total: 2 } });
  });

  it('holds at most its bytes for 20 000 requests with 15 KB paths (heap measured after GC, not RSS)', () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const heapAfterGc = () => {
      gc();
      return process.memoryUsage().heapUsed;
    };
    const log = new UsageLog('client');
    const before = heapAfterGc();
    for (let i = 0; i < 20_000; i++) {
      // As the server records it: the path cut from the request's URL.
      const url = `/api/v3/cards/${String(i).padStart(15_000, 'x')}?page=0&filler=${'q'.repeat(1_000)}`;
      log.record('GET', url.split('?')[0] as string, 404);
    }
    const grown = heapAfterGc() - before;
    expect(log.bytesHeld).toBeLessThanOrEqual(DEFAULT_USAGE_LOG_BYTES);
    expect(log.rows).toBe(Math.floor(DEFAULT_USAGE_LOG_BYTES / row(`/api/v3/cards/${'x'.repeat(15_000)}`)));
    // Rows kept, plus V8's own overhead; keeping every row (as before) grew the heap by about 300 MB.
    expect(grown).toBeLessThan(1.5 * DEFAULT_USAGE_LOG_BYTES);
    expect(log.between(0, Date.now() + 1)).toMatchObject({ dropped: 20_000 - log.rows, stats: { total: 20_000 } });
  });

  it('holds at most its bytes for short paths cut from URLs with 15 KB query strings', () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const heapAfterGc = () => {
      gc();
      return process.memoryUsage().heapUsed;
    };
    const maxBytes = 1024 * 1024;
    const log = new UsageLog('client', maxBytes);
    const before = heapAfterGc();
    for (let i = 0; i < 10_000; i++) {
      // A slice of the URL (as split gives) would keep the whole URL, query included, alive in the row.
      const url = `/api/v3/cards/${String(i).padStart(20, '0')}?filler=${'q'.repeat(15_000)}${i}`;
      log.record('GET', url.split('?')[0] as string, 404);
    }
    const grown = heapAfterGc() - before;
    expect(log.rows).toBe(Math.floor(maxBytes / row(`/api/v3/cards/${'0'.repeat(20)}`)));
    // Slices of the URLs kept about 8 000 URLs of 15 KB: about 120 MB.
    expect(grown).toBeLessThan(2 * maxBytes);
  });
});

describe('a sandbox with a small usage log', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('answers a period missing rows with every request counted and the number dropped in a header', async () => {
    const path = `/not-the-api/${'p'.repeat(2_000)}`;
    const sandbox = await startSandbox({ country: 'mx', spec: FIXTURE_SPEC, usageLogBytes: 4 * (path.length + 3 + 96) });
    const client = new TestClient(sandbox);
    // Mid-month (once the sandbox's certificates are minted): every request falls in the month asked for.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2031-05-15T12:00:00Z'));
    try {
      await client.login();
      for (let i = 0; i < 10; i++) expect((await client.request('GET', path)).status).toBe(404);
      const log = await client.request('GET', '/api/v1/logs/2031/05');
      expect(log.status).toBe(200);
      // Room for 4 of the long rows: the token request and 6 long rows were dropped.
      expect(log.json.requests.map((entry: { requestUri: string }) => entry.requestUri)).toEqual([path, path, path, path]);
      expect(log.headers[USAGE_LOG_DROPPED_HEADER]).toBe('7');
      expect(log.json.stats).toEqual({ total: 11, chargeable: 0, nonChargeable: 11 });
      await expect(startSandbox({ country: 'mx', spec: FIXTURE_SPEC, usageLogBytes: -1 })).rejects.toThrow('usageLogBytes must be a whole number of bytes >= 0, got -1');
    } finally {
      client.close();
      await sandbox.close();
    }
  });
});
