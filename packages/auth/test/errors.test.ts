import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import {
  ClaraApiError,
  ClaraAuthError,
  ClaraConnectionError,
  ClaraError,
  ClaraNotFoundError,
  ClaraPermissionError,
  ClaraRateLimitError,
  ClaraServerError,
  ClaraValidationError,
  createApiError,
  retryAfterFromHeaders,
} from '@org/clara-auth';

describe('error hierarchy', () => {
  it('builds API errors from an options object, with names and a redacted toJSON', () => {
    const headers = new Headers({ authorization: 'Bearer secret-token', 'x-request': '1' });
    const error = new ClaraAuthError({ status: 401, code: 'UNAUTHORIZED', message: 'nope', body: { message: 'nope' }, method: 'GET', path: '/api/v3/cards', headers });
    expect(error).toBeInstanceOf(ClaraApiError);
    expect(error).toBeInstanceOf(ClaraError);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('ClaraAuthError');
    expect(error.headers?.get('authorization')).toBe('Bearer [REDACTED]');
    expect(error.toJSON()).toEqual({
      name: 'ClaraAuthError', message: 'nope', status: 401, code: 'UNAUTHORIZED', body: { message: 'nope' }, method: 'GET', path: '/api/v3/cards',
      headers: { authorization: 'Bearer [REDACTED]', 'x-request': '1' },
    });
    expect(new ClaraApiError({ status: 409, method: 'POST', path: '/x', code: 'B013' }).message).toBe('POST /x failed with HTTP 409 (B013)');
  });

  it('maps statuses to subclasses', () => {
    const cases: [number, string][] = [[400, 'ClaraValidationError'], [422, 'ClaraValidationError'], [401, 'ClaraAuthError'], [403, 'ClaraPermissionError'], [404, 'ClaraNotFoundError'], [429, 'ClaraRateLimitError'], [503, 'ClaraServerError'], [409, 'ClaraApiError']];
    for (const [status, name] of cases) expect(createApiError({ status }).name).toBe(name);
    expect(createApiError({ status: 403 })).toBeInstanceOf(ClaraPermissionError);
    expect(createApiError({ status: 404 })).toBeInstanceOf(ClaraNotFoundError);
    expect(createApiError({ status: 500 })).toBeInstanceOf(ClaraServerError);
    expect(new ClaraValidationError({ status: 0, message: 'bad input' }).status).toBe(0);
  });

  it('reads Retry-After (seconds, HTTP date, retry-after-ms)', () => {
    expect(new ClaraRateLimitError({ status: 429, headers: new Headers({ 'retry-after': '3' }) }).retryAfterMs).toBe(3000);
    expect(new ClaraRateLimitError({ status: 429, headers: new Headers({ 'retry-after-ms': '250' }) }).retryAfterMs).toBe(250);
    const date = new Date(Date.now() + 60_000).toUTCString();
    expect(new ClaraRateLimitError({ status: 429, headers: new Headers({ 'retry-after': date }) }).retryAfterMs).toBeGreaterThan(50_000);
    expect(new ClaraRateLimitError({ status: 429, retryAfterMs: 7 }).retryAfterMs).toBe(7);
    expect(new ClaraRateLimitError({ status: 429 }).retryAfterMs).toBeUndefined();
  });

  it('reads Retry-After only as whole seconds or an HTTP date; anything else is ignored (the caller backs off)', () => {
    const after = (value: string) => retryAfterFromHeaders(new Headers({ 'retry-after': value }));
    expect(after('2')).toBe(2000);
    expect(after(' 7 ')).toBe(7000);
    const inTenSeconds = new Date(Date.now() + 10_000).toUTCString();
    expect(after(inTenSeconds)).toBeGreaterThan(8000);
    expect(after(inTenSeconds)).toBeLessThanOrEqual(10_000);
    expect(after(new Date(Date.now() - 10_000).toUTCString())).toBe(0);
    expect(retryAfterFromHeaders(new Headers())).toBeUndefined();
    for (const junk of ['', '  ', 'soon', '-1', '0.5', '5, 10', '1e3', 'Tue, 01 Dec 2026']) expect(after(junk)).toBeUndefined();
    expect(retryAfterFromHeaders(new Headers({ 'retry-after-ms': '5, 10', 'retry-after': '1' }))).toBe(1000);
  });

  it('copies foreign causes into plain errors that hold only name, code and message', () => {
    const socketLike = { connectOptions: { passphrase: 'hunter2-passphrase' } };
    const inner = Object.assign(new Error('other side closed'), { code: 'UND_ERR_SOCKET', socket: socketLike });
    const outer = new TypeError('fetch failed', { cause: inner });
    const error = new ClaraConnectionError('Could not reach host', { cause: outer });
    const cause = error.cause as Error & { cause: Error & { code: string } };
    expect(cause).not.toBe(outer);
    expect(cause.name).toBe('TypeError');
    expect(cause.cause.code).toBe('UND_ERR_SOCKET');
    expect(Object.keys(cause.cause)).toEqual(['name', 'code']); // no socket
    expect(inspect(error, { depth: Infinity, showHidden: true })).not.toContain('hunter2-passphrase');
    expect(error.toJSON()).toEqual({ name: 'ClaraConnectionError', message: 'Could not reach host', cause: { name: 'TypeError', message: 'fetch failed', cause: { name: 'Error', message: 'other side closed', code: 'UND_ERR_SOCKET' } } });
  });
});
