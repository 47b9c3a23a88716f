// Redis restarts under a live store. node-redis reports the lost connection as an 'error' event (which Node throws,
// ending the process, when nobody listens) and reconnects by itself. The clients here have no 'error' listener of
// their own: the store's keeps the process alive. While Redis is down the store's calls fail at once, and the
// TokenManager requests tokens itself; once Redis is back, the same client and store work again.
import { createTransport, loadCredentials, TokenManager, type TokenEvent } from '@org/clara-auth';
import { plainGrant } from '../../auth/test/helpers/plain-grant.js';
import { startSandbox, type Sandbox } from '@org/clara-sandbox';
import { createClient } from '@redis/client';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';

import { RedisTokenStore, RedisUnavailableError } from '../src/index.js';
import { startRedisServer, type RedisServer } from './support/redis-server.js';

let server: RedisServer;
let sandbox: Sandbox;
const connect = () => createClient({ url: server.url }).connect();
const token = () => ({ accessToken: 'access-token-1', tokenType: 'Bearer', issuedAt: Date.now(), expiresAt: Date.now() + 60_000 });

beforeAll(async () => {
  [server, sandbox] = await Promise.all([startRedisServer(), startSandbox({ country: 'mx', seed: 'redis-restart' })]);
});
afterAll(async () => {
  await sandbox?.close();
  await server?.close();
});

/** Takes Redis down until `during` has run, then brings it back and waits until `client` has reconnected. */
async function outage(client: Awaited<ReturnType<typeof connect>>, during: () => Promise<void>): Promise<void> {
  await server.stop();
  await vi.waitUntil(() => !client.isReady, { timeout: 10_000, interval: 20 });
  await during();
  await server.start();
  await vi.waitUntil(() => client.isReady, { timeout: 10_000, interval: 20 });
}

it('fails at once while Redis is down, naming why, and works again on the same client once it is back', async () => {
  const client = await connect();
  try {
    const store = new RedisTokenStore({ client, prefix: 'restart:' });
    new RedisTokenStore({ client }); // a second store on the same client adds no second listener
    expect(client.listenerCount('error')).toBe(1);
    await store.set('k', token());
    const lease = await store.acquireLease('k');

    await outage(client, async () => {
      const unavailable = /^Redis is unavailable: the client is reconnecting; last connection error: \S/;
      await expect(store.get('k')).rejects.toThrow(unavailable);
      await expect(store.set('k', token())).rejects.toThrow(RedisUnavailableError);
      await expect(store.delete('k')).rejects.toThrow(RedisUnavailableError);
      await expect(store.acquireLease('other')).rejects.toThrow(RedisUnavailableError);
      await expect(lease!.release()).rejects.toThrow(RedisUnavailableError); // Redis lets it expire instead
    });

    expect(await store.get('k')).toBeUndefined(); // the restarted Redis kept nothing
    const stored = token();
    await store.set('k', stored);
    expect(await store.get('k')).toEqual(stored);
    const next = await store.acquireLease('k');
    expect(next).toBeDefined();
    await next!.release();
  } finally {
    await client.close();
  }
});

it('refuses calls on a closed client with the reason', async () => {
  const client = await connect();
  const store = new RedisTokenStore({ client });
  await client.close();
  await expect(store.get('k')).rejects.toThrow(/^Redis is unavailable: the client is not connected \(closed, never connected/);
});

it('the token manager gets tokens through a Redis outage, and shares them through Redis again after it', async () => {
  const client = await connect();
  const credentials = await loadCredentials(sandbox.credentialsDir);
  const transport = await createTransport({ credentials });
  const warnings: string[] = [];
  // A new TokenManager per token: a process of its own, which finds a shared token in Redis, or asks the sandbox.
  const nextTokenSource = async (): Promise<TokenEvent['source']> => {
    const tokens = new TokenManager({
      credentials,
      requestGrant: plainGrant(transport, `${sandbox.url}/oauth/token`),
      tokenUrl: `${sandbox.url}/oauth/token`,
      store: new RedisTokenStore({ client, prefix: 'manager:' }),
      logger: { warn: (message, data) => warnings.push(`${message}: ${JSON.stringify(data)}`) },
    });
    const obtained = new Promise<TokenEvent>((resolve) => tokens.once('token', resolve));
    try {
      await tokens.getToken();
      return (await obtained).source;
    } finally {
      tokens.close();
    }
  };
  try {
    sandbox.stats.reset();
    expect([await nextTokenSource(), await nextTokenSource()]).toEqual(['endpoint', 'store']);

    await outage(client, async () => {
      expect(await nextTokenSource()).toBe('endpoint');
      expect(warnings).toEqual([
        expect.stringMatching(/^Clara token store failed to read; requesting a new token: .*Redis is unavailable: the client is reconnecting/),
        expect.stringMatching(/^Clara token store failed to grant a refresh lease; requesting a token without it: .*Redis is unavailable/),
        expect.stringMatching(/^Clara token store failed to save a token: .*Redis is unavailable/),
      ]);
    });

    expect([await nextTokenSource(), await nextTokenSource()]).toEqual(['endpoint', 'store']);
    expect(sandbox.stats.snapshot().tokenRequests).toBe(3);
  } finally {
    await transport.close();
    await client.close();
  }
});
