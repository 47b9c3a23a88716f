// The HTTP engine: a real ky instance whose fetch is the SDK's wire (mTLS transport, and for API calls the
// bearer token). The SDK's policy is ky's own options — retry, timeout, hooks — so users extend the client with
// ky hooks. API calls and token requests use this one factory: one retry engine.
import { log, type Logger } from '@org/clara-auth';
import ky, { isHTTPError, type Hooks, type KyInstance } from 'ky';

import { callOf } from './call.js';
import { retryOptions, type RetryPolicy } from './retry-policy.js';

export interface EngineOptions {
  /** Sends one attempt: ky hands it a global Request, and the options it does not know (the call, as `clara`). */
  fetch(request: Request, init: unknown): Promise<Response>;
  retry: RetryPolicy;
  /** ky's per-attempt timeout; calls of the client's methods bound the whole call with their own deadline instead. */
  timeout: number | false;
  userAgent: string;
  hooks?: Hooks;
  logger?: Logger;
}

export function createEngine({ fetch, retry, timeout, userAgent, hooks = {}, logger }: EngineOptions): KyInstance {
  return ky.create({
    fetch: (input, init) => fetch(input as Request, init),
    retry: retryOptions(retry),
    timeout,
    throwHttpErrors: true,
    headers: { 'user-agent': userAgent },
    hooks: {
      // Ours first: a user hook that answers from a cache (returns a Response) skips the hooks after it.
      beforeRequest: [countAttempt, ...(hooks.beforeRequest ?? [])],
      beforeRetry: [(state) => logRetry(logger, state.request, state.error, state.retryCount), ...(hooks.beforeRetry ?? [])],
      afterResponse: [...(hooks.afterResponse ?? [])],
      beforeError: [...(hooks.beforeError ?? [])],
    },
  });
}

const countAttempt: NonNullable<Hooks['beforeRequest']>[number] = (_request, options, { retryCount }) => {
  const call = callOf(options);
  if (call) call.attempts = retryCount + 1;
};

function logRetry(logger: Logger | undefined, request: Request, error: Error, retry: number): void {
  const failure = isHTTPError(error) ? `HTTP ${error.response.status}` : error.name;
  const status = isHTTPError(error) ? { status: error.response.status } : {};
  log(logger, 'warn', `Retrying ${request.method} ${new URL(request.url).pathname} (retry ${retry}) after ${failure}`, { attempt: retry, ...status });
}
