// Clara's real document, as springdoc publishes it, synced unedited over the committed Mexico spec:
// tools/test/fixtures/springdoc-mx.json has host-only servers and `/api/...` paths (v1, v2, v3 and one path outside
// `/api`), `*/*` responses (some next to `application/json`), Spring pages, `pageable` query objects, tags such as
// "Cards V3", Java method names with `_1`/`_2` suffixes, an operation without operationId, a deprecated one,
// OpenAPI 3.1 nullable types, int64, and the `public-api..clara.com` token URL. One full sync (generation and
// type-check included) on a copy of the repository's Mexico files; the rest compares effective documents.
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

import { buildEffectiveDocument } from '../generate/effective.ts';
import { EFFECTIVE_FILE, generatedDir, packageDir, postmanDir, specPath } from '../generate/generate.ts';
import { sourcesPath } from '../generate/hosts.ts';
import { collectOperations, type Operation } from '../generate/operations.ts';
import { loadOverlay, overlayPath } from '../generate/overlay.ts';
import { renderSyncReport } from '../spec/report.ts';
import { syncSpec, type SyncResult } from '../spec/sync.ts';
import { facadeMethodName } from '../spec/methods.ts';

const repo = join(import.meta.dirname, '..', '..');
const fixture = join(import.meta.dirname, 'fixtures', 'springdoc-mx.json');
const readJson = async (file: string) => JSON.parse(await readFile(file, 'utf8')) as Record<string, any>;
const byRoute = (operations: Operation[]) => new Map(operations.map((op) => [`${op.httpMethod} ${op.path}`, op]));

let root: string;
let before: Map<string, Operation>;
let result: SyncResult;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'clara-springdoc-'));
  await cp(join(repo, 'specs', 'mx'), join(root, 'specs', 'mx'), { recursive: true });
  for (const part of ['package.json', 'src/generated', 'postman']) await cp(join(packageDir(repo, 'mx'), part), join(packageDir(root, 'mx'), part), { recursive: true });
  await mkdir(join(root, 'tools', 'spec'), { recursive: true });
  await cp(sourcesPath(repo), sourcesPath(root));
  await mkdir(join(root, '.changeset'));
  await writeFile(join(root, '.changeset', 'config.json'), '{ "baseBranch": "main" }\n');
  before = byRoute(collectOperations(await readJson(join(generatedDir(root, 'mx'), EFFECTIVE_FILE))));
  result = await syncSpec({ root, code: 'mx', from: fixture });
}, 120_000);
afterAll(() => rm(root, { recursive: true, force: true }));

describe("Clara's springdoc document, synced unedited", () => {
  test('is accepted: the package generated from it type-checks and is written with its changeset', async () => {
    expect(result.status).toBe('updated');
    expect(await readFile(specPath(root, 'mx'), 'utf8')).toContain('"operationId": "findAllCards_2"');
    expect(await readFile(join(postmanDir(root, 'mx'), 'clara-mx.postman_collection.json'), 'utf8')).toContain('"accessTokenUrl"');
  });

  test('every operation the committed spec shares keeps its client method and raw function', async () => {
    const after = byRoute(collectOperations(await readJson(join(generatedDir(root, 'mx'), EFFECTIVE_FILE))));
    const renamed = [...before]
      .filter(([route]) => after.has(route))
      .flatMap(([route, op]) => {
        const now = after.get(route)!;
        return facadeMethodName(now) === facadeMethodName(op) && now.operationId === op.operationId ? [] : [`${route}: ${facadeMethodName(op)} → ${facadeMethodName(now)}`];
      });
    expect(renamed).toEqual([]);
    expect([...before.keys()].filter((route) => !after.has(route))).toEqual([]); // MX-only operations come from the overlay
    const names = [...after.values()].map(facadeMethodName);
    expect(names).toEqual(expect.arrayContaining(['clara.transactions.list', 'clara.cards.get', 'clara.cards.createMany', 'clara.v2.cards.create', 'clara.invoices.list']));
    expect(names.filter((name) => /\d|_/.test(name.replace(/^clara\.v\d\./, 'clara.')))).toEqual([]);
  });

  test('every list paginates, whatever its media type or paging parameters', async () => {
    const effective = await readJson(join(generatedDir(root, 'mx'), EFFECTIVE_FILE));
    const operations = collectOperations(effective);
    const lists = operations.filter((op) => {
      const success = Object.entries<any>(effective.paths[op.path][op.httpMethod.toLowerCase()].responses).find(([status]) => status.startsWith('2'))?.[1];
      const schema = success?.content?.['application/json']?.schema;
      const resolved = schema?.$ref ? effective.components.schemas[schema.$ref.split('/').pop()] : schema;
      return op.httpMethod === 'GET' && (resolved?.properties?.totalElements !== undefined || resolved?.type === 'array');
    });
    expect(lists.length).toBeGreaterThanOrEqual(22);
    expect(lists.filter((op) => !op.paging).map((op) => `${op.httpMethod} ${op.path}`)).toEqual([]);
    // springdoc's `pageable` object is sent flat, the way Spring reads it.
    const cards = effective.paths['/v3/cards'].get.parameters.map((p: { name?: string }) => p.name);
    expect(cards).toEqual(expect.arrayContaining(['page', 'size', 'sort']));
    expect(cards).not.toContain('pageable');
  });

  test('the environments stay apart although one path is outside /api; the token URL gets its country', async () => {
    const client = await readFile(join(generatedDir(root, 'mx'), 'client.ts'), 'utf8');
    expect(client).toContain('"production": "https://public-api.mx.clara.com/api"');
    expect(client).toContain('"sandbox": "https://public-api.mx.clara.com/api-test"');
    expect(client).toContain('"tokenUrl": "https://public-api.mx.clara.com/oauth/token"');
    expect(client).toContain("v1: {");
    const report = renderSyncReport('mx', result);
    expect(report).toContain('repaired: left out 1 path(s) outside /api, in neither environment: `/actuator/health`');
  });

  test('the one uncurated operation is listed with its overlay entry; deprecation reaches the editor', async () => {
    const report = renderSyncReport('mx', result);
    expect(report).toContain('- `POST /api/v3/cards/{uuid}/freeze`: clara.cards.createFreeze, raw.createCardsFreeze — upstream operationId `freeze_1` carries a springdoc suffix');
    expect(report).toContain("    - target: $.paths['/api/v3/cards/{uuid}/freeze'].post");
    const client = await readFile(join(generatedDir(root, 'mx'), 'client.ts'), 'utf8');
    expect(client).toMatch(/@deprecated [^\n]*\n[^\n]*\n\s*list\(query\?: api\.ListTransactionsV1Data/);
  });
});

test('springdoc renumbering its _N suffixes changes nothing users see: the effective document is the same', async () => {
  const upstream = await readJson(fixture);
  // Clara adds a controller scanned first: every duplicate Java method name shifts by one.
  const renumbered = JSON.parse(JSON.stringify(upstream).replace(/"operationId": ?"(\w+?)(?:_(\d+))?"/g, (_, name: string, n?: string) => `"operationId":"${name}_${Number(n ?? 0) + 1}"`));
  const overlay = await loadOverlay(overlayPath(repo, 'mx'));
  const [a, b] = await Promise.all([buildEffectiveDocument(upstream, overlay, 'mx', 'a'), buildEffectiveDocument(renumbered, overlay, 'mx', 'b')]);
  expect(JSON.stringify(renumbered)).not.toBe(JSON.stringify(upstream));
  expect(b.document).toEqual(a.document);
});
