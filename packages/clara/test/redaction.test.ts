// End to end: drive every path that logs or throws — the token endpoint rejecting and echoing the secret, a 500
// echoing it, a 401 echoing the token, a TLS failure — then search all log lines and serialised errors for
// secrets. (tools/secret-sweep checks the same across the whole suite.)
import { inspect } from 'node:util';
import { afterAll, beforeAll, expect, it } from 'vitest';

import { startFakeClara, type FakeClara } from '../../auth/test/helpers/fake-clara.js';
import { startMtlsServer } from '../../auth/test/helpers/mtls-server.js';
import { createTestPki, type TestPki } from '../../auth/test/helpers/pki.js';
import { ClaraApiError, loadCredentials, type Logger } from '../src/index.js';
import { redact, REDACTED } from '../../auth/src/redact.js';
import { createTestlandClient } from './support/testland.js';

const SECRET = 'very-secret-client-secret-42';
let pki: TestPki;
let clara: FakeClara;

beforeAll(async () => {
  pki = createTestPki();
  clara = await startFakeClara(pki);
});
afterAll(async () => {
  await clara.close();
  pki.remove();
});

it('never puts the client secret, tokens, private key or passphrase in logs or errors', async () => {
  const lines: unknown[] = [];
  const record = (level: string) => (message: string, data?: object) => lines.push({ level, message, data });
  const logger: Logger = { debug: record('debug'), info: record('info'), warn: record('warn'), error: record('error') };
  const errors: unknown[] = [];
  const capture = (promise: PromiseLike<unknown>) => Promise.resolve(promise).then(() => undefined, (error: unknown) => void errors.push(error));

  const credentials = await loadCredentials(
    { cert: pki.read('expiring.crt'), key: pki.read('client.enc.key'), passphrase: pki.passphrase, clientId: 'client-1', clientSecret: SECRET, ca: pki.read('ca.crt') },
    { logger },
  );
  await capture(loadCredentials({ cert: pki.read('client.crt'), key: pki.read('client.enc.key'), passphrase: `${pki.passphrase}!`, clientId: 'c', clientSecret: SECRET }, { logger }));
  const client = createTestlandClient({ credentials, baseUrl: clara.url, logger, maxRetries: 1 });

  // The token endpoint fails, echoing the secret; then it rejects us (another client: a rejection is remembered
  // for a while) and echoes the secret and the Basic credentials back.
  const basic = Buffer.from(`client-1:${SECRET}`).toString('base64');
  clara.tokenAnswers.push(...Array.from({ length: 2 }, () => ({ status: 500, body: SECRET })));
  await capture(client.transactions.list());
  clara.tokenAnswers.push({ status: 401, body: { error: 'invalid_client', error_description: `bad secret ${SECRET} / Basic ${basic}` } });
  const rejected = createTestlandClient({ credentials, baseUrl: clara.url, logger, maxRetries: 1 });
  await capture(rejected.transactions.list());
  await rejected.close();
  // A token, then a double 401 whose body echoes it, then a TLS failure.
  await client.transactions.get('fine');
  await capture(client.transactions.get('always-401'));
  const rogue = await startMtlsServer(pki, (_request, response) => response.end(), { serverCert: 'rogue-server' });
  const misled = createTestlandClient({ credentials, baseUrl: rogue.url, logger });
  await capture(misled.transactions.get('x'));
  await misled.close();
  await rogue.close();
  await client.close();

  expect(errors.length).toBeGreaterThanOrEqual(4);
  expect(lines.length).toBeGreaterThan(3);
  const printed = [
    JSON.stringify(lines),
    inspect(lines, { depth: Infinity }),
    ...errors.map((error) => JSON.stringify(error) + inspect(error, { depth: Infinity, showHidden: true })),
  ].join('\n');
  for (const secret of [SECRET, basic, pki.passphrase, 'PRIVATE KEY', ...clara.validTokens]) expect(printed).not.toContain(secret);
  expect(printed).toContain('invalid_client'); // the errors still say what happened
  expect(printed).toContain('expires in'); // the certificate warning was logged
});

it('redacts credential headers kept on errors, whole when the value has no scheme', () => {
  const headers = new Headers({ authorization: 'Bearer abc.def', 'proxy-authorization': 'rawtoken123', cookie: 'session=1', 'x-request-id': 'r-1' });
  const kept = new ClaraApiError({ status: 500, headers }).headers!;
  expect(Object.fromEntries(kept)).toEqual({ authorization: 'Bearer [REDACTED]', 'proxy-authorization': '[REDACTED]', cookie: '[REDACTED]', 'x-request-id': 'r-1' });
});

it('redacts a PEM private key wherever it appears (plain or JSON-escaped) but keeps the bare marker readable', () => {
  const key = pki.read('client.key');
  expect(key).toContain('-----BEGIN');
  for (const text of [`echo: ${key} end`, `{"key":${JSON.stringify(key)}}`]) {
    const safe = redact(text);
    expect(safe).toContain(REDACTED);
    expect(safe).not.toContain(key.split('\n')[1]!);
  }
  const message = 'client.txt is not PEM: expected a "-----BEGIN PRIVATE KEY-----" block';
  expect(redact(message)).toBe(message);
});
