// Token expiry is measured on a monotonic clock: wall-clock jumps (NTP, suspend, manual changes) must not make a
// token look fresh or stale. Tests inject their own clock.
export interface Clock {
  /** Milliseconds from an arbitrary origin; never goes backwards. */
  now(): number;
}

export const monotonicClock: Clock = { now: () => performance.now() };
