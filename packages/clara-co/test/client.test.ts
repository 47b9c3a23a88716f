// Rendered from tools/generate/template by tools/generate — do not edit.
// End to end, as a user would: the client of this package against a local Clara sandbox serving this country's
// spec over mTLS + OAuth. Every operation of the spec must be reachable through a client method.
import { startSandbox, type ExampleRequest, type Sandbox } from '@org/clara-sandbox';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

import { ClaraNotFoundError, ClaraValidationError, createClaraClient, operations, raw, type ClaraClient } from '../src/index.js';

// The document the sandbox serves: Clara's spec with this repository's curation (tools/generate writes it).
const SPEC = join(import.meta.dirname, '..', '..', '..', 'specs', 'co', 'curated', 'api-docs-v3.json');

interface Definition {
  call: unknown;
  path: readonly string[];
  input: 'none' | 'query' | 'body' | 'both';
  paging?: 'page' | 'array';
}
interface Tree {
  readonly [name: string]: Definition | Tree;
}
/** One row of the operations table: where its method lives on the client (`['v2', 'cards', 'list']`). */
interface Entry {
  at: string[];
  operationId: string;
  definition: Definition;
}

const operationIdOf = new Map(Object.entries(raw).map(([operationId, call]) => [call as unknown, operationId]));

function entriesOf(tree: Tree, at: string[] = []): Entry[] {
  return Object.entries(tree).flatMap(([name, node]) =>
    'call' in node
      ? [{ at: [...at, name], operationId: operationIdOf.get(node.call) ?? `<not in raw: ${[...at, name].join('.')}>`, definition: node as Definition }]
      : entriesOf(node as Tree, [...at, name]),
  );
}

/** operationId → HTTP method, for every operation of the spec. */
function specOperations(): Map<string, string> {
  const spec = JSON.parse(readFileSync(SPEC, 'utf8')) as { paths: Record<string, Record<string, { operationId?: string }>> };
  return new Map(
    Object.values(spec.paths).flatMap((item) => Object.entries(item).flatMap(([method, operation]) => (operation.operationId ? [[operation.operationId, method] as const] : []))),
  );
}
const specOperationIds = (): string[] => [...specOperations().keys()];

/** `clara.v2.cards.list(...)`: the method at `at`, called on its resource object as a user would. */
function callMethod(client: ClaraClient, at: readonly string[], args: unknown[]): PromiseLike<unknown> {
  const resource = at.slice(0, -1).reduce<unknown>((node, name) => (node as Record<string, unknown>)[name], client) as Record<string, unknown>;
  const method = resource[at.at(-1) as string];
  if (typeof method !== 'function') throw new Error(`clara.${at.join('.')} is not a method`);
  return method.apply(resource, args) as PromiseLike<unknown>;
}

/** Path parameters first, then the query, the body or both, as the method's signature takes them. */
function argumentsOf(definition: Definition, { pathParams, query, body }: ExampleRequest): unknown[] {
  const input = { none: [], query: [query], body: [body], both: [{ query, body }] }[definition.input];
  return [...pathParams, ...input];
}

const isPage = (paging: Definition['paging'], value: unknown) =>
  paging === 'array' ? Array.isArray(value) : Array.isArray((value as { content?: unknown } | undefined)?.content);

const errorOf = (promise: PromiseLike<unknown>) => Promise.resolve(promise).then(() => undefined, (error: unknown) => error);

describe('@org/clara-co against the sandbox', () => {
  let sandbox: Sandbox;
  let clara: ClaraClient;

  beforeAll(async () => {
    sandbox = await startSandbox({ country: 'co' });
    clara = createClaraClient({ credentials: sandbox.credentialsDir, baseUrl: sandbox.url, ca: sandbox.caCert });
  });
  afterAll(async () => {
    await clara.close();
    await sandbox.close();
  });

  /** What the sandbox counted while `run` ran: requests per operation and per entity. */
  async function counted(run: () => Promise<void>) {
    const before = sandbox.stats.snapshot();
    await run();
    const after = sandbox.stats.snapshot();
    const added = (key: 'byOperation' | 'byEntity') =>
      Object.fromEntries(Object.entries(after[key]).flatMap(([name, count]) => (count > (before[key][name] ?? 0) ? [[name, count - (before[key][name] ?? 0)]] : [])));
    return { byOperation: added('byOperation'), byEntity: added('byEntity') };
  }

  test('the operations table names every operation of the spec once', () => {
    const tableIds = entriesOf(operations).map((entry) => entry.operationId);
    expect(tableIds.sort()).toEqual(specOperationIds().sort());
  });

  test('every operation resolves through its client method, each sent once', async () => {
    const failures: string[] = [];
    // Deletes last, as a user would: the items they remove stay available to everything else until then.
    const methods = specOperations();
    const isDelete = (entry: Entry) => Number(methods.get(entry.operationId) === 'delete');
    const entries = entriesOf(operations).sort((a, b) => isDelete(a) - isDelete(b));
    const { byOperation } = await counted(async () => {
      for (const { at, operationId, definition } of entries) {
        const label = `clara.${at.join('.')} (${operationId})`;
        const example = await sandbox.exampleRequest(operationId);
        if (example.pathParams.length !== definition.path.length) {
          failures.push(`${label}: takes ${definition.path.length} path parameters, the spec has ${example.pathParams.length}`);
          continue;
        }
        try {
          const result = await callMethod(clara, at, argumentsOf(definition, example));
          if (definition.paging && !isPage(definition.paging, result)) failures.push(`${label}: awaited to ${JSON.stringify(result)?.slice(0, 200)}, not a page`);
        } catch (error) {
          failures.push(`${label}: ${String(error)}`);
        }
      }
    });
    expect(failures).toEqual([]);
    expect(byOperation).toEqual(Object.fromEntries(specOperationIds().map((operationId) => [operationId, 1])));
  });

  test('for await walks a list across its pages, one request per page', async () => {
    const first = await clara.transactions.list({ size: 50 });
    expect(first.totalPages).toBeGreaterThanOrEqual(2);
    const uuids = new Set<string>();
    const { byOperation } = await counted(async () => {
      for await (const transaction of clara.transactions.list({ size: 50 })) uuids.add(transaction.uuid);
    });
    expect(uuids.size).toBe(first.totalElements);
    expect(byOperation).toEqual({ listTransactions: first.totalPages });
  });

  test("a bad query value is a ClaraValidationError carrying Clara's code", async () => {
    const error = await errorOf(clara.transactions.list({ size: 1000 }));
    expect(error).toBeInstanceOf(ClaraValidationError);
    expect(error).toMatchObject({ status: 400, code: 'VALIDATION_ERROR' });
    expect(JSON.stringify((error as ClaraValidationError).details)).toContain('size');
  });

  test('an unknown uuid is a ClaraNotFoundError', async () => {
    const error = await errorOf(clara.transactions.get('00000000-0000-4000-8000-000000000000'));
    expect(error).toBeInstanceOf(ClaraNotFoundError);
    expect(error).toMatchObject({ status: 404, code: 'NOT_FOUND' });
  });

  test("withTaxIdentifier reads that company's data", async () => {
    const subsidiary = sandbox.entities[1]!.taxId;
    const [subsidiaryFirst] = (await sandbox.exampleRequest('getTransaction', { taxIdentifier: subsidiary })).pathParams;
    let page: Awaited<ReturnType<ClaraClient['transactions']['list']>> | undefined;
    const { byEntity } = await counted(async () => {
      page = await clara.withTaxIdentifier(subsidiary).transactions.list({ size: 5 });
    });
    expect(byEntity).toEqual({ [subsidiary]: 1 });
    expect(page?.content?.[0]?.uuid).toBe(subsidiaryFirst);
    // The holding's own data does not have it.
    expect(await errorOf(clara.transactions.get(subsidiaryFirst!))).toBeInstanceOf(ClaraNotFoundError);
  });

  test('one token serves the whole run', async () => {
    await clara.transactions.list({ size: 1 });
    expect(sandbox.stats.snapshot().tokenRequests).toBe(1);
  });
});
