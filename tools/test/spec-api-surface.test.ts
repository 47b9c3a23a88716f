// The public-API comparison on its own: a generator-side rename with an unchanged spec is a removed export.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, test, vi } from 'vitest';

import { compareApiSurfaces, inspectGenerated, readApiSurface } from '../spec/api-surface.ts';

// The first surface read parses TypeScript's libraries (the DOM's among them): seconds on a loaded machine.
vi.setConfig({ testTimeout: 30_000 });

const dirs: string[] = [];
afterEach(() => Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true }))));
const surfaceOf = async (source: string) => {
  const dir = await mkdtemp(join(tmpdir(), 'clara-api-surface-'));
  dirs.push(dir);
  await writeFile(join(dir, 'index.ts'), source);
  return readApiSurface(dir);
};

const before = `export type Tx = { uuid: string; amount?: number };
export type ListTransactionsData = { query?: { page?: number } };
export const listTransactions = (options?: ListTransactionsData): Promise<Tx[]> => Promise.resolve([]);`;

test('a renamed function is removed + added; a new optional field is only added', async () => {
  const after = before
    .replace('listTransactions =', 'listTransactions2 =')
    .replace('{ page?: number }', '{ page?: number; size?: number }');
  const diff = compareApiSurfaces(await surfaceOf(before), await surfaceOf(after));
  expect(diff.removed).toEqual(['listTransactions']);
  expect(diff.changed).toEqual([]);
});

test('a changed member type or optionality is a change of the same entry, not a removal', async () => {
  const after = before.replace('amount?: number', 'amount?: string').replace('uuid: string', 'uuid?: string');
  const diff = compareApiSurfaces(await surfaceOf(before), await surfaceOf(after));
  expect(diff.changed).toEqual([
    { name: 'type Tx.amount', before: 'optional number', after: 'optional string' },
    { name: 'type Tx.uuid', before: 'string', after: 'optional string' },
  ]);
  expect(diff.removed).toEqual([]);
});

test('exported functions are marked, so a changed signature can be told from a changed member', async () => {
  const after = before.replace('(options?: ListTransactionsData)', '(options: ListTransactionsData)');
  const diff = compareApiSurfaces(await surfaceOf(before), await surfaceOf(after));
  expect(diff.changed).toEqual([
    { name: 'listTransactions', before: 'function (options?: ListTransactionsData) => Promise<Tx[]>', after: 'function (options: ListTransactionsData) => Promise<Tx[]>' },
  ]);
});

test("the MX package's surface is read, its client methods by their declared signatures", () => {
  const surface = readApiSurface(join(import.meta.dirname, '..', '..', 'packages', 'clara-mx', 'src', 'generated'));
  expect(surface.get('type ClaraClient.transactions.list')).toBe("(query?: api.ListTransactionsData['query'], options?: RequestOptions) => PagePromise<api.ListTransactionsResponse>");
});

test('files identical to the checked code, and importing only such files, are not checked again', async () => {
  const packageOf = async (files: Record<string, string>) => {
    const dir = await mkdtemp(join(tmpdir(), 'clara-api-surface-'));
    dirs.push(dir);
    for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
    return dir;
  };
  const files = {
    'package.json': '{ "type": "module" }\n',
    'index.ts': "export * from './stale.js';\nexport * from './dependent.js';\n",
    // An error the checked copy has too: trusted as checked (the repository's type-check owns it).
    'stale.ts': "export const stale: number = 'x';\n",
    // Unchanged itself, but it imports a changed file: checked, and the change breaks it.
    'dependent.ts': "import { value } from './changed.js';\nexport const doubled: number = value * 2;\n",
    'changed.ts': 'export const value = 1;\n',
  };
  const checked = await packageOf(files);
  const next = await packageOf({ ...files, 'changed.ts': "export const value = 'one';\n" });

  expect(inspectGenerated(next, { checkedBefore: checked }).errors).toEqual([
    "dependent.ts:2: TS2362: The left-hand side of an arithmetic operation must be of type 'any', 'number', 'bigint' or an enum type.",
  ]);
  expect(inspectGenerated(next).errors).toEqual([
    "stale.ts:1: TS2322: Type 'string' is not assignable to type 'number'.",
    "dependent.ts:2: TS2362: The left-hand side of an arithmetic operation must be of type 'any', 'number', 'bigint' or an enum type.",
  ]);
});
