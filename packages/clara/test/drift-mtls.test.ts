// Drift end to end over mutual TLS: the sandbox's drift fault serves answers that differ from Testland's document
// (extra fields, a changed type, an undeclared status). The client hands the data on unchanged, lists each
// difference exactly once by pointer and kind — and never a value: the fault's distinctive values appear in no
// entry, log line or channel message. `strict` rejects naming the path; `off` records nothing.
import type { Sandbox } from '@org/clara-sandbox';
import { AggregationTemporality, InMemoryMetricExporter, MeterProvider, PeriodicExportingMetricReader } from '@opentelemetry/sdk-metrics';
import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import { afterAll, afterEach, beforeAll, expect, test } from 'vitest';

import { ClaraResponseError, type Logger } from '../src/index.js';
import { createTestlandClient, sandboxOptions, startTestland, type TestlandClient } from './support/testland.js';

const DISTINCTIVE = 'ZQX-4417-distinctive';

let sandbox: Sandbox;
const clients: TestlandClient[] = [];
const lines: string[] = [];
const messages: unknown[] = [];
const onMessage = (message: unknown) => void messages.push(message);
const logger: Logger = Object.fromEntries(['debug', 'info', 'warn', 'error'].map((level) => [level, (message: string, data?: object) => void lines.push(`${level} ${message} ${JSON.stringify(data ?? {})}`)]));
const client = (options: Partial<Parameters<typeof createTestlandClient>[0]> = {}) => {
  const created = createTestlandClient({ ...sandboxOptions(sandbox), logger, ...options });
  clients.push(created);
  return created;
};

beforeAll(async () => {
  sandbox = await startTestland({ datasetSizes: { transactions: 5 } });
  for (const name of ['clara:drift', 'clara:log', 'clara:error']) subscribe(name, onMessage);
});
afterEach(() => sandbox.control.reset());
afterAll(async () => {
  for (const name of ['clara:drift', 'clara:log', 'clara:error']) unsubscribe(name, onMessage);
  await Promise.all(clients.map((created) => created.close()));
  await sandbox.close();
});

const drifting = () =>
  sandbox.control.setDrift({ path: '/v3/transactions', addFields: { taxDetails: { rfc: DISTINCTIVE }, internalCode: DISTINCTIVE }, changeFields: { amount: DISTINCTIVE } });

test('report: the data unchanged, each difference once with its pointer and kind, no value anywhere', async () => {
  drifting();
  const clara = client();
  const items = [];
  for await (const tx of clara.transactions.list({ size: 2 })) items.push(tx); // 3 pages, the same differences
  expect(items).toHaveLength(5);
  for (const tx of items) expect(tx).toMatchObject({ taxDetails: { rfc: DISTINCTIVE }, internalCode: DISTINCTIVE, amount: DISTINCTIVE });
  const first = items[0]!;
  expect(await clara.transactions.get(first.uuid)).toMatchObject({ internalCode: DISTINCTIVE });

  const entries = clara.drift().map(({ operation, path, status, pointer, kind, expected, seen, count }) => ({ operation, path, status, pointer, kind, expected, seen, count }));
  expect(entries).toEqual([
    { operation: 'transactions.list', path: '/v3/transactions', status: 200, pointer: 'content[].amount', kind: 'type', expected: 'number', seen: 'string', count: 3 },
    { operation: 'transactions.list', path: '/v3/transactions', status: 200, pointer: 'content[].taxDetails', kind: 'unknown field', expected: undefined, seen: 'object', count: 3 },
    { operation: 'transactions.list', path: '/v3/transactions', status: 200, pointer: 'content[].internalCode', kind: 'unknown field', expected: undefined, seen: 'string', count: 3 },
    { operation: 'transactions.get', path: '/v3/transactions/{uuid}', status: 200, pointer: 'amount', kind: 'type', expected: 'number', seen: 'string', count: 1 },
    { operation: 'transactions.get', path: '/v3/transactions/{uuid}', status: 200, pointer: 'taxDetails', kind: 'unknown field', expected: undefined, seen: 'object', count: 1 },
    { operation: 'transactions.get', path: '/v3/transactions/{uuid}', status: 200, pointer: 'internalCode', kind: 'unknown field', expected: undefined, seen: 'string', count: 1 },
  ]);
  expect(lines.filter((line) => line.startsWith('warn Drift: '))).toHaveLength(6); // once per new entry
  expect(messages.filter((message) => (message as { kind?: string }).kind !== undefined)).toHaveLength(6);
  expect(JSON.stringify([clara.drift(), lines, messages])).not.toContain(DISTINCTIVE);
  expect(JSON.stringify([clara.drift(), lines, messages])).not.toContain('ZQX');
});

test('an undeclared status: the answer handed on, recorded once', async () => {
  sandbox.control.setDrift({ path: '/v3/transactions', status: 203 });
  const clara = client();
  const { data, response } = await clara.transactions.list().withResponse();
  expect(response.status).toBe(203);
  expect(data.content.length).toBeGreaterThan(0);
  await clara.transactions.list();
  expect(clara.drift()).toMatchObject([{ operation: 'transactions.list', status: 203, pointer: '', kind: 'undeclared status', count: 2 }]);
});

test('strict: ClaraResponseError naming the path, without the value', async () => {
  drifting();
  const clara = client({ validateResponses: 'strict' });
  const error = await clara.transactions.list().catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(ClaraResponseError);
  expect(error).toMatchObject({ status: 200, operation: 'listTransactions', path: '/api/v3/transactions' });
  expect((error as Error).message).toContain('type content[].amount (expected number, seen string)');
  expect(JSON.stringify((error as ClaraResponseError).toJSON())).not.toContain(DISTINCTIVE);
});

test('OpenTelemetry: each new entry counts once in clara.drift, by operation and kind', async () => {
  drifting();
  const exporter = new InMemoryMetricExporter(AggregationTemporality.CUMULATIVE);
  const reader = new PeriodicExportingMetricReader({ exporter, exportIntervalMillis: 60_000 });
  const meterProvider = new MeterProvider({ readers: [reader] });
  const clara = client({ telemetry: { meterProvider } });
  await clara.transactions.list();
  await clara.transactions.list();
  await reader.forceFlush();
  const counter = exporter.getMetrics().at(-1)!.scopeMetrics[0]!.metrics.find((metric) => metric.descriptor.name === 'clara.drift')!;
  expect(Object.fromEntries(counter.dataPoints.map((point) => [`${point.attributes.operation} ${point.attributes.kind}`, point.value]))).toEqual({
    'transactions.list type': 1,
    'transactions.list unknown field': 2,
  });
  await meterProvider.shutdown();
});

test('off: nothing recorded', async () => {
  drifting();
  const clara = client({ validateResponses: 'off' });
  expect((await clara.transactions.list()).content[0]).toMatchObject({ internalCode: DISTINCTIVE });
  expect(clara.drift()).toEqual([]);
});
