// Every country package as a user runs it — one suite for all of them, since they are rendered from one template
// (tools/generate/template); the countries are those of specs/. End to end: the client against a local Clara
// sandbox serving the country's spec over mTLS + OAuth, every operation of the spec reachable through a client
// method. (The testing kits: country-kits.test.ts; the types: country-types.test.ts.)
import { startSandbox, type CountryCode, type Sandbox } from '@org/clara-sandbox';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

import { curatedDir } from '../generate/generate.ts';
import { argumentsOf, callMethod, countries, errorOf, loadPackage, repo, type Client, type CountryPackage, type Definition, type Entry, type Page } from './support/country-package.ts';

/** operationId → HTTP method, for every operation of the document the sandbox serves (the curated one). */
function specOperations(code: string): Map<string, string> {
  const spec = JSON.parse(readFileSync(join(curatedDir(repo, code), 'api-docs-v3.json'), 'utf8')) as { paths: Record<string, Record<string, { operationId?: string }>> };
  return new Map(
    Object.values(spec.paths).flatMap((item) => Object.entries(item).flatMap(([method, operation]) => (operation.operationId ? [[operation.operationId, method] as const] : []))),
  );
}

const isPage = (paging: Definition['paging'], value: unknown) =>
  paging === 'array' ? Array.isArray(value) : Array.isArray((value as { content?: unknown } | undefined)?.content);

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
