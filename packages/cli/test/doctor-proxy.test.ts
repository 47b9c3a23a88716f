// `clara doctor` behind a proxy (the `proxy` package, a real CONNECT proxy in this process): the Proxy step
// says which proxy, from where, and whether CONNECT was accepted; the token and the read call go through it to the
// sandbox over mTLS. Credentials of the proxy never appear.
import { startSandbox, type Sandbox } from '@org/clara-sandbox';
import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createProxy, type ProxyServer } from 'proxy';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';

import { runCli } from '../src/program.js';
import { captureIo } from './support/run-cli.js';

const PASSWORD = 'doctor-proxy-secret';
const BASIC = `Basic ${Buffer.from(`ops:${PASSWORD}`).toString('base64')}`;

describe('clara doctor behind a proxy', { timeout: 20_000 }, () => {
  let sandbox: Sandbox;
  let proxy: ProxyServer;
  let proxyUrl: string;
  const connects: string[] = [];

  beforeAll(async () => {
    sandbox = await startSandbox({ country: 'mx' });
    proxy = createProxy(createServer());
    proxy.authenticate = (request) => request.headers['proxy-authorization'] === BASIC;
    proxy.prependListener('connect', (request) => connects.push(request.url ?? ''));
    proxy.listen(0, '127.0.0.1');
    await once(proxy, 'listening');
    proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
  }, 20_000);
  afterEach(() => {
    vi.unstubAllEnvs();
    connects.length = 0;
  });
  afterAll(async () => {
    proxy.closeAllConnections();
    proxy.close();
    await sandbox.close();
  });

  const doctor = async () => {
    const io = captureIo();
    const code = await runCli(['doctor', '--country', 'mx', '--credentials', sandbox.credentialsDir, '--base-url', sandbox.url], io);
    return { code, ...io.output() };
  };

  it('names the proxy from HTTPS_PROXY and passes through it when CONNECT is accepted', async () => {
    vi.stubEnv('HTTPS_PROXY', proxyUrl.replace('http://', `http://ops:${PASSWORD}@`));
    vi.stubEnv('NO_PROXY', '');
    const { code, stdout, stderr } = await doctor();
    expect(stdout).toMatch(new RegExp(`✓ Proxy\\s+${proxyUrl.replaceAll('.', '\\.')} \\(HTTPS_PROXY, with credentials\\): CONNECT ${new URL(sandbox.url).host.replaceAll('.', '\\.')} accepted`));
    expect(code).toBe(0);
    expect(connects.length).toBeGreaterThanOrEqual(2); // the probe, then the client's own tunnel(s)
    // This machine need not resolve or reach Clara's host: the proxy does, so the direct probes are not run.
    expect(stdout).toMatch(/✓ DNS\s+resolved by the proxy \(CONNECT [\d.]+:\d+ accepted\)/);
    expect(stdout).toMatch(/✓ TCP\s+through the proxy tunnel/);
    expect(stdout).toMatch(/✓ TLS handshake\s+inside the proxy tunnel \(checked by the token request\)\n/);
    expect(stdout).toMatch(/✓ Read call/);
    expect(stdout + stderr).not.toContain(PASSWORD);
    expect(stdout + stderr).not.toContain(BASIC.slice(6));
  });

  it('fails the Proxy step on 407 and says to give credentials', async () => {
    vi.stubEnv('HTTPS_PROXY', proxyUrl);
    vi.stubEnv('NO_PROXY', '');
    vi.stubEnv('no_proxy', '');
    const { code, stdout } = await doctor();
    expect(code).toBe(1);
    expect(stdout).toMatch(/✗ Proxy\s+http:\/\/127\.0\.0\.1:\d+ \(HTTPS_PROXY\): CONNECT 127\.0\.0\.1:\d+ answered 407 Proxy Authentication Required/);
    expect(stdout).toContain('give the credentials in the proxy URL: http://user:password@host:port.');
  });

  it('with the host in NO_PROXY: reached directly, as the client does, and no CONNECT is sent', async () => {
    vi.stubEnv('HTTPS_PROXY', proxyUrl); // no credentials: a CONNECT would be answered 407
    vi.stubEnv('no_proxy', undefined); // no_proxy, even empty, wins over NO_PROXY (as in undici)
    vi.stubEnv('NO_PROXY', 'internal.example, 127.0.0.1');
    const { code, stdout } = await doctor();
    expect(stdout).toMatch(/✓ Proxy\s+HTTPS_PROXY is set but NO_PROXY lists 127\.0\.0\.1: reached directly/);
    expect(stdout).toMatch(/✓ TCP\s+connected to 127\.0\.0\.1/);
    expect(code).toBe(0);
    expect(connects).toEqual([]);
  });

  it('a NO_PROXY entry for another port does not exempt the host', async () => {
    vi.stubEnv('HTTPS_PROXY', proxyUrl);
    vi.stubEnv('no_proxy', undefined);
    vi.stubEnv('NO_PROXY', '127.0.0.1:1');
    const { code, stdout } = await doctor();
    expect(code).toBe(1);
    expect(stdout).toMatch(/✗ Proxy\s+.*answered 407/);
  });

  it('without HTTPS_PROXY: Proxy says none', async () => {
    vi.stubEnv('HTTPS_PROXY', '');
    vi.stubEnv('https_proxy', '');
    const { stdout } = await doctor();
    expect(stdout).toMatch(/✓ Proxy\s+none: HTTPS_PROXY is not set, Clara is reached directly/);
  });
});
