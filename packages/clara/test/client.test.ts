import {
  ClaraAuthError,
  ClaraClosedError,
  ClaraConfigError,
  ClaraConnectionError,
  ClaraCredentialsError,
  ClaraNotFoundError,
  ClaraPermissionError,
  ClaraRateLimitError,
  ClaraServerError,
  ClaraTimeoutError,
  ClaraValidationError,
} from '../src/index.js';
import type { Sandbox } from '@org/clara-sandbox';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inspect } from 'node:util';
import { afterAll, afterEach, beforeAll, describe, expect, test, vi } from 'vitest';

import * as raw from './.generated/sdk.gen.js';
import { settleStepwise, useFakeClock } from './support/fake-clock.js';
import { bundleSecret, createTestlandClient, sandboxOptions, startTestland, type TestlandClient } from './support/testland.js';

let sandbox: Sandbox;
let clara: TestlandClient;
const errors: unknown[] = []; // every error the suite sees, checked for secrets at the end

const expectError = async <E>(promise: PromiseLike<unknown>, type: new (...args: never[]) => E): Promise<E> => {
  const error = await Promise.resolve(promise).then(
    () => undefined,
    (e: unknown) => e,
  );
  errors.push(error);
  expect(error).toBeInstanceOf(type);
  return error as E;
};

beforeAll(async () => {
  sandbox = await startTestland();
  clara = createTestlandClient({ ...sandboxOptions(sandbox), maxRetries: 2 });
});
afterEach(() => {
  sandbox.control.reset();
  sandbox.stats.reset();
});
afterAll(async () => {
  await clara.close();
  await sandbox.close();
});

describe('calls', () => {
  test('a list awaits to the first Spring page; for await walks every item of every page, lazily', async () => {
    const first = await clara.transactions.list({ size: 25 });
    expect(first.content).toHaveLength(25);
    expect(first.number).toBe(0);

    const uuids: string[] = [];
    for await (const tx of clara.transactions.list({ size: 25 })) uuids.push(tx.uuid);
    expect(uuids).toHaveLength(first.totalElements!);
    expect(new Set(uuids).size).toBe(uuids.length);
    expect(sandbox.stats.snapshot().byOperation.listTransactions).toBe(1 + first.totalPages);

    sandbox.stats.reset();
    let seen = 0;
    for await (const _ of clara.transactions.list({ size: 10 })) if (++seen === 15) break;
    expect(sandbox.stats.snapshot().byOperation.listTransactions).toBe(2);
  });

  test('an item fetched by uuid is the listed one; withResponse exposes status and headers', async () => {
    const [listed] = (await clara.transactions.list({ size: 1 })).content;
    const { data, response } = await clara.transactions.get(listed!.uuid).withResponse();
    expect(data).toEqual(listed);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/application\/json/);
  });

  test('bodies are sent as JSON; a write and a bare-array list work', async () => {
    const card = await clara.cards.create({ alias: 'Travel', threshold: 5000 });
    expect(card.alias).toBe('Travel');
    const pages: number[] = [];
    for await (const page of clara.digitalAccounts.list({ page: 0, size: 5 }).pages()) pages.push((page as unknown[]).length);
    expect(pages.at(-1)).toBeLessThan(5);
  });

  test('one token serves the whole run', async () => {
    const fresh = createTestlandClient(sandboxOptions(sandbox));
    await Promise.all(Array.from({ length: 20 }, () => fresh.transactions.list({ size: 1 })));
    await fresh.transactions.list({ size: 1 });
    expect(sandbox.stats.snapshot().tokenRequests).toBe(1);
    await fresh.close();
  });

  test('production uses /api, the sandbox environment /api-test', async () => {
    const { response } = await clara.transactions.list({ size: 1 }).withResponse();
    expect(new URL(response.url).pathname).toBe('/api/v3/transactions');
    const test = createTestlandClient({ ...sandboxOptions(sandbox), environment: 'sandbox' });
    const sandboxed = await test.transactions.list({ size: 1 }).withResponse();
    expect(new URL(sandboxed.response.url).pathname).toBe('/api-test/v3/transactions');
    await test.close();
  });
});

describe('raw functions', () => {
  test('with httpClient(): mTLS, the shared token, default retries and typed errors', async () => {
    await clara.transactions.list({ size: 1 }); // the client has its token
    sandbox.stats.reset();
    const http = clara.httpClient();
    sandbox.control.failNext(1, { status: 503, path: '/v3/transactions' });
    useFakeClock();
    const { value } = await settleStepwise(raw.listTransactions({ client: http, throwOnError: true, query: { size: 2 } }));
    vi.useRealTimers();
    const { data, response } = value!;
    expect(response.status).toBe(200);
    expect(data.content).toHaveLength(2);
    expect(sandbox.stats.snapshot().byOperation.listTransactions).toBe(2); // the 503, retried by default
    await expectError(raw.getTransaction({ client: http, path: { uuid: '00000000-0000-0000-0000-000000000000' } }), ClaraNotFoundError);
    expect(sandbox.stats.snapshot().tokenRequests).toBe(0); // the client's token
  });
});

describe('entities', () => {
  test('withTaxIdentifier switches the data set and shares the token', async () => {
    const subsidiary = sandbox.entities[1]!.taxId;
    const own = await clara.transactions.list({ size: 5 });
    const theirs = await clara.withTaxIdentifier(subsidiary).transactions.list({ size: 5 });
    expect(theirs.content.map((t) => t.uuid)).not.toEqual(own.content.map((t) => t.uuid));
    expect(sandbox.stats.snapshot().byEntity[subsidiary]).toBe(1);
    expect(sandbox.stats.snapshot().tokenRequests).toBe(0);
  });

  test('a well-formed identifier of another company → ClaraPermissionError', async () => {
    const error = await expectError(clara.withTaxIdentifier('XAXX010101000').transactions.list(), ClaraPermissionError);
    expect(error.status).toBe(403);
  });

  test('a malformed identifier is refused before any request', () => {
    expect(() => clara.withTaxIdentifier('ACME8001011H0\r\nX-Evil: 1')).toThrow(ClaraValidationError);
    expect(() => clara.withTaxIdentifier('not-an-rfc')).toThrow(/expected an RFC/);
    expect(sandbox.stats.snapshot().requests).toBe(0);
  });
});

describe('errors', () => {
  test('a bad request → ClaraValidationError with Clara code, details, method, path, operation, tax identifier and attempts', async () => {
    const error = await expectError(clara.transactions.list({ operationDateRangeStart: 'yesterday' }), ClaraValidationError);
    expect(error).toMatchObject({ operation: 'listTransactions', attempts: 1 });
    expect(error.taxIdentifier).toBeUndefined();
    const subsidiary = sandbox.entities[1]!.taxId;
    const theirs = await expectError(clara.withTaxIdentifier(subsidiary).transactions.list({ operationDateRangeStart: 'yesterday' }), ClaraValidationError);
    expect(theirs.taxIdentifier).toBe(subsidiary);
    expect(error.status).toBe(400);
    expect(error.code).toBe('VALIDATION_ERROR');
    expect(error.details).toBeTruthy();
    expect(error.method).toBe('GET');
    expect(error.path).toBe('/api/v3/transactions');
    expect(error.message).toMatch(/^Clara answered 400 VALIDATION_ERROR to GET \/api\/v3\/transactions: /);
  });

  test('an empty path parameter rejects the call before any request (never a synchronous throw)', async () => {
    const call = clara.transactions.get('');
    await expectError(call, ClaraValidationError);
    expect(sandbox.stats.snapshot().requests).toBe(0);
  });

  test('a 429 with Retry-After is waited out, then retried', async () => {
    sandbox.control.failNext(1, { status: 429, retryAfterSeconds: 1 });
    useFakeClock();
    const started = performance.now();
    expect((await settleStepwise(clara.transactions.list({ size: 1 }))).value?.content).toHaveLength(1);
    expect(performance.now() - started).toBeGreaterThanOrEqual(1000);
    expect(sandbox.stats.snapshot().byOperation.listTransactions).toBe(2);
  });

  test('429s beyond the retries → ClaraRateLimitError with retryAfterMs', async () => {
    sandbox.control.failNext(3, { status: 429, retryAfterSeconds: 0 });
    const error = await expectError(clara.transactions.list({ size: 1 }), ClaraRateLimitError);
    expect(error.retryAfterMs).toBe(0);
    expect(sandbox.stats.snapshot().byOperation.listTransactions).toBe(3);
  });

  test('5xx on a GET is retried with backoff; maxRetries per call bounds it; the error counts the attempts', async () => {
    useFakeClock();
    sandbox.control.failNext(2, { status: 503 });
    const started = performance.now();
    expect((await settleStepwise(clara.transactions.list({ size: 1 }))).value?.content).toHaveLength(1);
    expect(performance.now() - started).toBeGreaterThanOrEqual(500 + 1000);
    expect(sandbox.stats.snapshot().byOperation.listTransactions).toBe(3);

    sandbox.stats.reset();
    sandbox.control.failNext(3, { status: 500 });
    expect(await expectError(settleStepwise(clara.transactions.list({ size: 1 })).then(({ error }) => Promise.reject(error)), ClaraServerError)).toMatchObject({ status: 500, attempts: 3 });

    sandbox.stats.reset();
    sandbox.control.failNext(1, { status: 500 });
    const error = await expectError(clara.transactions.list({ size: 1 }, { maxRetries: 0 }), ClaraServerError);
    expect(error.status).toBe(500);
    expect(sandbox.stats.snapshot().byOperation.listTransactions).toBe(1);
  });

  test('retries are reported to the logger', async () => {
    const lines: string[] = [];
    const logged = createTestlandClient({ ...sandboxOptions(sandbox), logger: { warn: (message: string) => lines.push(message) } });
    sandbox.control.failNext(1, { status: 503, path: '/v3/transactions' });
    useFakeClock();
    await settleStepwise(logged.transactions.list({ size: 1 }));
    expect(lines).toContain('Retrying GET /api/v3/transactions (retry 1) after HTTP 503');
    await logged.close();
  });

  test('a 511 (Clara got no client certificate) → ClaraAuthError naming the cause, not retried', async () => {
    sandbox.control.failNext(1, { status: 511, path: '/v3/transactions' });
    const error = await expectError(clara.transactions.list({ size: 1 }), ClaraAuthError);
    expect(error.status).toBe(511);
    expect(error.message).toMatch(/^Clara did not receive the client certificate \(HTTP 511\).* \(GET \/api\/v3\/transactions\)$/);
    expect(sandbox.stats.snapshot().byOperation.listTransactions).toBe(1);
  });

  test('a POST answered 503 is not retried (it may have been applied)', async () => {
    sandbox.control.failNext(1, { status: 503 });
    await expectError(clara.cards.create({ alias: 'Once' }), ClaraServerError);
    expect(sandbox.stats.snapshot().byOperation.createCard).toBe(1);
  });

  test('a connection reset mid-response: a GET is retried, a POST is not duplicated and says it may have been applied', async () => {
    sandbox.control.resetNext(1);
    useFakeClock();
    const { value: page } = await settleStepwise(clara.transactions.list({ size: 3 }));
    vi.useRealTimers();
    expect(page?.content).toHaveLength(3);
    expect(sandbox.stats.snapshot().byOperation.listTransactions).toBe(2);

    sandbox.stats.reset();
    sandbox.control.resetNext(1);
    const error = await expectError(clara.cards.create({ alias: 'Once' }), ClaraConnectionError);
    expect(error.requestSent).toBe(true);
    expect(error.message).toMatch(/^The connection to 127\.0\.0\.1:\d+ was lost after POST \/api\/v3\/cards was sent, before the answer \(.+\)\. Clara may have applied it: check/);
    expect(error.message).not.toMatch(/Could not reach/);
    expect(error).toMatchObject({ operation: 'createCard', attempts: 1 });
    expect(sandbox.stats.snapshot().byOperation.createCard).toBe(1);
  });

  test('a 401 refreshes the token and retries once; 401 twice → ClaraAuthError', async () => {
    sandbox.control.failNext(1, { status: 401 });
    await clara.transactions.list({ size: 1 });
    expect(sandbox.stats.snapshot().tokenRequests).toBe(1);

    sandbox.stats.reset();
    sandbox.control.failNext(2, { status: 401, path: '/v3/transactions' });
    const error = await expectError(clara.transactions.list({ size: 1 }), ClaraAuthError);
    expect(error.status).toBe(401);
    expect(sandbox.stats.snapshot().byOperation.listTransactions).toBe(2);
  });

  // A sandbox of their own: the requests these calls give up on are still on their way, and would count in the
  // shared sandbox's stats of the tests after them.
  describe('a slow server', () => {
    let slow: Sandbox;
    let slowClara: TestlandClient;
    beforeAll(async () => {
      slow = await startTestland();
      slowClara = createTestlandClient({ ...sandboxOptions(slow), maxRetries: 2 });
      await slowClara.transactions.list({ size: 1 }); // its token, before the server slows down
      slow.control.setLatency(1_000);
    });
    afterAll(async () => {
      await slowClara.close();
      await slow.close();
    });

    test('a slow answer → ClaraTimeoutError once the call’s timeoutMs is over', async () => {
      const started = performance.now();
      const error = await expectError(slowClara.transactions.list({ size: 1 }, { timeoutMs: 200, maxRetries: 0 }), ClaraTimeoutError);
      expect(performance.now() - started).toBeGreaterThanOrEqual(190);
      expect(error.message).toBe('GET /v3/transactions did not complete within 200 ms (timeoutMs), retries and waits included.');
      expect(error.operation).toBe('listTransactions');
    });

    test('an AbortSignal cancels the call', async () => {
      const controller = new AbortController();
      const call = slowClara.transactions.list({ size: 1 }, { signal: controller.signal }).then(undefined, (e: unknown) => e);
      setTimeout(() => controller.abort(), 50);
      expect(await call).toMatchObject({ name: 'AbortError' });
    });

    test('the caller’s AbortSignal.timeout() comes back as its own TimeoutError, not as "could not reach Clara"', async () => {
      const error = await slowClara.transactions.list({ size: 1 }, { signal: AbortSignal.timeout(50) }).then(undefined, (e: unknown) => e);
      expect(error).not.toBeInstanceOf(ClaraConnectionError);
      expect(error).toMatchObject({ name: 'TimeoutError' });
    });
  });
});

describe('options', () => {
  test.each([
    [{}, /options.credentials is required/],
    [{ credentials: 'x', environment: 'staging' }, /options.environment must be 'production' or 'sandbox'/],
    [{ credentials: 'x', baseUrl: 'http://127.0.0.1:8443' }, /options.baseUrl must use https:/],
    [{ credentials: 'x', baseUrl: 'not a url' }, /options.baseUrl is not a URL/],
    [{ credentials: 'x', maxRetries: -1 }, /options.maxRetries must be an integer from 0 to 10/],
    [{ credentials: 'x', timeoutMs: 0 }, /options.timeoutMs must be an integer/],
    [{ credentials: 'x', ca: [42] }, /options.ca\[0\] must be PEM text or a file path/],
  ])('%j → ClaraConfigError', (options, message) => {
    expect(() => createTestlandClient(options as never)).toThrow(ClaraConfigError);
    expect(() => createTestlandClient(options as never)).toThrow(message);
  });

  test('a call’s own timeoutMs or maxRetries out of range → ClaraConfigError, nothing sent', async () => {
    for (const [options, message] of [
      [{ timeoutMs: -5 }, /options.timeoutMs must be an integer from 1 to 2147483647, got -5/],
      [{ timeoutMs: Number.NaN }, /options.timeoutMs must be an integer/],
      [{ maxRetries: 11 }, /options.maxRetries must be an integer from 0 to 10, got 11/],
    ] as const) {
      const error = await expectError(clara.transactions.list({ size: 1 }, options), ClaraConfigError);
      expect(error.message).toMatch(message);
    }
    expect(sandbox.stats.snapshot().requests).toBe(0);
  });

  test('a bad taxIdentifier option → ClaraValidationError at construction', () => {
    expect(() => createTestlandClient({ credentials: 'x', taxIdentifier: 'ACME' })).toThrow(ClaraValidationError);
  });

  test('a credentials folder that does not exist → ClaraCredentialsError on the first call, nothing sent', async () => {
    const broken = createTestlandClient({ credentials: '/nowhere/clara-credentials', baseUrl: sandbox.url });
    const error = await expectError(broken.transactions.list(), ClaraCredentialsError);
    expect(error.message).toMatch(/\/nowhere\/clara-credentials/);
    expect(sandbox.stats.snapshot().requests).toBe(0);
  });

  test('a ca file that does not exist → ClaraCredentialsError naming it on the first call, nothing sent', async () => {
    const broken = createTestlandClient({ ...sandboxOptions(sandbox), ca: '/does/not/exist.pem' });
    const error = await expectError(broken.transactions.list(), ClaraCredentialsError);
    expect(error.message).toBe('The CA file /does/not/exist.pem does not exist.');
    expect(sandbox.stats.snapshot().requests).toBe(0);
  });

  test('a failed start is not kept: once the credentials are there, the next call works', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'clara-late-credentials-'));
    const folder = join(dir, 'credentials');
    try {
      const late = createTestlandClient({ ...sandboxOptions(sandbox), credentials: folder });
      await expectError(late.transactions.list({ size: 1 }), ClaraCredentialsError);
      cpSync(sandbox.credentialsDir, folder, { recursive: true });
      expect((await late.transactions.list({ size: 1 })).content).toHaveLength(1);
      await late.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('a closed client refuses calls and rotation with ClaraClosedError', async () => {
    const closing = createTestlandClient(sandboxOptions(sandbox));
    await closing.transactions.list({ size: 1 });
    await closing.close();
    const error = await expectError(closing.transactions.list({ size: 1 }), ClaraClosedError);
    expect(error.message).toBe('The Clara client is closed: create a new one to send more requests.');
    await expectError(closing.rotateCredentials(sandbox.credentialsDir), ClaraClosedError);
  });
});

test('no error of this suite carries the client secret or a token', () => {
  const secret = bundleSecret(sandbox);
  expect(errors.length).toBeGreaterThan(8);
  for (const error of errors) {
    for (const text of [JSON.stringify(error), inspect(error, { depth: 10 }), String((error as Error).stack)]) {
      expect(text).not.toContain(secret);
      expect(text).not.toMatch(/eyJ[\w-]{10,}/); // every JWT starts with a base64url '{"'
    }
  }
});
