// Deprecated: this package was renamed @org/clara-redis, which also shares a fleet's request budget, rate limit
// and usage. It re-exports it for one release; import from '@org/clara-redis' instead.
export * from '@org/clara-redis';
