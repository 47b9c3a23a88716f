import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../src/index.js';
import { FIXTURE_SPEC, TestClient } from './helpers.js';

const TAX_ID_FORMATS = { mx: /^[A-Z&Ñ]{3}\d{6}[A-Z\d]{3}$/, br: /^\d{14}$/, co: /^9\d{8}-\d$/ };
const CURRENCIES = { mx: 'MXN', br: 'BRL', co: 'COP' };

describe('data', () => {
  let sandbox: Sandbox;
  let client: TestClient;

  beforeAll(async () => {
    sandbox = await startSandbox({ country: 'mx', spec: FIXTURE_SPEC, seed: 7, referenceDate: '2026-03-15' });
    client = await new TestClient(sandbox).login();
  });
  afterAll(async () => {
    client.close();
    await sandbox.close();
  });

  it('is deterministic from the seed', async () => {
    const twin = await startSandbox({ country: 'mx', spec: FIXTURE_SPEC, seed: 7, referenceDate: '2026-03-15' });
    const other = await startSandbox({ country: 'mx', spec: FIXTURE_SPEC, seed: 8, referenceDate: '2026-03-15' });
    const twinClient = await new TestClient(twin).login();
    const otherClient = await new TestClient(other).login();
    try {
      const mine = (await client.request('GET', '/api/v3/transactions?page=2&size=10')).json;
      expect((await twinClient.request('GET', '/api/v3/transactions?page=2&size=10')).json).toEqual(mine);
      expect((await otherClient.request('GET', '/api/v3/transactions?page=2&size=10')).json.content).not.toEqual(mine.content);
      expect(twin.entities).toEqual(sandbox.entities);
    } finally {
      twinClient.close();
      otherClient.close();
      await Promise.all([twin.close(), other.close()]);
    }
  });

  it('pages as Spring does (zero-based page, size, envelope)', async () => {
    const first = (await client.request('GET', '/api/v3/transactions')).json;
    expect(first).toMatchObject({ totalElements: 120, totalPages: 6, size: 20, number: 0, first: true, last: false, numberOfElements: 20, empty: false });
    const last = (await client.request('GET', '/api/v3/transactions?page=5&size=20')).json;
    expect(last).toMatchObject({ number: 5, first: false, last: true, numberOfElements: 20 });
    const beyond = (await client.request('GET', '/api/v3/transactions?page=9&size=20')).json;
    expect(beyond).toMatchObject({ content: [], empty: true, numberOfElements: 0 });
    const all = new Set<string>();
    for (let page = 0; page < 3; page++) {
      for (const item of (await client.request('GET', `/api/v3/transactions?page=${page}&size=50`)).json.content) all.add(item.uuid);
    }
    expect(all.size).toBe(120);
    expect((await client.request('GET', '/api/v3/cards')).json.totalElements).toBe(30);
    expect((await client.request('GET', '/api/v3/users')).json).toMatchObject({ totalElements: 25, size: 50 });
  });

  it('returns the same item by uuid as in the list, and 404 NOT_FOUND for an unknown one', async () => {
    const listed = (await client.request('GET', '/api/v3/transactions?page=3&size=7')).json.content[4];
    expect((await client.request('GET', `/api/v3/transactions/${listed.uuid}`)).json).toEqual(listed);
    const missing = await client.request('GET', '/api/v3/transactions/3f1c2a9e-8b7d-4c6e-9a5f-1e2d3c4b5a69');
    expect(missing.status).toBe(404);
    expect(missing.json).toMatchObject({ code: 'NOT_FOUND', message: "Transaction with UUID '3f1c2a9e-8b7d-4c6e-9a5f-1e2d3c4b5a69' not found" });
  });

  it('references real items: a transaction card and user exist in their collections', async () => {
    const transaction = (await client.request('GET', '/api/v3/transactions?size=1')).json.content[0];
    const card = await client.request('GET', `/api/v3/cards/${transaction.card.uuid}`);
    expect(card.status).toBe(200);
    const user = (await client.request('GET', `/api/v3/users/${transaction.card.user.uuid}`)).json;
    expect(transaction.card.user.userFullName).toBe(user.fullName);
    expect(card.json.user.uuid).toBe(transaction.card.user.uuid);
  });

  it('looks like the market: currency, dates in the last months, amounts with cents, merchants', async () => {
    const { content } = (await client.request('GET', '/api/v3/transactions?size=100')).json;
    for (const transaction of content) {
      expect(transaction.amount.currency).toBe('MXN');
      expect(String(transaction.amount.value)).toMatch(/^\d+(\.\d{1,2})?$/);
      expect(transaction.operationDate >= '2025-11-01' && transaction.operationDate <= '2026-03-15').toBe(true);
      expect(transaction.transactionLabel).toBe(transaction.merchant.name);
    }
    expect(content.some((t: { amount: { value: number } }) => !Number.isInteger(t.amount.value))).toBe(true);
    expect(new Set(content.map((t: { merchant: { name: string } }) => t.merchant.name)).size).toBeGreaterThan(5);
  });

  it('keeps writes in memory: create, lock toggle, threshold, update, delete', async () => {
    const user = (await client.request('GET', '/api/v3/users?size=1')).json.content[0];
    const created = await client.request('POST', '/api/v3/cards', {
      body: { type: 2, alias: 'Campaña Q3', userUUID: user.uuid, threshold: 5000, periodicityType: 1 },
    });
    expect(created.status).toBe(200);
    expect(created.json.status).toBe('CREATED');
    const uuid = created.json.uuid as string;
    const listed = (await client.request('GET', '/api/v3/cards?size=100')).json;
    expect(listed.totalElements).toBe(31);
    const card = listed.content.find((c: { uuid: string }) => c.uuid === uuid);
    expect(card).toMatchObject({ alias: 'Campaña Q3', threshold: 5000 });

    const lockCode = card.lockCode;
    expect((await client.request('PATCH', `/api/v3/cards/${uuid}/lock`, { body: { locked: lockCode !== 'LOCKED' } })).status).toBe(204);
    expect((await client.request('GET', `/api/v3/cards/${uuid}`)).json.lockCode).toBe(lockCode === 'LOCKED' ? 'UNLOCKED' : 'LOCKED');

    const threshold = await client.request('PATCH', `/api/v3/cards/${uuid}/threshold`, { body: { threshold: 12000, periodicity: 'WEEKLY' } });
    expect(threshold.json).toEqual({ uuid, status: 'UPDATED' });
    expect((await client.request('GET', `/api/v3/cards/${uuid}`)).json).toMatchObject({ threshold: 12000, periodicity: 'WEEKLY' });

    const patched = await client.request('PATCH', `/api/v3/users/${user.uuid}`, { body: { mobilePhone: '+52 55 1234 5678' } });
    expect(patched.json).toMatchObject({ uuid: user.uuid, mobilePhone: '+52 55 1234 5678', email: user.email });

    const deleted = await client.request('DELETE', `/api/v3/cards/${uuid}`);
    expect(deleted.json).toEqual({ uuid, status: 'DELETED' });
    expect((await client.request('GET', `/api/v3/cards/${uuid}`)).status).toBe(404);
    expect((await client.request('GET', '/api/v3/cards')).json.totalElements).toBe(30);
  });

  it('creates users from the request body and serves them by uuid', async () => {
    const created = await client.request('POST', '/api/v3/users', { body: { firstName: 'Ana', lastName: 'Ruiz', email: 'ana.ruiz@example.com.mx', role: 'MANAGER' } });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({ firstName: 'Ana', lastName: 'Ruiz', email: 'ana.ruiz@example.com.mx', role: 'MANAGER' });
    expect((await client.request('GET', `/api/v3/users/${created.json.uuid}`)).json).toEqual(created.json);
  });

  it('filters lists on item fields (status=ACTIVE)', async () => {
    const active = (await client.request('GET', '/api/v3/cards?status=ACTIVE&size=100')).json;
    expect(active.content.every((c: { status: string }) => c.status === 'ACTIVE')).toBe(true);
    expect(active.totalElements).toBe(active.content.length);
    expect(active.totalElements).toBeLessThan(30);
  });

  it('generates large datasets lazily (100 000 transactions)', async () => {
    const big = await startSandbox({ country: 'mx', spec: FIXTURE_SPEC, datasetSizes: { transactions: 100_000 } });
    const bigClient = await new TestClient(big).login();
    try {
      const page = (await bigClient.request('GET', '/api/v3/transactions?page=4999&size=20')).json;
      expect(page).toMatchObject({ totalElements: 100_000, totalPages: 5000, last: true, numberOfElements: 20 });
    } finally {
      bigClient.close();
      await big.close();
    }
  });
});

describe('multi-entity', () => {
  let sandbox: Sandbox;
  let client: TestClient;

  beforeAll(async () => {
    sandbox = await startSandbox({ country: 'mx', spec: FIXTURE_SPEC });
    client = await new TestClient(sandbox).login();
  });
  afterAll(async () => {
    client.close();
    await sandbox.close();
  });

  it('has a holding and two subsidiaries with valid tax ids', () => {
    expect(sandbox.entities.map((e) => e.role)).toEqual(['holding', 'subsidiary', 'subsidiary']);
    for (const entity of sandbox.entities) expect(entity.taxId).toMatch(TAX_ID_FORMATS.mx);
  });

  it('switches the data set with X-Tax-Identifier; no header is the holding', async () => {
    const [holding, subsidiary] = sandbox.entities;
    const plain = (await client.request('GET', '/api/v3/cards?size=5')).json;
    const asHolding = (await client.request('GET', '/api/v3/cards?size=5', { headers: { 'x-tax-identifier': holding!.taxId } })).json;
    const asSubsidiary = (await client.request('GET', '/api/v3/cards?size=5', { headers: { 'x-tax-identifier': subsidiary!.taxId } })).json;
    expect(asHolding).toEqual(plain);
    expect(asSubsidiary.content[0].uuid).not.toBe(plain.content[0].uuid);
    const foreign = await client.request('GET', `/api/v3/cards/${asSubsidiary.content[0].uuid}`);
    expect(foreign.status).toBe(404);
    expect(sandbox.stats.byEntity[holding!.taxId]).toBe(3);
    expect(sandbox.stats.byEntity[subsidiary!.taxId]).toBe(1);
  });

  it('answers 403 FORBIDDEN for an unknown tax identifier', async () => {
    const reply = await client.request('GET', '/api/v3/cards', { headers: { 'x-tax-identifier': 'XAXX010101000' } });
    expect(reply.status).toBe(403);
    expect(reply.json.code).toBe('FORBIDDEN');
  });
});

describe.each(['br', 'co'] as const)('market data for %s', (country) => {
  it('uses the country currency and tax identifier format', async () => {
    const sandbox = await startSandbox({ country, spec: FIXTURE_SPEC });
    const client = await new TestClient(sandbox).login();
    try {
      for (const entity of sandbox.entities) expect(entity.taxId).toMatch(TAX_ID_FORMATS[country]);
      const { content } = (await client.request('GET', '/api/v3/transactions?size=10')).json;
      for (const transaction of content) expect(transaction.amount.currency).toBe(CURRENCIES[country]);
    } finally {
      client.close();
      await sandbox.close();
    }
  });
});

describe('bulk writes of the real MX spec', () => {
  it('locks, re-thresholds and deletes the cards named in the body', async () => {
    const sandbox = await startSandbox({ country: 'mx' });
    const client = await new TestClient(sandbox).login();
    try {
      const cards = (await client.request('GET', '/api/v3/cards?size=3')).json.content as { uuid: string }[];
      const uuids = cards.map((card) => card.uuid);
      const locked = await client.request('PATCH', '/api/v3/cards/lock', { body: { cardUuids: uuids, locked: true } });
      expect(locked.status).toBe(200);
      expect(locked.json.results).toEqual(uuids.map((uuid) => ({ uuid, status: 'UPDATED' })));
      for (const uuid of uuids) expect((await client.request('GET', `/api/v3/cards/${uuid}`)).json.lockCode).toBe('LOCKED');

      const thresholds = await client.request('PATCH', '/api/v3/cards/threshold', { body: { cardsThresholds: [{ cardUuid: uuids[0], threshold: 7000 }] } });
      expect(thresholds.status).toBe(200);
      expect((await client.request('GET', `/api/v3/cards/${uuids[0]}`)).json.threshold).toBe(7000);

      expect((await client.request('POST', '/api/v3/cards/delete', { body: { cardUuids: uuids.slice(1) } })).status).toBe(200);
      expect((await client.request('GET', `/api/v3/cards/${uuids[1]}`)).status).toBe(404);
      expect((await client.request('GET', '/api/v3/cards')).json.totalElements).toBe(28);
    } finally {
      client.close();
      await sandbox.close();
    }
  });
});
