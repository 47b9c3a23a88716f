// A fleet: the processes of one integration (workers, pods) that share what Clara counts per project — the
// token, the request budget of the billing period, a rate limit, the usage. The client knows only this
// interface; a store implements it (`redisFleet` in @org/clara-redis). Without the `fleet` option none of it runs.
import type { Logger, TokenStore } from '@org/clara-auth';

import type { RequestEvent } from './usage.js';

/** What a fleet is shared per: one Clara project (client id) in one environment. */
export interface FleetScope {
  /** The OAuth client id of the credentials: Clara counts requests per project. */
  clientId: string;
  environment: 'production' | 'sandbox';
  /** The client's `requestBudget`: with a fleet, the budget of the whole fleet per billing period (UTC calendar month). */
  requestBudget?: number;
  /** Clara's service name of token requests (`OauthTokenWrite`), counted apart in the usage. */
  tokenService: string;
  logger?: Logger;
}

/** The answer before a request: send it, or not (the fleet's budget for the period is spent). */
export type FleetPermit = { granted: true } | { granted: false; budget: number; period: string };

/** One client's place in the fleet, from `Fleet.join` when the client starts. */
export interface FleetMember {
  /** The token store the fleet shares: used unless the client has a `tokenStore` of its own. */
  readonly tokenStore?: TokenStore;
  /**
   * Called before each request is sent. Resolves once it may go (a rate limit waits here), or with a refusal
   * when the budget is spent; rejects with `signal.reason` when the call's deadline or abort comes first.
   */
  reserve(signal: AbortSignal): Promise<FleetPermit>;
  /** Told of each request that was sent. Must neither throw nor wait. */
  record(event: RequestEvent): void;
  /** What the whole fleet has spent in the current billing period. */
  usage(): Promise<FleetUsage>;
  /** The client closes: leave the fleet (the connection to the store is the fleet's own to close). */
  close(): Promise<void>;
}

export interface Fleet {
  join(scope: FleetScope): FleetMember | Promise<FleetMember>;
}

/** The fleet's usage in the current billing period, per Clara project and environment. */
export interface FleetUsage {
  /** The billing period: the UTC calendar month, `2026-12`. */
  period: string;
  /** The fleet's `requestBudget` for the period, when one is set. */
  budget?: number;
  /** Requests counted against the budget this period (at most the budget). */
  spent: number;
  /** budget − spent, when a budget is set. */
  remaining?: number;
  /** Requests sent by the fleet this period: API calls, retries and token requests. */
  requests: number;
  succeeded: number;
  /** succeeded / requests, 0..1 (1 while none was sent). */
  successRate: number;
  retries: number;
  tokenRequests: number;
  byService: Record<string, { requests: number; succeeded: number }>;
  /** Processes seen in the fleet lately (each reports while it sends). */
  processes: number;
}
