// `clara drift`: a saved clara.drift() dump (test/fixtures/drift-mx.json) into overlay actions, invalid dumps
// refused, and the live run against the sandbox over mTLS (its drift fault) within the request budget.
import { startSandbox, type Sandbox } from '@org/clara-sandbox';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { DriftEntry } from '../src/drift/entries.js';
import { buildDriftPatch } from '../src/drift/patch.js';
import { runCli } from '../src/program.js';
import { captureIo } from './support/run-cli.js';

const FIXTURE = join(import.meta.dirname, 'fixtures', 'drift-mx.json');
let scratch: string;

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'clara-cli-drift-'));
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

async function drift(args: string[]) {
  const io = captureIo();
  const code = await runCli(['drift', '--country', 'mx', ...args], io);
  return { code, ...io.output() };
}

const read = (base: string) => ({
  report: JSON.parse(readFileSync(`${base}.json`, 'utf8')),
  patch: parse(readFileSync(`${base}.overlay.yaml`, 'utf8')),
  patchText: readFileSync(`${base}.overlay.yaml`, 'utf8'),
  summary: readFileSync(`${base}.txt`, 'utf8'),
});

describe('clara drift --from', () => {
  it('turns a dump into overlay actions on the schemas the pointers reach, and says where the files went', async () => {
    const base = join(scratch, 'fixture');
    const { code, stdout, stderr } = await drift(['--from', FIXTURE, '--out', `${base}.json`]);
    expect(stderr).toBe('8 difference(s) → 7 overlay action(s), 2 for a person to review.\n');
    expect(code).toBe(0);
    expect(stdout).toBe(`Report:        ${base}.json\nOverlay patch: ${base}.overlay.yaml\nSummary:       ${base}.txt\n`);

    const { patch, patchText, report, summary } = read(base);
    expect(patch).toMatchObject({ overlay: '1.0.0', 'x-clara-drift': { country: 'mx', package: '@org/clara-mx@0.0.0' } });
    const actions = patch.actions.map(({ description: _description, ...action }: Record<string, unknown>) => action);
    expect(actions).toEqual([
      // missing required → out of `required`
      { target: "$.components.schemas.CardResponseV3.required[?@ == 'uuid']", remove: true },
      // type on a property → widened (the type replaced: overlay updates append to arrays)
      { target: '$.components.schemas.InvoiceAmount.properties.total.type', remove: true },
      { target: '$.components.schemas.InvoiceAmount.properties.total', update: { type: ['string', 'number'] } },
      // type on a $ref → anyOf the reference and the type seen
      { target: '$.components.schemas.InvoiceResponse.properties.issuer', remove: true },
      { target: '$.components.schemas.InvoiceResponse.properties', update: { issuer: { anyOf: [{ $ref: '#/components/schemas/InvoiceIssuer' }, { type: 'null' }] } } },
      // undeclared 2xx → declared on the operation (Clara's path), with the declared success body
      {
        target: "$.paths['/api/v3/cards'].get.responses",
        update: { '203': { description: expect.stringContaining('the body is assumed to be the 200 one'), content: { 'application/json': { schema: { $ref: '#/components/schemas/PageCardResponseV3' } } } } },
      },
      // unknown field, seen by two operations (through content[] and invoices[]) → one property, both types
      { target: '$.components.schemas.InvoiceResponse', update: { properties: { taxDetails: { type: ['object', 'null'], description: expect.any(String) } } } },
    ]);
    expect(patch.actions.at(-1).description).toBe('clara drift: new field "taxDetails" (object or null), seen in GET /api/v3/invoices, GET /api/v3/transactions/{uuid}/invoices; 4 responses');
    // What no action expresses is in the patch for the reviewer, and in the report.
    expect(patchText).toContain('#   - cards.get (GET /api/v3/cards/{uuid}) 200 status: enum value: a value outside the declared enum (length 9, upper-case letters)');
    expect(report.review.map((item: { reason: string }) => item.reason)).toEqual([expect.stringContaining('the value is not recorded'), 'the schema has no "nope"']);
    expect(report).toMatchObject({ country: 'mx', source: 'file', actions: 7 });
    expect(report.entries).toHaveLength(8);
    expect(summary).toContain('GET /api/v3/invoices (invoices.list), status 200:\n  - content[].taxDetails: not documented (seen as object); 3 responses\n');
  });

  it('names the files after the country and the day by default, and never writes an opted-in enum value', async () => {
    const dump = JSON.parse(readFileSync(FIXTURE, 'utf8'));
    dump[6].value = 'SUSPENDED'; // driftValues: 'enum'
    const file = join(scratch, 'with-value.json');
    writeFileSync(file, JSON.stringify({ entries: dump }));
    const cwd = process.cwd();
    process.chdir(scratch);
    try {
      expect((await drift(['--from', file])).code).toBe(0);
    } finally {
      process.chdir(cwd);
    }
    const base = join(scratch, `clara-drift-mx-${new Date().toISOString().slice(0, 10)}`);
    const written = Object.values(read(base)).map((part) => (typeof part === 'string' ? part : JSON.stringify(part)));
    for (const text of written) expect(text).not.toContain('SUSPENDED');
  });

  it('keys that are not field names ({key}: a map the document lacks) become additionalProperties of the type seen', async () => {
    const [entry] = JSON.parse(readFileSync(FIXTURE, 'utf8'));
    const file = join(scratch, 'map.json');
    writeFileSync(file, JSON.stringify([{ ...entry, pointer: 'content[].{key}', seen: 'integer' }]));
    const base = join(scratch, 'map-drift');
    expect((await drift(['--from', file, '--out', `${base}.json`])).code).toBe(0);
    const [action] = read(base).patch.actions;
    expect(action).toMatchObject({ target: '$.components.schemas.InvoiceResponse', update: { additionalProperties: { type: 'integer' } } });
  });

  it('refuses a dump that is not one, naming the entry and the field, and writes nothing', async () => {
    const write = (name: string, text: string) => {
      writeFileSync(join(scratch, name), text);
      return join(scratch, name);
    };
    const entry = JSON.parse(readFileSync(FIXTURE, 'utf8'))[0];
    const cases: [string, RegExp][] = [
      [write('broken.json', '[{"operation": "SECRET-LOOKING'), /broken\.json is not valid JSON/],
      [write('object.json', '{"drift": []}'), /expected the JSON array clara\.drift\(\) returns, or \{ "entries": \[\.\.\.\] \}/],
      [write('kind.json', JSON.stringify([entry, { ...entry, kind: 'extra field' }])), /entry 2 \(invoices\.list content\[\]\.taxDetails\): "kind" must be one of "unknown field"/],
      [write('fields.json', JSON.stringify([{ ...entry, status: '200', seen: 'str', count: 0 }])), /entry 1 .*"status" must be an HTTP status[\s\S]*"count" must be a positive integer[\s\S]*"seen" must be the JSON type seen/],
    ];
    for (const [file, message] of cases) {
      const out = join(scratch, 'refused');
      const { code, stderr } = await drift(['--from', file, '--out', `${out}.json`]);
      expect(code).toBe(1);
      expect(stderr).toMatch(message);
      expect(stderr).not.toContain('SECRET-LOOKING');
      expect(() => readFileSync(`${out}.json`)).toThrow(/ENOENT/);
    }
  });

  it('takes { country, entries }, refuses a dump from another country, and warns of operations the document lacks', async () => {
    const entries = JSON.parse(readFileSync(FIXTURE, 'utf8'));
    const mx = join(scratch, 'country-mx.json');
    writeFileSync(mx, JSON.stringify({ country: 'mx', entries }));
    expect((await drift(['--from', mx, '--out', join(scratch, 'country-mx-out.json')])).code).toBe(0);

    const br = join(scratch, 'country-br.json');
    writeFileSync(br, JSON.stringify({ country: 'br', entries }));
    const refused = await drift(['--from', br, '--out', join(scratch, 'country-br-out.json')]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toBe(`error: ${br} is a drift dump from br, not mx: run clara drift --country br\n`);
    expect(() => readFileSync(join(scratch, 'country-br-out.json'))).toThrow(/ENOENT/);

    const foreign = join(scratch, 'foreign-operations.json');
    writeFileSync(foreign, JSON.stringify([...entries, { ...entries[0], operation: 'v2.payments.list', operationId: 'listPaymentsV2', path: '/v2/payments' }]));
    const warned = await drift(['--from', foreign, '--out', join(scratch, 'foreign-out.json')]);
    expect(warned.code).toBe(0);
    expect(warned.stderr).toContain(`warning: ${foreign} names 1 operation(s) that Mexico's document lacks: listPaymentsV2 (GET /v2/payments). Is it a dump from another country?\n`);
  });

  it('refuses an --out that would overwrite the --from dump, itself or through a link, and leaves it as it was', async () => {
    const dump = join(scratch, 'precious.json');
    const text = readFileSync(FIXTURE, 'utf8');
    writeFileSync(dump, text);
    symlinkSync(dump, join(scratch, 'link-to-precious.json'));
    for (const out of [dump, join(scratch, '.', 'precious.json'), join(scratch, 'link-to-precious.json')]) {
      const { code, stderr } = await drift(['--from', dump, '--out', out]);
      expect(code).toBe(1);
      expect(stderr).toBe(`error: --out: ${out} would overwrite the dump given with --from (${dump}): choose another --out.\n`);
      expect(readFileSync(dump, 'utf8')).toBe(text);
    }
    expect(existsSync(join(scratch, 'precious.overlay.yaml'))).toBe(false);
  });

  it('replaces its files whole (a new file renamed over the old one), leaving no temporary file', async () => {
    const dir = mkdtempSync(join(scratch, 'atomic-'));
    const base = join(dir, 'again');
    expect((await drift(['--from', FIXTURE, '--out', `${base}.json`])).code).toBe(0);
    const before = statSync(`${base}.overlay.yaml`).ino;
    expect((await drift(['--from', FIXTURE, '--out', `${base}.json`])).code).toBe(0);
    expect(statSync(`${base}.overlay.yaml`).ino).not.toBe(before);
    expect(readdirSync(dir).sort()).toEqual(['again.json', 'again.overlay.yaml', 'again.txt']);
  });

  it('needs --credentials only to call Clara', async () => {
    const { code, stderr } = await drift([]);
    expect(code).toBe(1);
    expect(stderr).toContain('--credentials <dir> is required to call Clara (or give --from <drift.json>)');
  });
});

describe('drift patch', () => {
  const document = {
    servers: [{ url: 'https://public-api.mx.clara.com/api', description: 'production' }],
    paths: { '/v3/things': { get: { operationId: 'listThings', responses: { '200': { content: { 'application/json': { schema: { $ref: '#/components/schemas/Thing' } } } } } } } },
    components: { schemas: { Thing: { type: 'object', properties: { kind: { type: 'integer', enum: [1, 2] } } } } },
  };
  const entry = (seen: string): DriftEntry => ({
    operation: 'things.list', operationId: 'listThings', method: 'GET', path: '/v3/things', status: 200, pointer: 'kind', kind: 'type', expected: 'integer', seen, count: 1,
    firstSeen: '2026-12-01T10:00:00.000Z', lastSeen: '2026-12-01T10:00:00.000Z',
  });

  it('widening a type with an inline enum: null joins the enum, another type is left to a person', () => {
    const { actions, review } = buildDriftPatch(document, [entry('null'), entry('string')]);
    expect(actions.map(({ description: _description, ...action }) => action)).toEqual([
      { target: '$.components.schemas.Thing.properties.kind.type', remove: true },
      { target: '$.components.schemas.Thing.properties.kind', update: { type: ['integer', 'null'], enum: [null] } },
    ]);
    expect(review).toEqual([{ entry: 'things.list (GET /v3/things) 200 kind: type', reason: expect.stringContaining('"kind" declares an enum, and a string of another type is not in it') }]);
  });
});

describe('clara drift --from, drift under a declared map', () => {
  it('places a type drift on the values of a map (BR BoletoPaymentResponse.metadata), by {key} or by a key', async () => {
    const entry = {
      operation: 'v2.payments.list', operationId: 'listPaymentsV2', method: 'GET', path: '/v2/payments', status: 200, kind: 'type', expected: 'string', seen: 'number', count: 2,
      firstSeen: '2026-12-01T10:00:00.000Z', lastSeen: '2026-12-01T10:00:00.000Z',
    };
    const file = join(scratch, 'br-map.json');
    writeFileSync(file, JSON.stringify([{ ...entry, pointer: 'content[].metadata.{key}' }, { ...entry, pointer: 'content[].metadata.costCenter' }]));
    const base = join(scratch, 'br-map-drift');
    const io = captureIo();
    expect(await runCli(['drift', '--country', 'br', '--from', file, '--out', `${base}.json`], io)).toBe(0);
    const { patch, report } = read(base);
    expect(report.review).toEqual([]);
    expect(patch.actions.map(({ description: _description, ...action }: Record<string, unknown>) => action)).toEqual([
      { target: '$.components.schemas.BoletoPaymentResponse.properties.metadata.additionalProperties.type', remove: true },
      { target: '$.components.schemas.BoletoPaymentResponse.properties.metadata.additionalProperties', update: { type: ['string', 'number'] } },
    ]);
  });
});

describe('clara drift against the sandbox', { timeout: 30_000 }, () => {
  let sandbox: Sandbox;
  let connection: string[];

  beforeAll(async () => {
    sandbox = await startSandbox({ country: 'mx' });
    connection = ['--credentials', sandbox.credentialsDir, '--base-url', sandbox.url];
  }, 20_000);
  afterAll(() => sandbox.close());

  it('calls each read-only list and get once, feeding gets from the first item of their list, and reports the drift', async () => {
    sandbox.control.setDrift({ path: '/v3/cards', addFields: { loyaltyTier: 'gold' }, changeFields: { alias: 7 } });
    sandbox.stats.reset();
    const base = join(scratch, 'live');
    const { code, stderr } = await drift([...connection, '--budget', '200', '--out', `${base}.json`]);
    expect(code).toBe(0);
    const { report, patch } = read(base);
    const stats = sandbox.stats.snapshot();
    // Each operation once; gets with a path parameter were fed from the list one level up.
    expect(Object.values(stats.byOperation).every((count) => count === 1)).toBe(true);
    expect(stats.byOperation).toMatchObject({ listCards: 1, getCard: 1, listUsers: 1, getUser: 1, listBillingStatementTransactions: 1, getCardRequest: 1 });
    expect(Object.keys(stats.byOperation).some((id) => /^(create|update|delete|toggle)/.test(id))).toBe(false);
    expect(report.calls.length).toBe(stats.requests - stats.tokenRequests);
    expect(report.calls).toContainEqual({ operation: 'cards.get', status: 200 });
    expect(report.skipped).toContainEqual({ operation: 'v1.logs.getByDay', reason: 'needs 3 path parameters (year, month, day); no list gives them' });
    expect(stderr).toContain('  - v1.logs.getByDay: needs 3 path parameters (year, month, day); no list gives them\n');
    // The fault's drift, on the list and on the get the list fed.
    const found = report.entries.map((entry: Record<string, unknown>) => `${entry.operation} ${entry.pointer} ${entry.kind} ${entry.seen}`);
    expect(found).toEqual(expect.arrayContaining(['cards.list content[].loyaltyTier unknown field string', 'cards.list content[].alias type integer', 'cards.get loyaltyTier unknown field string']));
    expect(patch.actions).toContainEqual(expect.objectContaining({ target: '$.components.schemas.CardResponseV3', update: { properties: { loyaltyTier: expect.objectContaining({ type: 'string' }) } } }));
    // changeFields: { alias: 7 } → the declared string type widened by the integer seen.
    expect(patch.actions).toContainEqual(expect.objectContaining({ target: '$.components.schemas.CardResponseV3.properties.alias.type', remove: true }));
    expect(patch.actions).toContainEqual(expect.objectContaining({ target: '$.components.schemas.CardResponseV3.properties.alias', update: { type: ['string', 'integer'] } }));
    expect(JSON.stringify(report)).not.toContain('gold');
  });

  it('a reset connection or a refusal on one endpoint skips that operation, says why, and the run goes on', async () => {
    sandbox.control.reset();
    sandbox.control.resetNext(1, { path: '/v3/users' });
    sandbox.control.failNext(2, { status: 401, path: '/v3/transactions' }); // the answer, and the retry with a fresh token
    const base = join(scratch, 'faults');
    const { code, stderr } = await drift([...connection, '--budget', '200', '--out', `${base}.json`]);
    expect(code).toBe(0);
    const { report } = read(base);
    expect(report.skipped).toContainEqual({ operation: 'users.list', reason: expect.stringMatching(/^failed: ClaraConnectionError: /) });
    expect(report.skipped).toContainEqual({ operation: 'users.get', reason: 'users.list gave no item with a "uuid"' });
    expect(report.skipped).toContainEqual({ operation: 'transactions.list', reason: expect.stringMatching(/^failed: ClaraAuthError: Clara answered 401/) });
    expect(report.calls).toContainEqual({ operation: 'cards.get', status: 200 });
    expect(stderr).toMatch(/ {2}- users\.list: failed: ClaraConnectionError: /);
    expect(JSON.stringify(report)).not.toMatch(/Bearer|eyJ/);
  });

  it('a certificate failure (511) mid-run stops it, and the files hold what was collected until then', async () => {
    sandbox.control.reset();
    sandbox.control.setDrift({ path: '/v3/cards', addFields: { loyaltyTier: 'gold' } });
    sandbox.control.failNext(1, { status: 511, path: '/v3/users' });
    const base = join(scratch, 'certificate-failure');
    const { code, stderr } = await drift([...connection, '--budget', '200', '--out', `${base}.json`]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/\nerror: the run stopped early, the files hold what was collected until then: ClaraAuthError: Clara did not receive the client certificate/);
    const { report, summary } = read(base);
    expect(report.aborted).toMatch(/^ClaraAuthError: Clara did not receive the client certificate/);
    expect(report.calls).toContainEqual({ operation: 'cards.list', status: 200 });
    expect(report.calls.map((call: { operation: string }) => call.operation)).not.toContain('users.list');
    expect(report.entries.map((entry: { pointer: string }) => entry.pointer)).toContain('content[].loyaltyTier');
    expect(summary).toContain('The run stopped early: ClaraAuthError');
  });

  it('a token failure on the first call stops the run, writing nothing', async () => {
    sandbox.control.reset();
    sandbox.control.resetNext(1, { path: '/oauth/token' });
    const base = join(scratch, 'token-failure');
    const { code, stderr } = await drift([...connection, '--budget', '200', '--out', `${base}.json`]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/^error: .*token/);
    expect(existsSync(`${base}.json`)).toBe(false);
  });

  it('never sends more requests than the budget, the token request included, and says what it left out', async () => {
    sandbox.control.setDrift(undefined);
    sandbox.stats.reset();
    const base = join(scratch, 'budget');
    const { code, stderr } = await drift([...connection, '--budget', '5', '--out', `${base}.json`]);
    expect(code).toBe(0);
    const stats = sandbox.stats.snapshot();
    expect(stats.requests).toBe(5);
    const { report } = read(base);
    expect(report.calls).toHaveLength(4);
    expect(report.skipped).toContainEqual({ operation: 'users.list', reason: 'not called: the budget of 5 requests was reached' });
    expect(stderr).toContain('Called 4 read operation(s) once each;');
  });
});
