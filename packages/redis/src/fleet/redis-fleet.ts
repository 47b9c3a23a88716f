// redisFleet({ url }): what the processes of one integration share on Redis, per Clara project and environment —
// the token (RedisTokenStore, with its refresh lease), the request budget of the month, a rate limit, the usage.
// The fleet opens its own connection on the first client's start and closes it when the last client closes, so
// a process exits after `clara.close()`; a `client` you pass is yours to close.
import { createClient } from '@redis/client';
import type { Fleet, FleetScope } from '@org/clara';

import { watchConnection } from '../connection.js';
import { DEFAULT_LEASE_MS, RedisTokenStore } from '../redis-token-store.js';
import { bounded } from './bounded.js';
import { RedisFleetMember, type FleetCommands } from './fleet-member.js';

export interface RedisFleetOptions {
  /** `redis://…` or `rediss://…` (TLS): the fleet connects itself. Or give `client`. */
  url?: string;
  /** A node-redis client (`redis` / `@redis/client`, v5 or later) you connect and close yourself. */
  client?: FleetCommands & { connect?(): Promise<unknown> };
  /** Requests per second to Clara for the whole fleet: a request over it waits (within its call's deadline). */
  rateLimit?: number;
  /**
   * How many processes the fleet has, for the share each keeps while Redis is down (budget left ÷ processes,
   * rate ÷ processes). Default: the number last seen in Redis (processes that sent in the last 15 s), or 1 when
   * Redis was never reached.
   */
  processes?: number;
  /** Prefix of every key. Default `clara:`. */
  prefix?: string;
  /** The longest a request waits for Redis before going on with the process's own share. Default 250 ms. */
  redisTimeoutMs?: number;
  /** The token store's refresh lease (RedisTokenStore's `leaseMs`). Default 30 000. */
  leaseMs?: number;
}

export const DEFAULT_REDIS_TIMEOUT_MS = 250;

export function redisFleet(options: RedisFleetOptions): Fleet {
  const { url, client: given, rateLimit, processes, prefix = 'clara:', redisTimeoutMs = DEFAULT_REDIS_TIMEOUT_MS, leaseMs = DEFAULT_LEASE_MS } = options ?? {};
  if ((url === undefined) === (given === undefined)) throw new TypeError('redisFleet needs either url (redis://…) or a node-redis client, not both.');
  if (url !== undefined && !/^rediss?:\/\//.test(String(url))) throw new TypeError(`redisFleet's url must start with redis:// or rediss://, got ${JSON.stringify(String(url).slice(0, 8))}…`);
  positive('rateLimit', rateLimit);
  positive('processes', processes);
  positive('redisTimeoutMs', redisTimeoutMs);
  let own: { client: FleetCommands & { close(): Promise<unknown> }; members: number } | undefined;

  const open = async (): Promise<FleetCommands> => {
    if (given) return given;
    if (own) {
      own.members++;
      return own.client;
    }
    // No offline queue: while Redis is down a command fails at once instead of waiting for it to come back.
    const client = createClient({ url, disableOfflineQueue: true, socket: { connectTimeout: 2_000, reconnectStrategy: (retries) => Math.min(50 * 2 ** retries, 2_000) } });
    watchConnection(client);
    // Counted before the wait: a client that joins and closes meanwhile must not close the connection under this one.
    own = { client: client as unknown as FleetCommands & { close(): Promise<unknown> }, members: 1 };
    // Not awaited past the bound: a Redis that is down at start must not hold the first call.
    await bounded(client.connect(), redisTimeoutMs).catch(() => undefined);
    return client as unknown as FleetCommands;
  };

  /** The last client closed: so is the connection the fleet opened. */
  const leave = async (): Promise<void> => {
    if (!own || --own.members > 0) return;
    const { client } = own;
    own = undefined;
    await client.close().catch(() => undefined);
  };

  return {
    async join(scope: FleetScope) {
      const client = await open();
      const tokenStore = new RedisTokenStore({ client, prefix, leaseMs });
      const member = new RedisFleetMember({ client, prefix, tokenStore, redisTimeoutMs, leave, ...(rateLimit ? { rateLimit } : {}), ...(processes ? { processes } : {}) }, scope);
      await member.start();
      return member;
    },
  };
}

function positive(name: string, value: number | undefined): void {
  if (value !== undefined && (!Number.isInteger(value) || value < 1)) throw new RangeError(`redisFleet's ${name} must be a positive whole number, got ${String(value)}.`);
}
