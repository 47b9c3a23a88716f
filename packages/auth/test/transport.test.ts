import { createServer, type AddressInfo } from 'node:net';
import { createServer as createTlsServer, type TLSSocket } from 'node:tls';
import { inspect } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ClaraConnectionError,
  ClaraCredentialsError,
  ClaraConfigError,
  ClaraTlsError,
  ClaraValidationError,
  createTransport,
  loadCredentials,
  type ClaraCredentials,
  type ClaraTransport,
} from '@org/clara-auth';
import { toNetworkError } from '../src/transport/network-errors.js';
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
  const transport = createTransport({ credentials: options.credentials ?? credentials, ...(options.connections ? { connections: options.connections } : {}) });
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
  it('sends a ky-style global Request over mTLS and returns a global Response', async () => {
    await withTransport(async (transport) => {
      const request = new Request(`${server.url}/things?x=1`, { method: 'POST', body: '{"a":1}', headers: { 'x-test': 'yes', 'content-type': 'application/json' } });
      const response = await transport.fetch(request);
      expect(response).toBeInstanceOf(Response);
      expect(response.url).toBe(`${server.url}/things?x=1`);
      expect(await response.json()).toEqual({ method: 'POST', path: '/things?x=1', body: '{"a":1}', header: 'yes', clientCn: 'Clara Test Client' });
      const plain = await transport.fetch(new URL('/plain', server.url), { headers: { 'x-test': 'init' } });
      expect(await plain.json()).toMatchObject({ method: 'GET', path: '/plain', header: 'init' });
    });
  });

  it('refuses http: URLs before anything is sent', async () => {
    await withTransport(async (transport) => {
      const error = await failure(transport.fetch('http://127.0.0.1:1/x'));
      expect(error).toBeInstanceOf(ClaraValidationError);
      expect((error as Error).message).toBe('Refusing to send a request to http://127.0.0.1:1: Clara is reached over HTTPS with mutual TLS only.');
    });
  });

  it('does not follow redirects', async () => {
    await withTransport(async (transport) => {
      const response = await transport.fetch(`${server.url}/redirect`);
      expect(response.status).toBe(302);
      expect(response.headers.get('location')).toBe('https://example.com/');
    });
  });

  it('reuses connections and bounds them', async () => {
    const before = server.handshakes();
    await withTransport(async (transport) => {
      for (let i = 0; i < 50; i++) await (await transport.fetch(`${server.url}/seq`)).arrayBuffer();
    });
    // Keep-alive: one connection, sometimes a second when a request is dispatched just before the first
    // socket is marked free again.
    expect(server.handshakes() - before).toBeLessThanOrEqual(2);
    const beforeConcurrent = server.handshakes();
    await withTransport(async (transport) => {
      await Promise.all(Array.from({ length: 20 }, async () => (await transport.fetch(`${server.url}/par`)).arrayBuffer()));
    }, { connections: 3 });
    expect(server.handshakes() - beforeConcurrent).toBeLessThanOrEqual(3);
  });

  it('only takes credentials made by loadCredentials', () => {
    expect(() => createTransport({ credentials: { ...credentials } })).toThrow(ClaraCredentialsError);
    expect(() => createTransport({ credentials, connections: 0 })).toThrow(ClaraConfigError);
    expect(() => createTransport({ credentials, connections: 0 })).toThrow(/connections must be a positive integer/);
  });

  it('maps a refused connection to ClaraConnectionError', async () => {
    await withTransport(async (transport) => {
      const port = await closedPort();
      const error = await failure(transport.fetch(`https://127.0.0.1:${port}/`));
      expect(error).toBeInstanceOf(ClaraConnectionError);
      expect((error as Error).message).toBe(`Could not reach 127.0.0.1:${port}: ECONNREFUSED connect ECONNREFUSED 127.0.0.1:${port}.`);
    });
  });
});

describe('TLS failures become ClaraTlsError naming the side', () => {
  // A TLS 1.3 server checks the client certificate after our side of the handshake and may just close, and
  // Node's server does so in TLS 1.2 as well: that close cannot be told from a restart or a load balancer
  // reset, so it is a (retryable) ClaraConnectionError naming the certificate as one possible cause.
  for (const maxVersion of ['TLSv1.3', 'TLSv1.2'] as const) {
    describe(maxVersion, () => {
      let strict: MtlsServer;
      beforeAll(async () => {
        strict = await startMtlsServer(pki, (_request, response) => json(response, 200, {}), { maxVersion });
      });
      afterAll(() => strict.close());

      it('a certificate from another CA, refused with a bare close → ClaraConnectionError naming the certificate', async () => {
        const outsider = await loadCredentials({ cert: pki.read('other-client.crt'), key: pki.read('other-client.key'), clientId: 'x', clientSecret: 'y', ca: pki.read('ca.crt') });
        await withTransport(async (transport) => {
          const error = await failure(transport.fetch(`${strict.url}/`));
          expect(error).toBeInstanceOf(ClaraConnectionError);
          expect((error as Error).message).toMatch(/^Could not reach 127\.0\.0\.1:\d+: the server closed a new connection before answering\. .*it rejected the client certificate/);
        }, { credentials: outsider });
      });

      it('a server that drops new connections (restart, load balancer reset) → ClaraConnectionError, not a TLS error', async () => {
        const dropping = createTlsServer({ key: pki.read('server.key'), cert: pki.read('server.crt'), maxVersion }, (socket) => socket.destroy());
        await new Promise<void>((resolve) => dropping.listen(0, '127.0.0.1', resolve));
        try {
          await withTransport(async (transport) => {
            const error = await failure(transport.fetch(`https://127.0.0.1:${(dropping.address() as AddressInfo).port}/`));
            expect(error).toBeInstanceOf(ClaraConnectionError);
          });
        } finally {
          await new Promise((resolve) => dropping.close(resolve));
        }
      });
    });
  }

  it('TLS alerts about our certificate keep their side', () => {
    const alert = (code: string) => toNetworkError(Object.assign(new Error('SSL alert'), { code }), 'https://127.0.0.1:1/');
    expect(alert('ERR_SSL_SSLV3_ALERT_BAD_CERTIFICATE')).toMatchObject({ name: 'ClaraTlsError', side: 'client-certificate-rejected' });
    expect(alert('ERR_SSL_TLSV1_ALERT_UNKNOWN_CA')).toMatchObject({ name: 'ClaraTlsError', side: 'client-certificate-rejected' });
    expect(alert('ERR_SSL_TLSV13_ALERT_CERTIFICATE_REQUIRED')).toMatchObject({ name: 'ClaraTlsError', side: 'client-certificate-missing' });
    expect(alert('ERR_SSL_SSL/TLS_ALERT_HANDSHAKE_FAILURE')).toMatchObject({ name: 'ClaraTlsError', side: 'handshake' });
    expect(toNetworkError(new TypeError('bad input'), 'https://127.0.0.1:1/')).toBeUndefined();
  });

  it('an untrusted server certificate → server-untrusted', async () => {
    const rogue = await startMtlsServer(pki, (_request, response) => json(response, 200, {}), { serverCert: 'rogue-server' });
    try {
      await withTransport(async (transport) => {
        const error = await failure(transport.fetch(`${rogue.url}/`));
        expect(error).toBeInstanceOf(ClaraTlsError);
        expect((error as ClaraTlsError).side).toBe('server-untrusted');
        expect((error as Error).message).toMatch(/the server certificate is not trusted \(UNABLE_TO_VERIFY_LEAF_SIGNATURE\)/);
        // The cause chain is copied into plain errors: no socket, no connect options, no key or passphrase.
        const printed = inspect(error, { depth: Infinity, showHidden: true }) + JSON.stringify(error);
        expect(printed).toContain('UNABLE_TO_VERIFY_LEAF_SIGNATURE');
        for (const secret of [pki.passphrase, 'PRIVATE KEY', 'client-secret-xyz']) expect(printed).not.toContain(secret);
      });
    } finally {
      await rogue.close();
    }
  });
});
