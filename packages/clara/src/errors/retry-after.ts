// Clara's "come back later": the Retry-After header (RFC 9110 §10.2.3), read strictly.

/** The longest Retry-After the client waits out; a longer one fails the call at once with the wait it asked for. */
export const MAX_RETRY_AFTER_MS = 60_000;

/**
 * Milliseconds to wait according to `Retry-After`: whole seconds or an HTTP date (a date in the past is 0).
 * Undefined when absent or anything else: `Date.parse` alone would read "5, 10" or "-1" as dates in the past,
 * i.e. "retry now".
 */
export function retryAfterFromHeaders(headers: Headers, now: number = Date.now()): number | undefined {
  const value = headers.get('retry-after')?.trim() ?? '';
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  const date = / GMT$/.test(value) ? Date.parse(value) : Number.NaN;
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
