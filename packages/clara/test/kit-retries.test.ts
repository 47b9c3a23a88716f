// The retry policy, through the whole client, with the testing kit answering and the fake clock timing every
// attempt: which failures are retried (idempotent methods vs writes), the backoff, Retry-After, and the limits.
import { describe, expect, test } from 'vitest';

import { ClaraConnectionError, ClaraRateLimitError, ClaraServerError, ClaraTimeoutError } from '../src/index.js';
import { settle, useFakeClock } from './support/fake-clock.js';
import { useMockedTestland } from './support/testland-mock.js';

const kit = useMockedTestland();
/** A client whose attempts are timed on the fake clock (ms after the call started); it has its token already. */
async function timedClient(options: { maxRetries?: number; timeoutMs?: number } = {}) {
  const sentAt: number[] = [];
  const clara = kit.client({ ...options, hooks: { beforeRequest: [() => void sentAt.push(Date.now())] } });
  await clara.verifyCredentials(); // the token, on the real clock
  useFakeClock();
  const start = Date.now();
  return { clara, attempts: () => sentAt.map((at) => at - start) };
}

describe('idempotent methods are retried', () => {
  test('GET: 503 then 200 succeeds after one backoff of 0.5 s', async () => {
    const { clara, attempts } = await timedClient();
    kit.mock.transactions.get.reply(503, { message: 'busy' });
    kit.mock.transactions.get.reply(200, { uuid: 'tx-1' });
    expect(await settle(clara.transactions.get('tx-1'))).toEqual({ value: { uuid: 'tx-1' } });
    expect(attempts()).toEqual([0, 500]);
    kit.mock.done();
  });

  test('GET: the backoff doubles (0.5 s, 1 s); past maxRetries the last answer is the error, with the attempts', async () => {
    const { clara, attempts } = await timedClient();
    kit.mock.transactions.get.times(3).reply(500, { code: 'INTERNAL', message: 'boom' });
    const { error } = await settle(clara.transactions.get('tx-1'));
    expect(error).toBeInstanceOf(ClaraServerError);
    expect(error).toMatchObject({ status: 500, code: 'INTERNAL', attempts: 3 });
    expect(attempts()).toEqual([0, 500, 1500]);
    kit.mock.done();
  });

  test.each([408, 502, 504])('GET: %i is retried', async (status) => {
    const { clara, attempts } = await timedClient();
    kit.mock.transactions.get.reply(status as 408, { message: 'again' });
    kit.mock.transactions.get.reply(200, { uuid: 'tx-1' });
    expect(await settle(clara.transactions.get('tx-1'))).toEqual({ value: { uuid: 'tx-1' } });
    expect(attempts()).toEqual([0, 500]);
  });

  test('a connection lost after a GET was sent: retried', async () => {
    const { clara, attempts } = await timedClient();
    kit.mock.transactions.get.replyWithError({ code: 'ECONNRESET', message: 'socket hang up' });
    kit.mock.transactions.get.reply(200, { uuid: 'tx-1' });
    expect(await settle(clara.transactions.get('tx-1'))).toEqual({ value: { uuid: 'tx-1' } });
    expect(attempts()).toEqual([0, 500]);
  });

  test('maxRetries per call: 0 sends once', async () => {
    const { clara, attempts } = await timedClient();
    kit.mock.transactions.get.reply(503);
    const { error } = await settle(clara.transactions.get('tx-1', { maxRetries: 0 }));
    expect(error).toMatchObject({ status: 503, attempts: 1 });
    expect(attempts()).toEqual([0]);
  });
});

describe('writes are not repeated once sent', () => {
  test('POST answered 503: not retried (Clara may have applied it)', async () => {
    const { clara, attempts } = await timedClient();
    kit.mock.cards.create.reply(503, { message: 'busy' });
    const { error } = await settle(clara.cards.create({ alias: 'Travel' }));
    expect(error).toBeInstanceOf(ClaraServerError);
    expect(error).toMatchObject({ status: 503, method: 'POST', attempts: 1 });
    expect(attempts()).toEqual([0]);
  });

  test('PATCH answered 500: not retried', async () => {
    const { clara, attempts } = await timedClient();
    kit.mock.cards.toggleLock.reply(500);
    expect((await settle(clara.cards.toggleLock('card-1', { locked: true }))).error).toMatchObject({ status: 500, method: 'PATCH', attempts: 1 });
    expect(attempts()).toEqual([0]);
  });

  test('POST answered 429 with Retry-After: not retried either', async () => {
    const { clara, attempts } = await timedClient();
    kit.mock.cards.create.reply(429, { message: 'slow down' }, { 'Retry-After': '1' });
    const { error } = await settle(clara.cards.create({ alias: 'Travel' }));
    expect(error).toBeInstanceOf(ClaraRateLimitError);
    expect(error).toMatchObject({ retryAfterMs: 1000, attempts: 1 });
    expect(attempts()).toEqual([0]);
  });

  test('a connection lost after a POST was sent: not retried, and the error says it may have been applied', async () => {
    const { clara, attempts } = await timedClient();
    kit.mock.cards.create.replyWithError({ code: 'ECONNRESET', message: 'socket hang up' });
    const { error } = await settle(clara.cards.create({ alias: 'Travel' }));
    expect(error).toBeInstanceOf(ClaraConnectionError);
    expect(error).toMatchObject({ requestSent: true, attempts: 1 });
    expect((error as Error).message).toMatch(/may have applied it/);
    expect(attempts()).toEqual([0]);
  });
});

describe('Retry-After', () => {
  test('a 429 on a GET waits exactly what Retry-After says (2 s), not the backoff', async () => {
    const { clara, attempts } = await timedClient();
    kit.mock.transactions.get.reply(429, { message: 'slow down' }, { 'Retry-After': '2' });
    kit.mock.transactions.get.reply(200, { uuid: 'tx-1' });
    expect(await settle(clara.transactions.get('tx-1'))).toEqual({ value: { uuid: 'tx-1' } });
    expect(attempts()).toEqual([0, 2000]);
  });

  test('a 503 with Retry-After as an HTTP date waits until then', async () => {
    const { clara, attempts } = await timedClient();
    kit.mock.transactions.get.replyWith(() => [503, { message: 'maintenance' }, { 'Retry-After': new Date(Date.now() + 3000).toUTCString() }]);
    kit.mock.transactions.get.reply(200, { uuid: 'tx-1' });
    expect(await settle(clara.transactions.get('tx-1'))).toEqual({ value: { uuid: 'tx-1' } });
    // An HTTP date has whole seconds: the wait ends at the second it names, at most 3 s after the answer.
    const [, retried] = attempts();
    expect(retried).toBeGreaterThan(2000);
    expect(retried).toBeLessThanOrEqual(3000);
  });

  test('a Retry-After beyond 60 s fails at once with the wait Clara asked for', async () => {
    const { clara, attempts } = await timedClient();
    kit.mock.transactions.get.reply(429, { message: 'quota' }, { 'Retry-After': '120' });
    const { error } = await settle(clara.transactions.get('tx-1'));
    expect(error).toBeInstanceOf(ClaraRateLimitError);
    expect(error).toMatchObject({ retryAfterMs: 120_000, attempts: 1 });
    expect((error as Error).message).toMatch(/asked to wait 120 s/);
    expect(attempts()).toEqual([0]);
  });

  test('a Retry-After longer than what is left of timeoutMs fails at once', async () => {
    const { clara, attempts } = await timedClient({ timeoutMs: 1000 });
    kit.mock.transactions.get.reply(503, { message: 'busy' }, { 'Retry-After': '5' });
    const { error } = await settle(clara.transactions.get('tx-1'));
    expect(error).toBeInstanceOf(ClaraServerError);
    expect(error).toMatchObject({ attempts: 1 });
    expect(attempts()).toEqual([0]);
  });

  test('retries never outlast timeoutMs: a backoff past the deadline ends the call with ClaraTimeoutError', async () => {
    const { clara, attempts } = await timedClient({ timeoutMs: 1200, maxRetries: 5 });
    kit.mock.transactions.get.persist().reply(503);
    const { error } = await settle(clara.transactions.get('tx-1'));
    expect(error).toBeInstanceOf(ClaraTimeoutError);
    expect(attempts()).toEqual([0, 500]); // the next one would be at 1500
  });
});

describe('the token request', () => {
  test('is retried with backoff on a 500, whatever its method (it is safe to repeat)', async () => {
    useFakeClock();
    const start = Date.now();
    const sentAt: number[] = [];
    kit.mock.token.replyWith(() => (sentAt.push(Date.now() - start), [500, { error: 'server_error' }]));
    kit.mock.token.replyWith(() => (sentAt.push(Date.now() - start), [200, { access_token: 'fresh', token_type: 'Bearer', expires_in: 3600 }]));
    kit.mock.transactions.get.reply(200, { uuid: 'tx-1' });
    expect(await settle(kit.clara.transactions.get('tx-1'))).toEqual({ value: { uuid: 'tx-1' } });
    expect(sentAt).toEqual([0, 500]);
    expect(kit.mock.requests[0]!.headers['authorization']).toBe('Bearer fresh');
    kit.mock.done();
  });
});
