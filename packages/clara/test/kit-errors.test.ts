// The error mapper, through the whole client, with the testing kit answering: every status becomes its error
// class with the status, Clara's code and details, the call it belongs to, and a message that says what to do.
import { describe, expect, test } from 'vitest';

import {
  ClaraApiError,
  ClaraAuthError,
  ClaraNotFoundError,
  ClaraPermissionError,
  ClaraRateLimitError,
  ClaraServerError,
  ClaraValidationError,
} from '../src/index.js';
import { useMockedTestland } from './support/testland-mock.js';

const kit = useMockedTestland();
const failure = (call: PromiseLike<unknown>) => Promise.resolve(call).then(() => expect.fail('the call succeeded'), (error: unknown) => error);

describe('an error answer becomes the class of its status', () => {
  const details = [{ field: 'uuid', issue: 'unknown' }];
  test.each([
    [400, ClaraValidationError],
    [422, ClaraValidationError],
    [403, ClaraPermissionError],
    [404, ClaraNotFoundError],
    [409, ClaraApiError],
    [429, ClaraRateLimitError],
    [500, ClaraServerError],
    [501, ClaraServerError],
    [503, ClaraServerError],
  ] as const)('%i → %o, with status, code, details and the call', async (status, type) => {
    kit.mock.transactions.get.reply(status, { code: 'SOME_CODE', message: 'what Clara said', details });
    const error = await failure(kit.clara.transactions.get('tx-1', { maxRetries: 0 }));
    expect(error).toBeInstanceOf(type);
    expect(error).toMatchObject({ status, code: 'SOME_CODE', details, operation: 'getTransaction', method: 'GET', path: '/api/v3/transactions/tx-1', attempts: 1 });
    expect((error as Error).message).toBe(`Clara answered ${status} SOME_CODE to GET /api/v3/transactions/tx-1: what Clara said`);
  });

  test("a write's error carries its method and path too", async () => {
    kit.mock.cards.create.reply(422, { code: 'VALIDATION_ERROR', message: 'alias is too long', details: { alias: 'max 30' } });
    const error = await failure(kit.clara.cards.create({ alias: 'x'.repeat(40) }));
    expect(error).toBeInstanceOf(ClaraValidationError);
    expect(error).toMatchObject({ status: 422, code: 'VALIDATION_ERROR', details: { alias: 'max 30' }, operation: 'createCard', method: 'POST', path: '/api/v3/cards' });
  });

  test('a 429 carries the wait Clara asked for', async () => {
    kit.mock.transactions.get.reply(429, { message: 'slow down' }, { 'Retry-After': '7' });
    const error = await failure(kit.clara.transactions.get('tx-1', { maxRetries: 0 }));
    expect(error).toBeInstanceOf(ClaraRateLimitError);
    expect(error).toMatchObject({ status: 429, retryAfterMs: 7000 });
  });

  test("a 511 (Clara's gateway got no client certificate) names the proxy that removed it", async () => {
    kit.mock.transactions.get.reply(511);
    const error = await failure(kit.clara.transactions.get('tx-1'));
    expect(error).toBeInstanceOf(ClaraAuthError);
    expect((error as Error).message).toMatch(/^Clara did not receive the client certificate \(HTTP 511\): a proxy/);
  });

  test("Spring's default error page ({ error, message }) and a text body are read too", async () => {
    kit.mock.transactions.get.reply(404, { timestamp: '2026-01-01T00:00:00Z', status: 404, error: 'Not Found', path: '/v3/transactions/tx-1' });
    kit.mock.transactions.get.reply(502, '<html>Bad gateway</html>');
    expect((await failure(kit.clara.transactions.get('tx-1'))) as Error).toMatchObject({ message: 'Clara answered 404 to GET /api/v3/transactions/tx-1: Not Found' });
    const text = await failure(kit.clara.transactions.get('tx-1', { maxRetries: 0 }));
    expect(text).toBeInstanceOf(ClaraServerError);
    expect(text).toMatchObject({ status: 502, body: '<html>Bad gateway</html>' });
  });
});

describe('401: one fresh token, one replay', () => {
  test('a 401 then a success: the call succeeds with a second token, replayed once', async () => {
    kit.mock.transactions.get.reply(401, { message: 'token expired' });
    kit.mock.transactions.get.reply(200, { uuid: 'tx-1' });
    expect(await kit.clara.transactions.get('tx-1')).toEqual({ uuid: 'tx-1' });
    expect(kit.mock.tokenRequests).toHaveLength(2);
    const [refused, replayed] = kit.mock.requests.map((request) => request.headers['authorization']);
    expect(refused).toBe('Bearer clara-test-token-1');
    expect(replayed).toBe('Bearer clara-test-token-2');
    kit.mock.done();
  });

  test('401 twice: ClaraAuthError saying even a fresh token was refused; never a third request', async () => {
    kit.mock.transactions.get.times(2).reply(401, { code: 'UNAUTHORIZED', message: 'missing scope' });
    const error = await failure(kit.clara.transactions.get('tx-1'));
    expect(error).toBeInstanceOf(ClaraAuthError);
    expect(error).toMatchObject({ status: 401, code: 'UNAUTHORIZED' });
    expect((error as Error).message).toMatch(/refused even with a freshly issued token/);
    expect(kit.mock.requests).toHaveLength(2);
    expect(kit.mock.tokenRequests).toHaveLength(2);
    kit.mock.done();
  });

  test('the token endpoint refusing the client credentials: ClaraAuthError naming them, the API never called', async () => {
    kit.mock.token.reply(401, { error: 'invalid_client', error_description: 'Bad client credentials' });
    const error = await failure(kit.clara.transactions.get('tx-1'));
    expect(error).toBeInstanceOf(ClaraAuthError);
    expect(error).toMatchObject({ status: 401, code: 'invalid_client', operation: 'oauthToken' });
    expect((error as Error).message).toMatch(/rejected the client credentials \(HTTP 401, invalid_client: Bad client credentials\): check the client id and secret/);
    expect(kit.mock.requests).toEqual([]);
  });
});

test('an error body echoing the bearer token is scrubbed before anyone sees it', async () => {
  kit.mock.transactions.get.replyWith(({ headers }) => [400, { message: `rejected header ${headers['authorization']}` }]);
  const error = await failure(kit.clara.transactions.get('tx-1'));
  expect(error).toBeInstanceOf(ClaraValidationError);
  expect((error as Error).message).toBe('Clara answered 400 to GET /api/v3/transactions/tx-1: rejected header Bearer [REDACTED]');
  expect(JSON.stringify(error)).not.toContain('clara-test-token');
});
