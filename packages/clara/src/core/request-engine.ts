// What hey-api's generated client calls in ky's place (its `ky` option, same call shape): sends the request
// through the auth fetch, bounds each attempt by the timeout, and retries by the SDK's policy (retry.ts).
// ky's engine copies the Request twice and builds abort signals and merged options on every call: that cost the
// client a third of its throughput in the request-path benchmark (bench/RESULTS.md). This one sends the URL,
// headers and body it is given.
import { setTimeout as sleep } from 'node:timers/promises';

import { ClaraTimeoutError, log, type Logger } from '@org/clara-auth';

import { errorRetryDelay, responseRetryDelay, retryPolicy } from './retry.js';

/** The options hey-api passes along with the Request, as far as the engine reads them. */
export interface EngineOptions {
  /** Retries after the first attempt; which failures are retried depends on the method (retry.ts). */
  retry: number;
  /** Per attempt, in milliseconds. */
  timeout: number;
  /** The caller's: cancels the attempt in flight and any wait before a retry. */
  signal?: AbortSignal;
}

export type RequestEngine = (request: Request, options: EngineOptions) => Promise<Response>;

type Fetch = (url: string, init: RequestInit) => Promise<Response>;

interface Attempt {
  url: string;
  method: string;
  headers: Headers;
  body?: ArrayBuffer;
}

export function createRequestEngine(fetch: Fetch, logger?: Logger): RequestEngine {
  return async (request, options) => {
    // Read once: every attempt sends the same bytes.
    const attempt: Attempt = { url: request.url, method: request.method, headers: request.headers, ...(request.body ? { body: await request.arrayBuffer() } : {}) };
    const policy = retryPolicy(options.retry, attempt.method);
    for (let retry = 1; ; retry++) {
      const retriesLeft = retry <= policy.limit;
      let delayMs: number | undefined;
      let status: number | undefined;
      let failure: string; // for the log
      try {
        const response = await send(fetch, attempt, options);
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
      log(logger, 'warn', `Retrying ${attempt.method} ${pathOf(attempt)} (retry ${retry}) after ${failure}`, { attempt: retry, ...(status ? { status } : {}) });
      await sleep(delayMs, undefined, options.signal ? { signal: options.signal } : {});
    }
  };
}

async function send(fetch: Fetch, attempt: Attempt, { timeout, signal }: EngineOptions): Promise<Response> {
  const timer = new AbortController();
  const timeoutId = setTimeout(() => timer.abort(), timeout);
  try {
    const { url, ...init } = attempt;
    return await fetch(url, { ...init, signal: signal ? AbortSignal.any([signal, timer.signal]) : timer.signal });
  } catch (error) {
    if (timer.signal.aborted && !signal?.aborted) {
      throw new ClaraTimeoutError(`Clara did not answer ${attempt.method} ${pathOf(attempt)} within ${timeout} ms.`);
    }
    throw error;
  } finally {
    clearTimeout(timeoutId);
  }
}

const pathOf = (attempt: Attempt): string => new URL(attempt.url).pathname;
