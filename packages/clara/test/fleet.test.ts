// The `fleet` option, against the sandbox with a fleet kept in memory: the client asks its member before every
// request (token requests, retries and 401 replays included), refuses with ClaraQuotaError when told to, reports
// every request, uses the fleet's token store, and waits for the member within the call's deadline.
// The Redis fleet itself is tested in packages/redis.
import { MemoryTokenStore } from '@org/clara-auth';
import type { Sandbox } from '@org/clara-sandbox';
import { expect, test } from 'vitest';

import { ClaraConfigError, ClaraQuotaError, ClaraTimeoutError, type Fleet, type FleetPermit, type FleetScope, type FleetUsage, type RequestEvent } from '../src/index.js';
import { failure, sandboxPerFile } from './support/per-file.js';

const testland = sandboxPerFile();
const { client } = testland;

/** A fleet in memory: grants `budget` requests, then refuses; `hold` makes reserve() wait until released. */
function memoryFleet(budget = Infinity) {
  const scopes: FleetScope[] = [];
  const events: RequestEvent[] = [];
  const tokenStore = new MemoryTokenStore();
  let reserved = 0;
  let closed = 0;
  let hold: Promise<void> | undefined;
  const fleet: Fleet = {
    join(scope) {
      scopes.push(scope);
      return {
        tokenStore,
        async reserve(signal): Promise<FleetPermit> {
          if (hold) await Promise.race([hold, new Promise((_, reject) => signal.addEventListener('abort', () => reject(signal.reason), { once: true }))]);
          if (reserved >= budget) return { granted: false, budget, period: '2026-12' };
          reserved++;
          return { granted: true };
        },
        record: (event) => void events.push(event),
        usage: async (): Promise<FleetUsage> => ({ period: '2026-12', spent: reserved, requests: events.length, succeeded: 0, successRate: 1, retries: 0, tokenRequests: 0, byService: {}, processes: 1 }),
        close: async () => void closed++,
      };
    },
  };
  return {
    fleet,
    scopes,
    events,
    tokenStore,
    hold: (until: Promise<void> | undefined) => (hold = until),
    get closed() {
      return closed;
    },
  };
}

test('joins once per client with the project, environment and budget; asks before every request and reports each', async () => {
  const sandbox: Sandbox = testland.sandbox;
  const fleet = memoryFleet();
  const clara = client({ fleet: fleet.fleet, requestBudget: 50, environment: 'sandbox' });
  sandbox.control.failNext(1, { status: 503, path: '/v3/transactions' });
  await clara.transactions.list({ size: 1 }); // a token, a 503 and its retry
  await clara.withTaxIdentifier(sandbox.entities[1]!.taxId).transactions.list({ size: 1 });
  expect(fleet.scopes).toEqual([{ clientId: expect.stringMatching(/\S/), environment: 'sandbox', requestBudget: 50, tokenService: 'OauthTokenWrite' }]);
  expect(fleet.events.map((event) => `${event.service} ${event.status}`)).toEqual(['OauthTokenWrite 200', 'TransactionsRead 503', 'TransactionsRead 200', 'TransactionsRead 200']);
  expect(await clara.usage.fleet()).toMatchObject({ spent: 4, requests: 4 });
  await clara.close();
  expect(fleet.closed).toBe(1);
});

test("the fleet's refusal is a ClaraQuotaError naming the month, and nothing is sent", async () => {
  const sandbox: Sandbox = testland.sandbox;
  const fleet = memoryFleet(2);
  const clara = client({ fleet: fleet.fleet, requestBudget: 2 });
  await clara.transactions.list({ size: 1 }); // token + call
  sandbox.stats.reset();
  const error = await failure(clara.transactions.list({ size: 1 }), ClaraQuotaError);
  expect(error).toMatchObject({ budget: 2, operation: 'listTransactions' });
  expect(error.message).toBe("The fleet's requestBudget of 2 requests for 2026-12 (UTC month) is used up: GET /api/v3/transactions was not sent.");
  expect(sandbox.stats.snapshot().requests).toBe(0);
});

test("the fleet's token store is used, unless the client has its own", async () => {
  const sandbox: Sandbox = testland.sandbox;
  const fleet = memoryFleet();
  const first = client({ fleet: fleet.fleet });
  await first.transactions.list({ size: 1 });
  sandbox.stats.reset();
  await client({ fleet: fleet.fleet }).transactions.list({ size: 1 }); // a second process: the token comes from the fleet
  expect(sandbox.stats.snapshot().tokenRequests).toBe(0);
  await client({ fleet: fleet.fleet, tokenStore: new MemoryTokenStore() }).transactions.list({ size: 1 });
  expect(sandbox.stats.snapshot().tokenRequests).toBe(1);
});

test("a wait in the fleet (a rate limit) ends at the call's deadline, with nothing sent", async () => {
  const sandbox: Sandbox = testland.sandbox;
  const fleet = memoryFleet();
  const clara = client({ fleet: fleet.fleet });
  await clara.transactions.list({ size: 1 });
  sandbox.stats.reset();
  fleet.hold(new Promise(() => undefined));
  await failure(clara.transactions.list({ size: 1 }, { timeoutMs: 50 }), ClaraTimeoutError);
  expect(sandbox.stats.snapshot().requests).toBe(0);
});

test('a start that fails after joining (a CA file that is not there) leaves the fleet again, each time', async () => {
  const fleet = memoryFleet();
  const clara = client({ fleet: fleet.fleet, ca: '/nonexistent/clara-ca.pem' });
  for (let i = 0; i < 2; i++) await expect(clara.transactions.list({ size: 1 })).rejects.toThrow(/clara-ca\.pem/);
  expect(fleet.scopes).toHaveLength(2);
  expect(fleet.closed).toBe(2); // the member of each failed start: its Redis connection would keep the process alive
  await clara.close();
  expect(fleet.closed).toBe(2);
});

test('usage.fleet() without a fleet, and a fleet that is not one, are ClaraConfigErrors', async () => {
  const clara = client();
  await expect(clara.usage.fleet()).rejects.toThrow(ClaraConfigError);
  await expect(clara.usage.fleet()).rejects.toThrow(/usage.fleet\(\) needs the fleet option/);
  expect(() => client({ fleet: {} as Fleet })).toThrow(/options.fleet must be a fleet, e.g. redisFleet/);
});

test('without a fleet nothing of Redis is loaded: @org/clara neither depends on nor imports it', async () => {
  const { readFile, readdir } = await import('node:fs/promises');
  const { join } = await import('node:path');
  const root = join(import.meta.dirname, '..');
  const manifest = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as Record<string, Record<string, string> | undefined>;
  const dependencies = Object.keys({ ...manifest.dependencies, ...manifest.peerDependencies, ...manifest.optionalDependencies });
  expect(dependencies.filter((name) => /redis|rate-limiter/.test(name))).toEqual([]);
  const sources = (await readdir(join(root, 'src'), { recursive: true })).filter((file) => file.endsWith('.ts'));
  for (const file of sources) expect(await readFile(join(root, 'src', file), 'utf8'), file).not.toMatch(/from '[^']*(redis|rate-limiter)[^']*'/);
});
