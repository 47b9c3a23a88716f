// The one backoff used for every retry, token requests and API calls alike: 0.5 s doubling up to 8 s, minus
// up to 25 % jitter so that many clients failing together do not retry together.

export const RETRY_BASE_DELAY_MS = 500;
export const RETRY_MAX_DELAY_MS = 8_000;

/** The pause before retry `attempt` (1 for the first retry), before jitter. */
export const backoffDelay = (attempt: number, baseMs = RETRY_BASE_DELAY_MS, maxMs = RETRY_MAX_DELAY_MS): number => Math.min(baseMs * 2 ** (attempt - 1), maxMs);

export const withJitter = (delayMs: number): number => delayMs * (1 - Math.random() * 0.25);
