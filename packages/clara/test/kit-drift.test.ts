// Drift through the whole client with the testing kit: answers that differ from Testland's document are handed
// on unchanged (`report`), recorded once each by JSON path and kind with no value of the answer, or rejected
// (`strict`); `off` records nothing. Edge cases: enum values, missing required fields, nested arrays, undeclared
// statuses, sampling after an operation's first answers, the bound on entries.
import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import { afterEach, describe, expect, test, vi } from 'vitest';

import { buildClient } from '../src/binding.js';
import { CHECK_FIRST, SAMPLE_EVERY } from '../src/core/response-check.js';
import { ClaraResponseError, driftChannel, MAX_DRIFT_ENTRIES, type ClaraDriftEntry } from '../src/index.js';
import { createClient, createConfig } from './.generated/client/index.js';
import { country, operations, testlandPackage, type TestlandClient } from './support/testland.js';
import { useMockedTestland } from './support/testland-mock.js';

const kit = useMockedTestland();

const page = (content: unknown[]) => ({ content, number: 0, size: 20, totalPages: 1, totalElements: content.length, last: true }) as never;
const tx = (n: number, extra: object = {}) => ({ uuid: `0b0c6f0e-1d7b-4a51-9e34-${String(n).padStart(12, '0')}`, amount: 10.5, ...extra });
const withoutTimes = (entries: ClaraDriftEntry[]) => entries.map(({ firstSeen, lastSeen, ...rest }) => rest);

const published: unknown[] = [];
const onDrift = (message: unknown) => void published.push(message);
subscribe('clara:drift', onDrift);
afterEach(() => void published.splice(0));

describe('report (the default)', () => {
  test('an answer that matches records nothing', async () => {
    kit.mock.transactions.list.reply(200, page([tx(1, { status: 'PENDING', taxes: [{ rate: 0.16, lines: [{ code: 'IVA' }] }] })]));
    await kit.clara.transactions.list();
    expect(kit.clara.drift()).toEqual([]);
  });

  test('unknown fields, a changed type, a missing required field: the data unchanged, each entry once, no value', async () => {
    const secret = 'RFC-XAXX010101000';
    const body = page([tx(1, { taxDetails: { rfc: secret }, amount: secret }), tx(2, { taxDetails: { rfc: secret }, amount: secret }), { amount: 1 }]);
    kit.mock.transactions.list.reply(200, body as never);
    const { data } = await kit.clara.transactions.list().withResponse();
    expect(data).toEqual(body);
    expect(withoutTimes(kit.clara.drift())).toEqual([
      { operation: 'transactions.list', operationId: 'listTransactions', method: 'GET', path: '/v3/transactions', status: 200, pointer: 'content[].amount', kind: 'type', expected: 'number', seen: 'string', count: 1 },
      { operation: 'transactions.list', operationId: 'listTransactions', method: 'GET', path: '/v3/transactions', status: 200, pointer: 'content[].taxDetails', kind: 'unknown field', seen: 'object', count: 1 },
      { operation: 'transactions.list', operationId: 'listTransactions', method: 'GET', path: '/v3/transactions', status: 200, pointer: 'content[].uuid', kind: 'missing required', count: 1 },
    ]);
    expect(JSON.stringify(kit.clara.drift())).not.toContain(secret);
    expect(JSON.stringify(published)).not.toContain(secret);
    expect(published).toHaveLength(3);
  });

  test('a key that is not a field name (an e-mail, a card number, an id: a map the document lacks) is written {key}, once', async () => {
    const keys = ['ana@example.com', '4111111111111111', 'Ünïcode key', 'a1b2c3d4-e5f6-4789-abcd-ef0123456789', 'deadbeef-dead-beef-dead-beefdeadbeef', 'ABC850101XY1', 'cus_4f9a8b7c6d5e', 'item-42', 'facade12'];
    kit.mock.transactions.list.reply(200, page([tx(1, Object.fromEntries(keys.map((key) => [key, 1])))]));
    await kit.clara.transactions.list();
    expect(kit.clara.drift().map(({ pointer, kind }) => [pointer, kind])).toEqual([['content[].{key}', 'unknown field']]);
    for (const key of keys) expect(JSON.stringify([kit.clara.drift(), published])).not.toContain(key);
  });

  test('field names with a digit or two stay as they are', async () => {
    const fields = ['line1', 'address2', 'taxDetails', 'v2Amount', 'x-request', '_links'];
    kit.mock.transactions.list.reply(200, page([tx(1, Object.fromEntries(fields.map((field) => [field, 1])))]));
    await kit.clara.transactions.list();
    expect(kit.clara.drift().map(({ pointer }) => pointer).sort()).toEqual(fields.map((field) => `content[].${field}`).sort());
  });

  test('entries are counted per answer, with first and last seen, and shared by withTaxIdentifier clients', async () => {
    kit.mock.transactions.list.times(3).reply(200, page([tx(1, { extra: true })]) as never);
    await kit.clara.transactions.list();
    const subsidiary = kit.clara.withTaxIdentifier('CTE190312KQ4');
    await subsidiary.transactions.list();
    await subsidiary.transactions.list();
    const [entry] = kit.clara.drift();
    expect(entry).toMatchObject({ pointer: 'content[].extra', kind: 'unknown field', seen: 'boolean', count: 3 });
    expect(Date.parse(entry!.lastSeen)).toBeGreaterThanOrEqual(Date.parse(entry!.firstSeen));
    expect(subsidiary.drift()).toEqual(kit.clara.drift());
    expect(published).toHaveLength(1);
  });

  test('an unknown enum value is described by length and kind of characters only', async () => {
    kit.mock.transactions.get.reply(200, tx(1, { status: 'REFUND_7' }) as never);
    await kit.clara.transactions.get('tx-1');
    expect(kit.clara.drift()).toMatchObject([{ operation: 'transactions.get', path: '/v3/transactions/{uuid}', pointer: 'status', kind: 'enum value', expected: '3 values', seen: 'length 8, upper-case letters, digits and "_", "-" or "."' }]);
    expect(kit.clara.drift()[0]).not.toHaveProperty('value');
    expect(JSON.stringify(kit.clara.drift())).not.toContain('REFUND');
  });

  test("driftValues: 'enum' adds the unknown enum value, and only that", async () => {
    const clara = kit.client({ driftValues: 'enum' });
    kit.mock.transactions.get.reply(200, tx(1, { status: 'REFUNDED', note: 'private' }) as never);
    await clara.transactions.get('tx-1');
    const entries = clara.drift();
    expect(entries.find((entry) => entry.kind === 'enum value')).toMatchObject({ value: 'REFUNDED' });
    expect(entries.find((entry) => entry.kind === 'unknown field')).not.toHaveProperty('value');
    expect(JSON.stringify(entries)).not.toContain('private');
  });

  test('a wrong type is not also reported as an enum value', async () => {
    kit.mock.transactions.get.reply(200, tx(1, { status: 3 }) as never);
    await kit.clara.transactions.get('tx-1');
    expect(withoutTimes(kit.clara.drift())).toMatchObject([{ pointer: 'status', kind: 'type', expected: 'string', seen: 'integer' }]);
  });

  test('nested arrays: pointers say `[]` for any item, at every depth', async () => {
    kit.mock.transactions.list.reply(200, page([tx(1, { taxes: [{ rate: 1, lines: [{ code: 7 }, { code: 'x', extra: null }] }, { lines: 'none' }] })]) as never);
    await kit.clara.transactions.list();
    expect(kit.clara.drift().map(({ pointer, kind, expected, seen }) => ({ pointer, kind, expected, seen }))).toEqual(
      expect.arrayContaining([
        { pointer: 'content[].taxes[].lines[].code', kind: 'type', expected: 'string', seen: 'integer' },
        { pointer: 'content[].taxes[].lines[].extra', kind: 'unknown field', expected: undefined, seen: 'null' },
        { pointer: 'content[].taxes[].rate', kind: 'missing required', expected: undefined, seen: undefined },
        { pointer: 'content[].taxes[].lines', kind: 'type', expected: 'array', seen: 'string' },
      ]),
    );
    expect(kit.clara.drift()).toHaveLength(4);
  });

  test('the body itself of the wrong type has the pointer ""', async () => {
    kit.mock.transactions.get.reply(200, [tx(1)] as never);
    await kit.clara.transactions.get('tx-1');
    expect(kit.clara.drift()).toMatchObject([{ pointer: '', kind: 'type', expected: 'object', seen: 'array' }]);
  });

  test('a status the operation does not declare: a 2xx handed on, an error still its error, both recorded', async () => {
    kit.mock.transactions.get.reply(203 as 200, tx(1));
    const { data } = await kit.clara.transactions.get('tx-1').withResponse();
    expect(data).toEqual(tx(1));
    kit.mock.transactions.get.reply(409, { message: 'conflict' });
    await expect(kit.clara.transactions.get('tx-1')).rejects.toMatchObject({ status: 409 });
    expect(withoutTimes(kit.clara.drift())).toEqual([
      { operation: 'transactions.get', operationId: 'getTransaction', method: 'GET', path: '/v3/transactions/{uuid}', status: 203, pointer: '', kind: 'undeclared status', count: 1 },
      { operation: 'transactions.get', operationId: 'getTransaction', method: 'GET', path: '/v3/transactions/{uuid}', status: 409, pointer: '', kind: 'undeclared status', count: 1 },
    ]);
  });

  test(`each operation's first ${CHECK_FIRST} answers are checked in full, then one in ${SAMPLE_EVERY}`, async () => {
    kit.mock.transactions.get.persist().reply(200, tx(1, { extra: 1 }) as never);
    for (let i = 0; i < CHECK_FIRST + SAMPLE_EVERY; i++) await kit.clara.transactions.get('tx-1');
    // Answers 0..9 checked, then answer 50 (of 0..59).
    expect(kit.clara.drift()[0]!.count).toBe(CHECK_FIRST + 1);
    await kit.clara.transactions.get('tx-1'); // answer 60: not sampled
    expect(kit.clara.drift()[0]!.count).toBe(CHECK_FIRST + 1);
    const strict = kit.client({ validateResponses: 'strict' });
    for (let i = 0; i < CHECK_FIRST + 1; i++) await expect(strict.transactions.get('tx-1')).rejects.toBeInstanceOf(ClaraResponseError); // strict checks every one
  });

  test(`at most ${MAX_DRIFT_ENTRIES} distinct entries are kept, and the log says so once`, async () => {
    const warnings: string[] = [];
    const clara = kit.client({ logger: { warn: (message) => void warnings.push(message) } });
    const letters = (i: number) => [...i.toString(26)].map((digit) => String.fromCharCode(97 + parseInt(digit, 26))).join(''); // field names have no long numbers
    const fields = Object.fromEntries(Array.from({ length: MAX_DRIFT_ENTRIES + 5 }, (_, i) => [`field${letters(i)}`, i]));
    kit.mock.transactions.get.reply(200, tx(1, fields) as never);
    await clara.transactions.get('tx-1');
    expect(clara.drift()).toHaveLength(MAX_DRIFT_ENTRIES);
    expect(warnings.filter((line) => /distinct differences recorded/.test(line))).toHaveLength(1);
    expect(warnings.filter((line) => /^Drift: transactions\.get/.test(line))).toHaveLength(MAX_DRIFT_ENTRIES);
  });
});

describe('strict and off', () => {
  test('strict rejects a differing answer with ClaraResponseError naming the path; nothing of it reaches the caller', async () => {
    const clara = kit.client({ validateResponses: 'strict' });
    kit.mock.transactions.list.reply(200, page([tx(1, { taxDetails: { rfc: 'SECRET-1' }, extra: 1 })]) as never);
    const error = await clara.transactions.list().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ClaraResponseError);
    expect(error).toMatchObject({ status: 200, operation: 'listTransactions', method: 'GET', path: '/api/v3/transactions' });
    expect((error as Error).message).toBe(
      "Clara's answer differs from the document (validateResponses: 'strict'): transactions.list (GET /v3/transactions) HTTP 200: unknown field content[].taxDetails (object) (and 1 more difference: see details).",
    );
    expect((error as ClaraResponseError).details).toEqual([
      { pointer: 'content[].taxDetails', kind: 'unknown field', seen: 'object' },
      { pointer: 'content[].extra', kind: 'unknown field', seen: 'integer' },
    ]);
    expect(JSON.stringify((error as ClaraResponseError).toJSON())).not.toContain('SECRET-1');
    expect(clara.drift()).toHaveLength(2);
  });

  test("strict names the request's path when the answer is a hook's own Response (no url)", async () => {
    const own = () => new Response(JSON.stringify(page([tx(1, { extra: 1 })])), { status: 200, headers: { 'content-type': 'application/json' } });
    const clara = kit.client({ validateResponses: 'strict', hooks: { afterResponse: [() => own()] } });
    kit.mock.transactions.list.reply(200, page([tx(1)]));
    const error = await clara.transactions.list().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ClaraResponseError);
    expect(error).toMatchObject({ status: 200, operation: 'listTransactions', path: '/api/v3/transactions', details: [{ pointer: 'content[].extra', kind: 'unknown field' }] });
  });

  test('strict hands on an answer that matches', async () => {
    const clara = kit.client({ validateResponses: 'strict' });
    kit.mock.transactions.get.reply(200, tx(1));
    await expect(clara.transactions.get('tx-1')).resolves.toEqual(tx(1));
  });

  test('off checks and records nothing', async () => {
    const clara = kit.client({ validateResponses: 'off' });
    kit.mock.transactions.get.reply(203 as 200, tx(1, { status: 'NEW', extra: 1 }) as never);
    await clara.transactions.get('tx-1');
    expect(clara.drift()).toEqual([]);
    expect(published).toEqual([]);
  });

  test('a wrong option is a ClaraConfigError naming it', () => {
    expect(() => kit.client({ validateResponses: 'warn' as never })).toThrow("options.validateResponses must be 'report', 'strict', 'off', got \"warn\"");
    expect(() => kit.client({ driftValues: 'all' as never })).toThrow("options.driftValues must be 'none', 'enum', got \"all\"");
  });
});

test('schemas that cannot be loaded never fail a call in report mode: said once, answers unchecked', async () => {
  const warnings: string[] = [];
  const binding = { country, package: testlandPackage, operations, createHttpClient: (config: never) => createClient(createConfig(config)), responses: () => Promise.reject(new Error('no schemas here')) };
  const clara = buildClient<TestlandClient>(binding, { ...kit.mock.clientOptions, logger: { warn: (message) => void warnings.push(message) } });
  kit.mock.transactions.get.times(2).reply(200, tx(1, { extra: 1 }) as never);
  await expect(clara.transactions.get('tx-1')).resolves.toEqual(tx(1, { extra: 1 }));
  await expect(clara.transactions.get('tx-1')).resolves.toEqual(tx(1, { extra: 1 }));
  expect(warnings).toEqual(["Answers are not checked against the document (validateResponses: 'report'): no schemas here"]);
  expect(clara.drift()).toEqual([]);
  await clara.close();
});

test('every client of one binding shares its schemas and compiled checks (a client per customer stays small)', async () => {
  const load = vi.fn(async () => (await import('./.generated/responses.json', { with: { type: 'json' } })).default as never);
  const binding = { country, package: testlandPackage, operations, createHttpClient: (config: never) => createClient(createConfig(config)), responses: load };
  const clients = [0, 1, 2].map(() => buildClient<TestlandClient>(binding, kit.mock.clientOptions));
  kit.mock.transactions.get.times(3).reply(200, tx(1, { extra: 1 }) as never);
  for (const clara of clients) await clara.transactions.get('tx-1');
  expect(load).toHaveBeenCalledTimes(1);
  for (const clara of clients) expect(clara.drift().map(({ pointer }) => pointer)).toEqual(['extra']); // each client its own entries
  await Promise.all(clients.map((clara) => clara.close()));
});

test('the channel is the one exported', () => {
  expect(driftChannel.name).toBe('clara:drift');
  unsubscribe('clara:drift', onDrift);
  subscribe('clara:drift', onDrift);
});
