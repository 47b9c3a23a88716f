// The mTLS transport: what it sends, what it refuses, connection reuse. It classifies nothing: failures go to
// the runtime's error mapper as undici threw them (classified in packages/clara/test/network.test.ts).
import { createServer, type AddressInfo } from 'node:net';
import type { TLSSocket } from 'node:tls';
import { inspect } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ClaraConfigError, ClaraCredentialsError, createTransport, loadCredentials, ResponseTooLargeError, type ClaraCredentials, type ClaraTransport } from '@org/clara-auth';
import { json, startMtlsServer, type MtlsServer } from './helpers/mtls-server.js';
import { createTestPki, type TestPki } from './helpers/pki.js';

let pki: TestPki;
let server: MtlsServer;
let credentials: ClaraCredentials;

beforeAll(async () => {
  pki = createTestPki();
  server = await startMtlsServer(pki, (request, response, body) => {
    if (request.url === '/redirect') {
      response.writeHead(302, { location: 'https://example.com/' }).end();
      return;
    }
    const peer = (request.socket as TLSSocket).getPeerCertificate();
    json(response, 200, { method: request.method, path: request.url, body, header: request.headers['x-test'] ?? null, clientCn: peer.subject?.CN });
  });
  credentials = await loadCredentials({ cert: pki.read('client.crt'), key: pki.read('client.enc.key'), passphrase: pki.passphrase, clientId: 'id', clientSecret: 'client-secret-xyz', ca: pki.read('ca.crt') });
});
afterAll(async () => {
  await server.close();
  pki.remove();
});

async function withTransport<T>(use: (transport: ClaraTransport) => Promise<T>, options: { credentials?: ClaraCredentials; connections?: number } = {}): Promise<T> {
  const transport = await createTransport({ credentials: options.credentials ?? credentials, ...(options.connections ? { connections: options.connections } : {}) });
  try {
    return await use(transport);
  } finally {
    await transport.close();
  }
}

/** A port nothing listens on. */
async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

const failure = async (promise: Promise<unknown>): Promise<unknown> => promise.then(() => { throw new Error('expected a failure'); }, (error: unknown) => error);

describe('createTransport', () => {
  it('sends what it is given over mTLS and returns a global Response', async () => {
    await withTransport(async (transport) => {
      const response = await transport.send({ url: `${server.url}/things?x=1`, method: 'POST', body: '{"a":1}', headers: ['x-test', 'yes', 'content-type', 'application/json'] });
      expect(response).toBeInstanceOf(Response);
      expect(response.url).toBe(`${server.url}/things?x=1`);
      expect(await response.json()).toEqual({ method: 'POST', path: '/things?x=1', body: '{"a":1}', header: 'yes', clientCn: 'Clara Test Client' });
    });
  });

  it('refuses http: URLs before anything is sent', async () => {
    await withTransport(async (transport) => {
      const error = await failure(transport.send({ url: 'http://127.0.0.1:1/x', method: 'GET', headers: [] }));
      expect(error).toBeInstanceOf(ClaraConfigError);
      expect((error as Error).message).toBe('Refusing to send a request to http://127.0.0.1:1: Clara is reached over HTTPS with mutual TLS only.');
    });
  });

  it('does not follow redirects', async () => {
    await withTransport(async (transport) => {
      const response = await transport.send({ url: `${server.url}/redirect`, method: 'GET', headers: [] });
      expect(response.status).toBe(302);
      expect(response.headers.get('location')).toBe('https://example.com/');
    });
  });

  it('reuses connections and bounds them', async () => {
    const before = server.handshakes();
    await withTransport(async (transport) => {
      for (let i = 0; i < 50; i++) await (await transport.send({ url: `${server.url}/seq`, method: 'GET', headers: [] })).arrayBuffer();
    });
    // Keep-alive: one connection, sometimes a second when a request is dispatched just before the first
    // socket is marked free again.
    expect(server.handshakes() - before).toBeLessThanOrEqual(2);
    const beforeConcurrent = server.handshakes();
    await withTransport(async (transport) => {
      await Promise.all(Array.from({ length: 20 }, async () => (await transport.send({ url: `${server.url}/par`, method: 'GET', headers: [] })).arrayBuffer()));
    }, { connections: 3 });
    expect(server.handshakes() - beforeConcurrent).toBeLessThanOrEqual(3);
  });

  it('keeps no PEM, passphrase or proxy password where others can look: the agent holds an opaque SecureContext', async () => {
    for (const proxy of [undefined, 'http://ops:proxy-pass-1234@127.0.0.1:1'] as const) {
      const transport = await createTransport({ credentials, ...(proxy ? { proxy } : { proxy: false }) });
      try {
        if (!proxy) await (await transport.send({ url: `${server.url}/x`, method: 'GET', headers: [] })).arrayBuffer();
        const seen = inspect(transport, { depth: Infinity, showHidden: true }) + inspect(transport.agent, { depth: Infinity, showHidden: true });
        expect(seen).not.toContain('PRIVATE KEY');
        expect(seen).not.toContain(pki.passphrase);
        expect(seen).not.toContain('proxy-pass-1234');
        if (proxy) expect(transport.proxy).toEqual({ url: 'http://127.0.0.1:1', source: 'the proxy option', authenticated: true });
      } finally {
        await transport.close();
      }
    }
  });

  it('only takes credentials made by loadCredentials', async () => {
    await expect(createTransport({ credentials: { ...credentials } })).rejects.toThrow(ClaraCredentialsError);
    await expect(createTransport({ credentials, connections: 0 })).rejects.toThrow(/connections must be a positive integer/);
  });

  it('passes a refused connection on as undici threw it', async () => {
    await withTransport(async (transport) => {
      const port = await closedPort();
      const error = await failure(transport.send({ url: `https://127.0.0.1:${port}/`, method: 'GET', headers: [] }));
      expect(error).toMatchObject({ code: 'ECONNREFUSED' });
    });
  });

  it('an answer over maxResponseBytes is not read: ResponseTooLargeError', async () => {
    const transport = await createTransport({ credentials, maxResponseBytes: 10 });
    try {
      const error = await failure(transport.send({ url: `${server.url}/big`, method: 'GET', headers: [] }));
      expect(error).toBeInstanceOf(ResponseTooLargeError);
      expect(error).toMatchObject({ status: 200, limit: 10 });
    } finally {
      await transport.close();
    }
  });
});

it('a rejected request leaves no secret in what undici threw: the runtime copies only name, code and message', async () => {
  // The raw failure reaches the runtime's error mapper only (packages/clara/test/network.test.ts).
  const rogue = await startMtlsServer(pki, (_request, response) => json(response, 200, {}), { serverCert: 'rogue-server' });
  try {
    await withTransport(async (transport) => {
      const error = await failure(transport.send({ url: `${rogue.url}/`, method: 'GET', headers: [] }));
      expect((error as { code?: string }).code ?? (error as { cause?: { code?: string } }).cause?.code).toMatch(/UNABLE_TO_VERIFY_LEAF_SIGNATURE/);
    });
  } finally {
    await rogue.close();
  }
});
