import { createClient } from '@redis/client';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { RedisTokenStore } from '../src/index.js';
import { startRedisServer, type RedisServer } from './support/redis-server.js';

let server: RedisServer;
const connect = (url: string) => createClient({ url }).connect();
let redis: Awaited<ReturnType<typeof connect>>;
let prefixes = 0;
const store = (leaseMs?: number) => new RedisTokenStore({ client: redis, prefix: `t${++prefixes}:`, ...(leaseMs ? { leaseMs } : {}) });
const token = (lifetimeMs: number, accessToken = 'access-token-1') => ({ accessToken, tokenType: 'Bearer', issuedAt: Date.now(), expiresAt: Date.now() + lifetimeMs });

beforeAll(async () => {
  server = await startRedisServer();
  redis = await connect(server.url);
});
afterAll(async () => {
  await redis?.close();
  await server?.close();
});

describe('tokens', () => {
  it('stores, reads and deletes a token under a hashed key that names no client or URL', async () => {
    const tokens = store();
    const key = 'clara-token|https://public-api.mx.clara.com/oauth/token|client-1|AB:CD';
    const stored = token(60_000);
    await tokens.set(key, stored);
    expect(await tokens.get(key)).toEqual(stored);
    const keys = await redis.keys(`t${prefixes}:*`);
    expect(keys).toEqual([expect.stringMatching(/^t\d+:token:[0-9a-f]{64}$/)]);
    await tokens.delete(key);
    expect(await tokens.get(key)).toBeUndefined();
  });

  it('lets Redis drop a token when it expires, and never writes an expired one', async () => {
    const tokens = store();
    await tokens.set('k', token(150));
    expect(await tokens.get('k')).toBeDefined();
    await sleep(250);
    expect(await tokens.get('k')).toBeUndefined();
    await tokens.set('k', token(-1));
    expect(await redis.keys(`t${prefixes}:*`)).toEqual([]);
  });

  it('treats a value it did not write as absent', async () => {
    const tokens = store();
    await tokens.set('k', token(60_000));
    const [key] = await redis.keys(`t${prefixes}:token:*`);
    await redis.set(key!, '{"not":"a token"}');
    expect(await tokens.get('k')).toBeUndefined();
  });

  it.each([
    ['a token with CR/LF in it', JSON.stringify({ ...token(60_000), accessToken: 'abc\r\nX-Injected: 1' })],
    ['a token with a space', JSON.stringify({ ...token(60_000), accessToken: 'abc def' })],
    ['a 1 MB value', JSON.stringify({ ...token(60_000), accessToken: 'a'.repeat(1_048_576) })],
    ['a token longer than a request header can carry', JSON.stringify({ ...token(60_000), accessToken: 'a'.repeat(10_000) })],
    ['a value that is not JSON', 'garbage'],
    ['an expiry that is not a time', JSON.stringify({ ...token(60_000), expiresAt: 'soon' })],
  ])('drops %s from Redis (so a new token is requested), and reads a good token written afterwards', async (_, value) => {
    const tokens = store();
    await tokens.set('k', token(60_000));
    const [key] = await redis.keys(`t${prefixes}:token:*`);
    await redis.set(key!, value, { expiration: { type: 'PX', value: 60_000 } });
    expect(await tokens.get('k')).toBeUndefined();
    expect(await redis.exists(key!)).toBe(0);
    const good = token(60_000, 'access-token-2');
    await tokens.set('k', good);
    expect(await tokens.get('k')).toEqual(good);
  });

  it('deletes an unusable value only if it is still there: a good token written meanwhile stays', async () => {
    const tokens = store();
    await tokens.set('k', token(60_000));
    const [key] = await redis.keys(`t${prefixes}:token:*`);
    await redis.set(key!, 'garbage');
    const good = JSON.stringify(token(60_000, 'access-token-3'));
    const evalOriginal = redis.eval.bind(redis);
    let calls = 0;
    // Another process writes a good token between this store's read and its delete.
    const raced = Object.create(redis, {
      eval: { value: async (script: string, options: { keys: string[]; arguments: string[] }) => {
        if (++calls === 2) await redis.set(key!, good);
        return evalOriginal(script, options);
      } },
    });
    const racedStore = new RedisTokenStore({ client: raced, prefix: `t${prefixes}:` });
    expect(await racedStore.get('k')).toBeUndefined();
    expect(await redis.get(key!)).toBe(good);
  });

  it('refuses a missing client or a bad lease time', () => {
    expect(() => new RedisTokenStore({} as never)).toThrow(/needs a connected node-redis client/);
    expect(() => new RedisTokenStore({ client: redis, leaseMs: 0 })).toThrow(/leaseMs must be a positive whole number/);
  });
});

describe('leases', () => {
  it('grants one lease at a time per key; released, it can be taken again', async () => {
    const tokens = store();
    const first = await tokens.acquireLease('k');
    expect(first).toBeDefined();
    expect(await tokens.acquireLease('k')).toBeUndefined();
    expect(await tokens.acquireLease('other key')).toBeDefined();
    await first!.release();
    expect(await tokens.acquireLease('k')).toBeDefined();
  });

  it('takes over a lease without a TTL: a stale lease never makes a refresh wait the whole lease time', async () => {
    const tokens = store(30_000);
    const held = await tokens.acquireLease('k');
    const [key] = await redis.keys(`t${prefixes}:lease:*`);
    await redis.persist(key!); // as a tool or a hand-written SET would leave it
    expect(await redis.pTTL(key!)).toBe(-1);
    const next = await tokens.acquireLease('k');
    expect(next).toBeDefined();
    const ttl = await redis.pTTL(key!);
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(30_000);
    await held!.release(); // the old owner's release does not free the new holder's lease
    expect(await tokens.acquireLease('k')).toBeUndefined();
    await next!.release();
  });

  it('expires by itself, and a late release never frees the lease of the next holder', async () => {
    const tokens = store(200);
    const dead = await tokens.acquireLease('k');
    await sleep(300);
    const next = await tokens.acquireLease('k');
    expect(next).toBeDefined();
    await dead!.release(); // the first holder wakes up late: must not delete the new holder's lease
    expect(await tokens.acquireLease('k')).toBeUndefined();
    await next!.release();
  });
});
