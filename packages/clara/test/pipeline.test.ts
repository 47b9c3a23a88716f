// The request pipeline as users meet it: ky hooks, the User-Agent, per-call options resolved once, the call's
// deadline over retries and waits, Retry-After beyond what the client waits, close() with calls in every state,
// a base URL behind a proxy prefix, and input that must never reach the wire.
import type { Sandbox } from '@org/clara-sandbox';
import { spawn } from 'node:child_process';
import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import { once } from 'node:events';
import { join } from 'node:path';
import { inspect } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

import { assertSupportedNode } from '../src/core/node-version.js';
import { ClaraClosedError, ClaraConfigError, ClaraRateLimitError, ClaraTimeoutError, ClaraValidationError } from '../src/index.js';
import { settleStepwise, until, useFakeClock } from './support/fake-clock.js';
import { startHostileClara, type HostileClara } from './support/hostile-clara.js';
import { failure, sandboxPerFile } from './support/per-file.js';
import { createTestlandClient, testlandPackage } from './support/testland.js';

const testland = sandboxPerFile();
const { client, track } = testland;
let sandbox: Sandbox;
let hostile: HostileClara;
beforeAll(async () => {
  sandbox = testland.sandbox;
  hostile = await startHostileClara();
});
afterAll(async () => {
  await hostile.close();
});

describe('ky hooks and the User-Agent', () => {
  test('beforeRequest, afterResponse and beforeRetry hooks run on every API call (a tracing header, a log), not on token requests', async () => {
    const seen: string[] = [];
    const clara = client({
      hooks: {
        beforeRequest: [(request) => void request.headers.set('x-trace-id', 'trace-1')],
        afterResponse: [(request, _options, response) => void seen.push(`${request.method} ${new URL(request.url).pathname} ${response.status} ${request.headers.get('x-trace-id')}`)],
        beforeRetry: [({ retryCount }) => void seen.push(`retry ${retryCount}`)],
      },
    });
    sandbox.control.failNext(1, { status: 503, path: '/v3/transactions' });
    useFakeClock();
    await settleStepwise(clara.transactions.list({ size: 1 }));
    expect(seen).toEqual(['GET /api/v3/transactions 503 trace-1', 'retry 1', 'GET /api/v3/transactions 200 trace-1']);
  });

  test('every request says which SDK, Node and application sent it', async () => {
    const clara = track(createTestlandClient({ credentials: sandbox.credentialsDir, baseUrl: hostile.url, ca: hostile.ca, appInfo: { name: 'acme-erp', version: '3.1.0' } }));
    const agents: string[] = [];
    const hooked = track(createTestlandClient({ credentials: sandbox.credentialsDir, baseUrl: hostile.url, ca: hostile.ca, hooks: { beforeRequest: [(request) => void agents.push(request.headers.get('user-agent')!)] } }));
    await hooked.transactions.get('fine');
    expect(agents).toEqual([`${testlandPackage.name}/${testlandPackage.version} node/${process.versions.node}`]);
    await clara.transactions.get('fine');
    expect(() => createTestlandClient({ credentials: 'x', appInfo: { name: 'my erp', version: '1' } })).toThrow(/options.appInfo.name must be/);
  });

  test('bad hooks are refused at construction, naming the hook', () => {
    expect(() => createTestlandClient({ credentials: 'x', hooks: { beforeSend: [] } as never })).toThrow(/options.hooks.beforeSend is not a ky hook/);
    expect(() => createTestlandClient({ credentials: 'x', hooks: { beforeRequest: ['nope'] } as never })).toThrow(/options.hooks.beforeRequest must be an array of functions/);
  });
});

describe('the call’s deadline and Retry-After', () => {
  test('timeoutMs bounds the whole call: a backoff wait past it ends the call with ClaraTimeoutError', async () => {
    const clara = client();
    await clara.transactions.list({ size: 1 });
    sandbox.stats.reset();
    sandbox.control.failNext(5, { status: 503, path: '/v3/transactions' }); // retried after 0.5 s, 1 s...
    useFakeClock();
    const started = performance.now();
    const error = await failure(settleStepwise(clara.transactions.list({ size: 1 }, { timeoutMs: 300, maxRetries: 5 })).then(({ error }) => Promise.reject(error)), ClaraTimeoutError);
    expect(performance.now() - started).toBeGreaterThanOrEqual(300);
    expect(error).toMatchObject({ operation: 'listTransactions', attempts: 1 });
    expect(sandbox.stats.snapshot().byOperation.listTransactions).toBe(1); // the retry would have come after the deadline
  });

  test('a Retry-After beyond 60 s fails at once with ClaraRateLimitError carrying the wait, instead of blocking', async () => {
    const clara = client();
    sandbox.control.failNext(1, { status: 429, retryAfterSeconds: 99_999, path: '/v3/transactions' });
    const error = await failure(clara.transactions.list({ size: 1 }), ClaraRateLimitError);
    expect(error.retryAfterMs).toBe(99_999_000);
    expect(error.message).toMatch(/Clara asked to wait 99999 s \(Retry-After\), longer than the 60 s the client waits: try again later\.$/);
    expect(error.attempts).toBe(1);
    expect(sandbox.stats.snapshot().byOperation.listTransactions).toBe(1);
  });

  test('a Retry-After longer than what is left of timeoutMs fails at once too', async () => {
    const clara = client();
    sandbox.control.failNext(1, { status: 429, retryAfterSeconds: 5, path: '/v3/transactions' });
    const error = await failure(clara.transactions.list({ size: 1 }, { timeoutMs: 1_000 }), ClaraRateLimitError);
    expect(error.retryAfterMs).toBe(5_000);
  });
});

describe('close()', () => {
  test('rejects queued and waiting calls with ClaraClosedError at once, aborts those on the wire, sends nothing more', async () => {
    const clara = client({ connections: 2 });
    await clara.transactions.list({ size: 1 });
    sandbox.stats.reset();
    useFakeClock();
    sandbox.control.setLatency(300);
    sandbox.control.failNext(1, { status: 429, retryAfterSeconds: 30, path: '/v3/transactions' }); // one call waits 30 s to retry
    const calls = Array.from({ length: 30 }, () => clara.transactions.list({ size: 1 }).then(() => 'ok', (error: unknown) => error));
    await until(() => sandbox.stats.snapshot().requests === 2); // on the wire: one call per connection, the others queued
    await settleStepwise(new Promise((resolve) => setTimeout(resolve, 100)));
    await clara.close();
    const outcomes = await Promise.all(calls);
    expect(outcomes.every((outcome) => outcome instanceof ClaraClosedError)).toBe(true);
    await settleStepwise(new Promise((resolve) => setTimeout(resolve, 31_000)), 1_000); // past the latency and the 30 s wait
    expect(sandbox.stats.snapshot().requests).toBe(2);
  });

  test('the process exits right after close(), retry waits included', async () => {
    sandbox.control.setLatency(300);
    sandbox.control.failNext(1, { status: 429, retryAfterSeconds: 50, path: '/v3/transactions' });
    const root = join(import.meta.dirname, '..', '..', '..');
    const child = spawn(process.execPath, ['--conditions=source', '--import', join(root, 'tools', 'scripts', 'lib', 'load-sources.ts'), join(import.meta.dirname, 'support', 'close-child.ts'), sandbox.url, sandbox.credentialsDir, sandbox.caCert], { stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const [code] = (await once(child, 'exit')) as [number];
    expect(code).toBe(0);
    expect(JSON.parse(output)).toEqual({ ClaraClosedError: 30 });
  }, 20_000); // a retry wait that close() did not cancel would hold the process for 50 s
});

describe('base URL', () => {
  test('a proxy prefix is kept, for the API and the token endpoint alike', async () => {
    const clara = track(createTestlandClient({ credentials: sandbox.credentialsDir, baseUrl: `${hostile.url}/proxy/clara/`, ca: hostile.ca }));
    hostile.paths.length = 0;
    await clara.transactions.get('fine');
    expect(hostile.paths).toEqual(['/proxy/clara/oauth/token', '/proxy/clara/api/v3/transactions/fine']);
  });

  test('a base URL that already names the API path is refused: the environment chooses it', () => {
    expect(() => createTestlandClient({ credentials: 'x', baseUrl: 'https://public-api.mx.clara.com/api-test' })).toThrow(/options.baseUrl ends with the API path \(\/api-test\)/);
    expect(() => createTestlandClient({ credentials: 'x', baseUrl: 'https://proxy.internal/api' })).toThrow(ClaraConfigError);
    expect(() => createTestlandClient({ credentials: 'x', baseUrl: 'https://proxy.internal/x?y=1' })).toThrow(/without query/);
  });
});

describe('input that never reaches the wire', () => {
  test('path parameters "." and ".." (also percent-encoded) are refused: a single-card write never becomes the bulk one', async () => {
    const clara = client();
    for (const segment of ['.', '..', '%2e%2e', '%2E', '.%2e']) {
      const error = await failure(clara.cards.toggleLock(segment, { locked: true }), ClaraValidationError);
      expect(error.message).toMatch(/the path parameter "uuid" cannot be/);
    }
    expect(sandbox.stats.snapshot().requests).toBe(0);
  });

  test('per-call headers: X-Tax-Identifier is checked like the option, framing headers are refused, names with CR/LF are a ClaraValidationError', async () => {
    const clara = client();
    const subsidiary = sandbox.entities[1]!.taxId;
    const page = await clara.transactions.list({ size: 1 }, { headers: { 'x-tax-identifier': subsidiary.toLowerCase() } });
    expect(page.content).toHaveLength(1);
    expect(sandbox.stats.snapshot().byEntity[subsidiary]).toBe(1); // normalised, and sent once
    for (const [headers, message] of [
      [{ 'X-Tax-Identifier': 'not-an-rfc' }, /taxIdentifier "not-an-rfc" is not valid/],
      [{ Host: 'evil.example' }, /The header "Host" cannot be set per call/],
      [{ 'Content-Length': '0' }, /The header "Content-Length" cannot be set per call/],
      [{ 'Transfer-Encoding': 'chunked' }, /cannot be set per call/],
      [{ Authorization: 'Bearer x' }, /cannot be set per call/],
      [{ 'X-Evil\r\nInjected': '1' }, /is not a valid HTTP header name/],
    ] as const) {
      const error = await failure(clara.transactions.list({ size: 1 }, { headers }), ClaraValidationError);
      expect(error.message).toMatch(message);
    }
    expect(sandbox.stats.snapshot().byOperation.listTransactions).toBe(1);
  });

  test('every input error is a rejected promise, never a synchronous throw', async () => {
    const clara = client();
    const calls = [
      () => clara.transactions.get(''),
      () => clara.transactions.get('..'),
      () => clara.transactions.list({ size: 1 }, { timeoutMs: -1 }),
      () => clara.transactions.list({ size: 1 }, { headers: { 'Bad Name': 'x' } }),
      () => clara.transactions.list('size=1' as never),
    ];
    for (const call of calls) {
      let promise: PromiseLike<unknown> | undefined;
      expect(() => (promise = call())).not.toThrow();
      await expect(promise).rejects.toThrow();
    }
  });

  test('query keys are encoded: a key cannot add another parameter', async () => {
    const clara = track(createTestlandClient({ credentials: sandbox.credentialsDir, baseUrl: hostile.url, ca: hostile.ca }));
    hostile.paths.length = 0;
    await clara.digitalAccounts.list({ size: 1, 'x&admin=true': 'y' } as never).withResponse().catch(() => undefined);
    expect(hostile.paths.at(-1)).toContain('x%26admin%3Dtrue=y');
    expect(hostile.paths.at(-1)).not.toContain('&admin=true');
  });
});

test('a token echoed in an error body is scrubbed from the message, body, inspect, JSON and the clara:error channel', async () => {
  const published: unknown[] = [];
  const onError = (error: unknown) => published.push(error);
  subscribe('clara:error', onError);
  try {
    const clara = track(createTestlandClient({ credentials: sandbox.credentialsDir, baseUrl: hostile.url, ca: hostile.ca }));
    const error = await failure(clara.transactions.get('echo-token'), ClaraValidationError);
    const printed = [error.message, JSON.stringify(error.body), inspect(error, { depth: Infinity, showHidden: true }), JSON.stringify(error), ...published.map((e) => inspect(e, { depth: Infinity }))].join('\n');
    expect(printed).not.toContain('hostile-token-0123456789');
    expect(printed).not.toContain('eyJhbGciOiJub25lIn0');
    expect(error.message).toBe('Clara answered 400 BAD_REQUEST to GET /api/v3/transactions/echo-token: Rejected Bearer [REDACTED]');
  } finally {
    unsubscribe('clara:error', onError);
  }
});

test('an unsupported Node.js is a ClaraConfigError naming the version needed', () => {
  expect(() => assertSupportedNode('22.18.0')).toThrow(/The Clara client needs Node\.js 22\.19\.0 or newer; this is Node\.js 22\.18\.0/);
  expect(() => assertSupportedNode('20.20.2')).toThrow(ClaraConfigError);
  expect(() => assertSupportedNode('22.19.0')).not.toThrow();
  expect(() => assertSupportedNode('24.0.0')).not.toThrow();
});
