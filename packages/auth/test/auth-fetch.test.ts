import { inspect } from 'node:util';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  ClaraAuthError,
  createAuthFetch,
  TokenManager,
  type ClaraCredentials,
  type ClaraTransport,
} from '@org/clara-auth';
import type { FakeClara } from './helpers/fake-clara.js';
import { startAuthFixture, stopAuthFixture } from './helpers/fixture.js';
import type { TestPki } from './helpers/pki.js';

const SECRET = 'auth-fetch-client-secret';
let pki: TestPki;
let clara: FakeClara;
let credentials: ClaraCredentials;
let transport: ClaraTransport;

beforeAll(async () => ({ pki, clara, credentials, transport } = await startAuthFixture(SECRET, { encryptedKey: true })));
afterAll(() => stopAuthFixture({ pki, clara, transport }));
beforeEach(() => {
  clara.tokenRequests.length = 0;
  clara.apiRequests.length = 0;
});

function setup() {
  const tokens = new TokenManager({ credentials, transport, tokenUrl: clara.tokenUrl, retryBaseDelayMs: 1 });
  const fetch = createAuthFetch({ fetch: transport.fetch, tokens });
  return { tokens, fetch };
}

describe('createAuthFetch', () => {
  it('sends a URL plus init as given, with the method upper-cased as a Request would have it', async () => {
    const { tokens, fetch } = setup();
    await fetch(`${clara.url}/api/v3/cards`, { method: 'post', headers: { 'content-type': 'application/json' }, body: '{"alias":"a"}' });
    expect(clara.apiRequests).toEqual([expect.objectContaining({ method: 'POST', path: '/api/v3/cards', body: '{"alias":"a"}' })]);
    tokens.close();
  });

  it('adds the Bearer token, replacing any Authorization, and keeps the request’s other headers', async () => {
    const { tokens, fetch } = setup();
    const response = await fetch(new Request(`${clara.url}/api/v3/cards`));
    expect(response.status).toBe(200);
    await fetch(`${clara.url}/api/v3/users`, { headers: { 'x-tax-identifier': 'OTHER', authorization: 'Bearer stale' } });
    const token = await tokens.getToken();
    expect(clara.apiRequests.map(({ authorization, taxIdentifier }) => ({ authorization, taxIdentifier }))).toEqual([
      { authorization: `Bearer ${token}`, taxIdentifier: undefined },
      { authorization: `Bearer ${token}`, taxIdentifier: 'OTHER' },
    ]);
  });

  it('on a 401 invalidates the token, gets a fresh one and replays the request once, body included', async () => {
    const { tokens, fetch } = setup();
    const stale = await tokens.getToken();
    clara.validTokens.delete(stale); // Clara revoked it early
    const response = await fetch(`${clara.url}/api/v3/cards`, { method: 'POST', body: '{"alias":"travel"}', headers: { 'content-type': 'application/json' } });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ body: '{"alias":"travel"}' });
    const fresh = await tokens.getToken();
    expect(fresh).not.toBe(stale);
    expect(clara.apiRequests.map((request) => [request.authorization, request.body])).toEqual([
      [`Bearer ${stale}`, '{"alias":"travel"}'],
      [`Bearer ${fresh}`, '{"alias":"travel"}'],
    ]);
  });

  it('throws ClaraAuthError with Clara’s error body on a second 401, without looping', async () => {
    const { fetch } = setup();
    const error = await fetch(`${clara.url}/always-401`).then(() => undefined, (thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(ClaraAuthError);
    expect(error).toMatchObject({ status: 401, code: 'UNAUTHORIZED', method: 'GET', path: '/always-401' });
    expect((error as Error).message).toMatch(/^GET \/always-401 was refused with HTTP 401 even with a freshly issued token: Invalid or expired token \(UNAUTHORIZED\)/);
    expect(clara.apiRequests).toHaveLength(2);
    expect(clara.tokenRequests).toHaveLength(2);
    // Clara echoed the token in its body: it is redacted, and so is any Authorization header kept.
    const printed = JSON.stringify(error) + inspect(error, { depth: Infinity, showHidden: true });
    expect(printed).toContain('[REDACTED]');
    expect(printed).not.toMatch(/token-\d+/);
  });

  it('makes many requests failing with the same token cause one refresh', async () => {
    const { tokens, fetch } = setup();
    const stale = await tokens.getToken();
    clara.validTokens.delete(stale);
    const before = clara.tokenRequests.length;
    const responses = await Promise.all(Array.from({ length: 20 }, () => fetch(`${clara.url}/api/v3/transactions`)));
    expect(responses.map((response) => response.status)).toEqual(Array(20).fill(200));
    expect(clara.tokenRequests.length - before).toBe(1);
  });
});
