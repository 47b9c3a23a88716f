// Eight processes share one token through Redis, against one sandbox: one token request per token lifetime,
// and recovery when the process holding the refresh lease is killed mid-refresh.
import { startSandbox, type Sandbox } from '@org/clara-sandbox';
import { createClient } from '@redis/client';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, afterEach, beforeAll, expect, it, vi } from 'vitest';

import { startRedisServer, type RedisServer } from './support/redis-server.js';
import { startWorker, type RunResult, type Worker } from './support/workers.js';

const PROCESSES = 8;
const CALLS_PER_PROCESS = 200;
const TOKEN_TTL_SECONDS = 4;
const LEASE_MS = 2_000;

let redis: RedisServer;
let sandbox: Sandbox;
let workers: Worker[] = [];

beforeAll(async () => {
  redis = await startRedisServer();
  sandbox = await startSandbox({ country: 'mx', tokenTtlSeconds: TOKEN_TTL_SECONDS, seed: 'redis-store' });
});
afterEach(async () => {
  await Promise.all(workers.map((worker) => worker.kill()));
  workers = [];
});
afterAll(async () => {
  await sandbox?.close();
  await redis?.close();
});

const startWorkers = (count: number, prefix: string) =>
  Promise.all(
    Array.from({ length: count }, () =>
      startWorker({
        SANDBOX_URL: sandbox.url,
        CREDENTIALS_DIR: sandbox.credentialsDir,
        REDIS_URL: redis.url,
        REDIS_PREFIX: prefix,
        LEASE_MS: String(LEASE_MS),
        // Refresh 1 s before expiry, block in the last 0.5 s: a token serves 3 s of calls, then is replaced.
        BACKGROUND_REFRESH_SECONDS: '1',
        BLOCKING_REFRESH_SECONDS: '0.5',
      }),
    ),
  );

const sum = (results: RunResult[], field: 'ok' | 'failed' | 'endpoint' | 'store') => results.reduce((total, result) => total + result[field], 0);

it(`${PROCESSES} processes × ${CALLS_PER_PROCESS} calls over three token lifetimes → three token requests`, async () => {
  workers = await startWorkers(PROCESSES, 'lifetimes:');
  sandbox.stats.reset();
  // Three bursts, each in a new token lifetime: the previous token has expired, so all eight processes
  // need a token at once, and only the lease holder may ask for it.
  const phases = [67, 67, 66];
  let results: RunResult[] = [];
  let ok = 0;
  for (const [index, calls] of phases.entries()) {
    if (index > 0) await sleep(TOKEN_TTL_SECONDS * 1000 + 300);
    results = await Promise.all(workers.map((worker) => worker.run(calls, 4)));
    // A burst must fit in the token's 3 s before its refresh window, or a proactive refresh adds a request.
    expect(Math.max(...results.map((result) => result.ms))).toBeLessThan(3_000);
    expect(sum(results, 'failed'), JSON.stringify(results.flatMap((r) => r.errors))).toBe(0);
    ok += sum(results, 'ok');
  }
  expect(ok).toBe(PROCESSES * CALLS_PER_PROCESS);
  // Token counts are per process since its start.
  expect(sandbox.stats.snapshot().tokenRequests).toBe(phases.length);
  expect(sum(results, 'endpoint')).toBe(phases.length);
  expect(sum(results, 'store')).toBe(phases.length * (PROCESSES - 1)); // everyone else reused the holder's token
}, 60_000);

it('a lease holder killed mid-refresh blocks the others no longer than the lease time', async () => {
  const prefix = 'killed:';
  const [holder, ...others] = await startWorkers(PROCESSES, prefix);
  workers = [holder!, ...others];
  const inspector = await createClient({ url: redis.url }).connect();
  try {
    sandbox.stats.reset();
    sandbox.control.setLatency(30_000); // the holder's token request hangs
    const holderRun = holder!.run(1, 1).catch((error: unknown) => error);
    await vi.waitUntil(async () => sandbox.stats.snapshot().requests === 1 && (await inspector.keys(`${prefix}lease:*`)).length === 1, { timeout: 10_000, interval: 20 });
    sandbox.control.setLatency(0);

    const othersRun = Promise.all(others.map((worker) => worker.run(25, 2)));
    await sleep(200); // the others are polling for the holder's token by now
    const leaseLeftMs = await inspector.pTTL((await inspector.keys(`${prefix}lease:*`))[0]!);
    const killedAt = performance.now();
    await holder!.kill();
    const results = await othersRun;
    const recoveredAfterMs = performance.now() - killedAt;

    expect(await holderRun).toBeInstanceOf(Error); // it died without answering
    expect(sum(results, 'failed'), JSON.stringify(results.flatMap((r) => r.errors))).toBe(0);
    expect(sum(results, 'ok')).toBe(others.length * 25);
    expect(sum(results, 'endpoint')).toBe(1); // one of them took the lease over, once it expired
    expect(sum(results, 'store')).toBe(others.length - 1);
    expect(recoveredAfterMs).toBeGreaterThanOrEqual(leaseLeftMs - 50);
    expect(recoveredAfterMs).toBeLessThan(leaseLeftMs + 3_000);
  } finally {
    sandbox.control.reset();
    await inspector.close();
  }
}, 60_000);
