// The retry policy, in ky's terms. Idempotent methods are retried on 408/429/5xx and on connection failures;
// every method, POST and PATCH included, when the connection never opened (nothing was sent, so a write is
// never applied twice). Backoff: auth's (0.5 s doubling to 8 s, minus up to 25 % jitter); a Retry-After is
// obeyed up to 60 s.
import { backoffDelay, causeCode, ClaraConnectionError, ClaraError, RETRY_MAX_DELAY_MS, withJitter } from '@org/clara-auth';
import type { Options as KyOptions } from 'ky';

type RetryOptions = Exclude<NonNullable<KyOptions['retry']>, number>;

const IDEMPOTENT = ['get', 'put', 'head', 'delete', 'options', 'trace'];
/** Failures where no byte of the request reached Clara. */
const NEVER_SENT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ENETUNREACH', 'EHOSTUNREACH', 'UND_ERR_CONNECT_TIMEOUT']);
const MAX_RETRY_AFTER_MS = 60_000;

const policies = new Map<string, RetryOptions>();

/** The policy for `limit` retries of a `method` request (one shared object per combination). */
export function retryPolicy(limit: number, method: string): RetryOptions {
  const idempotent = IDEMPOTENT.includes(method.toLowerCase());
  const key = `${limit}:${idempotent}`;
  let policy = policies.get(key);
  if (!policy) policies.set(key, (policy = createPolicy(limit, idempotent)));
  return policy;
}

function createPolicy(limit: number, idempotent: boolean): RetryOptions {
  return {
    limit,
    methods: [...IDEMPOTENT, 'post', 'patch'],
    statusCodes: [408, 429, 500, 502, 503, 504],
    afterStatusCodes: [429, 503],
    maxRetryAfter: MAX_RETRY_AFTER_MS,
    backoffLimit: RETRY_MAX_DELAY_MS,
    delay: (attempt) => backoffDelay(attempt),
    jitter: withJitter,
    shouldRetry: ({ error }) => {
      // Nothing was sent (a connect timeout is a ClaraTimeoutError, but just as safe): retry any method.
      if (NEVER_SENT.has(causeCode(error) ?? '')) return true;
      // TLS, credential and auth failures are not transient, and a timeout after sending must not hammer a slow server.
      if (error instanceof ClaraError && !(error instanceof ClaraConnectionError)) return false;
      if (!idempotent) return false;
      return undefined; // ky's default rules for idempotent methods
    },
  };
}
