// The SDK's retry policy, in ky's own retry options. Idempotent methods are retried on 408/429/5xx and when a
// connection was lost; every method when the connection never opened (nothing was sent, so a write is never
// applied twice). Not retried: a connection closed right after the handshake on a pool Clara never answered (most
// likely a refused certificate, which does not heal). Backoff 0.5 s doubling to 8 s, minus up to 25 % jitter;
// Clara's Retry-After on 429/503 is waited out exactly (ky's own handling) when it is at most 60 s and inside the
// call's time limit — a longer one fails the call at once, with the wait Clara asked for on the error.
import { isHTTPError, type RetryOptions } from 'ky';

import { ClaraConnectionError } from '../errors/classes.js';
import { isIdempotent, refusalLikely } from '../errors/network.js';
import { MAX_RETRY_AFTER_MS, retryAfterFromHeaders } from '../errors/retry-after.js';
import { callOf } from './call.js';

const STATUSES = [408, 429, 500, 502, 503, 504];
const RETRY_AFTER_STATUSES = [429, 503];
// ky stops at `methods` before asking shouldRetry: let every method through, shouldRetry decides by method.
const EVERY_METHOD: NonNullable<RetryOptions['methods']> = ['get', 'post', 'put', 'patch', 'head', 'delete', 'options', 'trace'];

export interface RetryPolicy {
  limit: number;
  /** Treat every method as safe to repeat (the token request is). */
  everyMethod?: boolean;
}

export function retryOptions({ limit, everyMethod = false }: RetryPolicy): RetryOptions {
  return {
    limit,
    methods: EVERY_METHOD,
    statusCodes: STATUSES,
    afterStatusCodes: RETRY_AFTER_STATUSES,
    maxRetryAfter: MAX_RETRY_AFTER_MS,
    delay: (retry) => 500 * 2 ** (retry - 1),
    backoffLimit: 8_000,
    jitter: (delay) => delay * (1 - Math.random() * 0.25),
    shouldRetry: ({ error }) => shouldRetry(error, everyMethod),
  };
}

/** true: retry after backoff; undefined: ky's own handling (Retry-After or backoff); false: the failure is final. */
function shouldRetry(error: Error, everyMethod: boolean): boolean | undefined {
  if (isHTTPError(error)) {
    const { status, headers } = error.response;
    if (!STATUSES.includes(status)) return false;
    if (!everyMethod && !isIdempotent(error.request.method)) return false; // a write answered 503 may have been applied
    if (!RETRY_AFTER_STATUSES.includes(status) || !headers.has('retry-after')) return undefined;
    const waitMs = retryAfterFromHeaders(headers);
    if (waitMs === undefined) return true; // unreadable: back off (ky would read "5, 10" as a date in the past)
    const remainingMs = callOf(error.options)?.remainingMs() ?? Infinity;
    return waitMs > MAX_RETRY_AFTER_MS || waitMs >= remainingMs ? false : undefined;
  }
  if (error instanceof ClaraConnectionError) return !refusalLikely(error) && (everyMethod || !error.requestSent || isIdempotent(error.method ?? ''));
  // TLS and credential failures do not heal; a timeout must not hammer a slow server; closed and aborted calls are over.
  return false;
}
