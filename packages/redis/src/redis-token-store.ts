// A TokenStore in Redis, so that every process of an integration (workers, pods, serverless instances) shares
// one OAuth token instead of each requesting its own. A lease (SET NX PX with a random owner, released by a
// compare-and-delete script) lets one process refresh while the others wait for its token; a process that dies
// holding the lease blocks the others no longer than the lease time, after which Redis drops the lease.
// While Redis is down every call fails at once (connection.ts), and the TokenManager requests tokens itself.
import { createHash, randomUUID } from 'node:crypto';

import type { StoredToken, TokenLease, TokenStore } from '@org/clara-auth';

import { assertReady, watchConnection, type RedisConnection } from './connection.js';

/** The commands the store uses, as a node-redis client (`redis` / `@redis/client`, v5 or later) offers them. */
export interface RedisCommands extends RedisConnection {
  get(key: string): Promise<unknown>;
  set(key: string, value: string, options: { expiration: { type: 'PX' | 'PXAT'; value: number }; condition?: 'NX' }): Promise<unknown>;
  del(key: string): Promise<unknown>;
  eval(script: string, options: { keys: string[]; arguments: string[] }): Promise<unknown>;
}

export interface RedisTokenStoreOptions {
  /**
   * A connected node-redis client. The store never closes it, and adds one 'error' listener to it, so that a lost
   * connection (which node-redis reports as an 'error' event while it reconnects) does not end the process.
   */
  client: RedisCommands;
  /** Prefix of every key the store writes. Default `clara:`. */
  prefix?: string;
  /**
   * How long a refresh lease lasts, in milliseconds. Default 30 000: the TokenManager's `requestTimeoutMs`,
   * which is also how long the other processes wait for the holder before requesting on their own, so a longer
   * lease would protect nothing more. Set it to your `requestTimeoutMs` if you change that.
   */
  leaseMs?: number;
}

export const DEFAULT_LEASE_MS = 30_000;

// Deletes the lease only if it is still ours: after it expired, another process may hold it.
const RELEASE_SCRIPT = "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end";

export class RedisTokenStore implements TokenStore {
  readonly #client: RedisCommands;
  readonly #prefix: string;
  readonly #leaseMs: number;

  constructor(options: RedisTokenStoreOptions) {
    const client = options?.client;
    if (typeof client?.eval !== 'function' || typeof client.on !== 'function') {
      throw new TypeError('RedisTokenStore needs a connected node-redis client as options.client.');
    }
    const leaseMs = options.leaseMs ?? DEFAULT_LEASE_MS;
    if (!Number.isInteger(leaseMs) || leaseMs < 1) throw new RangeError(`leaseMs must be a positive whole number of milliseconds, got ${String(leaseMs)}.`);
    watchConnection(client);
    this.#client = client;
    this.#prefix = options.prefix ?? 'clara:';
    this.#leaseMs = leaseMs;
  }

  async get(key: string): Promise<StoredToken | undefined> {
    const value = await this.#ready().get(this.#key('token', key));
    return typeof value === 'string' ? parseToken(value) : undefined;
  }

  /** Kept until the token expires: Redis removes it then. */
  async set(key: string, token: StoredToken): Promise<void> {
    if (token.expiresAt <= Date.now()) return;
    await this.#ready().set(this.#key('token', key), JSON.stringify(token), { expiration: { type: 'PXAT', value: Math.ceil(token.expiresAt) } });
  }

  async delete(key: string): Promise<void> {
    await this.#ready().del(this.#key('token', key));
  }

  async acquireLease(key: string): Promise<TokenLease | undefined> {
    const leaseKey = this.#key('lease', key);
    const owner = randomUUID();
    const granted = await this.#ready().set(leaseKey, owner, { condition: 'NX', expiration: { type: 'PX', value: this.#leaseMs } });
    if (granted !== 'OK') return undefined;
    return {
      release: async () => {
        await this.#ready().eval(RELEASE_SCRIPT, { keys: [leaseKey], arguments: [owner] });
      },
    };
  }

  /** The client, if it can send a command now: while Redis is down, calls fail at once instead of queueing. */
  #ready(): RedisCommands {
    assertReady(this.#client);
    return this.#client;
  }

  /** The TokenManager's key names the token URL, client id and certificate: hashed, so Redis keys reveal none of them. */
  #key(kind: 'token' | 'lease', key: string): string {
    return `${this.#prefix}${kind}:${createHash('sha256').update(key).digest('hex')}`;
  }
}

/** A value that is not a token written by this store (another writer, a different version) counts as absent. */
function parseToken(value: string): StoredToken | undefined {
  try {
    const token = JSON.parse(value) as Partial<StoredToken>;
    if (typeof token.accessToken !== 'string' || typeof token.tokenType !== 'string' || typeof token.expiresAt !== 'number') return undefined;
    return {
      accessToken: token.accessToken,
      tokenType: token.tokenType,
      expiresAt: token.expiresAt,
      ...(typeof token.issuedAt === 'number' ? { issuedAt: token.issuedAt } : {}),
    };
  } catch {
    return undefined;
  }
}
