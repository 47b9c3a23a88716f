// The shipped Postman collection and environment of each country, run as shipped by Postman's CLI runner (newman)
// against the sandbox: the client certificate from the sandbox's credentials, no token given by hand (the collection's
// pre-request script fetches it), ids from the collection's defaults (the examples', which the sandbox serves).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import newman, { type NewmanRunSummary } from 'newman';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BUNDLE_FILES, startSandbox, type Sandbox } from '@org/clara-sandbox';

const repo = join(import.meta.dirname, '..', '..');
type Country = 'mx' | 'br' | 'co';
const postman = (country: Country, file: string) => JSON.parse(readFileSync(join(repo, 'packages', `clara-${country}`, 'postman', `clara-${country}${file}`), 'utf8'));

function run(country: Country, sandbox: Sandbox, options: { folder?: string; clientSecret?: string } = {}): Promise<NewmanRunSummary> {
  const credentials = JSON.parse(readFileSync(join(sandbox.credentialsDir, BUNDLE_FILES.credentials), 'utf8'));
  const { clientId, clientSecret = credentials.clientSecret } = { ...credentials, ...options };
  return new Promise((resolve, reject) => {
    newman.run(
      {
        collection: postman(country, '.postman_collection.json'),
        environment: postman(country, '-sandbox.postman_environment.json'),
        // What a user fills in: where the (local) sandbox is, and the credentials JSON's id and secret.
        envVar: [
          { key: 'baseUrl', value: `${sandbox.url}/api` },
          { key: 'tokenUrl', value: `${sandbox.url}/oauth/token` },
          { key: 'clientId', value: clientId },
          { key: 'clientSecret', value: clientSecret },
        ],
        sslClientCert: join(sandbox.credentialsDir, BUNDLE_FILES.certificate),
        sslClientKey: join(sandbox.credentialsDir, BUNDLE_FILES.privateKey),
        sslExtraCaCerts: join(sandbox.credentialsDir, BUNDLE_FILES.ca),
        reporters: [],
        ...(options.folder ? { folder: options.folder } : {}),
      },
      (error, summary) => (error ? reject(error) : resolve(summary)),
    );
  });
}

/** One per request of the collection: newman records a script's pm.sendRequest (the token's) as its item's execution too. */
const outcomes = (summary: NewmanRunSummary) =>
  [...new Set(summary.run.executions)].map((execution) => ({
    request: `${execution.request.method} /${execution.request.url.path?.join('/')}`,
    status: execution.response?.code,
    authorization: execution.request.headers.get('Authorization')?.split(' ')[0],
  }));

describe.each(['mx', 'br', 'co'] as const)('the shipped Postman collection of %s in newman, against the sandbox', (country) => {
  let sandbox: Sandbox;
  let summary: NewmanRunSummary;

  beforeAll(async () => {
    sandbox = await startSandbox({ country });
    summary = await run(country, sandbox);
  }, 60_000);
  afterAll(() => sandbox?.close());

  test('fetches one token over the client certificate and sends it as a Bearer token on every request', () => {
    expect(summary.run.failures.map((failure) => `${failure.error.name}: ${failure.error.message}`)).toEqual([]);
    expect(sandbox.stats.tokenRequests).toBe(1);
    const all = outcomes(summary);
    expect(all).toHaveLength(JSON.stringify(postman(country, '.postman_collection.json').item).match(/"request":/g)?.length ?? 0);
    expect(new Set(all.map((outcome) => outcome.authorization))).toEqual(new Set(['Bearer']));
    expect(all.filter((outcome) => outcome.status === 401)).toEqual([]);
  });

  test('answers every read 2xx, and every write 2xx or 4xx', () => {
    const all = outcomes(summary);
    expect(all.filter(({ request, status }) => request.startsWith('GET ') && !(Number(status) >= 200 && Number(status) < 300))).toEqual([]);
    expect(all.filter(({ request, status }) => !request.startsWith('GET ') && !(Number(status) >= 200 && Number(status) < 500))).toEqual([]);
  });
});

describe('the shipped Postman collection with wrong credentials', () => {
  let sandbox: Sandbox;
  beforeAll(async () => {
    sandbox = await startSandbox({ country: 'mx' });
  }, 60_000);
  afterAll(() => sandbox?.close());

  test('says which token request failed and why, without the secret, when the credentials are wrong', async () => {
    const before = sandbox.stats.tokenRequests;
    const wrongSecret = 'not-the-secret+/=';
    const failed = await run('mx', sandbox, { folder: 'Locations', clientSecret: wrongSecret });
    expect(sandbox.stats.tokenRequests - before).toBe(4);
    const messages = [...new Set(failed.run.failures.map((failure) => failure.error.message))];
    expect(messages).toEqual([`Token request to ${sandbox.url}/oauth/token answered HTTP 401: check clientId, clientSecret and the client certificate`]);
    expect(JSON.stringify(failed.run.failures)).not.toContain(wrongSecret);
    expect(outcomes(failed).map((outcome) => outcome.status)).toEqual([401, 401, 401, 401]);
  });
});
