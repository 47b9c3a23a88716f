// Certificate rotation at run time: the transport swaps its agent (new connections carry the new certificate,
// old ones finish what they started), and the token manager never reuses a token of the old certificate.
import type { TLSSocket } from 'node:tls';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ClaraCredentialsError, createTransport, loadCredentials, MemoryTokenStore, TokenManager, type ClaraCredentials } from '@org/clara-auth';
import { startFakeClara, type FakeClara } from './helpers/fake-clara.js';
import { json, startMtlsServer, type MtlsServer } from './helpers/mtls-server.js';
import { createTestPki, type TestPki } from './helpers/pki.js';

let pki: TestPki;
let server: MtlsServer;
let clara: FakeClara;
let first: ClaraCredentials;
let second: ClaraCredentials;

beforeAll(async () => {
  pki = createTestPki();
  server = await startMtlsServer(pki, (request, response) => {
    const answer = () => json(response, 200, { cn: (request.socket as TLSSocket).getPeerCertificate().subject?.CN });
    if (request.url === '/slow') setTimeout(answer, 300);
    else answer();
  });
  clara = await startFakeClara(pki);
  const load = (name: string) => loadCredentials({ cert: pki.read(`${name}.crt`), key: pki.read(`${name}.key`), clientId: 'client-1', clientSecret: 'rotation-secret', ca: pki.read('ca.crt') });
  first = await load('client');
  second = await load('second-client');
});
afterAll(async () => {
  await clara.close();
  await server.close();
  pki.remove();
});

it('new requests use the new certificate; a request in flight finishes on the old connection, which then closes', async () => {
  const transport = createTransport({ credentials: first });
  const cn = async (path = '/') => ((await (await transport.fetch(`${server.url}${path}`)).json()) as { cn: string }).cn;
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
  const transport = createTransport({ credentials: first });
  try {
    const agent = transport.agent;
    expect(() => transport.updateCredentials({ ...second })).toThrow(ClaraCredentialsError);
    expect(transport.agent).toBe(agent);
  } finally {
    await transport.close();
  }
});

it('the token manager drops the old token and keys tokens by the new certificate', async () => {
  const transport = createTransport({ credentials: first });
  const store = new MemoryTokenStore();
  const tokens = new TokenManager({ credentials: first, transport, tokenUrl: clara.tokenUrl, store });
  try {
    const old = await tokens.getToken();
    await transport.updateCredentials(second);
    tokens.updateCredentials(second);
    const fresh = await tokens.getToken();
    expect(fresh).not.toBe(old);
    // A second manager still on the old certificate finds the old token; one on the new finds the new.
    expect(await new TokenManager({ credentials: first, transport, tokenUrl: clara.tokenUrl, store }).getToken()).toBe(old);
    expect(await new TokenManager({ credentials: second, transport, tokenUrl: clara.tokenUrl, store }).getToken()).toBe(fresh);
  } finally {
    await transport.close();
  }
});

it('a refresh in flight during a rotation is not cached: its callers get a token of the new credentials', async () => {
  const transport = createTransport({ credentials: first });
  const tokens = new TokenManager({ credentials: first, transport, tokenUrl: clara.tokenUrl });
  try {
    const requestsBefore = clara.tokenRequests.length;
    const release = clara.hold();
    const pending = tokens.getToken();
    while (clara.tokenRequests.length === requestsBefore) await new Promise((resolve) => setTimeout(resolve, 5));
    tokens.updateCredentials(second);
    release();
    const token = await pending;
    expect(clara.tokenRequests.length - requestsBefore).toBe(2); // the old-certificate token was discarded
    expect(await tokens.getToken()).toBe(token);
  } finally {
    await transport.close();
  }
});
