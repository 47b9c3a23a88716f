// What undici's diagnostics channels hand their subscribers (OpenTelemetry's undici instrumentation, Datadog,
// Elastic subscribe to them) during token requests and API calls over mTLS, direct and through a proxy: every
// channel of the installed undici, every message inspected whole (util.inspect, depth Infinity), while it is
// published. No private key, passphrase or client secret; the TLS material travels as an opaque SecureContext.
// What undici does publish, as for any HTTP client: request headers (the Authorization header) and response body
// chunks — the README says how to keep them out of an APM's records.
import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import { once } from 'node:events';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { inspect } from 'node:util';
import { createProxy } from 'proxy';
import { afterAll, beforeAll, expect, test } from 'vitest';

import { startFakeClara, type FakeClara } from '../../auth/test/helpers/fake-clara.js';
import { createTestPki, type TestPki } from '../../auth/test/helpers/pki.js';
import { loadCredentials } from '../src/index.js';
import { createTestlandClient } from './support/testland.js';

const CLIENT_SECRET = 'dc-client+secret/with=reserved&chars';
const PROXY_PASSWORD = 'dc-proxy-password-42';

/** Every channel the installed undici publishes on (its own list), and the interceptors' one. */
function undiciChannels(): string[] {
  const require = createRequire(createRequire(import.meta.url).resolve('@org/clara-auth/package.json'));
  const { channels } = require(require.resolve('undici').replace(/index\.js$/, 'lib/core/diagnostics.js')) as { channels: Record<string, { name: string }> };
  return [...Object.values(channels).map((channel) => channel.name), 'undici:request:pending-requests'];
}

let pki: TestPki;
let clara: FakeClara;
const published: { channel: string; text: string }[] = [];
const listeners = new Map<string, (message: unknown) => void>();

beforeAll(async () => {
  pki = createTestPki();
  clara = await startFakeClara(pki);
  for (const name of undiciChannels()) {
    const listener = (message: unknown) => {
      const { chunk } = message as { chunk?: unknown };
      // Body chunks are Buffers: inspect shows their bytes in hex; read them as text as well.
      const body = chunk instanceof Uint8Array ? `\n${Buffer.from(chunk).toString('latin1')}` : '';
      published.push({ channel: name, text: inspect(message, { depth: Infinity, showHidden: true, maxArrayLength: Infinity, maxStringLength: Infinity }) + body });
    };
    listeners.set(name, listener);
    subscribe(name, listener);
  }
});
afterAll(async () => {
  for (const [name, listener] of listeners) unsubscribe(name, listener);
  await clara.close();
  pki.remove();
});

test('token requests and calls, direct and through a proxy: no private key, passphrase or client secret on any undici channel', async () => {
  const proxy = createProxy(createServer());
  proxy.listen(0, '127.0.0.1');
  await once(proxy, 'listening');
  const proxyUrl = `http://dc-user:${PROXY_PASSWORD}@127.0.0.1:${(proxy.address() as AddressInfo).port}`;
  try {
    for (const route of [false, proxyUrl] as const) {
      const credentials = await loadCredentials({ cert: pki.read('client.crt'), key: pki.read('client.enc.key'), passphrase: pki.passphrase, clientId: 'dc-client', clientSecret: CLIENT_SECRET, ca: pki.read('ca.crt') });
      const client = createTestlandClient({ credentials, baseUrl: clara.url, proxy: route });
      await client.httpClient().get({ url: '/v3/transactions', throwOnError: true }); // a token request, then the call
      await client.close();
    }
  } finally {
    proxy.closeAllConnections();
    proxy.close();
  }

  const keyMaterial = [pki.read('client.key'), pki.read('client.enc.key')].flatMap((pem) => pem.split('\n').filter((line) => /^[A-Za-z0-9+/=]{40,}$/.test(line)));
  const secrets = [pki.passphrase, CLIENT_SECRET, encodeURIComponent(CLIENT_SECRET), PROXY_PASSWORD, ...keyMaterial];
  for (const { channel, text } of published) {
    expect(text, channel).not.toMatch(/PRIVATE KEY/);
    for (const secret of secrets) expect(text.includes(secret), `${channel} carries a secret`).toBe(false);
  }
  const seen = new Set(published.map(({ channel }) => channel));
  for (const channel of ['undici:client:beforeConnect', 'undici:client:connected', 'undici:client:sendHeaders', 'undici:request:create', 'undici:request:headers', 'undici:request:bodyChunkReceived', 'undici:proxy:connected']) {
    expect(seen, channel).toContain(channel);
  }
  // What undici does publish, and the README says: the token endpoint's answer as a body chunk, and request headers.
  const tokenBody = published.filter(({ text }) => text.includes('access_token'));
  expect(new Set(tokenBody.map(({ channel }) => channel))).toEqual(new Set(['undici:request:bodyChunkReceived']));
});
