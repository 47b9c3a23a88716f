// A TokenStore in Redis, so that every process of an integration (workers, pods, serverless instances) shares
// one OAuth token instead of each requesting its own. A lease (SET NX PX with a random owner, released by a
// compare-and-delete script) lets one process refresh while the others wait for its token; a process that dies
// holding the lease blocks the others no longer than the lease time, after which Redis drops the lease.
// While Redis is down every call fails at once (connection.ts), and the TokenManager requests tokens itself.
import { createHash, randomUUID } from 'node:crypto';

import { MAX_TOKEN_LENGTH, tokenProblem, type StoredToken, type TokenLease, type TokenStore } from '@org/clara-auth';

import { assertReady, watchConnection, type RedisConnection } from './connection.js';

/** The commands the store uses, as a node-redis client (`redis` / `@redis/client`, v5 or later) offers them. */
export interface RedisCommands extends RedisConnection {
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

// Deletes a key only if it still holds ARGV[1]: a lease only if it is still ours (after it expired, another
// process may hold it); an unusable token only if no process has written a good one meanwhile.
const COMPARE_AND_DELETE_SCRIPT = "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end";
// SET NX PX, except that a lease without a TTL (written by hand, or by a tool that dropped it) is stale: taken
// over, instead of making every refresh wait the whole lease time for a holder that does not exist.
const ACQUIRE_SCRIPT =
  "if redis.call('set', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2]) then return 1 end " +
  "if redis.call('pttl', KEYS[1]) == -1 then redis.call('set', KEYS[1], ARGV[1], 'PX', ARGV[2]) return 1 end return 0";
// The token's JSON if it is at most ARGV[1] bytes; a bigger value is no token of ours and is deleted without
// being read (a 1 MB value is not sent to every process on every call).
const READ_SCRIPT =
  "local size = redis.call('strlen', KEYS[1]) if size == 0 then return false end " +
  "if size > tonumber(ARGV[1]) then redis.call('del', KEYS[1]) return false end return redis.call('get', KEYS[1])";
/** The JSON of the longest token accepted (MAX_TOKEN_LENGTH), with room to spare: Clara's are about 1 KB. */
const MAX_TOKEN_BYTES = 2 * MAX_TOKEN_LENGTH;

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

  /**
   * The stored token, if it is one: a value that is not a usable token (not this store's JSON, a token with CR/LF
   * or other characters a header cannot carry, oversized) is deleted — only if it is still the same value — so
   * the token manager requests a new one instead of every call failing until the value expires.
   */
  async get(key: string): Promise<StoredToken | undefined> {
    const tokenKey = this.#key('token', key);
    const value = await this.#ready().eval(READ_SCRIPT, { keys: [tokenKey], arguments: [String(MAX_TOKEN_BYTES)] });
    if (typeof value !== 'string') return undefined;
    const token = parseToken(value);
    if (!token) await this.#ready().eval(COMPARE_AND_DELETE_SCRIPT, { keys: [tokenKey], arguments: [value] });
    return token;
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
    const granted = await this.#ready().eval(ACQUIRE_SCRIPT, { keys: [leaseKey], arguments: [owner, String(this.#leaseMs)] });
    if (granted !== 1) return undefined;
    return {
      release: async () => {
        await this.#ready().eval(COMPARE_AND_DELETE_SCRIPT, { keys: [leaseKey], arguments: [owner] });
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

/** A value that is not a usable token written by this store (another writer, a different version, damage) counts as absent. */
function parseToken(value: string): StoredToken | undefined {
  try {
    const token = JSON.parse(value) as Partial<StoredToken>;
    if (tokenProblem(token.accessToken) !== undefined) return undefined; // what the TokenManager would refuse to send
    if (typeof token.tokenType !== 'string' || !/^[A-Za-z]+$/.test(token.tokenType)) return undefined;
    if (typeof token.expiresAt !== 'number' || !Number.isFinite(token.expiresAt)) return undefined;
    return {
      accessToken: token.accessToken as string,
      tokenType: token.tokenType,
      expiresAt: token.expiresAt,
      ...(typeof token.issuedAt === 'number' ? { issuedAt: token.issuedAt } : {}),
    };
  } catch {
    return undefined;
  }
}
