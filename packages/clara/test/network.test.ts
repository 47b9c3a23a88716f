// Failures on the wire, as the error mapper classifies them (errors/network.ts): TLS failures name the side at
// fault, a certificate Clara refuses is said at once and never retried, a connection lost after sending says a
// write may have been applied.
import type { Sandbox } from '@org/clara-sandbox';
import { inspect } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

import { json, startMtlsServer } from '../../auth/test/helpers/mtls-server.js';
import { createTestPki, type TestPki } from '../../auth/test/helpers/pki.js';
import { networkFailure } from '../src/errors/network.js';
import { ClaraConnectionError, ClaraTlsError, loadCredentials, type ClaraCredentials } from '../src/index.js';
import { createTestlandClient, startTestland } from './support/testland.js';

let pki: TestPki;
let sandbox: Sandbox;
let outsider: ClaraCredentials;

beforeAll(async () => {
  pki = createTestPki();
  sandbox = await startTestland();
  // A client certificate from a CA the sandbox does not trust: another project, another environment.
  outsider = await loadCredentials({ cert: pki.read('other-client.crt'), key: pki.read('other-client.key'), clientId: 'x', clientSecret: 'outsider-secret' });
});
afterAll(async () => {
  await sandbox.close();
  pki.remove();
});

const failure = async (promise: PromiseLike<unknown>): Promise<unknown> => Promise.resolve(promise).then(() => { throw new Error('expected a failure'); }, (error: unknown) => error);

describe('a client certificate Clara refuses', () => {
  test('TLS 1.3 (the server closes right after the handshake): ClaraTlsError at once, saying the certificate was likely refused, no retry', async () => {
    const clara = createTestlandClient({ credentials: outsider, baseUrl: sandbox.url, ca: sandbox.caCert, maxRetries: 2 });
    sandbox.stats.reset();
    const error = await failure(clara.transactions.list({ size: 1 }));
    expect(error).toBeInstanceOf(ClaraTlsError);
    expect(error).toMatchObject({ side: 'client-certificate-rejected', operation: 'oauthToken' });
    expect((error as Error).message).toMatch(/before answering anything: it most likely refused the client certificate \(a certificate of another Clara project, an expired or revoked one, or sandbox credentials used against production/);
    const { tlsHandshakes, tlsHandshakeFailures, requests } = sandbox.stats.snapshot();
    expect(tlsHandshakes + tlsHandshakeFailures).toBe(1); // one handshake: neither the token request nor the call was retried
    expect(requests).toBe(0);
    await clara.close();
  });

  test('a first request that is a write (the token from a shared store): requestSent, and not retried even when idempotent', async () => {
    const shared = { get: async () => ({ accessToken: 'shared-store-token', tokenType: 'Bearer', expiresAt: Date.now() + 3_600_000 }), set: async () => undefined, delete: async () => undefined };
    const clara = createTestlandClient({ credentials: outsider, baseUrl: sandbox.url, ca: sandbox.caCert, maxRetries: 2, tokenStore: shared });
    sandbox.stats.reset();
    const error = await failure(clara.cards.delete('card-1'));
    expect(error).toBeInstanceOf(ClaraConnectionError);
    expect(error).toMatchObject({ requestSent: true, operation: 'deleteCard' });
    expect((error as Error).message).toMatch(/Clara may have applied it: check .* also how Clara refuses a client certificate/);
    const { tlsHandshakes, tlsHandshakeFailures } = sandbox.stats.snapshot();
    expect(tlsHandshakes + tlsHandshakeFailures).toBe(1); // not retried: a refused certificate does not heal
    await clara.close();
  });

  test('TLS 1.2 (the server sends an alert in the handshake): ClaraTlsError, client-certificate-rejected', async () => {
    const strict = await startMtlsServer(pki, (_request, response) => json(response, 200, {}), { maxVersion: 'TLSv1.2', ca: pki.read('ca.crt') });
    const clara = createTestlandClient({ credentials: outsider, baseUrl: strict.url, ca: pki.read('ca.crt') });
    try {
      const error = await failure(clara.transactions.list({ size: 1 }));
      expect(error).toBeInstanceOf(ClaraTlsError);
      expect((error as ClaraTlsError).side).toMatch(/^client-certificate-(rejected|missing)$|^handshake$/);
    } finally {
      await clara.close();
      await strict.close();
    }
  });
});

describe('what the mapper reads from a failure', () => {
  const context = { origin: 'clara.test', method: 'GET', path: '/api/v3/cards', answeredBefore: false, safe: true };
  const write = { ...context, method: 'POST', safe: false };
  const coded = (code: string, extra: object = {}) => Object.assign(new Error(`failed: ${code}`), { code, ...extra });
  const closedUnanswered = () => coded('UND_ERR_SOCKET', { socket: { bytesRead: 0 } });

  test('TLS alerts about our certificate keep their side', () => {
    expect(networkFailure(coded('ERR_SSL_SSLV3_ALERT_BAD_CERTIFICATE'), context)).toMatchObject({ name: 'ClaraTlsError', side: 'client-certificate-rejected' });
    expect(networkFailure(coded('ERR_SSL_TLSV1_ALERT_UNKNOWN_CA'), context)).toMatchObject({ name: 'ClaraTlsError', side: 'client-certificate-rejected' });
    expect(networkFailure(coded('ERR_SSL_TLSV13_ALERT_CERTIFICATE_REQUIRED'), context)).toMatchObject({ name: 'ClaraTlsError', side: 'client-certificate-missing' });
    expect(networkFailure(coded('ERR_SSL_SSL/TLS_ALERT_HANDSHAKE_FAILURE'), context)).toMatchObject({ name: 'ClaraTlsError', side: 'handshake' });
    expect(networkFailure(new TypeError('bad input'), context)).toBeUndefined();
  });

  test('a connection closed before any answer: a refused certificate on a pool Clara never answered, a lost connection once it has', () => {
    expect(networkFailure(closedUnanswered(), context)).toMatchObject({ name: 'ClaraTlsError', side: 'client-certificate-rejected' });
    const lost = networkFailure(closedUnanswered(), { ...context, answeredBefore: true });
    expect(lost).toBeInstanceOf(ClaraConnectionError);
    expect(lost).toMatchObject({ requestSent: true });
  });

  test('a write the transport saw written, closed before any answer on a new pool: requestSent, never a refused certificate', () => {
    for (const requestSent of [true, undefined]) {
      const error = networkFailure(closedUnanswered(), { ...write, ...(requestSent === undefined ? {} : { requestSent }) });
      expect(error).toBeInstanceOf(ClaraConnectionError);
      expect(error).toMatchObject({ requestSent: true });
      expect((error as Error).message).toMatch(/^The connection to clara\.test closed right after POST \/api\/v3\/cards was sent, before any answer\. Clara may have applied it: check .* also how Clara refuses a client certificate/);
    }
    // Not written (closed in the handshake): the refusal is said, nothing was sent.
    expect(networkFailure(closedUnanswered(), { ...write, requestSent: false })).toMatchObject({ name: 'ClaraTlsError', side: 'client-certificate-rejected' });
  });

  test('the transport saying "not written" wins over the code: a reset before writing sent nothing', () => {
    const error = networkFailure(coded('ECONNRESET'), { ...write, answeredBefore: true, requestSent: false });
    expect(error).toMatchObject({ name: 'ClaraConnectionError', requestSent: false });
    expect((error as Error).message).toBe('The connection to clara.test failed before POST /api/v3/cards was sent (ECONNRESET): nothing reached Clara.');
  });

  test('nothing sent (refused, DNS, connect timeout) vs sent and lost: a write may have been applied', () => {
    const refused = networkFailure(coded('ECONNREFUSED'), write);
    expect(refused).toMatchObject({ name: 'ClaraConnectionError', requestSent: false });
    expect((refused as Error).message).toBe('Could not reach clara.test (ECONNREFUSED): POST /api/v3/cards was not sent.');
    expect(networkFailure(coded('UND_ERR_CONNECT_TIMEOUT'), context)).toMatchObject({ requestSent: false });
    const reset = networkFailure(coded('ECONNRESET'), { ...write, answeredBefore: true });
    expect(reset).toMatchObject({ requestSent: true });
    expect((reset as Error).message).toBe('The connection to clara.test was lost after POST /api/v3/cards was sent, before the answer (ECONNRESET). Clara may have applied it: check (get or list what it changes) before sending it again.');
    expect((networkFailure(coded('ECONNRESET'), { ...context, answeredBefore: true }) as Error).message).not.toMatch(/may have applied/);
  });
});

test('an untrusted server certificate → server-untrusted; the cause chain holds no secret', async () => {
  const credentials = await loadCredentials({ cert: pki.read('client.crt'), key: pki.read('client.enc.key'), passphrase: pki.passphrase, clientId: 'id', clientSecret: 'client-secret-xyz', ca: pki.read('ca.crt') });
  const rogue = await startMtlsServer(pki, (_request, response) => json(response, 200, {}), { serverCert: 'rogue-server' });
  const clara = createTestlandClient({ credentials, baseUrl: rogue.url });
  try {
    const error = await failure(clara.transactions.get('x'));
    expect(error).toBeInstanceOf(ClaraTlsError);
    expect((error as ClaraTlsError).side).toBe('server-untrusted');
    expect((error as Error).message).toMatch(/the server certificate is not trusted \(UNABLE_TO_VERIFY_LEAF_SIGNATURE\)/);
    const printed = inspect(error, { depth: Infinity, showHidden: true }) + JSON.stringify(error);
    expect(printed).toContain('UNABLE_TO_VERIFY_LEAF_SIGNATURE');
    for (const secret of [pki.passphrase, 'PRIVATE KEY', 'client-secret-xyz']) expect(printed).not.toContain(secret);
  } finally {
    await clara.close();
    await rogue.close();
  }
});
