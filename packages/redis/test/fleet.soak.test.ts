// Longer fleet runs (`pnpm test:soak`): six processes spending one budget together, and four processes under a
// fleet-wide rate limit while Redis is killed and restarted three times under them.
import { setTimeout as sleep } from 'node:timers/promises';
import { expect, it } from 'vitest';

import { fleetTestbed, total } from './support/fleet-testbed.js';

const testbed = fleetTestbed('redis-fleet-soak');
const startFleet = testbed.startFleet;

it('six processes × 80 calls with requestBudget 300: exactly 300 requests reach Clara, every other call is a ClaraQuotaError', async () => {
  const fleet = await startFleet(6, { REQUEST_BUDGET: '300' });
  testbed.sandbox.stats.reset();
  const runs = await Promise.all(fleet.map((worker) => worker.run(80, 4)));
  expect(testbed.sandbox.stats.snapshot().requests).toBe(300);
  expect(total(runs, 'ok')).toBe(300 - 1); // one token request for the fleet
  expect(total(runs, 'ClaraQuotaError')).toBe(6 * 80 - 299);
  expect((await fleet[0]!.usage()).usage).toMatchObject({ spent: 300, remaining: 0, requests: 300, processes: 6 });
}, 120_000);

it('rateLimit 20 across four processes holds through three Redis restarts mid-run: every call succeeds, each outage is said once and its end too', async () => {
  const fleet = await startFleet(4, { RATE_LIMIT: '20', PROCESSES: '4' });
  testbed.sandbox.stats.reset();
  const started = performance.now();
  const running = Promise.all(fleet.map((worker) => worker.run(60, 4)));
  for (let outage = 0; outage < 3; outage++) {
    await sleep(1_500);
    await testbed.redis.stop();
    await sleep(1_000);
    await testbed.redis.start();
  }
  const runs = await running;
  const elapsed = performance.now() - started;
  expect(total(runs, 'ok')).toBe(240);
  expect(testbed.sandbox.stats.snapshot().requests).toBeGreaterThanOrEqual(241);
  // 241 requests or more, at most 20 a second with Redis, and 4 × 5 a second on the processes' own shares.
  expect(elapsed).toBeGreaterThanOrEqual(11_000);
  for (const run of runs) {
    const warnings = run.logs.filter((line) => line.startsWith('warn: Clara fleet: Redis is unavailable'));
    const recoveries = run.logs.filter((line) => line.startsWith('info: Clara fleet: Redis is back'));
    expect(warnings.length).toBeGreaterThanOrEqual(1);
    expect(warnings.length).toBeLessThanOrEqual(3);
    expect(recoveries.length).toBeGreaterThanOrEqual(warnings.length - 1); // the last may end after the run
  }
}, 120_000);
