// Through an HTTP proxy (the `proxy` package, a real CONNECT proxy in this process) to the sandbox over mTLS:
// from HTTPS_PROXY alone, bypassed by NO_PROXY, with credentials; and each way a proxy refuses — 407, 403,
// unreachable, intercepting TLS — as a ClaraProxyError naming the proxy without its credentials, never retried.
import { once } from 'node:events';
import { createServer as createHttpServer, type Server } from 'node:http';
import { createServer as createTcpServer, type AddressInfo, type Socket } from 'node:net';
import { TLSSocket } from 'node:tls';
import { inspect } from 'node:util';
import { createProxy, type ProxyServer } from 'proxy';
import { afterAll, afterEach, beforeAll, describe, expect, test, vi } from 'vitest';

import { createTestPki, type TestPki } from '../../auth/test/helpers/pki.js';
import { ClaraConfigError, ClaraProxyError, type Logger } from '../src/index.js';
import { failure, sandboxPerFile } from './support/per-file.js';

const clara = sandboxPerFile();
const USER = 'proxy-user';
const PASSWORD = 'p@ss:w/rd+proxy-secret';
const BASIC = Buffer.from(`${USER}:${PASSWORD}`).toString('base64');
const withCredentials = (url: string) => url.replace('http://', `http://${USER}:${encodeURIComponent(PASSWORD)}@`);

interface TestProxy {
  url: string;
  /** CONNECT requests received, as `host:port`. */
  connects: string[];
  close(): Promise<void>;
}

async function listen(server: Server | ReturnType<typeof createTcpServer>): Promise<string> {
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

async function startProxy(authenticate?: ProxyServer['authenticate']): Promise<TestProxy> {
  const server = createProxy(createHttpServer());
  if (authenticate) server.authenticate = authenticate;
  const connects: string[] = [];
  server.prependListener('connect', (request) => connects.push(request.url ?? ''));
  const url = await listen(server);
  return { url, connects, close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }) };
}

/** A stand-in for a corporate proxy that answers every CONNECT with `onConnect`. */
async function startRawProxy(onConnect: (socket: Socket) => void): Promise<TestProxy> {
  const connects: string[] = [];
  const sockets = new Set<Socket>();
  const server = createTcpServer((socket) => {
    sockets.add(socket);
    socket.once('data', (head) => {
      connects.push(/^CONNECT (\S+)/.exec(head.toString('latin1'))?.[1] ?? '');
      onConnect(socket);
    });
  });
  const url = await listen(server);
  return { url, connects, close: () => new Promise((resolve) => { for (const socket of sockets) socket.destroy(); server.close(() => resolve()); }) };
}

let pki: TestPki;
let open: TestProxy;
let guarded: TestProxy;
beforeAll(async () => {
  pki = createTestPki();
  open = await startProxy();
  guarded = await startProxy((request) => request.headers['proxy-authorization'] === `Basic ${BASIC}`);
});
afterEach(() => {
  vi.unstubAllEnvs();
  open.connects.length = 0;
  guarded.connects.length = 0;
});
afterAll(async () => {
  await open.close();
  await guarded.close();
  pki.remove();
});

const sandboxHost = () => new URL(clara.sandbox.url).host;

describe('reaching Clara through a proxy', () => {
  test('HTTPS_PROXY alone: the token request and the call go through CONNECT tunnels, mTLS end to end', async () => {
    vi.stubEnv('HTTPS_PROXY', open.url);
    vi.stubEnv('NO_PROXY', '');
    const page = await clara.client().transactions.list({ size: 1 });
    expect(page.content).toBeDefined();
    expect(open.connects.length).toBeGreaterThanOrEqual(1);
    expect(new Set(open.connects)).toEqual(new Set([sandboxHost()]));
    expect(clara.sandbox.stats.snapshot()).toMatchObject({ tokenRequests: 1, tlsHandshakeFailures: 0 });
  });

  test('https_proxy (lower case) works too; NO_PROXY naming the host bypasses the proxy', async () => {
    vi.stubEnv('https_proxy', open.url);
    vi.stubEnv('NO_PROXY', '127.0.0.1');
    await clara.client().transactions.list({ size: 1 });
    expect(open.connects).toEqual([]);
    expect(clara.sandbox.stats.snapshot().tokenRequests).toBe(1);
  });

  test('proxy: false ignores the environment', async () => {
    vi.stubEnv('HTTPS_PROXY', open.url);
    await clara.client({ proxy: false }).transactions.list({ size: 1 });
    expect(open.connects).toEqual([]);
  });

  test('a proxy that wants credentials: 407 without them (once, never retried), success with them in the proxy option', async () => {
    const lines: string[] = [];
    const logger: Logger = { debug: (m, d) => lines.push(m, JSON.stringify(d)), info: (m, d) => lines.push(m, JSON.stringify(d)), warn: (m, d) => lines.push(m, JSON.stringify(d)), error: (m, d) => lines.push(m, JSON.stringify(d)) };
    const error = await failure(clara.client({ proxy: guarded.url, logger, maxRetries: 3 }).transactions.list({ size: 1 }), ClaraProxyError);
    expect(error).toMatchObject({ problem: 'authentication', connectStatus: 407, proxy: guarded.url, source: 'the proxy option', requestSent: false });
    expect(error.message).toMatch(/requires credentials \(407 Proxy Authentication Required to CONNECT 127\.0\.0\.1:\d+\): give them in the proxy URL/);
    expect(guarded.connects).toHaveLength(1); // not retried as if Clara were down
    expect(clara.sandbox.stats.snapshot().requests).toBe(0);

    await clara.client({ proxy: withCredentials(guarded.url), logger }).transactions.list({ size: 1 });
    expect(guarded.connects.length).toBeGreaterThanOrEqual(2);
    expect(clara.sandbox.stats.snapshot().tokenRequests).toBe(1);
    for (const text of lines) expect(text).not.toContain(PASSWORD);
  });

  test('wrong credentials: the error names the proxy and the problem, never the credentials', async () => {
    const wrong = withCredentials(guarded.url).replace('proxy-secret', 'wrong-secret');
    vi.stubEnv('HTTPS_PROXY', wrong);
    vi.stubEnv('NO_PROXY', '');
    const error = await failure(clara.client().transactions.list({ size: 1 }), ClaraProxyError);
    expect(error).toMatchObject({ problem: 'authentication', proxy: guarded.url, source: 'HTTPS_PROXY' });
    expect(error.message).toMatch(/refused its credentials \(407/);
    const everything = [inspect(error, { depth: Infinity, showHidden: true }), JSON.stringify(error), String(error.stack)].join('\n');
    for (const secret of ['wrong-secret', encodeURIComponent(PASSWORD.replace('proxy-secret', 'wrong-secret')), Buffer.from(`${USER}:${PASSWORD.replace('proxy-secret', 'wrong-secret')}`).toString('base64')]) {
      expect(everything).not.toContain(secret);
    }
  });
});

describe('a proxy that refuses', () => {
  test('403 to CONNECT: refused, the proxy and the host named', async () => {
    const strict = await startRawProxy((socket) => socket.end('HTTP/1.1 403 Forbidden\r\ncontent-length: 0\r\n\r\n'));
    try {
      const error = await failure(clara.client({ proxy: strict.url }).transactions.list({ size: 1 }), ClaraProxyError);
      expect(error).toMatchObject({ problem: 'refused', connectStatus: 403, proxy: strict.url });
      expect(error.message).toContain(`refused to open a tunnel to ${sandboxHost()} (CONNECT answered 403)`);
      expect(strict.connects).toHaveLength(1);
    } finally {
      await strict.close();
    }
  });

  test('unreachable: ClaraProxyError, not "Clara is down"', async () => {
    const gone = await startRawProxy(() => undefined);
    const url = gone.url;
    await gone.close();
    const error = await failure(clara.client({ proxy: url }).transactions.list({ size: 1 }), ClaraProxyError);
    expect(error).toMatchObject({ problem: 'unreachable', proxy: url });
    expect(error.message).toMatch(/^Could not reach the proxy http:\/\/127\.0\.0\.1:\d+ \(the proxy option\) \(ECONNREFUSED\)/);
  });

  test('a TLS-intercepting proxy presenting its own certificate: tls-intercepted', async () => {
    const intercepting = await startRawProxy((socket) => {
      socket.write('HTTP/1.1 200 Connection established\r\n\r\n');
      const tls = new TLSSocket(socket, { isServer: true, key: pki.read('rogue-server.key'), cert: pki.read('rogue-server.crt') });
      tls.on('error', () => undefined);
    });
    try {
      const error = await failure(clara.client({ proxy: intercepting.url }).transactions.list({ size: 1 }), ClaraProxyError);
      expect(error).toMatchObject({ problem: 'tls-intercepted' });
      expect(error.message).toMatch(/the server presented a certificate that is not Clara's \(\w+\): the proxy intercepts TLS/);
      expect(intercepting.connects).toHaveLength(1);
    } finally {
      await intercepting.close();
    }
  });

  test('a proxy setting that is not a proxy URL is a ClaraConfigError that does not quote it', async () => {
    expect(() => clara.client({ proxy: 3128 as unknown as string })).toThrow(ClaraConfigError);
    vi.stubEnv('HTTPS_PROXY', 'http://user:secret-pass@[nowhere');
    const error = await failure(clara.client().transactions.list({ size: 1 }), ClaraConfigError);
    expect(error.message).toBe('HTTPS_PROXY is not a proxy URL such as http://proxy.internal:3128 (its value is not shown: it may carry credentials).');
    vi.stubEnv('HTTPS_PROXY', 'socks5://user:secret-pass@proxy.internal:1080');
    const socks = await failure(clara.client().transactions.list({ size: 1 }), ClaraConfigError);
    expect(socks.message).toBe('HTTPS_PROXY must be an http: or https: proxy URL, got socks5://proxy.internal:1080');
  });
});
