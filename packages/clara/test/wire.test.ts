// Errors by what actually happened on the wire, against a hostile Clara over mutual TLS: what was refused before
// sending is never "sent" and never retried; unusable tokens (endpoint or store) are named, the store's is
// dropped and refetched; a rejected client is asked once per burst; a write Clara received and dropped says it
// may have been applied, even as the first request of a new connection pool; a retried DELETE answered 404
// says the first attempt may have succeeded.
import { MemoryTokenStore, REJECTION_BACKOFF_MS, tokenStoreKey } from '@org/clara-auth';
import { afterAll, afterEach, beforeAll, describe, expect, test, vi } from 'vitest';

import { createTestPki, type TestPki } from '../../auth/test/helpers/pki.js';
import {
  ClaraAuthError,
  ClaraConnectionError,
  ClaraNotFoundError,
  ClaraResponseError,
  ClaraValidationError,
  loadCredentials,
  type ClaraClientOptions,
  type ClaraCredentials,
} from '../src/index.js';
import { settle, useFakeClock } from './support/fake-clock.js';
import { startHostileClara, type HostileClara } from './support/hostile-clara.js';
import { failure } from './support/per-file.js';
import { createTestlandClient, type TestlandClient } from './support/testland.js';

let pki: TestPki;
let hostile: HostileClara;
let credentials: ClaraCredentials;
const clients: TestlandClient[] = [];

beforeAll(async () => {
  pki = createTestPki();
  hostile = await startHostileClara();
  credentials = await loadCredentials({ cert: pki.read('client.crt'), key: pki.read('client.key'), clientId: 'wire-client', clientSecret: 'wire-secret-1234' });
});
afterEach(async () => {
  hostile.tokenMode = 'ok';
  hostile.requests.length = 0;
  await Promise.all(clients.splice(0).map((client) => client.close()));
});
afterAll(async () => {
  await hostile.close();
  pki.remove();
});

const client = (options: Partial<ClaraClientOptions> = {}): TestlandClient => {
  const made = createTestlandClient({ credentials, baseUrl: hostile.url, ca: hostile.ca, ...options });
  clients.push(made);
  return made;
};
const sent = (request: string): number => hostile.requests.filter((line) => line === request).length;
const tokenRequests = (): number => hostile.requests.filter((line) => line.endsWith('/oauth/token')).length;
const scenario = (name: string) => ({ headers: { 'x-scenario': name } });
const card = { alias: 'Travel' } as Parameters<TestlandClient['cards']['create']>[0];

describe('refused before sending: never requestSent, never retried', () => {
  test('a header value undici refuses (set by a hook) → ClaraValidationError naming the header, status 0, nothing sent', async () => {
    const clara = client({ maxRetries: 3, hooks: { beforeRequest: [(request) => void request.headers.set('x-trace', 'a\u0001b')] } });
    await clara.verifyCredentials();
    hostile.requests.length = 0;
    const error = await failure(clara.transactions.get('fine'), ClaraValidationError);
    expect(error).toMatchObject({ status: 0, attempts: 1 });
    expect(error.message).toBe('GET /api/v3/transactions/fine was refused before sending, nothing reached Clara: invalid x-trace header.');
    expect(hostile.requests).toEqual([]);
  });

  test('64 KiB of response headers → ClaraResponseError, one attempt, not a lost connection', async () => {
    const clara = client({ maxRetries: 3 });
    const error = await failure(clara.transactions.get('huge-headers'), ClaraResponseError);
    expect(error).not.toBeInstanceOf(ClaraConnectionError);
    expect(error.message).toBe("The answer to GET /api/v3/transactions/huge-headers has more header bytes than the client reads (undici's maxHeaderSize); it was not read.");
    expect(sent('GET /api/v3/transactions/huge-headers')).toBe(1);
  });

  test('for a write, the header overflow says Clara received it', async () => {
    const error = await failure(client().cards.create(card, scenario('huge-headers')), ClaraResponseError);
    expect(error.message).toMatch(/it was not read\. Clara received the request and may have applied it: check before sending it again\.$/);
  });
});

describe('unusable tokens', () => {
  test.each([
    ['token-crlf', 'contains a line break (CR/LF), which would split the request headers'],
    ['token-huge', 'is 1048576 characters long, more than the 8192 a request header can carry'],
    ['token-invalid', 'contains characters a Bearer token cannot have (RFC 6750: letters, digits, -._~+/ and trailing =)'],
  ] as const)('from the token endpoint (%s) → ClaraAuthError naming the problem, never the value; no API request', async (mode, problem) => {
    hostile.tokenMode = mode;
    const error = await failure(client({ maxRetries: 2 }).transactions.get('fine'), ClaraAuthError);
    expect(error.message).toBe(`The token endpoint ${hostile.url}/oauth/token issued an access token that cannot be used: it ${problem}. It was not sent anywhere (nor shown here).`);
    expect(JSON.stringify(error)).not.toContain('X-Injected');
    expect(hostile.requests).toEqual(['POST /oauth/token']);
  });

  test.each([
    ['CR/LF', `${'a'.repeat(20)}\r\nX-Injected: 1`],
    ['1 MB', 'a'.repeat(1024 * 1024)],
  ])('from a token store (%s): deleted from the store, a fresh token fetched, the call succeeds', async (_name, value) => {
    const store = new MemoryTokenStore();
    const warnings: string[] = [];
    const clara = client({ tokenStore: store, logger: { warn: (message) => void warnings.push(message) } });
    const key = tokenStoreKey(clara.endpoints.token, credentials.clientId, credentials.certificate.fingerprint256);
    await store.set(key, { accessToken: value, tokenType: 'Bearer', issuedAt: Date.now(), expiresAt: Date.now() + 3_600_000 });
    expect(await clara.transactions.get('fine')).toEqual({ uuid: 'ok' });
    expect((await store.get(key))?.accessToken).toBe(hostile.token);
    expect(tokenRequests()).toBe(1);
    expect(warnings.join('\n')).toMatch(/Clara token store holds an unusable token \(it (contains a line break|is 1048576 characters long)/);
    expect(warnings.join('\n')).not.toContain('X-Injected');
  });
});

test('a token endpoint rejecting the client is asked once for a burst of 50 calls, again after the backoff', async () => {
  hostile.tokenMode = 'reject';
  const clara = client({ maxRetries: 2 });
  useFakeClock();
  const outcomes = await settle(Promise.allSettled(Array.from({ length: 50 }, (_, index) => clara.transactions.get(`call-${index}`))));
  const errors = outcomes.value!.map((outcome) => (outcome.status === 'rejected' ? outcome.reason : undefined));
  expect(errors.every((error) => error instanceof ClaraAuthError)).toBe(true);
  expect(tokenRequests()).toBe(1);
  vi.advanceTimersByTime(REJECTION_BACKOFF_MS - 1);
  expect((await settle(clara.transactions.get('again'))).error).toBeInstanceOf(ClaraAuthError);
  expect(tokenRequests()).toBe(1);
  vi.advanceTimersByTime(1);
  expect((await settle(clara.transactions.get('again'))).error).toBeInstanceOf(ClaraAuthError);
  expect(tokenRequests()).toBe(2);
});

describe('writes: whether they were sent is known from the wire', () => {
  const expectMaybeApplied = (error: ClaraConnectionError) => {
    expect(error).toMatchObject({ name: 'ClaraConnectionError', requestSent: true, attempts: 1 });
    expect(error.message).toMatch(/POST \/api\/v3\/cards was sent, before any answer\. Clara may have applied it/);
    expect(sent('POST /api/v3/cards')).toBe(1); // received once, not sent again
  };

  test('a card creation received and dropped as the first request of a new pool (its token from the store)', async () => {
    const store = new MemoryTokenStore();
    await client({ tokenStore: store }).transactions.get('fine'); // another client stores a token
    hostile.requests.length = 0;
    const error = await failure(client({ tokenStore: store, maxRetries: 3 }).cards.create(card, scenario('drop')), ClaraConnectionError);
    expect(tokenRequests()).toBe(0);
    expectMaybeApplied(error);
  });

  test('the same after rotateCredentials (new connections, the token from the store)', async () => {
    const store = new MemoryTokenStore();
    const clara = client({ tokenStore: store, maxRetries: 3 });
    await clara.transactions.get('fine');
    await clara.rotateCredentials(credentials);
    hostile.requests.length = 0;
    expectMaybeApplied(await failure(clara.cards.create(card, scenario('drop')), ClaraConnectionError));
  });

  test('a DELETE whose answer was lost, retried and answered 404: the first attempt may have succeeded', async () => {
    const clara = client({ maxRetries: 2 });
    await clara.verifyCredentials();
    useFakeClock();
    const { error } = await settle(clara.cards.delete('card-1', scenario('drop-then-404')));
    expect(error).toBeInstanceOf(ClaraNotFoundError);
    expect(error).toMatchObject({ status: 404, attempts: 2, mayHaveSucceeded: true });
    expect((error as Error).message).toMatch(/This answered attempt 2: an earlier attempt may have deleted it \(its answer was lost\), so it may be gone because of this call\.$/);
    expect(JSON.parse(JSON.stringify(error))).toMatchObject({ mayHaveSucceeded: true });
  });
});
