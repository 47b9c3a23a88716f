import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { startSandbox, type Sandbox } from '../src/index.js';
import { Webhooks } from '../src/webhooks.js';
import { MX_SPEC, TestClient, WebhookReceiver } from './helpers.js';

const LATER = { 'x-sandbox-async': '60000' };

describe('webhooks to a real local receiver', () => {
  let sandbox: Sandbox;
  let client: TestClient;
  let receiver: WebhookReceiver;
  let holder: string;

  const subscribe = async (events: string[], headers: Record<string, string> = {}) => {
    const reply = await client.request('POST', '/api/v1/subscribers', { body: { name: 'ERP', callbackUrl: receiver.url, events }, headers });
    expect(reply.status).toBe(201);
    return reply.json as { uuid: string; enabled: boolean; callbackUrl: string; events: string[] };
  };
  const createLater = (alias: string, headers: Record<string, string> = {}) =>
    client.request('POST', '/api/v3/cards', { body: { type: 2, alias, userUUID: holder, threshold: 5000, periodicityType: 1 }, headers: { ...LATER, ...headers } });

  beforeAll(async () => {
    sandbox = await startSandbox({ country: 'mx', spec: MX_SPEC, webhooks: { retryDelayMs: 5, maxAttempts: 3 } });
    client = await new TestClient(sandbox).login();
    holder = (await client.request('GET', '/api/v3/users?size=1')).json.content[0].uuid;
  });
  beforeEach(async () => {
    receiver = await WebhookReceiver.start();
  });
  afterEach(async () => {
    await sandbox.control.webhooksSettled();
    await receiver.close();
  });
  afterAll(async () => {
    client.close();
    await sandbox.close();
  });

  it('registers a subscriber and POSTs CARD_CREATION_REQUEST_CREATED when an async creation completes', async () => {
    const subscriber = await subscribe(['CARD_CREATION_REQUEST_CREATED']);
    expect(subscriber).toMatchObject({ uuid: expect.any(String), name: 'ERP', callbackUrl: receiver.url, events: ['CARD_CREATION_REQUEST_CREATED'], enabled: true });
    expect((await createLater('Hooked')).status).toBe(204);
    expect(receiver.received).toEqual([]);

    sandbox.control.completePendingWrites();
    const [delivery] = await sandbox.control.webhooksSettled().then((all) => all.filter((d) => d.subscriberUuid === subscriber.uuid));
    expect(receiver.received).toHaveLength(1);
    const [{ headers, body }] = receiver.received as [{ headers: Record<string, string>; body: any }];
    expect(headers['content-type']).toBe('application/json');
    expect(body).toMatchObject({
      id: expect.any(String),
      event: 'CARD_CREATION_REQUEST_CREATED',
      createdAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
      taxIdentifier: sandbox.entities[0]!.taxId,
      data: { status: 'CREATED', alias: 'Hooked', userUuid: holder, cardUuid: expect.any(String) },
    });
    const request = (await client.request('GET', `/api/v3/cards/requests/${body.data.id}`)).json;
    expect(request).toEqual(body.data);
    expect((await client.request('GET', `/api/v3/cards/${body.data.cardUuid}`)).json.alias).toBe('Hooked');
    expect(delivery).toMatchObject({ event: 'CARD_CREATION_REQUEST_CREATED', url: receiver.url, state: 'delivered', attempts: [{ status: 200 }], payload: body });
  });

  it('sends CARD_CREATION_REQUEST_ERROR to a subscriber that added the event', async () => {
    await subscribe(['TEST_EVENT']);
    const added = await client.request('POST', '/api/v1/subscribers/add-event', { body: { callbackUrl: receiver.url, event: 'CARD_CREATION_REQUEST_ERROR' } });
    expect(added.status).toBe(204);
    await createLater('Doomed', { 'x-sandbox-async-error': 'User is not active' });
    await createLater('Fine');
    sandbox.control.completePendingWrites();
    await sandbox.control.webhooksSettled();
    expect(receiver.received.map(({ body }) => [body.event, body.data.status, body.data.errorMessage])).toEqual([
      ['CARD_CREATION_REQUEST_ERROR', 'ERROR', 'User is not active'],
    ]);
  });

  it('retries a failing receiver with backoff, a bounded number of times', async () => {
    await subscribe(['CARD_LOCK_REQUEST_UPDATED']);
    receiver.statuses = [500, 503];
    const [card] = (await client.request('GET', '/api/v3/cards?size=1&page=3')).json.content;
    await client.request('PATCH', `/api/v3/cards/${card.uuid}/lock`, { body: { locked: true }, headers: LATER });
    sandbox.control.completePendingWrites();
    const delivered = (await sandbox.control.webhooksSettled()).at(-1)!;
    expect(delivered).toMatchObject({ event: 'CARD_LOCK_REQUEST_UPDATED', state: 'delivered' });
    expect(delivered.attempts.map((attempt) => attempt.status)).toEqual([500, 503, 200]);
    expect(receiver.received.map(({ body }) => body.id)).toEqual([delivered.payload.id, delivered.payload.id, delivered.payload.id]);

    receiver.statuses = [500, 500, 500, 500];
    await client.request('PATCH', `/api/v3/cards/${card.uuid}/lock`, { body: { locked: false }, headers: LATER });
    sandbox.control.completePendingWrites();
    const failed = (await sandbox.control.webhooksSettled()).at(-1)!;
    expect(failed).toMatchObject({ state: 'failed' });
    expect(failed.attempts).toHaveLength(3);
  });

  it('records why an unreachable receiver failed', async () => {
    const gone = await WebhookReceiver.start();
    const url = gone.url;
    await gone.close();
    await client.request('POST', '/api/v1/subscribers', { body: { name: 'Gone', callbackUrl: url, events: ['UNREACHABLE_TEST'] } });
    sandbox.control.sendWebhook('UNREACHABLE_TEST', { uuid: 'x' });
    const failed = (await sandbox.control.webhooksSettled()).at(-1)!;
    expect(failed).toMatchObject({ url, state: 'failed' });
    expect(failed.attempts.map((attempt) => attempt.error)).toEqual([expect.stringMatching(/ECONNREFUSED/), expect.stringMatching(/ECONNREFUSED/), expect.stringMatching(/ECONNREFUSED/)]);
  });

  it('stops sending to a disabled subscriber, updates events, and answers 404 for an unknown one', async () => {
    const subscriber = await subscribe(['DISABLE_TEST']);
    const disabled = await client.request('PATCH', `/api/v1/subscribers/${subscriber.uuid}`, { body: { enabled: false } });
    expect(disabled.json).toMatchObject({ uuid: subscriber.uuid, enabled: false, events: ['DISABLE_TEST'] });
    expect(sandbox.control.sendWebhook('DISABLE_TEST', {})).toEqual([]);
    await client.request('PATCH', `/api/v1/subscribers/${subscriber.uuid}`, { body: { enabled: true, events: ['SOMETHING_ELSE'] } });
    expect(sandbox.control.sendWebhook('DISABLE_TEST', {})).toEqual([]);
    expect(sandbox.control.sendWebhook('SOMETHING_ELSE', { n: 1 })).toHaveLength(1);
    const unknown = await client.request('PATCH', '/api/v1/subscribers/8c9d0e1f-2a3b-4c4d-9e5f-6a7b8c9d0e1f', { body: { enabled: false } });
    expect(unknown.status).toBe(404);
    const noSuchUrl = await client.request('POST', '/api/v1/subscribers/add-event', { body: { callbackUrl: 'https://nowhere.example.com/hook', event: 'PAYMENT_PAID' } });
    expect(noSuchUrl.status).toBe(404);
  });

  it("keeps each company's subscribers to its own events", async () => {
    const subsidiary = sandbox.entities[1]!.taxId;
    await subscribe(['COMPANY_TEST'], { 'x-tax-identifier': subsidiary });
    expect(sandbox.control.sendWebhook('COMPANY_TEST', { for: 'holding' })).toEqual([]);
    const [delivery] = sandbox.control.sendWebhook('COMPANY_TEST', { for: 'subsidiary' }, { taxIdentifier: subsidiary });
    await sandbox.control.webhooksSettled();
    expect(delivery).toMatchObject({ payload: { taxIdentifier: subsidiary, data: { for: 'subsidiary' } } });
    expect(receiver.received.map(({ body }) => body.data)).toEqual([{ for: 'subsidiary' }]);
  });

  it('lists subscribers by companyUuid: the company served (holding or subsidiary), nothing for another company', async () => {
    const [holding, subsidiary] = sandbox.entities;
    const created = await subscribe(['COMPANY_LIST_TEST'], { 'x-tax-identifier': subsidiary!.taxId });
    const list = async (companyUuid: string, taxId: string) =>
      (await client.request('GET', `/api/v1/subscribers?companyUuid=${companyUuid}&events=COMPANY_LIST_TEST`, { headers: { 'x-tax-identifier': taxId } })).json;
    const mine = await list(subsidiary!.uuid, subsidiary!.taxId);
    expect(mine.content.map((subscriber: { uuid: string }) => subscriber.uuid)).toEqual([created.uuid]);
    expect(mine.content[0].companyUuid).toBe(subsidiary!.uuid);
    expect(created).toMatchObject({ companyUuid: subsidiary!.uuid });
    expect((await list(holding!.uuid, subsidiary!.taxId)).content).toEqual([]);
    // The holding's own example subscriber, found by its company.
    const ofHolding = (await client.request('GET', `/api/v1/subscribers?companyUuid=${holding!.uuid}`)).json;
    expect(ofHolding.content.length).toBeGreaterThan(0);
    for (const subscriber of ofHolding.content) expect(subscriber.companyUuid ?? holding!.uuid).toBe(holding!.uuid);
  });

  it('refuses a callback URL it could not call', async () => {
    const reply = await client.request('POST', '/api/v1/subscribers', { body: { name: 'FTP', callbackUrl: 'ftp://example.com/hook', events: ['PAYMENT_PAID'] } });
    expect(reply.status).toBe(400);
    expect(reply.json.message).toBe('Invalid request: body.callbackUrl must be an http or https URL, got "ftp://example.com/hook"');
  });

  it('shows the delivery log and sends events over HTTP under /__sandbox', async () => {
    await subscribe(['PAYMENT_PAID']);
    const anonymous = new TestClient(sandbox);
    try {
      // Any event name goes: PAYMENT_PAID (boleto payments) is documented, but nothing in the sandbox emits it.
      const sent = await anonymous.request('POST', '/__sandbox/webhooks/send', { body: { event: 'PAYMENT_PAID', data: { amount: 10 } } });
      expect(sent.json).toHaveLength(1);
      const settled = (await anonymous.request('POST', '/__sandbox/webhooks/settle')).json;
      const log = (await anonymous.request('GET', '/__sandbox/webhooks/deliveries')).json;
      expect(log).toEqual(settled);
      expect(log.find((delivery: { id: string }) => delivery.id === sent.json[0].id)).toMatchObject({ state: 'delivered', payload: { event: 'PAYMENT_PAID', data: { amount: 10 } } });
      expect((await anonymous.request('POST', '/__sandbox/webhooks/send', { body: { data: {} } })).json.message).toBe('"event" must be a string');
    } finally {
      anonymous.close();
    }
  });
});

describe('webhook retry schedule', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('waits 1 s, 2 s, 4 s, 8 s between the default 5 attempts, then gives up', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const attemptsAt: number[] = [];
    const webhooks = new Webhooks({
      fetch: async () => {
        attemptsAt.push(Date.now());
        return new Response(null, { status: 503 });
      },
    });
    webhooks.add('TAX', { uuid: 's1', callbackUrl: 'http://receiver.test/hook', events: ['PAYMENT_PAID'], enabled: true });
    const start = Date.now();
    webhooks.emit('TAX', 'PAYMENT_PAID', {});
    await vi.advanceTimersByTimeAsync(15_000);
    expect(attemptsAt.map((at) => at - start)).toEqual([0, 1_000, 3_000, 7_000, 15_000]);
    expect(webhooks.deliveries()[0]).toMatchObject({ state: 'failed', attempts: Array(5).fill({ at: expect.any(String), status: 503 }) });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(attemptsAt).toHaveLength(5);
  });

  it('checks its options', () => {
    expect(() => new Webhooks({ maxAttempts: 0 })).toThrow('webhooks.maxAttempts must be a whole number >= 1, got 0');
    expect(() => new Webhooks({ retryDelayMs: -1 })).toThrow('webhooks.retryDelayMs must be a number >= 0, got -1');
  });
});
