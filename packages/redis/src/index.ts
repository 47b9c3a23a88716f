export { DEFAULT_LEASE_MS, RedisTokenStore } from './redis-token-store.js';
export type { RedisCommands, RedisTokenStoreOptions } from './redis-token-store.js';
export { RedisUnavailableError } from './connection.js';
export type { RedisConnection } from './connection.js';
