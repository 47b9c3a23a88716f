import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../src/index.js';
import { FIXTURE_SPEC, TestClient } from './helpers.js';

const run = promisify(execFile);

describe('wire behaviour', () => {
  let sandbox: Sandbox;
  let client: TestClient;
  let tlsFiles: string[];

  beforeAll(async () => {
    sandbox = await startSandbox({ country: 'mx', spec: FIXTURE_SPEC });
    client = new TestClient(sandbox);
    const dir = sandbox.credentialsDir;
    tlsFiles = ['--cacert', join(dir, 'ca-public-key.pem')];
  });
  afterAll(async () => {
    client.close();
    await sandbox.close();
  });

  it('lets curl get a token and list transactions with the written bundle', async () => {
    const dir = sandbox.credentialsDir;
    const { clientId, clientSecret } = client.bundle.credentials;
    const mtls = ['--cert', join(dir, 'public-key.crt'), '--key', join(dir, 'private-key.key'), ...tlsFiles];
    const tokenOut = await run('curl', ['-sS', ...mtls, '-u', `${clientId}:${clientSecret}`, '-d', 'grant_type=client_credentials', `${sandbox.url}/oauth/token`]);
    const token = JSON.parse(tokenOut.stdout);
    expect(token).toMatchObject({ token_type: 'Bearer', expires_in: 3600 });
    const payload = JSON.parse(Buffer.from(token.access_token.split('.')[1], 'base64url').toString());
    expect(payload.cnf['x5t#S256']).toMatch(/^[\w-]{43}$/);
    expect(payload.exp - payload.iat).toBe(3600);

    const list = await run('curl', ['-sS', '-w', '\n%{http_code}', ...mtls, '-H', `Authorization: Bearer ${token.access_token}`, `${sandbox.url}/api/v3/transactions?size=5`]);
    const [body, status] = list.stdout.split('\n');
    expect(status).toBe('200');
    const page = JSON.parse(body as string);
    expect(page.content).toHaveLength(5);
    expect(page.totalElements).toBe(120);
  });

  it('fails the TLS handshake without a client certificate', async () => {
    const before = sandbox.stats.tlsHandshakeFailures;
    await expect(run('curl', ['-sS', ...tlsFiles, `${sandbox.url}/api/v3/transactions`])).rejects.toMatchObject({ code: expect.any(Number) });
    expect(sandbox.stats.tlsHandshakeFailures).toBeGreaterThan(before);
  });

  it('fails the handshake with a certificate from another CA', async () => {
    const other = await startSandbox({ country: 'mx', spec: FIXTURE_SPEC });
    try {
      const stranger = new TestClient(sandbox, readCert(other.credentialsDir));
      await expect(stranger.request('GET', '/api/v3/cards')).rejects.toThrow();
      stranger.close();
    } finally {
      await other.close();
    }
  });

  it('rejects a wrong client secret with 401', async () => {
    const impostor = new TestClient(sandbox);
    impostor.bundle.credentials.clientSecret = 'wrong';
    const reply = await impostor.fetchToken();
    impostor.close();
    expect(reply.status).toBe(401);
    expect(reply.json.error).toBe('invalid_client');
  });

  it('rejects an unsupported grant type with 400', async () => {
    const { clientId, clientSecret } = client.bundle.credentials;
    const reply = await client.request('POST', '/oauth/token', {
      rawBody: 'grant_type=password',
      headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: `Basic ${Buffer.from(`${clientId}:${clientSecret}`).toString('base64')}` },
    });
    expect(reply.status).toBe(400);
  });

  it('binds tokens to the client certificate that requested them', async () => {
    await client.login();
    const rotated = new TestClient(sandbox, sandbox.control.issueClientCertificate('rotated'));
    rotated.token = client.token;
    const stolen = await rotated.request('GET', '/api/v3/cards');
    expect(stolen.status).toBe(401);
    expect(stolen.json).toMatchObject({ code: 'UNAUTHORIZED', message: expect.stringContaining('another client certificate') });
    await rotated.login();
    expect((await rotated.request('GET', '/api/v3/cards')).status).toBe(200);
    rotated.close();
  });

  it('requires a Bearer token (401 UNAUTHORIZED with Clara error body)', async () => {
    const anonymous = new TestClient(sandbox);
    const reply = await anonymous.request('GET', '/api/v3/cards');
    anonymous.close();
    expect(reply.status).toBe(401);
    expect(reply.json).toMatchObject({ code: 'UNAUTHORIZED', message: expect.any(String), timestamp: expect.any(String) });
  });

  it('serves both /api and /api-test, 404 for unknown paths and 405 for a wrong method', async () => {
    await client.login();
    expect((await client.request('GET', '/api/v3/cards?size=1')).status).toBe(200);
    expect((await client.request('GET', '/api-test/v3/cards?size=1')).status).toBe(200);
    const unknown = await client.request('GET', '/api/v3/nothing-here');
    expect(unknown.status).toBe(404);
    expect(unknown.json.code).toBe('NOT_FOUND');
    expect((await client.request('GET', '/v3/cards')).status).toBe(404);
    const wrongMethod = await client.request('PUT', '/api/v3/cards', { body: {} });
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.headers.allow).toBe('GET, POST');
  });
});

function readCert(dir: string) {
  return { cert: readFileSync(join(dir, 'public-key.crt'), 'utf8'), key: readFileSync(join(dir, 'private-key.key'), 'utf8') };
}
