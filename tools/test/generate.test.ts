import { cp, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';

import { findStaleFiles } from '../generate/check.ts';
import { buildEffectiveDocument } from '../generate/effective.ts';
import { generateCountry, generatedDir, postmanDir } from '../generate/generate.ts';
import { HostError } from '../generate/hosts.ts';
import { NamingError } from '../generate/naming.ts';
import { collectOperations } from '../generate/operations.ts';
import { parseOverlay } from '../generate/overlay.ts';
import { SpecError } from '../generate/spec.ts';

const fixture = join(import.meta.dirname, 'fixtures', 'mini-spec.json');
let root: string;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'clara-gen-test-'));
  await mkdir(join(root, 'specs', 'zz'), { recursive: true });
  await cp(fixture, join(root, 'specs', 'zz', 'api-docs-v3.json'));
});
afterEach(() => rm(root, { recursive: true, force: true }));

const snapshot = async (dir: string): Promise<Record<string, string>> => {
  const files: Record<string, string> = {};
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) files[join(entry.parentPath, entry.name).slice(dir.length)] = await readFile(join(entry.parentPath, entry.name), 'utf8');
  }
  return files;
};

describe('a new country', () => {
  test('is a spec plus one generate: the package is created from the template', async () => {
    await generateCountry({ root, code: 'zz' });
    const pkg = JSON.parse(await readFile(join(root, 'packages/clara-zz/package.json'), 'utf8'));
    expect(pkg.name).toBe('@org/clara-zz');
    expect(pkg.scripts.generate).toBe('node ../../tools/generate/cli.ts zz');
    const client = await readFile(join(generatedDir(root, 'zz'), 'client.ts'), 'utf8');
    expect(client).toContain('"name": "Testland"');
    expect(client).toContain('"production": "https://public-api.zz.clara.com/api"');
    expect(client).toMatch(/list\(query\?: api\.ListTransactionsData\['query'\], options\?: RequestOptions\): PagePromise/);
    // No overlay: the default names, derived from method and path.
    expect(client).toContain("list: { id: 'listTransactions', route: 'GET /v3/transactions', service: 'TransactionsRead', call: sdk.listTransactions, path: [], input: 'query', paging: 'page' }");
    expect(client).toContain("get: { id: 'getTransactions', route: 'GET /v3/transactions/{uuid}', service: 'TransactionsRead', call: sdk.getTransactions, path: [\"uuid\"], input: 'none' }");
  });

  test('writes the effective document, the curated one the sandbox serves, and the Postman files', async () => {
    await generateCountry({ root, code: 'zz' });
    const effective = JSON.parse(await readFile(join(generatedDir(root, 'zz'), 'openapi.json'), 'utf8'));
    expect(Object.keys(effective.paths)).toEqual(['/v3/transactions', '/v3/transactions/{uuid}']);
    const curated = JSON.parse(await readFile(join(root, 'specs/zz/curated/api-docs-v3.json'), 'utf8'));
    expect(Object.keys(curated.paths)).toEqual(['/api/v3/transactions', '/api/v3/transactions/{uuid}']);
    expect(curated.paths['/api/v3/transactions'].get['x-clara-method']).toBe('list');
    const collection = JSON.parse(await readFile(join(postmanDir(root, 'zz'), 'clara-zz.postman_collection.json'), 'utf8'));
    expect(collection.auth.oauth2).toEqual(
      expect.arrayContaining([
        { key: 'accessTokenUrl', value: '{{tokenUrl}}', type: 'string' },
        { key: 'clientId', value: '{{clientId}}', type: 'string' },
        { key: 'clientSecret', value: '{{clientSecret}}', type: 'string' },
        { key: 'accessToken', value: '{{accessToken}}', type: 'string' },
        { key: 'addTokenTo', value: 'header', type: 'string' },
      ]),
    );
    expect(JSON.stringify(collection.item)).toContain('{{baseUrl}}');
    // The token script (run by newman in tools/test/postman-newman.test.ts; ids as variables: postman.test.ts).
    expect(collection.event).toEqual([{ listen: 'prerequest', script: { type: 'text/javascript', exec: expect.arrayContaining([expect.stringContaining('pm.sendRequest(')]) } }]);
    expect(collection.variable).toContainEqual({ key: 'tokenUrl', value: 'https://public-api.zz.clara.com/oauth/token', type: 'string' });
    const sandbox = JSON.parse(await readFile(join(postmanDir(root, 'zz'), 'clara-zz-sandbox.postman_environment.json'), 'utf8'));
    expect(sandbox.values).toContainEqual({ key: 'baseUrl', value: 'https://public-api.zz.clara.com/api-test', type: 'default', enabled: true });
  });

  test('every generated file carries the do-not-edit header, and generation is byte-identical run to run', async () => {
    await generateCountry({ root, code: 'zz' });
    const first = await snapshot(generatedDir(root, 'zz'));
    for (const [file, text] of Object.entries(first).filter(([name]) => name.endsWith('.ts'))) {
      expect(text.split('\n')[0], file).toBe('// Generated from specs/zz/api-docs-v3.json by tools/generate — do not edit.');
    }
    await generateCountry({ root, code: 'zz' });
    expect(await snapshot(generatedDir(root, 'zz'))).toEqual(first);
  });
});

describe('staleness check', () => {
  test('is clean right after generation and names the files a spec change makes stale', async () => {
    await generateCountry({ root, code: 'zz' });
    expect(await findStaleFiles(root, 'zz')).toEqual([]);

    const specFile = join(root, 'specs/zz/api-docs-v3.json');
    const spec = JSON.parse(await readFile(specFile, 'utf8'));
    spec.components.schemas.Tx.properties.memo = { type: 'string' };
    await writeFile(specFile, JSON.stringify(spec, null, 2));
    expect(await findStaleFiles(root, 'zz')).toEqual([
      'packages/clara-zz/src/generated/api/types.gen.ts',
      'packages/clara-zz/src/generated/openapi.json',
      'packages/clara-zz/src/generated/responses.json',
      'packages/clara-zz/postman/clara-zz.postman_collection.json',
      'specs/zz/curated/api-docs-v3.json',
    ]);
  });

  test('re-renders the package files from the template, but writes package.json only once', async () => {
    await generateCountry({ root, code: 'zz' });
    const pkgFile = join(root, 'packages/clara-zz/package.json');
    const pkg = JSON.parse(await readFile(pkgFile, 'utf8'));
    await writeFile(pkgFile, JSON.stringify({ ...pkg, version: '1.2.3' }));
    await writeFile(join(root, 'packages/clara-zz/README.md'), 'edited by hand\n');
    expect(await findStaleFiles(root, 'zz')).toEqual(['packages/clara-zz/README.md']);

    await generateCountry({ root, code: 'zz' });
    expect(await findStaleFiles(root, 'zz')).toEqual([]);
    expect(JSON.parse(await readFile(pkgFile, 'utf8')).version).toBe('1.2.3');
    expect(await readFile(join(root, 'packages/clara-zz/src/index.ts'), 'utf8')).toMatch(/^\/\/ Rendered from tools\/generate\/template/);
  });

  test('notices a hand edit and an extra file', async () => {
    await generateCountry({ root, code: 'zz' });
    const dir = generatedDir(root, 'zz');
    await writeFile(join(dir, 'client.ts'), '// edited\n', { flag: 'a' });
    await writeFile(join(dir, 'extra.ts'), 'export {};\n');
    expect(await findStaleFiles(root, 'zz')).toEqual([
      'packages/clara-zz/src/generated/client.ts',
      'packages/clara-zz/src/generated/extra.ts',
    ]);
  });
});

describe('bad input leaves the previous output untouched', () => {
  const breakSpec = (text: string) => writeFile(join(root, 'specs/zz/api-docs-v3.json'), text);

  test('a JSON syntax error names the file, line and column', async () => {
    await generateCountry({ root, code: 'zz' });
    const before = await snapshot(generatedDir(root, 'zz'));
    await breakSpec('{\n  "openapi": "3.1.0",\n  "info": {\n}');
    const error = await generateCountry({ root, code: 'zz' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SpecError);
    expect((error as SpecError).message).toMatch(/specs\/zz\/api-docs-v3\.json: invalid OpenAPI document/);
    expect((error as SpecError).message).toMatch(/line 4, column 2: JSON syntax error/);
    expect(await snapshot(generatedDir(root, 'zz'))).toEqual(before);
  });

  test('a schema violation names the JSON pointer and its line', async () => {
    await generateCountry({ root, code: 'zz' });
    const before = await snapshot(generatedDir(root, 'zz'));
    const spec = JSON.parse(await readFile(fixture, 'utf8'));
    spec.paths['/api/v3/transactions'].get.parameters[0].in = 'body';
    await breakSpec(JSON.stringify(spec, null, 2));
    const message = await generateCountry({ root, code: 'zz' }).catch((e: Error) => e.message);
    expect(message).toMatch(/line \d+, column \d+ \(#\/paths\/~1api~1v3~1transactions\/get\/parameters\/0\/in\): must be equal to one of the allowed values/);
    expect(await snapshot(generatedDir(root, 'zz'))).toEqual(before);
  });

  test('an unreadable spec is named', async () => {
    await rm(join(root, 'specs/zz/api-docs-v3.json'));
    await expect(generateCountry({ root, code: 'zz' })).rejects.toThrow(/api-docs-v3\.json: invalid OpenAPI document\n  - cannot read the file \(ENOENT\)/);
  });
});

describe('names keyed by METHOD + PATH', () => {
  const upstream = (paths: Record<string, string[]>) => ({
    openapi: '3.1.0',
    info: { title: 'Clara API — Testland', version: '1' },
    servers: [{ url: 'https://public-api.zz.clara.com' }],
    paths: Object.fromEntries(
      Object.entries(paths).map(([path, methods]) => [path, Object.fromEntries(methods.map((m) => [m, { operationId: `${m}_1`, tags: ['Things V3'], responses: { '204': { description: 'ok' } } }]))]),
    ),
  });
  const overlay = (entries: [target: string, sdk: string][]) =>
    parseOverlay('overlay.yaml', ['overlay: 1.0.0', 'info: { title: t, version: "1" }', entries.length === 0 ? 'actions: []' : 'actions:', ...entries.map(([target, sdk]) => `  - target: "${target}"\n    update:\n      x-clara-sdk: ${sdk}`)].join('\n'));
  const names = async (paths: Record<string, string[]>, entries: [string, string][] = []) =>
    collectOperations((await buildEffectiveDocument(upstream(paths), overlay(entries), 'zz', 'spec')).document).map((op) => `${op.version}.${op.resource}.${op.method} ${op.operationId} ${op.service}`);

  test('the default rule: verb from the method, resource and namespace from the path, never the upstream operationId', async () => {
    expect(
      await names({
        '/api/v3/cards': ['get', 'post'],
        '/api/v3/cards/{uuid}': ['get', 'patch', 'delete'],
        '/api/v3/cards/{uuid}/lock': ['patch'],
        '/api/v3/billing-statements/current': ['get'],
        '/api/v2/cards': ['get'],
      }),
    ).toEqual([
      'v3.cards.create createCards CardsWrite',
      'v3.cards.delete deleteCards CardsWrite',
      'v3.billingStatements.getCurrent getBillingStatementsCurrent BillingStatementsRead',
      'v3.cards.get getCards CardsRead',
      'v3.cards.list listCards CardsRead',
      'v2.cards.list listCardsV2 CardsRead',
      'v3.cards.update updateCards CardsWrite',
      'v3.cards.updateLock updateCardsLock CardsWrite',
    ]);
  });

  test('overlay names win; a default that would collide falls back to method and full path', async () => {
    expect(
      await names({ '/api/v3/cards/{uuid}': ['put', 'patch'] }, [["$.paths['/api/v3/cards/{uuid}'].patch", '{ operationId: updateCard, resource: cards, method: update, service: CardsAdmin }']]),
    ).toEqual(['v3.cards.putByUuid putCardsByUuid CardsWrite', 'v3.cards.update updateCard CardsAdmin']);
  });

  test('curated names that clash are one error listing every problem with its fix', async () => {
    const error = await names({ '/api/v3/cards': ['get', 'post'] }, [
      ["$.paths['/api/v3/cards'].get", '{ operationId: listCards, resource: cards, method: list }'],
      ["$.paths['/api/v3/cards'].post", '{ operationId: listCards, resource: close, method: list }'],
    ]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NamingError);
    expect((error as NamingError).problems).toHaveLength(2);
    expect((error as NamingError).problems[0]).toContain('POST /api/v3/cards: x-clara-sdk resource "close"');
  });
});

describe('hosts', () => {
  test('servers off the allowlist are refused; so are environments that would share a base URL', async () => {
    const spec = JSON.parse(await readFile(fixture, 'utf8'));
    spec.servers = [{ url: 'https://public-api.zz.clara.com.evil.example' }];
    await writeFile(join(root, 'specs/zz/api-docs-v3.json'), JSON.stringify(spec));
    await expect(generateCountry({ root, code: 'zz' })).rejects.toThrow(HostError);
    spec.servers = [{ url: 'https://public-api.zz.clara.com', description: 'Production' }];
    spec.paths = Object.fromEntries(Object.entries(spec.paths).map(([path, item]) => [path.replace(/^\/api/, ''), item]));
    await writeFile(join(root, 'specs/zz/api-docs-v3.json'), JSON.stringify(spec));
    await expect(generateCountry({ root, code: 'zz' })).rejects.toThrow("the sandbox base URL would be production's");
  });
});

describe('what users read in their editor (the committed Mexico client)', () => {
  const repoRoot = join(import.meta.dirname, '..', '..');
  const read = (file: string) => readFile(join(repoRoot, 'packages', 'clara-mx', 'src', 'generated', file), 'utf8');

  test("a method's hover text is the operation's summary, description, parameters, errors and reference", async () => {
    const client = await read('client.ts');
    const doc = /\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\s*create\(body: api\.CreateCardData/.exec(client)?.[1] ?? '';
    expect(doc).toContain('Single create card');
    expect(doc).toContain('Minimum threshold MXN 500.00');
    expect(doc).toContain('Hybrid synchronous/asynchronous operation');
    expect(doc).toContain('`POST /v3/cards` — raw function `createCard`.');
    expect(doc).toContain('@throws {ClaraValidationError} HTTP 400, 422');
    expect(doc).toMatch(/@see \{@link https:\/\/\S+ \| Clara API reference\}/);
  });

  test('integer enums named in the overlay are exported constants', async () => {
    expect(await read('enums.ts')).toContain('export const CardType = { PHYSICAL: 1, VIRTUAL: 2 } as const;');
    expect(await read('index.ts')).toContain("export * from './enums.js';");
  });
});

test("springdoc's pageable object is typed and sent flat, the way Spring reads it", async () => {
  const generated = join(import.meta.dirname, '..', '..', 'packages', 'clara-mx', 'src', 'generated', 'api');
  const { createClient, createConfig } = await import(join(generated, 'client', 'index.ts'));
  const { listCards } = await import(join(generated, 'sdk.gen.ts'));
  const { default: ky } = await import(createRequire(join(generated, '..', '..', '..', 'package.json')).resolve('ky'));
  const urls: string[] = [];
  const client = createClient(
    createConfig({
      baseUrl: 'https://public-api.mx.clara.com/api',
      ky: ky.create({ fetch: async (request: Request) => (urls.push(request.url), Response.json({ content: [] })) }),
    }),
  );
  await listCards({ client, query: { page: 1, size: 100, sort: 'alias,DESC' } });
  await listCards({ client, query: { sort: ['alias,DESC', 'status,ASC'] } });
  expect(urls.map((url) => decodeURIComponent(new URL(url).search))).toEqual(['?page=1&size=100&sort=alias,DESC', '?sort=alias,DESC&sort=status,ASC']);
});
