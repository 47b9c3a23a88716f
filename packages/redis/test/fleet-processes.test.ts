// A fleet of spawned processes, each with `fleet: redisFleet(...)`, against one sandbox (whose counters are the
// truth of what reached Clara) and a real redis-server: the budget is the fleet's, the rate limit is the fleet's,
// and a Redis restart mid-run leaves each process on its own share, said once, until Redis is back.
import { expect, it } from 'vitest';

import { fleetTestbed, total } from './support/fleet-testbed.js';
import type { FleetWorker } from './support/workers.js';

const testbed = fleetTestbed('redis-fleet');
const startFleet = testbed.startFleet;

it('three processes with requestBudget 10 send at most 10 requests to Clara together; the other calls reject with ClaraQuotaError', async () => {
  const fleet = await startFleet(3, { REQUEST_BUDGET: '10' });
  testbed.sandbox.stats.reset();
  const runs = await Promise.all(fleet.map((worker) => worker.run(8, 2)));
  const reached = testbed.sandbox.stats.snapshot();
  expect(reached.requests).toBe(10); // the token request (one for the fleet: the shared store) and 9 calls
  expect(reached.tokenRequests).toBe(1);
  expect(total(runs, 'ok')).toBe(9);
  expect(total(runs, 'ClaraQuotaError')).toBe(24 - 9);
  const { usage } = await fleet[0]!.usage();
  expect(usage).toMatchObject({ budget: 10, spent: 10, remaining: 0, requests: 10, succeeded: 10, tokenRequests: 1, processes: 3 });
  expect(usage!.period).toBe(new Date().toISOString().slice(0, 7));
  expect(usage!.byService).toEqual({ OauthTokenWrite: { requests: 1, succeeded: 1 }, TransactionsRead: { requests: 9, succeeded: 9 } });
});

it('rateLimit holds for the whole fleet: calls over it wait for the next second instead of failing', async () => {
  const fleet = await startFleet(3, { RATE_LIMIT: '5' });
  testbed.sandbox.stats.reset();
  const started = performance.now();
  const runs = await Promise.all(fleet.map((worker) => worker.run(5, 5)));
  const elapsed = performance.now() - started;
  // 16 requests (a token and 15 calls) at 5 per second need four one-second windows: at least three have ended.
  expect(testbed.sandbox.stats.snapshot().requests).toBe(16);
  expect(total(runs, 'ok')).toBe(15);
  expect(elapsed).toBeGreaterThanOrEqual(3_000);
});

it('Redis stopped mid-run: each process keeps its own share of what was left, warns once, and rejoins the fleet when Redis is back', async () => {
  const fleet = await startFleet(2, { REQUEST_BUDGET: '40' });
  testbed.sandbox.stats.reset();
  await Promise.all(fleet.map((worker) => worker.run(5, 1))); // a token and 10 calls: 29 left
  for (const worker of fleet) expect((await worker.usage()).usage).toMatchObject({ spent: 11, processes: 2 });

  await testbed.redis.stop();
  testbed.sandbox.stats.reset();
  const during = await Promise.all(fleet.map((worker) => worker.run(20, 2)));
  // Each keeps floor(29 / 2) = 14 of the 29 left: 28 reach Clara, the other calls are refused before sending.
  expect(testbed.sandbox.stats.snapshot().requests).toBe(28);
  expect(total(during, 'ok')).toBe(28);
  expect(total(during, 'ClaraQuotaError')).toBe(40 - 28);
  for (const run of during) {
    expect(run.logs).toEqual([expect.stringMatching(/^warn: Clara fleet: Redis is unavailable \(.+\); this process keeps its own share until it is back$/)]);
  }
  expect((await fleet[0]!.usage()).error).toMatch(/^The fleet's usage is kept in Redis, which is unavailable/);

  await testbed.redis.start(); // empty: the restarted Redis kept nothing (no persistence here)
  await waitForFleet(fleet[0]!);
  await waitForFleet(fleet[1]!);
  const after = await Promise.all(fleet.map((worker) => worker.run(1, 1)));
  for (const run of after) expect(run.logs).toContainEqual('info: Clara fleet: Redis is back; the fleet shares the budget and the rate limit again');
  // What each sent on its own share was added to the fleet's budget once Redis was back.
  const { usage } = await fleet[0]!.usage();
  expect(usage).toMatchObject({ spent: 28 + 2, processes: 2 });
  // Each process adds its usage counters to Redis just after a request, not before it answers: the other
  // process's last one may land a moment after this one asks.
  await expect.poll(async () => (await fleet[0]!.usage()).usage?.requests, { timeout: 5_000 }).toBe(28 + 2);
});

/** Until the worker's fleet answers again (node-redis reconnects by itself, within a couple of seconds). */
async function waitForFleet(worker: FleetWorker): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    if ((await worker.usage()).usage) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`worker ${worker.pid} never reached the restarted Redis`);
}
