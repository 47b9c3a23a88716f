import { readFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { startSandbox, type Sandbox } from '../src/index.js';
import { serviceName, UsageLog } from '../src/usage-log.js';
import { MX_SPEC, responseValidator, TestClient } from './helpers.js';

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

  it('lists every request answered, token requests included, with service names and what is chargeable', async () => {
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
    expect(rows.map((row) => [row.method, row.requestUri, row.responseStatus, row.service, row.chargeable])).toEqual([
      ['POST', '/oauth/token', '200', 'OauthTokenWrite', false],
      ['GET', '/api/v3/transactions', '200', 'TransactionsRead', true],
      ['GET', `/api/v3/cards/${UNKNOWN_CARD}`, '404', 'CardsRead', false],
      ['GET', '/api/v3/users', '200', 'UsersRead', true],
      ['POST', '/api-test/v3/cards', '200', 'CardsWrite', true],
      ['GET', '/api/v3/cards', '401', 'CardsRead', false],
    ]);
    expect(log.json.stats).toEqual({ total: 6, chargeable: 3, nonChargeable: 3 });
    expect(new Set(rows.map((row) => row.projectTokenId)).size).toBe(1);
    expect(new Set(rows.map((row) => row.id)).size).toBe(6);
    for (const row of rows) {
      expect(row.instant).toBeGreaterThanOrEqual(started);
      expect(row.id).toMatch(/^[0-9a-f]{24}$/);
    }
    // The log request itself is logged once answered.
    const next = (await client.request('GET', '/api/v1/logs/current')).json;
    expect(next.requests.at(-1)).toMatchObject({ requestUri: '/api/v1/logs/current', service: 'LogsRead', chargeable: true });
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
  it('keeps the last requests up to its limit', () => {
    const log = new UsageLog('client', 3);
    for (let i = 1; i <= 7; i++) log.record('GET', `/api/v3/cards/${i}`, 200, 1_000 + i);
    const { requests, stats } = log.between(0, 10_000);
    expect(requests.map((row) => row.requestUri)).toEqual(['/api/v3/cards/5', '/api/v3/cards/6', '/api/v3/cards/7']);
    expect(stats).toEqual({ total: 3, chargeable: 3, nonChargeable: 0 });
  });
});
