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
