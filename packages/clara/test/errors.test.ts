// The facade's error mapping and retry decisions, without a server.
import { ClaraConnectionError, ClaraTimeoutError, ClaraTlsError } from '@org/clara-auth';
import { TimeoutError } from 'ky';
import { describe, expect, test } from 'vitest';

import { claraErrorFrom } from '../src/core/errors.js';
import { retryPolicy } from '../src/core/retry.js';

const request = new Request('https://public-api.mx.clara.com/api/v3/cards', { method: 'POST' });

describe('claraErrorFrom', () => {
  test('a network failure with a cause code → ClaraConnectionError', () => {
    const error = claraErrorFrom(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }), request);
    expect(error).toBeInstanceOf(ClaraConnectionError);
    expect((error as Error).message).toBe('Could not reach Clara (POST /api/v3/cards): ECONNRESET');
  });

  test('ky’s own timeout → ClaraTimeoutError', () => {
    expect(claraErrorFrom(new TimeoutError(request), request)).toBeInstanceOf(ClaraTimeoutError);
  });

  test('the caller’s abort or AbortSignal.timeout(), and errors that are not network failures, pass through unchanged', () => {
    const circular = new TypeError('Converting circular structure to JSON');
    const timeout = new DOMException('The operation was aborted due to timeout', 'TimeoutError');
    const abort = new DOMException('This operation was aborted', 'AbortError');
    for (const error of [circular, timeout, abort]) expect(claraErrorFrom(error, request)).toBe(error);
  });
});

describe('retryPolicy', () => {
  const connectTimeout = new ClaraTimeoutError('Request to public-api.mx.clara.com timed out (UND_ERR_CONNECT_TIMEOUT).', {
    cause: Object.assign(new Error('Connect Timeout Error'), { code: 'UND_ERR_CONNECT_TIMEOUT' }),
  });
  const headersTimeout = new ClaraTimeoutError('timed out', { cause: Object.assign(new Error('Headers Timeout Error'), { code: 'UND_ERR_HEADERS_TIMEOUT' }) });
  const shouldRetry = (method: string, error: Error) => retryPolicy(2, method).shouldRetry!({ error, retryCount: 1 });

  test('a connect timeout is retried for every method: nothing was sent', async () => {
    for (const method of ['GET', 'POST', 'PATCH']) expect(await shouldRetry(method, connectTimeout)).toBe(true);
  });

  test('a timeout after sending and TLS failures are not retried; a POST that may have arrived is not either', async () => {
    expect(await shouldRetry('GET', headersTimeout)).toBe(false);
    expect(await shouldRetry('GET', new ClaraTlsError('x', { side: 'server-untrusted' }))).toBe(false);
    expect(await shouldRetry('POST', new ClaraConnectionError('reset', { cause: Object.assign(new Error('reset'), { code: 'ECONNRESET' }) }))).toBe(false);
    expect(await shouldRetry('GET', new ClaraConnectionError('reset'))).toBeUndefined(); // ky's rules: retried
  });
});
