// Issue 19: a value under the token key that is not a usable token (CR/LF in it, 1 MB) made every call fail until
// the key expired. The store drops it, so the client requests a new token and the call goes through.
import { startSandbox, type Sandbox } from '@org/clara-sandbox';
import { createClaraClient } from '@org/clara-mx';
import { createClient } from '@redis/client';
import { afterAll, beforeAll, expect, it } from 'vitest';

import { RedisTokenStore } from '../src/index.js';
import { startRedisServer, type RedisServer } from './support/redis-server.js';

let server: RedisServer;
let sandbox: Sandbox;
let redis: Awaited<ReturnType<typeof connect>>;
const connect = () => createClient({ url: server.url }).connect();

beforeAll(async () => {
  [server, sandbox] = await Promise.all([startRedisServer(), startSandbox({ country: 'mx', seed: 'unusable-token' })]);
  redis = await connect();
});
afterAll(async () => {
  await redis?.close();
  await sandbox?.close();
  await server?.close();
});

const client = (prefix: string) =>
  createClaraClient({ credentials: sandbox.credentialsDir, baseUrl: sandbox.url, ca: sandbox.caCert, tokenStore: new RedisTokenStore({ client: redis, prefix }) });

it.each([
  ['CR/LF in the token', (stored: Record<string, unknown>) => JSON.stringify({ ...stored, accessToken: `${stored.accessToken}\r\nX-Injected: 1` })],
  ['1 MB', (stored: Record<string, unknown>) => JSON.stringify({ ...stored, accessToken: 'a'.repeat(1_048_576) })],
])('a stored value with %s is dropped: the next process requests a new token and its call succeeds', async (_, poison) => {
  const prefix = `poison-${Math.random().toString(36).slice(2)}:`;
  const first = client(prefix);
  await first.transactions.list({ size: 1 });
  await first.close();
  const [key] = await redis.keys(`${prefix}token:*`);
  await redis.set(key!, poison(JSON.parse((await redis.get(key!))!)), { expiration: { type: 'PX', value: 600_000 } });

  sandbox.stats.reset();
  const next = client(prefix);
  try {
    expect((await next.transactions.list({ size: 1 })).content).toHaveLength(1);
  } finally {
    await next.close();
  }
  expect(sandbox.stats.snapshot().tokenRequests).toBe(1);
  const stored = JSON.parse((await redis.get(key!))!) as { accessToken: string };
  expect(stored.accessToken).toMatch(/^[A-Za-z0-9\-._~+/]+=*$/); // the new token replaced it
});
