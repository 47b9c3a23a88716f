// Every country package as a user runs it — one suite for all of them, since they are rendered from one template
// (tools/generate/template); the countries are those of specs/. End to end: the client against a local Clara
// sandbox serving the country's spec over mTLS + OAuth, every operation of the spec reachable through a client
// method. Then the testing kit (`@org/clara-<cc>/testing`): its mock has every operation of the client, each
// request of a client method reaches the mock of that method. (Their types: country-types.test.ts.)
import { startSandbox, type CountryCode, type ExampleRequest, type Sandbox } from '@org/clara-sandbox';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';

import { listCountries } from '../generate/countries.ts';
import { curatedDir } from '../generate/generate.ts';

const repo = join(import.meta.dirname, '..', '..');

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

// What this suite uses of a country package, typed here: tools is not compiled with the DOM types the generated
// code needs, and the packages' own types are checked in country-types.test.ts.
interface Page {
  content?: { uuid: string }[];
  totalPages?: number;
  totalElements?: number;
}
type PagePromise = PromiseLike<Page> & AsyncIterable<{ uuid: string }>;
interface Client {
  transactions: { list(query?: { size?: number }): PagePromise; get(uuid: string): PromiseLike<unknown> };
  cards: { get(uuid: string): PromiseLike<unknown> };
  withTaxIdentifier(taxIdentifier: string): Client;
  close(): Promise<void>;
}
type ErrorClass = new (...args: never[]) => Error;
interface CountryPackage {
  createClaraClient(options: object): Client;
  operations: Tree;
  raw: Record<string, unknown>;
  ClaraNotFoundError: ErrorClass;
  ClaraValidationError: ErrorClass;
}
interface MockedRequest {
  operation?: string;
  path?: Record<string, string>;
}
interface MethodMock {
  reply(status: number, body?: unknown): void;
  replyWith(reply: (request: MockedRequest) => readonly [number, unknown?]): void;
}
interface ClaraMock {
  clientOptions: object;
  cards: { get: MethodMock };
  done(): void;
  restore(): void;
}
interface TestingKit {
  mockClara(): ClaraMock;
}

function entriesOf(tree: Tree, operationIdOf: Map<unknown, string>, at: string[] = []): Entry[] {
  return Object.entries(tree).flatMap(([name, node]) =>
    'call' in node
      ? [{ at: [...at, name], operationId: operationIdOf.get(node.call) ?? `<not in raw: ${[...at, name].join('.')}>`, definition: node as Definition }]
      : entriesOf(node as Tree, operationIdOf, [...at, name]),
  );
}

/** operationId → HTTP method, for every operation of the document the sandbox serves (the curated one). */
function specOperations(code: string): Map<string, string> {
  const spec = JSON.parse(readFileSync(join(curatedDir(repo, code), 'api-docs-v3.json'), 'utf8')) as { paths: Record<string, Record<string, { operationId?: string }>> };
  return new Map(
    Object.values(spec.paths).flatMap((item) => Object.entries(item).flatMap(([method, operation]) => (operation.operationId ? [[operation.operationId, method] as const] : []))),
  );
}

const walk = (root: unknown, at: readonly string[]) => at.reduce<unknown>((node, name) => (node as Record<string, unknown>)[name], root);

/** `clara.v2.cards.list(...)`: the method at `at`, called on its resource object as a user would. */
function callMethod(client: Client, at: readonly string[], args: unknown[]): PromiseLike<unknown> {
  const resource = walk(client, at.slice(0, -1)) as Record<string, unknown>;
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

/** A country package and the rows of its operations table. */
async function loadPackage(code: string): Promise<{ pkg: CountryPackage; entries: Entry[] }> {
  const pkg = (await import(`@org/clara-${code}`)) as CountryPackage;
  const operationIdOf = new Map(Object.entries(pkg.raw).map(([operationId, call]) => [call, operationId]));
  return { pkg, entries: entriesOf(pkg.operations, operationIdOf) };
}

const countries = await listCountries(repo);

describe.each(countries)('@org/clara-%s against the sandbox', (code) => {
  let pkg: CountryPackage;
  let entries: Entry[];
  let sandbox: Sandbox;
  let clara: Client;

  beforeAll(async () => {
    ({ pkg, entries } = await loadPackage(code));
    sandbox = await startSandbox({ country: code as CountryCode });
    clara = pkg.createClaraClient({ credentials: sandbox.credentialsDir, baseUrl: sandbox.url, ca: sandbox.caCert });
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
    expect(entries.map((entry) => entry.operationId).sort()).toEqual([...specOperations(code).keys()].sort());
  });

  // Every operation, one after the other (Mexico has about 90): seconds on a loaded machine.
  test('every operation resolves through its client method, each sent once', { timeout: 30_000 }, async () => {
    const failures: string[] = [];
    // Deletes last, as a user would: the items they remove stay available to everything else until then.
    const methods = specOperations(code);
    const isDelete = (entry: Entry) => Number(methods.get(entry.operationId) === 'delete');
    const { byOperation } = await counted(async () => {
      for (const { at, operationId, definition } of [...entries].sort((a, b) => isDelete(a) - isDelete(b))) {
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
    expect(byOperation).toEqual(Object.fromEntries([...methods.keys()].map((operationId) => [operationId, 1])));
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
    expect(error).toBeInstanceOf(pkg.ClaraValidationError);
    expect(error).toMatchObject({ status: 400, code: 'VALIDATION_ERROR' });
    expect(JSON.stringify((error as { details?: unknown }).details)).toContain('size');
  });

  test('an unknown uuid is a ClaraNotFoundError', async () => {
    const error = await errorOf(clara.transactions.get('00000000-0000-4000-8000-000000000000'));
    expect(error).toBeInstanceOf(pkg.ClaraNotFoundError);
    expect(error).toMatchObject({ status: 404, code: 'NOT_FOUND' });
  });

  test("withTaxIdentifier reads that company's data", async () => {
    const subsidiary = sandbox.entities[1]!.taxId;
    const [subsidiaryFirst] = (await sandbox.exampleRequest('getTransaction', { taxIdentifier: subsidiary })).pathParams;
    let page: Page | undefined;
    const { byEntity } = await counted(async () => {
      page = await clara.withTaxIdentifier(subsidiary).transactions.list({ size: 5 });
    });
    expect(byEntity).toEqual({ [subsidiary]: 1 });
    expect(page?.content?.[0]?.uuid).toBe(subsidiaryFirst);
    // The holding's own data does not have it.
    expect(await errorOf(clara.transactions.get(subsidiaryFirst!))).toBeInstanceOf(pkg.ClaraNotFoundError);
  });

  test('one token serves the whole run', async () => {
    await clara.transactions.list({ size: 1 });
    expect(sandbox.stats.snapshot().tokenRequests).toBe(1);
  });
});

// After every sandbox test: importing a testing entry loads nock, which the sandbox tests do without.
describe.each(countries)('@org/clara-%s/testing', (code) => {
  let pkg: CountryPackage;
  let entries: Entry[];
  let kit: TestingKit;
  let mock: ClaraMock;
  let clara: Client;
  beforeAll(async () => {
    ({ pkg, entries } = await loadPackage(code));
    kit = (await import(`@org/clara-${code}/testing`)) as TestingKit;
  });
  beforeEach(() => {
    mock = kit.mockClara();
    clara = pkg.createClaraClient(mock.clientOptions);
  });
  afterEach(async () => {
    await clara.close();
    mock.restore();
  });

  test('every method of the client reaches the mock of that method, with its path parameters', async () => {
    const seen = new Map<string, MockedRequest>();
    const calls = entries.map(({ at, definition }) => {
      const name = at.join('.');
      (walk(mock, at) as MethodMock).replyWith((request) => {
        seen.set(name, request);
        return [200, definition.paging === 'array' ? [] : definition.paging === 'page' ? { content: [], number: 0, totalPages: 0, last: true } : {}];
      });
      const params = definition.path.map((param, i) => `${param}-${i + 1}`); // never a literal segment of another route
      const input = { none: [], query: [{}], body: [{}], both: [{ query: {}, body: {} }] }[definition.input];
      return { name, expected: Object.fromEntries(definition.path.map((param, i) => [param, params[i]])), call: () => callMethod(clara, at, [...params, ...input]) };
    });
    await Promise.all(calls.map(({ call }) => call()));
    const reached = Object.fromEntries(calls.map(({ name }) => [name, { operation: seen.get(name)?.operation, path: seen.get(name)?.path }]));
    expect(reached).toEqual(Object.fromEntries(calls.map(({ name, expected }) => [name, { operation: name, path: expected }])));
    mock.done();
  });

  test('a mocked error is the SDK error of its status; an unmocked call says what to mock', async () => {
    mock.cards.get.reply(404, { code: 'NOT_FOUND', message: 'Card not found' });
    const notFound = await errorOf(clara.cards.get('card-1'));
    expect(notFound).toBeInstanceOf(pkg.ClaraNotFoundError);
    expect(notFound).toMatchObject({ status: 404, code: 'NOT_FOUND' });
    const unmocked = await errorOf(clara.cards.get('card-1'));
    expect((unmocked as Error).message).toMatch(/mockClara has no reply for GET \/api\/v3\/cards\/card-1 \(clara\.cards\.get\): add one with mock\.cards\.get\.reply/);
  });
});
