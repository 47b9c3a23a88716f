// The retry policy. Idempotent methods are retried on 408/429/5xx and on connection failures; every method,
// POST and PATCH included, when the connection never opened (nothing was sent, so a write is never applied
// twice). Backoff: auth's (0.5 s doubling to 8 s, minus up to 25 % jitter); a Retry-After on 429 and 503 is
// obeyed up to 60 s.
import { backoffDelay, causeCode, ClaraConnectionError, retryAfterFromHeaders, withJitter } from '@org/clara-auth';

export interface RetryPolicy {
  /** Retries after the first attempt. */
  limit: number;
  idempotent: boolean;
}

const IDEMPOTENT = new Set(['GET', 'PUT', 'HEAD', 'DELETE', 'OPTIONS', 'TRACE']);
const RETRY_STATUSES = new Set([408, 429, 500, 502, 503, 504]);
const RETRY_AFTER_STATUSES = new Set([429, 503]);
/** Failures where no byte of the request reached Clara. */
const NEVER_SENT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ENETUNREACH', 'EHOSTUNREACH', 'UND_ERR_CONNECT_TIMEOUT']);
export const MAX_RETRY_AFTER_MS = 60_000;

export const retryPolicy = (limit: number, method: string): RetryPolicy => ({ limit, idempotent: IDEMPOTENT.has(method.toUpperCase()) });

/** The pause before retry `retry` (1 for the first) of an answer, or undefined when the answer is final. */
export function responseRetryDelay(policy: RetryPolicy, response: Response, retry: number): number | undefined {
  if (!policy.idempotent || !RETRY_STATUSES.has(response.status)) return undefined;
  const retryAfter = RETRY_AFTER_STATUSES.has(response.status) ? retryAfterFromHeaders(response.headers) : undefined;
  // The server's explicit wait gets no jitter.
  return retryAfter === undefined ? withJitter(backoffDelay(retry)) : Math.min(retryAfter, MAX_RETRY_AFTER_MS);
}

/** The pause before retry `retry` after a failure, or undefined when the failure is final. */
export function errorRetryDelay(policy: RetryPolicy, error: unknown, retry: number): number | undefined {
  const retryable =
    // Nothing was sent (a connect timeout is a ClaraTimeoutError, but just as safe): retry any method.
    NEVER_SENT.has(causeCode(error) ?? '') ||
    // A reset or a connection closed mid-answer, for idempotent methods. TLS, credential and auth failures are
    // not transient, and a timeout after sending must not hammer a slow server.
    (policy.idempotent && error instanceof ClaraConnectionError);
  return retryable ? withJitter(backoffDelay(retry)) : undefined;
}
