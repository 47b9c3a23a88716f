import { cp, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';

import { findStaleFiles } from '../generate/check.ts';
import { generateCountry, generatedDir } from '../generate/generate.ts';
import { collectOperations, NamingError } from '../generate/operations.ts';
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
  });

  test('every generated file carries the do-not-edit header, and generation is byte-identical run to run', async () => {
    await generateCountry({ root, code: 'zz' });
    const first = await snapshot(generatedDir(root, 'zz'));
    for (const [file, text] of Object.entries(first)) {
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
    expect(await findStaleFiles(root, 'zz')).toEqual(['packages/clara-zz/src/generated/api/types.gen.ts']);
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
    expect(await readFile(join(root, 'packages/clara-zz/test/client.test.ts'), 'utf8')).toMatch(/^\/\/ Rendered from tools\/generate\/template/);
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
    spec.paths['/v3/transactions'].get.parameters[0].in = 'body';
    await breakSpec(JSON.stringify(spec, null, 2));
    const message = await generateCountry({ root, code: 'zz' }).catch((e: Error) => e.message);
    expect(message).toMatch(/line \d+, column \d+ \(#\/paths\/~1v3~1transactions\/get\/parameters\/0\/in\): must be equal to one of the allowed values/);
    expect(await snapshot(generatedDir(root, 'zz'))).toEqual(before);
  });

  test('an unreadable spec is named', async () => {
    await rm(join(root, 'specs/zz/api-docs-v3.json'));
    await expect(generateCountry({ root, code: 'zz' })).rejects.toThrow(/api-docs-v3\.json: invalid OpenAPI document\n  - cannot read the file \(ENOENT\)/);
  });
});

describe('method naming', () => {
  const spec = (operations: Record<string, [string, string, string?]>) => ({
    paths: Object.fromEntries(
      Object.entries(operations).map(([operationId, [path, tag, method]]) => [
        path,
        { get: { operationId, tags: [tag], responses: {}, ...(method ? { 'x-clara-method': method } : {}) } },
      ]),
    ),
  });

  test('strips the tag noun and the version suffix; versions and tags become namespaces', () => {
    const ops = collectOperations(
      spec({
        toggleCardLock: ['/v3/cards/{uuid}/lock', 'Cards'],
        listBillingStatements: ['/v3/billing-statements', 'Billing Statements'],
        getCurrentBillingStatementV2: ['/v2/billing-statements/current', 'Billing Statements'],
        listDdaPaymentsV2: ['/v2/payments/dda', 'DDA Payments'],
        createCards: ['/v3/cards/bulk-create', 'Cards', 'createMany'],
      }),
    );
    expect(ops.map((o) => `${o.version}.${o.resource}.${o.method}`)).toEqual([
      'v3.cards.createMany',
      'v2.billingStatements.getCurrent',
      'v3.billingStatements.list',
      'v2.ddaPayments.list',
      'v3.cards.toggleLock',
    ]);
  });

  test('a collision is a generation error naming both operations', () => {
    expect(() => collectOperations(spec({ createCard: ['/v3/cards', 'Cards'], createCards: ['/v3/cards/bulk', 'Cards'] }))).toThrow(
      new NamingError('createCards and createCard would both be cards.create: rename one operationId or give it an "x-clara-method"'),
    );
  });
});
