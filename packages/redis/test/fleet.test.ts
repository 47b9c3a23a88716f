// The fleet member in one process: what it keeps in Redis (keys per project, environment and UTC month, naming no
// client id), the bound on a Redis that does not answer (fake clock), the billing period, the options' checks.
// Several processes, the rate limit and Redis restarts: fleet-processes.test.ts.
import type { FleetScope, RequestEvent } from '@org/clara';
import { createClient } from '@redis/client';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

import { billingPeriod } from '../src/fleet/billing-period.js';
import { redisFleet, RedisTokenStore, type FleetCommands } from '../src/index.js';
import { useFakeClock } from '../../clara/test/support/fake-clock.js';
import { startRedisServer, type RedisServer } from './support/redis-server.js';

let server: RedisServer;
let redis: Awaited<ReturnType<typeof connect>>;
const connect = () => createClient({ url: server.url }).connect();
const scope = (extra: Partial<FleetScope> = {}): FleetScope => ({ clientId: 'client-id-7', environment: 'production', tokenService: 'OauthTokenWrite', ...extra });
const event = (status = 200): RequestEvent => ({ operationId: 'listTransactions', service: 'TransactionsRead', method: 'GET', path: '/v3/transactions', status, durationMs: 1, attempt: 1, retry: false, bytes: 0 });
const never = () => new Promise<never>(() => undefined);

beforeAll(async () => {
  server = await startRedisServer();
  redis = await connect();
});
afterAll(async () => {
  await redis?.close();
  await server?.close();
});

describe('on Redis', () => {
  it('keeps the budget, the usage and the members under keys per project and month that name no client id; the token in a RedisTokenStore', async () => {
    const member = await redisFleet({ client: redis as unknown as FleetCommands, prefix: 'keys:' }).join(scope({ requestBudget: 3 }));
    expect(member.tokenStore).toBeInstanceOf(RedisTokenStore);
    const signal = new AbortController().signal;
    expect(await member.reserve(signal)).toEqual({ granted: true });
    member.record(event());
    const usage = await member.usage();
    const period = new Date().toISOString().slice(0, 7);
    expect(usage).toMatchObject({ period, budget: 3, spent: 1, remaining: 2, requests: 1, succeeded: 1, processes: 1 });
    const keys = (await redis.keys('keys:*')).sort();
    expect(keys).toEqual([
      expect.stringMatching(new RegExp(`^keys:fleet:[0-9a-f]{32}:budget:${period}$`)),
      expect.stringMatching(/^keys:fleet:[0-9a-f]{32}:members$/),
      expect.stringMatching(new RegExp(`^keys:fleet:[0-9a-f]{32}:usage:${period}$`)),
    ]);
    expect(keys.join(' ')).not.toContain('client-id-7');
    expect(await redis.pTTL(keys[0]!)).toBeGreaterThan(billingPeriod().endsAt - Date.now()); // kept past the month's end
    expect(await member.reserve(signal)).toEqual({ granted: true });
    expect(await member.reserve(signal)).toEqual({ granted: true });
    expect(await member.reserve(signal)).toEqual({ granted: false, budget: 3, period });
    await member.close();
    expect(await redis.zCard(keys[1]!)).toBe(0); // it left the fleet
  });

  it('another environment or project is another fleet', async () => {
    const fleet = redisFleet({ client: redis as unknown as FleetCommands, prefix: 'scopes:' });
    const signal = new AbortController().signal;
    const production = await fleet.join(scope({ requestBudget: 1 }));
    const sandbox = await fleet.join(scope({ requestBudget: 1, environment: 'sandbox' }));
    const other = await fleet.join(scope({ requestBudget: 1, clientId: 'client-id-8' }));
    for (const member of [production, sandbox, other]) expect(await member.reserve(signal)).toEqual({ granted: true });
    expect(await production.reserve(signal)).toMatchObject({ granted: false });
    await Promise.all([production, sandbox, other].map((member) => member.close()));
  });
});

describe('the connection the fleet opens', () => {
  it('stays open for a client that joined while it was connecting, when another joins and closes meanwhile; closes with the last', async () => {
    const fleet = redisFleet({ url: server.url, prefix: 'connection:', redisTimeoutMs: 2_000 });
    const clients = async () => (await redis.clientList()).filter((entry) => entry.cmd !== 'client|list').length;
    const before = await clients();
    const first = fleet.join(scope()); // connecting
    await (await fleet.join(scope())).close(); // joins and leaves before the connection is up
    const member = await first;
    await member.usage(); // the connection is the first's
    await member.close();
    expect(await clients()).toBe(before);
  });
});

describe('a Redis that does not answer', () => {
  it('holds a request no longer than redisTimeoutMs, then the process goes on with its own share, and says so once', async () => {
    useFakeClock();
    const hung = {
      isReady: true,
      isOpen: true,
      on: () => hung,
      get: never,
      set: never,
      del: never,
      eval: never,
      multi: () => new Proxy({}, { get: (_, name) => (name === 'exec' ? never : () => chain) }),
    };
    const chain = hung.multi();
    const warnings: string[] = [];
    const member = await (async () => {
      const joining = redisFleet({ client: hung as unknown as FleetCommands, processes: 4 }).join(scope({ requestBudget: 100, logger: { warn: (message) => warnings.push(message) } }));
      await vi.advanceTimersByTimeAsync(250); // its start (the fleet's size) is bounded too
      return joining;
    })();
    let permit: unknown;
    void member.reserve(new AbortController().signal).then((answer) => (permit = answer));
    await vi.advanceTimersByTimeAsync(249);
    expect(permit).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1);
    expect(permit).toEqual({ granted: true });
    // Within the next second it does not try Redis again: no wait at all.
    expect(await member.reserve(new AbortController().signal)).toEqual({ granted: true });
    expect(warnings).toEqual([expect.stringMatching(/^Clara fleet: Redis is unavailable \(Redis did not answer within 250 ms\.\)/)]);
  });
});

describe('Redis back after an outage', () => {
  it('adds what the process sent meanwhile to the budget; a failed addition is kept for later and does not hold the request', async () => {
    useFakeClock();
    let penaltyFails = false;
    const penalties: string[] = [];
    const down = {
      isReady: false,
      isOpen: true,
      on: () => down,
      get: never,
      set: never,
      del: never,
      // rate-limiter-flexible's consume and penalty are both this script: [points consumed, ttl]
      eval: (_script: string, { arguments: [points] }: { arguments: string[] }) => {
        if (points !== '1') penalties.push(points!);
        return points !== '1' && penaltyFails ? Promise.reject(new Error('READONLY')) : Promise.resolve([1, 60_000]);
      },
      multi: () => new Proxy({}, { get: (_, name) => (name === 'exec' ? () => Promise.resolve([0, 0, 1, 1]) : () => chain) }),
    };
    const chain = down.multi();
    const member = await redisFleet({ client: down as unknown as FleetCommands, processes: 1 }).join(scope({ requestBudget: 100 }));
    const signal = new AbortController().signal;
    for (let i = 0; i < 2; i++) expect(await member.reserve(signal)).toEqual({ granted: true }); // on its own share
    down.isReady = true;
    penaltyFails = true; // Redis answers the request's own point, refuses the addition
    expect(await member.reserve(signal)).toEqual({ granted: true });
    expect(penalties).toEqual(['2']);
    // The next recovery adds the two again.
    down.isReady = false;
    expect(await member.reserve(signal)).toEqual({ granted: true });
    down.isReady = true;
    penaltyFails = false;
    expect(await member.reserve(signal)).toEqual({ granted: true });
    expect(penalties).toEqual(['2', '3']);
  });
});

describe('billingPeriod', () => {
  it('is the UTC calendar month, whatever the local time zone', () => {
    expect(billingPeriod(Date.parse('2026-12-31T23:59:59.999Z'))).toEqual({ name: '2026-12', endsAt: Date.parse('2027-01-01T00:00:00Z') });
    expect(billingPeriod(Date.parse('2027-01-01T00:00:00Z'))).toEqual({ name: '2027-01', endsAt: Date.parse('2027-02-01T00:00:00Z') });
    expect(billingPeriod(Date.parse('2028-02-29T12:00:00-05:00')).name).toBe('2028-02');
  });
});

describe('redisFleet options', () => {
  it('refuses what cannot work, naming it', () => {
    expect(() => redisFleet({})).toThrow(/either url \(redis:\/\/…\) or a node-redis client, not both/);
    expect(() => redisFleet({ url: 'http://127.0.0.1:6379' })).toThrow(/url must start with redis:\/\/ or rediss:\/\//);
    expect(() => redisFleet({ url: 'redis://127.0.0.1', rateLimit: 0 })).toThrow(/rateLimit must be a positive whole number, got 0/);
    expect(() => redisFleet({ url: 'redis://127.0.0.1', processes: 1.5 })).toThrow(/processes must be a positive whole number/);
  });
});
