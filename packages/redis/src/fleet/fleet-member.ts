// One client's place in a Redis fleet: before each request it takes a point of the fleet's rate limit (waiting
// for the next second when the fleet has used this one) and of the month's budget, both kept by
// rate-limiter-flexible in Redis; after each request it adds it to the fleet's usage.
//
// Redis down (not connected, an error, or no answer within `redisTimeoutMs`): the process keeps its own share —
// of the budget, what was left when it last saw Redis divided by the fleet size (the `processes` hint, else the
// number of processes last seen in Redis, else 1); of the rate, the rate divided by the same number. It says so
// once per outage (a warning), tries Redis again after a second, and once Redis answers it adds what it sent
// meanwhile to the fleet's budget and usage, and goes back to the fleet's counters.
import { createHash, randomUUID } from 'node:crypto';

import { log, type TokenStore } from '@org/clara-auth';
import type { FleetMember, FleetPermit, FleetScope, FleetUsage, RequestEvent } from '@org/clara';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';

import { RedisUnavailableError } from '../connection.js';
import type { RedisCommands } from '../redis-token-store.js';
import { billingPeriod, periodNamed, type BillingPeriod } from './billing-period.js';
import { bounded, wait } from './bounded.js';
import { fleetUsage, UsageTally } from './usage-tally.js';

/** The node-redis commands the fleet uses besides the token store's. */
export interface FleetCommands extends RedisCommands {
  multi(): FleetMulti;
}

interface FleetMulti {
  hIncrBy(key: string, field: string, increment: number): FleetMulti;
  hGetAll(key: string): FleetMulti;
  get(key: string): FleetMulti;
  pExpireAt(key: string, at: number): FleetMulti;
  zAdd(key: string, member: { score: number; value: string }): FleetMulti;
  zRemRangeByScore(key: string, min: number, max: number): FleetMulti;
  zCard(key: string): FleetMulti;
  zRem(key: string, member: string): FleetMulti;
  exec(): Promise<unknown[]>;
}

export interface MemberSettings {
  client: FleetCommands;
  prefix: string;
  tokenStore: TokenStore;
  rateLimit?: number;
  processes?: number;
  redisTimeoutMs: number;
  /** Called once this member has left the fleet. */
  leave(): Promise<void>;
}

/** While Redis is unavailable: this process's own share, and what it admitted on it. */
interface LocalShare {
  rate?: RateLimiterMemory;
  period: string;
  share: number;
  admitted: number;
}

const GRANTED: FleetPermit = { granted: true };
/** A process that has not sent for this long no longer counts in the fleet size. */
const MEMBER_TTL_MS = 15_000;
const HEARTBEAT_MS = 5_000;
/** After a failure, Redis is tried again this much later: a hung Redis does not cost every request the bound. */
const RETRY_REDIS_MS = 1_000;
/** Keys of a month are kept a week past its end (usage of last month stays readable), then Redis drops them. */
const KEEP_AFTER_PERIOD_MS = 7 * 24 * 3_600_000;

export class RedisFleetMember implements FleetMember {
  readonly tokenStore: TokenStore;
  readonly #settings: MemberSettings;
  readonly #scope: FleetScope;
  /** `<prefix>fleet:<hash of client id and environment>:` */
  readonly #keys: string;
  readonly #id = randomUUID();
  readonly #tally: UsageTally;
  readonly #rate: RateLimiterRedis | undefined;
  readonly #budgets = new Map<string, RateLimiterRedis>();
  /** The fleet as last seen in Redis: its size and what it had spent of the budget. */
  #seen = { processes: 0, period: '', spent: 0 };
  #offline: LocalShare | undefined;
  /** Admitted on the local share and not yet added to the fleet's budget in Redis, per period. */
  #unreported = new Map<string, number>();
  #retryAt = 0;
  #lastBeat = 0;

  constructor(settings: MemberSettings, scope: FleetScope) {
    this.#settings = settings;
    this.#scope = scope;
    this.tokenStore = settings.tokenStore;
    this.#keys = `${settings.prefix}fleet:${createHash('sha256').update(`${scope.clientId}\n${scope.environment}`).digest('hex').slice(0, 32)}:`;
    this.#tally = new UsageTally(scope.tokenService);
    if (settings.rateLimit !== undefined) {
      this.#rate = new RateLimiterRedis({ ...this.#limiterBase(), keyPrefix: `${this.#keys}rate`, points: settings.rateLimit, duration: 1 });
    }
  }

  /** Called once by join: the fleet's size, before the first request needs it. */
  async start(): Promise<void> {
    if (this.#redisUsable()) await this.#heartbeat().catch(() => undefined);
  }

  async reserve(signal: AbortSignal): Promise<FleetPermit> {
    if (this.#rate) await this.#takeRate(signal);
    signal.throwIfAborted();
    return this.#scope.requestBudget === undefined ? GRANTED : this.#takeBudget(this.#scope.requestBudget);
  }

  record(event: RequestEvent): void {
    this.#tally.add(billingPeriod().name, event);
    if (this.#redisUsable()) void this.#flush().catch(() => undefined);
    if (Date.now() - this.#lastBeat > HEARTBEAT_MS && this.#redisUsable()) void this.#heartbeat().catch(() => undefined);
  }

  async usage(): Promise<FleetUsage> {
    const period = billingPeriod();
    if (!this.#redisUsable()) throw new RedisUnavailableError("The fleet's usage is kept in Redis, which is unavailable: try again once it is back.");
    await this.#flush().catch(() => undefined);
    const now = Date.now();
    const [hash, consumed, processes] = await this.#redis(
      this.#settings.client
        .multi()
        .hGetAll(this.#usageKey(period))
        .get(this.#budgetKey(period))
        .zRemRangeByScore(this.#membersKey(), 0, now - MEMBER_TTL_MS)
        .zCard(this.#membersKey())
        .exec()
        .then((replies) => [replies[0], replies[1], replies[3]] as const),
    );
    this.#seen = { processes: Number(processes ?? 0), period: period.name, spent: Number(consumed ?? 0) };
    return fleetUsage(period.name, (hash ?? {}) as Record<string, string>, Number(consumed ?? 0), this.#scope.requestBudget, Number(processes ?? 0));
  }

  async close(): Promise<void> {
    if (this.#redisUsable()) {
      await this.#flush().catch(() => undefined);
      await bounded(this.#settings.client.multi().zRem(this.#membersKey(), this.#id).exec(), this.#settings.redisTimeoutMs).catch(() => undefined);
    }
    await this.#settings.leave();
  }

  async #takeRate(signal: AbortSignal): Promise<void> {
    for (;;) {
      signal.throwIfAborted();
      const online = this.#redisUsable();
      const limiter: RateLimiterAbstract = online ? this.#rate! : this.#goOffline(undefined).rate!;
      try {
        await (online ? this.#redis(limiter.consume('rps')) : limiter.consume('rps'));
        return;
      } catch (outcome) {
        if (outcome instanceof RateLimiterRes) await wait(Math.max(1, outcome.msBeforeNext), signal);
        else this.#goOffline(outcome);
      }
    }
  }

  async #takeBudget(budget: number): Promise<FleetPermit> {
    const period = billingPeriod();
    const refused: FleetPermit = { granted: false, budget, period: period.name };
    if (this.#redisUsable()) {
      try {
        const taken = await this.#redis(this.#budgetLimiter(period, budget).consume(period.name));
        this.#seen = { ...this.#seen, period: period.name, spent: taken.consumedPoints };
        return GRANTED;
      } catch (outcome) {
        if (outcome instanceof RateLimiterRes) {
          this.#seen = { ...this.#seen, period: period.name, spent: outcome.consumedPoints };
          return refused;
        }
        this.#goOffline(outcome);
      }
    }
    const share = this.#goOffline(undefined);
    if (share.period !== period.name) Object.assign(share, { period: period.name, share: this.#shareOf(budget, period.name), admitted: 0 });
    if (share.admitted >= share.share) return refused;
    share.admitted++;
    this.#unreported.set(period.name, (this.#unreported.get(period.name) ?? 0) + 1);
    return GRANTED;
  }

  /** A command bounded in time; the first that succeeds after an outage ends it. */
  async #redis<T>(work: Promise<T>): Promise<T> {
    const result = await bounded(work, this.#settings.redisTimeoutMs);
    if (this.#offline) await this.#backOnline();
    return result;
  }

  #redisUsable(): boolean {
    return this.#settings.client.isReady && Date.now() >= this.#retryAt;
  }

  /** Enters (or stays in) the local mode: warns once per outage. `error` undefined: Redis known to be down. */
  #goOffline(error: unknown): LocalShare {
    if (error !== undefined) this.#retryAt = Date.now() + RETRY_REDIS_MS;
    if (this.#offline) return this.#offline;
    const processes = this.#processes();
    const { rateLimit } = this.#settings;
    const budget = this.#scope.requestBudget;
    const period = billingPeriod().name;
    this.#offline = {
      ...(rateLimit === undefined ? {} : { rate: new RateLimiterMemory({ points: Math.max(1, Math.floor(rateLimit / processes)), duration: 1 }) }),
      period,
      share: budget === undefined ? 0 : this.#shareOf(budget, period),
      admitted: 0,
    };
    const reason = error instanceof Error ? error.message : 'the client is not connected';
    log(this.#scope.logger, 'warn', `Clara fleet: Redis is unavailable (${reason}); this process keeps its own share until it is back`, {
      processes,
      ...(budget === undefined ? {} : { budgetShare: this.#offline.share, period }),
      ...(this.#offline.rate ? { requestsPerSecond: this.#offline.rate.points } : {}),
    });
    return this.#offline;
  }

  async #backOnline(): Promise<void> {
    this.#offline = undefined;
    this.#retryAt = 0; // a slow answer that came in after a timeout: no retry wait left for the others
    log(this.#scope.logger, 'info', 'Clara fleet: Redis is back; the fleet shares the budget and the rate limit again');
    void this.#heartbeat().catch(() => undefined); // a restarted Redis has lost the members: count this one again
    const budget = this.#scope.requestBudget;
    if (budget === undefined) return;
    // What this process sent on its own share counts against the fleet's budget too (kept for the next recovery if
    // it fails). All at once, each bounded: the request that found Redis back waits one bound at most. Taken out of
    // the map before: a failure put back while iterating it would be visited again, forever.
    const unreported = [...this.#unreported];
    this.#unreported.clear();
    await Promise.all(
      unreported.map(([name, count]) =>
        bounded(this.#budgetLimiter(periodNamed(name), budget).penalty(name, count), this.#settings.redisTimeoutMs).catch(() => {
          this.#unreported.set(name, (this.#unreported.get(name) ?? 0) + count);
        }),
      ),
    );
  }

  /** Of the budget left when Redis was last seen, this process's part. */
  #shareOf(budget: number, period: string): number {
    const spent = this.#seen.period === period ? this.#seen.spent : 0;
    return Math.floor(Math.max(0, budget - spent) / this.#processes());
  }

  #processes(): number {
    return this.#settings.processes ?? Math.max(1, this.#seen.processes);
  }

  async #heartbeat(): Promise<void> {
    const now = Date.now();
    this.#lastBeat = now;
    const members = this.#membersKey();
    const replies = await this.#redis(
      this.#settings.client
        .multi()
        .zAdd(members, { score: now, value: this.#id })
        .zRemRangeByScore(members, 0, now - MEMBER_TTL_MS)
        .zCard(members)
        .pExpireAt(members, now + MEMBER_TTL_MS * 2)
        .exec(),
    );
    this.#seen = { ...this.#seen, processes: Number(replies[2]) };
  }

  async #flush(): Promise<void> {
    const taken = this.#tally.take();
    if (taken.size === 0) return;
    const multi = this.#settings.client.multi();
    for (const [name, counters] of taken) {
      const period = periodNamed(name);
      for (const [field, count] of counters) multi.hIncrBy(this.#usageKey(period), field, count);
      multi.pExpireAt(this.#usageKey(period), period.endsAt + KEEP_AFTER_PERIOD_MS);
    }
    try {
      await this.#redis(multi.exec());
    } catch (error) {
      this.#tally.restore(taken);
      throw error;
    }
  }

  #budgetLimiter(period: BillingPeriod, budget: number): RateLimiterRedis {
    let limiter = this.#budgets.get(period.name);
    if (!limiter) {
      const duration = Math.ceil((period.endsAt + KEEP_AFTER_PERIOD_MS - Date.now()) / 1000);
      limiter = new RateLimiterRedis({ ...this.#limiterBase(), keyPrefix: `${this.#keys}budget`, points: budget, duration });
      this.#budgets.set(period.name, limiter);
    }
    return limiter;
  }

  #limiterBase() {
    return { storeClient: this.#settings.client, useRedisPackage: true, rejectIfRedisNotReady: true };
  }

  #usageKey(period: BillingPeriod): string {
    return `${this.#keys}usage:${period.name}`;
  }

  #budgetKey(period: BillingPeriod): string {
    return `${this.#keys}budget:${period.name}`;
  }

  #membersKey(): string {
    return `${this.#keys}members`;
  }
}
