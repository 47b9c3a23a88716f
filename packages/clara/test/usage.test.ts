// What the client tells about its own cost (issue #13): the usage meter, the request budget, the page size of a
// walk, the `clara:request` channel and OpenTelemetry — against the sandbox, with its own counters as the truth.
import type { Sandbox } from '@org/clara-sandbox';
import { metrics, trace } from '@opentelemetry/api';
import { AggregationTemporality, InMemoryMetricExporter, MeterProvider, PeriodicExportingMetricReader } from '@opentelemetry/sdk-metrics';
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import { beforeAll, describe, expect, test } from 'vitest';

import { serviceOf } from '../src/core/call.js';
import { ClaraQuotaError, type RequestEvent } from '../src/index.js';
import { failure, sandboxPerFile } from './support/per-file.js';
import { createTestlandClient } from './support/testland.js';

const testland = sandboxPerFile({ datasetSizes: { transactions: 250 } });
const { client } = testland;
let sandbox: Sandbox;
beforeAll(() => {
  sandbox = testland.sandbox;
});

describe('clara.usage()', () => {
  test('counts every request that reached Clara — retries and token requests included — by service and company, shared by derived clients', async () => {
    const clara = client();
    const subsidiary = sandbox.entities[1]!.taxId;
    expect(clara.usage()).toMatchObject({ requests: 0, succeeded: 0, successRate: 1, retries: 0, tokenRequests: 0, byService: {} });
    sandbox.control.failNext(1, { status: 503, path: '/v3/transactions' });
    sandbox.control.failNext(1, { status: 429, retryAfterSeconds: 0, path: '/v3/transactions' });
    await clara.transactions.list({ size: 1 });
    await clara.withTaxIdentifier(subsidiary).transactions.list({ size: 1 });
    await clara.cards.create({ alias: 'Meter' });

    const usage = clara.withTaxIdentifier(subsidiary).usage(); // the same meter
    expect(usage.requests).toBe(sandbox.stats.snapshot().requests); // what the sandbox saw, token request and failures included
    expect(usage).toMatchObject({ requests: 6, succeeded: 4, retries: 2, tokenRequests: 1 });
    expect(usage.successRate).toBeCloseTo(4 / 6);
    expect(usage.byService).toEqual({
      OauthTokenWrite: expect.objectContaining({ requests: 1, succeeded: 1 }),
      TransactionsRead: expect.objectContaining({ requests: 4, succeeded: 2 }),
      CardsWrite: expect.objectContaining({ requests: 1, succeeded: 1 }),
    });
    expect(usage.byService.TransactionsRead!.p95Ms).toBeGreaterThanOrEqual(usage.byService.TransactionsRead!.p50Ms);
    expect(usage.byTaxIdentifier).toEqual({ [subsidiary]: { requests: 1, succeeded: 1 } });
    expect(Date.parse(usage.since)).toBeLessThanOrEqual(Date.now());

    clara.usage.reset();
    expect(clara.usage()).toMatchObject({ requests: 0, byService: {} });
  });

  test('service names follow Clara’s: the resource in PascalCase, Read for GET, Write otherwise', () => {
    expect(serviceOf('GET /v3/transactions/{uuid}')).toBe('TransactionsRead');
    expect(serviceOf('PATCH /v3/cards/{uuid}/lock')).toBe('CardsWrite');
    expect(serviceOf('GET /v3/billing-statements')).toBe('BillingStatementsRead');
    expect(serviceOf('POST /v1/vcn/submit')).toBe('VcnWrite');
  });
});

test('requestBudget: once spent, calls reject with ClaraQuotaError before sending anything', async () => {
  const clara = client({ requestBudget: 3 });
  await clara.transactions.list({ size: 1 }); // token + call: 2
  await clara.transactions.list({ size: 1 }); // 3
  const error = await failure(clara.transactions.list({ size: 1 }), ClaraQuotaError);
  expect(error).toMatchObject({ budget: 3, operation: 'listTransactions' });
  expect(error.message).toMatch(/^The client's requestBudget of 3 requests is used up: GET \/api\/v3\/transactions was not sent\.$/);
  expect(sandbox.stats.snapshot().requests).toBe(3); // the token request and two calls: nothing after
  expect(() => createTestlandClient({ credentials: 'x', requestBudget: 0 })).toThrow(/options.requestBudget must be an integer from 1/);
});

test('walking a list without a size asks for the largest page (100): the fewest requests; an explicit size is kept', async () => {
  const clara = client();
  let items = 0;
  for await (const _ of clara.transactions.list()) items++;
  expect(items).toBe(250);
  expect(sandbox.stats.snapshot().byOperation.listTransactions).toBe(3);
  sandbox.stats.reset();
  for await (const _ of clara.transactions.list({ size: 50 })) items++;
  expect(sandbox.stats.snapshot().byOperation.listTransactions).toBe(5);
  sandbox.stats.reset();
  expect((await clara.transactions.list()).content).toHaveLength(20); // awaited: one page, as the server sizes it
});

test('clara:request: one event per request, with operation, service, route template, status, duration, attempt and company', async () => {
  const events: RequestEvent[] = [];
  const onRequest = (event: unknown) => events.push(event as RequestEvent);
  subscribe('clara:request', onRequest);
  try {
    const clara = client();
    const [tx] = (await clara.transactions.list({ size: 1 })).content;
    sandbox.control.failNext(1, { status: 503, path: '/v3/transactions/' });
    await clara.transactions.get(tx!.uuid);
  } finally {
    unsubscribe('clara:request', onRequest);
  }
  expect(events.map(({ operationId, service, status, attempt, retry }) => ({ operationId, service, status, attempt, retry }))).toEqual([
    { operationId: 'oauthToken', service: 'OauthTokenWrite', status: 200, attempt: 1, retry: false },
    { operationId: 'listTransactions', service: 'TransactionsRead', status: 200, attempt: 1, retry: false },
    { operationId: 'getTransaction', service: 'TransactionsRead', status: 503, attempt: 1, retry: false },
    { operationId: 'getTransaction', service: 'TransactionsRead', status: 200, attempt: 2, retry: true },
  ]);
  expect(events[2]).toMatchObject({ method: 'GET', path: '/v3/transactions/{uuid}' });
  expect(events[3]!.durationMs).toBeGreaterThanOrEqual(0);
  expect(events[3]!.bytes).toBeGreaterThan(0);
});

test('OpenTelemetry: a client span per call and a request counter and duration histogram by service and status', async () => {
  const spans = new InMemorySpanExporter();
  const tracerProvider = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(spans)] });
  const exporter = new InMemoryMetricExporter(AggregationTemporality.CUMULATIVE);
  const reader = new PeriodicExportingMetricReader({ exporter, exportIntervalMillis: 60_000 });
  const meterProvider = new MeterProvider({ readers: [reader] });
  const clara = client({ telemetry: { tracerProvider, meterProvider } });
  sandbox.control.failNext(1, { status: 503, path: '/v3/transactions' });
  await clara.transactions.list({ size: 1 });
  await clara.transactions.get('00000000-0000-0000-0000-000000000000').then(undefined, () => undefined); // a 404

  const finished = spans.getFinishedSpans();
  expect(finished.map((span) => span.name)).toEqual(['GET /v3/transactions', 'GET /v3/transactions/{uuid}']);
  expect(finished[0]!.kind).toBe(2); // CLIENT
  expect(finished[0]!.attributes).toMatchObject({
    'http.request.method': 'GET',
    'http.response.status_code': 200,
    'http.request.resend_count': 1,
    'clara.operation': 'listTransactions',
    'clara.service': 'TransactionsRead',
    'server.address': '127.0.0.1',
  });
  expect(finished[1]!.attributes).toMatchObject({ 'http.response.status_code': 404, 'error.type': 'ClaraNotFoundError' });
  expect(finished[1]!.status.code).toBe(2); // ERROR

  await reader.forceFlush();
  const scope = exporter.getMetrics().at(-1)!.scopeMetrics[0]!;
  const counter = scope.metrics.find((metric) => metric.descriptor.name === 'clara.requests')!;
  const byKey = Object.fromEntries(counter.dataPoints.map((point) => [`${point.attributes['clara.service']} ${point.attributes['http.response.status_code']}`, point.value]));
  expect(byKey).toEqual({ 'OauthTokenWrite 200': 1, 'TransactionsRead 503': 1, 'TransactionsRead 200': 1, 'TransactionsRead 404': 1 });
  expect(scope.metrics.find((metric) => metric.descriptor.name === 'clara.request.duration')?.descriptor.unit).toBe('s');
  await meterProvider.shutdown();
});

test('OpenTelemetry: the global providers of @opentelemetry/api are used when none is given', async () => {
  const spans = new InMemorySpanExporter();
  const provider = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(spans)] });
  trace.setGlobalTracerProvider(provider);
  try {
    const clara = client();
    await clara.transactions.list({ size: 1 });
    expect(spans.getFinishedSpans().map((span) => span.name)).toEqual(['GET /v3/transactions']);
    const off = client({ telemetry: false });
    await off.transactions.list({ size: 1 });
    expect(spans.getFinishedSpans()).toHaveLength(1);
  } finally {
    trace.disable();
    metrics.disable();
  }
});
