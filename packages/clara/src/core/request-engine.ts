// What hey-api's generated client calls in ky's place (its `ky` option, same call shape): sends the request
// through the auth fetch, bounds each attempt by the timeout, and retries by the SDK's policy (retry.ts).
// ky's engine copies the Request twice and builds abort signals and merged options on every call: that cost the
// client a third of its throughput in the request-path benchmark (bench/RESULTS.md). This one sends the URL,
// headers and body it is given.
import { setTimeout as sleep } from 'node:timers/promises';

import { ClaraTimeoutError, log, type Logger } from '@org/clara-auth';

import { integerOption, MAX_RETRIES, MAX_TIMEOUT_MS } from './options.js';
import { errorRetryDelay, responseRetryDelay, retryPolicy } from './retry.js';

/**
 * The options hey-api passes along with the Request, as far as the engine reads them. The client's methods set
 * numbers; a raw call may pass what ky takes (`timeout: false`, `retry: { limit }`) or nothing.
 */
export interface EngineOptions {
  /** Retries after the first attempt; which failures are retried depends on the method (retry.ts). */
  retry?: number | { limit?: number } | null;
  /** Per attempt, in milliseconds; `false` for none. */
  timeout?: number | false;
  /** The caller's: cancels the attempt in flight and any wait before a retry, with its own reason. */
  signal?: AbortSignal;
}

export interface EngineDefaults {
  timeoutMs: number;
  maxRetries: number;
  logger?: Logger;
}

export type RequestEngine = (request: Request, options: EngineOptions) => Promise<Response>;

type Fetch = (url: string, init: RequestInit) => Promise<Response>;

interface Attempt {
  url: string;
  method: string;
  headers: Headers;
  body?: ArrayBuffer;
}

export function createRequestEngine(fetch: Fetch, defaults: EngineDefaults): RequestEngine {
  return async (request, options) => {
    const { signal } = options;
    const timeoutMs = options.timeout === false ? undefined : integerOption('timeout', options.timeout, defaults.timeoutMs, MAX_TIMEOUT_MS, 1);
    const limit = options.retry !== null && typeof options.retry === 'object' ? options.retry.limit : options.retry;
    const policy = retryPolicy(integerOption('retry', limit, defaults.maxRetries, MAX_RETRIES), request.method);
    // Read once: every attempt sends the same bytes.
    const attempt: Attempt = { url: request.url, method: request.method, headers: request.headers, ...(request.body ? { body: await request.arrayBuffer() } : {}) };

    for (let retry = 1; ; retry++) {
      const retriesLeft = retry <= policy.limit;
      let delayMs: number | undefined;
      let status: number | undefined;
      let failure: string; // for the log
      try {
        const response = await send(fetch, attempt, timeoutMs, signal);
        delayMs = retriesLeft ? responseRetryDelay(policy, response, retry) : undefined;
        if (delayMs === undefined) return response;
        ({ status } = response);
        failure = `HTTP ${status}`;
        await response.body?.cancel();
      } catch (error) {
        delayMs = retriesLeft ? errorRetryDelay(policy, error, retry) : undefined;
        if (delayMs === undefined) throw error;
        failure = (error as Error).name;
      }
      log(defaults.logger, 'warn', `Retrying ${attempt.method} ${pathOf(attempt)} (retry ${retry}) after ${failure}`, { attempt: retry, ...(status ? { status } : {}) });
      // Node's sleep rejects with its own AbortError: the caller gets their signal's reason, as in flight.
      await sleep(delayMs, undefined, signal ? { signal } : {}).catch((error: unknown) => {
        throw signal?.aborted ? signal.reason : error;
      });
    }
  };
}

/**
 * One attempt, ended by whichever comes first: the answer, the timeout (ClaraTimeoutError) or the caller's abort
 * (their reason). Racing rather than only aborting: the wait for a token inside the auth fetch does not watch the
 * signal, and an error that merely arrives late stays what it is.
 */
async function send(fetch: Fetch, attempt: Attempt, timeoutMs: number | undefined, signal: AbortSignal | undefined): Promise<Response> {
  signal?.throwIfAborted();
  const controller = new AbortController();
  const stopped = new Promise<never>((_, reject) => controller.signal.addEventListener('abort', () => reject(controller.signal.reason), { once: true }));
  // A listener removed after each attempt, not AbortSignal.any: that one stays attached to a long-lived caller
  // signal (an app-wide shutdown signal, say) for good, one per call.
  const forward = () => controller.abort(signal!.reason);
  signal?.addEventListener('abort', forward, { once: true });
  const timer =
    timeoutMs === undefined
      ? undefined
      : setTimeout(() => controller.abort(new ClaraTimeoutError(`Clara did not answer ${attempt.method} ${pathOf(attempt)} within ${timeoutMs} ms.`)), timeoutMs);
  try {
    const { url, ...init } = attempt;
    return await Promise.race([fetch(url, { ...init, signal: controller.signal }), stopped]);
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', forward);
  }
}

const pathOf = (attempt: Attempt): string => new URL(attempt.url).pathname;
