// Certificate rotation at run time: the transport swaps its agent (new connections carry the new certificate,
// old ones finish what they started), and the token manager never reuses a token of the old certificate.
import type { TLSSocket } from 'node:tls';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ClaraCredentialsError, createTransport, loadCredentials, MemoryTokenStore, TokenManager, type ClaraCredentials } from '@org/clara-auth';
import { json, startMtlsServer, type MtlsServer } from './helpers/mtls-server.js';
import { createTestPki, type TestPki } from './helpers/pki.js';
import { ScriptedGrants } from './helpers/scripted-grants.js';

const TOKEN_URL = 'https://clara.test/oauth/token';
let pki: TestPki;
let server: MtlsServer;
let first: ClaraCredentials;
let second: ClaraCredentials;

beforeAll(async () => {
  pki = createTestPki();
  server = await startMtlsServer(pki, (request, response) => {
    const answer = () => json(response, 200, { cn: (request.socket as TLSSocket).getPeerCertificate().subject?.CN });
    if (request.url === '/slow') setTimeout(answer, 300);
    else answer();
  });
  const load = (name: string) => loadCredentials({ cert: pki.read(`${name}.crt`), key: pki.read(`${name}.key`), clientId: 'client-1', clientSecret: 'rotation-secret', ca: pki.read('ca.crt') });
  first = await load('client');
  second = await load('second-client');
});
afterAll(async () => {
  await server.close();
  pki.remove();
});

it('new requests use the new certificate; a request in flight finishes on the old connection, which then closes', async () => {
  const transport = await createTransport({ credentials: first });
  const cn = async (path = '/') => ((await (await transport.send({ url: `${server.url}${path}`, method: 'GET', headers: [] })).json()) as { cn: string }).cn;
  try {
    expect(await cn()).toBe('Clara Test Client');
    const oldAgent = transport.agent;
    const inFlight = cn('/slow');
    await new Promise((resolve) => setTimeout(resolve, 50));
    const drained = transport.updateCredentials(second);
    expect(transport.agent).not.toBe(oldAgent);
    expect(await cn()).toBe('Clara Second Client');
    expect(await inFlight).toBe('Clara Test Client');
    await drained;
    expect(oldAgent.closed).toBe(true);
  } finally {
    await transport.close();
  }
});

it('credentials not made by loadCredentials are refused and change nothing', async () => {
  const transport = await createTransport({ credentials: first });
  try {
    const agent = transport.agent;
    expect(() => transport.updateCredentials({ ...second })).toThrow(ClaraCredentialsError);
    expect(transport.agent).toBe(agent);
  } finally {
    await transport.close();
  }
});

it('the token manager drops the old token and keys tokens by the new certificate', async () => {
  const grants = new ScriptedGrants();
  const store = new MemoryTokenStore();
  const manager = (credentials: ClaraCredentials) => new TokenManager({ credentials, requestGrant: grants.requestGrant, tokenUrl: TOKEN_URL, store });
  const tokens = manager(first);
  const old = await tokens.getToken();
  tokens.updateCredentials(second);
  const fresh = await tokens.getToken();
  expect(fresh).not.toBe(old);
  // A second manager still on the old certificate finds the old token; one on the new finds the new.
  expect(await manager(first).getToken()).toBe(old);
  expect(await manager(second).getToken()).toBe(fresh);
});

it('a refresh in flight during a rotation is not cached: its callers get a token of the new credentials', async () => {
  const grants = new ScriptedGrants();
  const tokens = new TokenManager({ credentials: first, requestGrant: grants.requestGrant, tokenUrl: TOKEN_URL });
  const release = grants.hold();
  const pending = tokens.getToken();
  await expect.poll(() => grants.requests.length).toBe(1);
  tokens.updateCredentials(second);
  release();
  const token = await pending;
  expect(grants.requests).toHaveLength(2); // the old-certificate token was discarded
  expect(await tokens.getToken()).toBe(token);
});
