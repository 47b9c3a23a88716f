// Clara's hybrid card writes (reference §1.7): they may answer without a result and finish in the background,
// tracked as card requests (`/v3/cards/requests...`).
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { startSandbox, type Sandbox } from '../src/index.js';
import { MX_SPEC, TestClient } from './helpers.js';

const LATER = { 'x-sandbox-async': '60000' };

describe('asynchronous card writes', () => {
  let sandbox: Sandbox;
  let client: TestClient;
  let holder: string;

  const card = async (uuid: string) => client.request('GET', `/api/v3/cards/${uuid}`);
  const requestById = async (id: string) => (await client.request('GET', `/api/v3/cards/requests/${id}`)).json;
  const newestRequests = async (count: number) => (await client.request('GET', `/api/v3/cards/requests?size=${count}`)).json.content;
  const someCards = async (count: number, page: number) => (await client.request('GET', `/api/v3/cards?size=${count}&page=${page}`)).json.content as { uuid: string; lockCode: string; alias: string }[];

  beforeAll(async () => {
    sandbox = await startSandbox({ country: 'mx', spec: MX_SPEC });
    client = await new TestClient(sandbox).login();
    holder = (await client.request('GET', '/api/v3/users?size=1')).json.content[0].uuid;
  });
  afterEach(() => {
    vi.useRealTimers();
    sandbox.control.reset();
  });
  afterAll(async () => {
    client.close();
    await sandbox.close();
  });

  it('creates a card later: 204 now, a PENDING card request, then the card and a CREATED request', async () => {
    const cardsBefore = (await client.request('GET', '/api/v3/cards')).json.totalElements;
    const reply = await client.request('POST', '/api/v3/cards', { body: { type: 2, alias: 'Later', userUUID: holder, threshold: 5000, periodicityType: 1 }, headers: LATER });
    expect(reply.status).toBe(204);
    expect(reply.text).toBe('');
    const [pending] = await newestRequests(1);
    expect(pending).toMatchObject({ status: 'PENDING', cardUuid: null, userUuid: holder, alias: 'Later', errorMessage: null });
    expect(await requestById(pending.id)).toEqual(pending);
    expect((await client.request('GET', '/api/v3/cards')).json.totalElements).toBe(cardsBefore);

    expect(sandbox.control.completePendingWrites()).toBe(1);
    const done = await requestById(pending.id);
    expect(done).toMatchObject({ id: pending.id, status: 'CREATED', userUuid: holder, errorMessage: null, createdAt: pending.createdAt });
    expect((await card(done.cardUuid)).json).toMatchObject({ uuid: done.cardUuid, alias: 'Later', threshold: 5000 });
    expect(sandbox.control.completePendingWrites()).toBe(0);
  });

  it('creates in bulk later: one request per card, sharing a batch id listed by batch', async () => {
    const cardsRequests = ['Bulk A', 'Bulk B'].map((alias) => ({ type: 2, alias, userUUID: holder, threshold: 5000, periodicityType: 2 }));
    expect((await client.request('POST', '/api/v3/cards/bulk-create', { body: { cardsRequests }, headers: LATER })).status).toBe(204);
    const requests = await newestRequests(2);
    const batchId = requests[0].batchId as string;
    const batch = (await client.request('GET', `/api/v3/cards/requests/batches/${batchId}`)).json;
    expect(batch).toMatchObject({ totalElements: 2, number: 0 });
    expect(batch.content.map((request: { alias: string; status: string }) => [request.alias, request.status]).sort()).toEqual([
      ['Bulk A', 'PENDING'],
      ['Bulk B', 'PENDING'],
    ]);
    sandbox.control.completePendingWrites();
    const created = (await client.request('GET', `/api/v3/cards/requests/batches/${batchId}`)).json.content;
    expect(created.map((request: { status: string }) => request.status)).toEqual(['CREATED', 'CREATED']);
    for (const request of created) expect((await card(request.cardUuid)).json.alias).toBe(request.alias);
  });

  it('locks, re-thresholds and deletes later; the card changes only when the write completes', async () => {
    const [a, b, c] = await someCards(3, 2);
    const locked = a!.lockCode === 'LOCKED';
    expect((await client.request('PATCH', `/api/v3/cards/${a!.uuid}/lock`, { body: { locked: !locked }, headers: LATER })).status).toBe(204);
    expect((await client.request('PATCH', `/api/v3/cards/${b!.uuid}/threshold`, { body: { threshold: 7777 }, headers: LATER })).status).toBe(204);
    expect((await client.request('DELETE', `/api/v3/cards/${c!.uuid}`, { headers: LATER })).status).toBe(204);
    const pending = await newestRequests(3);
    expect(pending.map((request: { cardUuid: string; status: string }) => [request.cardUuid, request.status])).toEqual([
      [c!.uuid, 'PENDING'],
      [b!.uuid, 'PENDING'],
      [a!.uuid, 'PENDING'],
    ]);
    expect((await card(a!.uuid)).json.lockCode).toBe(a!.lockCode);
    expect((await card(c!.uuid)).status).toBe(200);

    expect(sandbox.control.completePendingWrites()).toBe(3);
    expect((await card(a!.uuid)).json.lockCode).toBe(locked ? 'UNLOCKED' : 'LOCKED');
    expect((await card(b!.uuid)).json.threshold).toBe(7777);
    expect((await card(c!.uuid)).status).toBe(404);
    expect((await newestRequests(3)).map((request: { status: string }) => request.status)).toEqual(['DELETED', 'UPDATED', 'UPDATED']);
  });

  it('ends in ERROR when told to (X-Sandbox-Async-Error) or when the card is gone by then', async () => {
    const [a, b] = await someCards(2, 4);
    const failing = { ...LATER, 'x-sandbox-async-error': 'Threshold exceeds company limit' };
    expect((await client.request('PATCH', `/api/v3/cards/${a!.uuid}/threshold`, { body: { threshold: 999999 }, headers: failing })).status).toBe(204);
    expect((await client.request('PATCH', `/api/v3/cards/lock`, { body: { cardUuids: [b!.uuid], locked: true }, headers: LATER })).status).toBe(204);
    expect((await client.request('DELETE', `/api/v3/cards/${b!.uuid}`)).status).toBe(200); // synchronous: gone before the lock completes
    sandbox.control.completePendingWrites();
    const [lock, threshold] = await newestRequests(2);
    expect(threshold).toMatchObject({ cardUuid: a!.uuid, status: 'ERROR', errorMessage: 'Threshold exceeds company limit' });
    expect(lock).toMatchObject({ cardUuid: b!.uuid, status: 'ERROR', errorMessage: `Card with UUID '${b!.uuid}' not found` });
    expect((await card(a!.uuid)).json.threshold).not.toBe(999999);
  });

  it('answers 404 at once for an unknown card, and 400 for a bad header', async () => {
    const unknown = await client.request('DELETE', '/api/v3/cards/3f1c2a9e-8b7d-4c6e-9a5f-1e2d3c4b5a69', { headers: LATER });
    expect(unknown.status).toBe(404);
    const [a] = await someCards(1, 5);
    const bad = await client.request('DELETE', `/api/v3/cards/${a!.uuid}`, { headers: { 'x-sandbox-async': 'soon' } });
    expect(bad.status).toBe(400);
    expect(bad.json.message).toBe('Invalid request: X-Sandbox-Async must be a whole number of milliseconds or "sync", got "soon"');
    const lonelyError = await client.request('DELETE', `/api/v3/cards/${a!.uuid}`, { headers: { 'x-sandbox-async-error': 'x' } });
    expect(lonelyError.status).toBe(400);
    expect(lonelyError.json.message).toMatch(/X-Sandbox-Async-Error needs a write that continues asynchronously/);
    expect(sandbox.control.completePendingWrites()).toBe(0);
    // Other operations ignore the header (a client may send it on every call).
    expect((await client.request('GET', '/api/v3/cards?size=1', { headers: LATER })).status).toBe(200);
  });

  it('records synchronous creations as CREATED card requests too', async () => {
    const reply = await client.request('POST', '/api/v3/cards', { body: { type: 2, alias: 'Now', userUUID: holder, threshold: 5000, periodicityType: 1 } });
    expect(reply.status).toBe(200);
    expect(reply.json.status).toBe('CREATED');
    const [request] = await newestRequests(1);
    expect(request).toMatchObject({ status: 'CREATED', cardUuid: reply.json.uuid, alias: 'Now' });
  });

  it('makes every hybrid write asynchronous with setAsyncWrites, finishing on the timer (fake timers)', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    sandbox.control.setAsyncWrites(3_000);
    const [a] = await someCards(1, 6);
    expect((await client.request('PATCH', `/api/v3/cards/${a!.uuid}/threshold`, { body: { threshold: 4321 } })).status).toBe(204);
    vi.advanceTimersByTime(2_999);
    expect((await newestRequests(1))[0].status).toBe('PENDING');
    vi.advanceTimersByTime(1);
    expect((await newestRequests(1))[0].status).toBe('UPDATED');
    expect((await card(a!.uuid)).json.threshold).toBe(4321);
    // X-Sandbox-Async: sync finishes one write now, whatever the setting.
    const now = await client.request('PATCH', `/api/v3/cards/${a!.uuid}/threshold`, { body: { threshold: 1234 }, headers: { 'x-sandbox-async': 'sync' } });
    expect(now.json).toEqual({ uuid: a!.uuid, status: 'UPDATED' });
  });

  it('is driven over HTTP under /__sandbox', async () => {
    const anonymous = new TestClient(sandbox);
    try {
      expect((await anonymous.request('POST', '/__sandbox/async-writes', { body: { delayMs: 60_000 } })).status).toBe(204);
      const [a] = await someCards(1, 7);
      expect((await client.request('DELETE', `/api/v3/cards/${a!.uuid}`)).status).toBe(204);
      expect((await anonymous.request('POST', '/__sandbox/pending-writes/complete')).json).toEqual({ completed: 1 });
      expect((await card(a!.uuid)).status).toBe(404);
      expect((await anonymous.request('POST', '/__sandbox/async-writes', { body: { delayMs: null } })).status).toBe(204);
      expect((await anonymous.request('POST', '/__sandbox/async-writes', { body: { delayMs: -1 } })).json.message).toMatch(/asyncWrites\.delayMs must be a whole number/);
    } finally {
      anonymous.close();
    }
  });
});

describe('the asyncWrites start option', () => {
  it('makes writes asynchronous from the start, and is checked', async () => {
    await expect(startSandbox({ country: 'mx', asyncWrites: { delayMs: 1.5 } })).rejects.toThrow('asyncWrites.delayMs must be a whole number of milliseconds >= 0, got 1.5');
    const sandbox = await startSandbox({ country: 'mx', spec: MX_SPEC, asyncWrites: { delayMs: 5_000 } });
    const client = await new TestClient(sandbox).login();
    try {
      const [a] = (await client.request('GET', '/api/v3/cards?size=1')).json.content;
      expect((await client.request('PATCH', `/api/v3/cards/${a.uuid}/lock`, { body: { locked: true } })).status).toBe(204);
      expect(sandbox.control.completePendingWrites()).toBe(1);
    } finally {
      client.close();
      await sandbox.close();
    }
  });
});
