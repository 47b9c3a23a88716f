export { DEFAULT_LEASE_MS, RedisTokenStore } from './redis-token-store.js';
export type { RedisCommands, RedisTokenStoreOptions } from './redis-token-store.js';
export { RedisUnavailableError } from './connection.js';
export type { RedisConnection } from './connection.js';
export { DEFAULT_REDIS_TIMEOUT_MS, redisFleet } from './fleet/redis-fleet.js';
export type { RedisFleetOptions } from './fleet/redis-fleet.js';
export type { FleetCommands } from './fleet/fleet-member.js';
