// What the spec audit changed in the documents the sandbox serves (reference/spec-audit.md): request bodies two
// official pages describe differently are accepted in both forms (`x-clara-contested` in the curated document);
// card configurations take the documented days-of-week and vendor-category parts and empty period times; the
// webhook-subscriber operations Clara documents beyond create/update (list, delete, delete-event) act on the
// subscribers that receive the webhooks.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../src/index.js';
import { TestClient } from './helpers.js';

const CURATED_MX = join(import.meta.dirname, '..', '..', '..', 'specs', 'mx', 'curated', 'api-docs-v3.json');

describe('the curated MX document in the sandbox', () => {
  let sandbox: Sandbox;
  let client: TestClient;
  let holder: string;
  let card: { uuid: string; lockCode: string };

  beforeAll(async () => {
    sandbox = await startSandbox({ country: 'mx', spec: CURATED_MX });
    client = await new TestClient(sandbox).login();
    holder = (await client.request('GET', '/api/v3/users?size=1')).json.content[0].uuid;
    card = (await client.request('GET', '/api/v3/cards?size=1')).json.content[0];
  });
  afterAll(async () => {
    client.close();
    await sandbox.close();
  });

  describe('contested request bodies: both forms accepted', () => {
    it('creates a card from the restrictions guide body (integer codes, userUUID) and from the provision guide body (names, userUuid)', async () => {
      const restrictions = await client.request('POST', '/api/v3/cards', { body: { type: 2, alias: 'Codes', userUUID: holder, threshold: 5000, periodicityType: 1 } });
      const provision = await client.request('POST', '/api/v3/cards', { body: { type: 'VIRTUAL', alias: 'Names', userUuid: holder, threshold: 5000, periodicity: 'MONTHLY' } });
      for (const reply of [restrictions, provision]) expect(reply.status, reply.text).toBe(200);
      const created = await client.request('GET', `/api/v3/cards/${provision.json.uuid}`);
      expect(created.json).toMatchObject({ alias: 'Names', periodicity: 'MONTHLY' });
    });

    it('takes both forms in a bulk create, and still refuses a body that is neither', async () => {
      const cardsRequests = [
        { type: 1, alias: 'Bulk codes', userUUID: holder, threshold: 5000, periodicityType: 2 },
        { type: 'PHYSICAL', alias: 'Bulk names', userUuid: holder, threshold: 5000, periodicity: 'DAILY' },
      ];
      expect((await client.request('POST', '/api/v3/cards/bulk-create', { body: { cardsRequests } })).status).toBe(200);
      const neither = await client.request('POST', '/api/v3/cards', { body: { type: 'VIRTUAL', alias: 'No holder' } });
      expect(neither.status).toBe(400);
      expect(neither.json.code).toBe('VALIDATION_ERROR');
    });

    it('locks a card with {"locked": true} and unlocks it with a bare false', async () => {
      const locked = await client.request('PATCH', `/api/v3/cards/${card.uuid}/lock`, { body: { locked: true } });
      expect(locked.status, locked.text).toBe(200);
      expect((await client.request('GET', `/api/v3/cards/${card.uuid}`)).json.lockCode).toBe('LOCKED');
      const unlocked = await client.request('PATCH', `/api/v3/cards/${card.uuid}/lock`, { body: false });
      expect(unlocked.status, unlocked.text).toBe(200);
      expect((await client.request('GET', `/api/v3/cards/${card.uuid}`)).json.lockCode).toBe('UNLOCKED');
      expect((await client.request('PATCH', `/api/v3/cards/${card.uuid}/lock`, { body: 'yes' })).status).toBe(400);
    });
  });

  describe('card configurations as Clara documents them', () => {
    const configure = (body: unknown) => client.request('POST', `/api/v3/cards/${card.uuid}/configurations`, { body });

    it('takes days of the week and vendor categories as `values`, and empty or null period times (March 2026)', async () => {
      const documented = await configure({
        period: { startDate: '2026-04-01', endDate: '2026-04-30', startTime: '', endTime: null },
        daysOfWeek: { values: ['MONDAY', 'FRIDAY'], allowedDaysOfUse: true },
        merchantCategories: { values: ['OFFICE', 'SOFTWARE_AND_HARDWARE'] },
      });
      expect(documented.status, documented.text).toBe(204);
      const bareDays = await configure({ daysOfWeek: ['MONDAY'] });
      expect(bareDays.status).toBe(400);
      expect((await configure({ period: { startTime: '8:00' } })).status).toBe(400);
    });
  });

  describe('webhook subscribers: list, delete-event, delete', () => {
    it('lists the company\'s subscribers with filters, removes an event, then deletes the subscriber', async () => {
      const callbackUrl = 'https://erp.example.com/hooks/audit';
      const created = await client.request('POST', '/api/v1/subscribers', { body: { name: 'Audit', callbackUrl, events: ['PAYMENT_PAID', 'CARD_CREATION_REQUEST_ERROR'], enabled: false } });
      expect(created.status, created.text).toBe(201);
      const { uuid } = created.json;

      const byName = await client.request('GET', '/api/v1/subscribers?name=Audit');
      expect(byName.status, byName.text).toBe(200);
      expect(byName.json).toMatchObject({ totalElements: 1, number: 0, content: [{ uuid, name: 'Audit' }] });
      expect((await client.request('GET', '/api/v1/subscribers?events=PAYMENT_PAID,OTHER')).json.content.map((s: { uuid: string }) => s.uuid)).toEqual([uuid]);
      expect((await client.request('GET', '/api/v1/subscribers?enabled=true')).json.totalElements).toBe(0);

      const removed = await client.request('DELETE', '/api/v1/subscribers/delete-event', { body: { callbackUrl, event: 'PAYMENT_PAID' } });
      expect(removed.status, removed.text).toBe(204);
      expect((await client.request('GET', `/api/v1/subscribers?uuid=${uuid}`)).json.content[0].events).toEqual(['CARD_CREATION_REQUEST_ERROR']);

      expect((await client.request('DELETE', `/api/v1/subscribers/${uuid}`)).status).toBe(204);
      expect((await client.request('GET', `/api/v1/subscribers?uuid=${uuid}`)).json.totalElements).toBe(0);
      expect((await client.request('DELETE', `/api/v1/subscribers/${uuid}`)).status).toBe(404);
    });
  });
});
