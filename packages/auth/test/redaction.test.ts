// End to end: drive every path that logs or throws, then search all log lines and serialised errors for secrets.
import { inspect } from 'node:util';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ClaraApiError, createAuthFetch, createTransport, loadCredentials, TokenManager, type Logger } from '@org/clara-auth';
import { startFakeClara, type FakeClara } from './helpers/fake-clara.js';
import { startMtlsServer } from './helpers/mtls-server.js';
import { createTestPki, type TestPki } from './helpers/pki.js';

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
  const capture = (promise: Promise<unknown>) => promise.then(() => undefined, (error: unknown) => void errors.push(error));

  const credentials = await loadCredentials(
    { cert: pki.read('expiring.crt'), key: pki.read('client.enc.key'), passphrase: pki.passphrase, clientId: 'client-1', clientSecret: SECRET, ca: pki.read('ca.crt') },
    { logger },
  );
  await capture(loadCredentials({ cert: pki.read('client.crt'), key: pki.read('client.enc.key'), passphrase: `${pki.passphrase}!`, clientId: 'c', clientSecret: SECRET }, { logger }));
  const transport = createTransport({ credentials, logger });
  const tokens = new TokenManager({ credentials, transport, tokenUrl: clara.tokenUrl, logger, maxRetries: 1, retryBaseDelayMs: 1 });
  tokens.on('error', (error) => errors.push(error));
  const fetch = createAuthFetch({ fetch: transport.fetch, tokens });

  // The token endpoint rejects us and echoes the secret and the Basic credentials back.
  const basic = Buffer.from(`client-1:${SECRET}`).toString('base64');
  clara.tokenAnswers.push({ status: 401, body: { error: 'invalid_client', error_description: `bad secret ${SECRET} / Basic ${basic}` } });
  await capture(tokens.getToken());
  clara.tokenAnswers.push({ status: 500, body: SECRET }, { status: 500, body: SECRET });
  await capture(tokens.getToken());
  // A token, a double 401 whose body echoes it, and a TLS failure.
  const token = await tokens.getToken();
  await capture(fetch(`${clara.url}/always-401`));
  const rogue = await startMtlsServer(pki, (_request, response) => response.end(), { serverCert: 'rogue-server' });
  await capture(fetch(`${rogue.url}/x`));
  await rogue.close();
  await transport.close();

  expect(errors.length).toBeGreaterThanOrEqual(6);
  expect(lines.length).toBeGreaterThan(5);
  const tokensSeen = [...clara.validTokens, token];
  const printed = [
    JSON.stringify(lines),
    inspect(lines, { depth: Infinity }),
    ...errors.map((error) => JSON.stringify(error) + inspect(error, { depth: Infinity, showHidden: true })),
  ].join('\n');
  for (const secret of [SECRET, basic, pki.passphrase, 'PRIVATE KEY', ...tokensSeen]) expect(printed).not.toContain(secret);
  expect(printed).toContain('invalid_client'); // the errors still say what happened
  expect(printed).toContain('expires in'); // the certificate warning was logged
});

it('redacts credential headers kept on errors, whole when the value has no scheme', () => {
  const headers = new Headers({ authorization: 'Bearer abc.def', 'proxy-authorization': 'rawtoken123', cookie: 'session=1', 'x-request-id': 'r-1' });
  const kept = new ClaraApiError({ status: 500, headers }).headers!;
  expect(Object.fromEntries(kept)).toEqual({ authorization: 'Bearer [REDACTED]', 'proxy-authorization': '[REDACTED]', cookie: '[REDACTED]', 'x-request-id': 'r-1' });
});
