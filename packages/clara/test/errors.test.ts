// The facade's error mapping and retry decisions, without a server.
import { ClaraConnectionError, ClaraTimeoutError, ClaraTlsError } from '@org/clara-auth';
import { describe, expect, test } from 'vitest';

import { claraErrorFrom } from '../src/core/errors.js';
import { errorRetryDelay, MAX_RETRY_AFTER_MS, responseRetryDelay, retryPolicy } from '../src/core/retry.js';

const request = new Request('https://public-api.mx.clara.com/api/v3/cards', { method: 'POST' });

describe('claraErrorFrom', () => {
  test('a network failure with a cause code → ClaraConnectionError', () => {
    const error = claraErrorFrom(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }), request);
    expect(error).toBeInstanceOf(ClaraConnectionError);
    expect((error as Error).message).toBe('Could not reach Clara (POST /api/v3/cards): ECONNRESET');
  });

  test('errors already classified pass through', () => {
    const timeout = new ClaraTimeoutError('Clara did not answer GET /api/v3/cards within 10 ms.');
    expect(claraErrorFrom(timeout, request)).toBe(timeout);
  });

  test('the caller’s abort or AbortSignal.timeout(), and errors that are not network failures, pass through unchanged', () => {
    const circular = new TypeError('Converting circular structure to JSON');
    const timeout = new DOMException('The operation was aborted due to timeout', 'TimeoutError');
    const abort = new DOMException('This operation was aborted', 'AbortError');
    for (const error of [circular, timeout, abort]) expect(claraErrorFrom(error, request)).toBe(error);
  });
});

describe('retry decisions', () => {
  const connectTimeout = new ClaraTimeoutError('Request to public-api.mx.clara.com timed out (UND_ERR_CONNECT_TIMEOUT).', {
    cause: Object.assign(new Error('Connect Timeout Error'), { code: 'UND_ERR_CONNECT_TIMEOUT' }),
  });
  const headersTimeout = new ClaraTimeoutError('timed out', { cause: Object.assign(new Error('Headers Timeout Error'), { code: 'UND_ERR_HEADERS_TIMEOUT' }) });
  const retried = (method: string, error: unknown) => errorRetryDelay(retryPolicy(2, method), error, 1) !== undefined;
  const answer = (status: number, headers: Record<string, string> = {}) => new Response(null, { status, headers });

  test('a connect timeout is retried for every method: nothing was sent', () => {
    for (const method of ['GET', 'POST', 'PATCH']) expect(retried(method, connectTimeout)).toBe(true);
  });

  test('a timeout after sending and TLS failures are not retried; a POST that may have arrived is not either', () => {
    expect(retried('GET', headersTimeout)).toBe(false);
    expect(retried('GET', new ClaraTlsError('x', { side: 'server-untrusted' }))).toBe(false);
    expect(retried('POST', new ClaraConnectionError('reset', { cause: Object.assign(new Error('reset'), { code: 'ECONNRESET' }) }))).toBe(false);
    expect(retried('GET', new ClaraConnectionError('reset'))).toBe(true);
    expect(retried('GET', new DOMException('This operation was aborted', 'AbortError'))).toBe(false); // the caller's
    expect(retried('GET', new TypeError('Converting circular structure to JSON'))).toBe(false);
  });

  test('answers: 408, 429 and 5xx are retried for idempotent methods only, with backoff (0.5 s, then 1 s, minus ≤ 25 % jitter)', () => {
    for (const status of [408, 429, 500, 502, 503, 504]) {
      const first = responseRetryDelay(retryPolicy(2, 'get'), answer(status), 1)!;
      const second = responseRetryDelay(retryPolicy(2, 'DELETE'), answer(status), 2)!;
      expect(first).toBeGreaterThanOrEqual(375);
      expect(first).toBeLessThanOrEqual(500);
      expect(second).toBeGreaterThanOrEqual(750);
      expect(second).toBeLessThanOrEqual(1000);
      expect(responseRetryDelay(retryPolicy(2, 'POST'), answer(status), 1)).toBeUndefined();
    }
    for (const status of [200, 400, 401, 403, 404, 409, 413, 422, 501]) expect(responseRetryDelay(retryPolicy(2, 'GET'), answer(status), 1)).toBeUndefined();
  });

  test('Retry-After on 429 and 503 is obeyed exactly (no jitter), capped at 60 s; other statuses back off', () => {
    expect(responseRetryDelay(retryPolicy(2, 'GET'), answer(429, { 'retry-after': '3' }), 1)).toBe(3000);
    expect(responseRetryDelay(retryPolicy(2, 'GET'), answer(503, { 'retry-after': '0' }), 1)).toBe(0);
    expect(responseRetryDelay(retryPolicy(2, 'GET'), answer(429, { 'retry-after': '3600' }), 1)).toBe(MAX_RETRY_AFTER_MS);
    expect(responseRetryDelay(retryPolicy(2, 'GET'), answer(500, { 'retry-after': '3' }), 1)).toBeLessThanOrEqual(500);
  });
});
