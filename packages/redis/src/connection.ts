// The store's view of the node-redis client's connection. node-redis reports a lost connection (a Redis restart,
// say) as an 'error' event and reconnects by itself; an 'error' event nobody listens to is thrown by Node and ends
// the process. So the store listens on every client it is given, and while the client is not ready it refuses its
// calls at once, naming the last connection error, instead of queueing them until Redis is back.

/** What the store needs of a node-redis client (`redis` / `@redis/client`, v5 or later) besides its commands. */
export interface RedisConnection {
  /** True while connected and ready for commands; false while connecting or reconnecting, and once closed. */
  readonly isReady: boolean;
  /** False once the client is closed (or was never connected, or gave up reconnecting). */
  readonly isOpen: boolean;
  on(event: 'error', listener: (error: Error) => void): unknown;
}

/** A store call refused because the Redis client is not connected. The TokenManager then requests tokens itself. */
export class RedisUnavailableError extends Error {
  override name = 'RedisUnavailableError';
}

/** The last connection error of each client watched; one listener per client, however many stores share it. */
const lastErrors = new WeakMap<RedisConnection, string | undefined>();

export function watchConnection(client: RedisConnection): void {
  if (lastErrors.has(client)) return;
  lastErrors.set(client, undefined);
  client.on('error', (error) => lastErrors.set(client, error?.message ?? String(error)));
}

/** Throws a RedisUnavailableError unless the client can send a command now. */
export function assertReady(client: RedisConnection): void {
  if (client.isReady) return;
  const lastError = lastErrors.get(client);
  const since = lastError ? `; last connection error: ${lastError}` : '';
  throw new RedisUnavailableError(
    client.isOpen
      ? `Redis is unavailable: the client is ${lastError ? 'reconnecting' : 'connecting'}${since}.`
      : `Redis is unavailable: the client is not connected (closed, never connected, or it stopped reconnecting${since}).`,
  );
}
