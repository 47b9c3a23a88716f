// `spec:sync` end to end on a temporary repository holding the small "Testland" country zz (support/testland.ts:
// its upstream tools/test/fixtures/spec-pairs/base.json in springdoc's shape, its overlay spec-pairs/overlay.yaml). Syncs run in-process (syncSpec, the CLI's own function) so the TypeScript program of one
// sync warms the next; the CLI itself is run for exit codes and messages.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';

import { findStaleFiles } from '../generate/check.ts';
import { generatedDir, specPath } from '../generate/generate.ts';
import { NamingError } from '../generate/naming.ts';
import { overlayPath } from '../generate/overlay.ts';
import { SpecError } from '../generate/spec.ts';
import { canonicalUpstream } from '../spec/normalise.ts';
import { renderSyncReport } from '../spec/report.ts';
import { syncSpec, type SyncResult } from '../spec/sync.ts';
import { changesets as changesetsIn, pairs, removeTestland, snapshot as snapshotOf, testlandPerFile, variant as variantIn } from './support/testland.ts';

const cli = join(import.meta.dirname, '..', 'spec', 'cli.ts');
const readJson = async (file: string) => JSON.parse(await readFile(file, 'utf8')) as Record<string, any>;
// A sync generates and type-checks a package: seconds, more on a loaded machine (the first one loads TypeScript).
vi.setConfig({ testTimeout: 30_000, hookTimeout: 30_000 });
const copyTestland = testlandPerFile();
let root: string;

beforeEach(async () => {
  root = await copyTestland();
});
afterEach(() => removeTestland(root));

const sync = (from: string, options: { allowHost?: string } = {}) => syncSpec({ root, code: 'zz', from, ...options });
const report = (result: SyncResult) => renderSyncReport('zz', result);
const failure = (promise: Promise<unknown>) => promise.then(() => undefined, (error: Error) => error);
const variant = (name: string, change: (spec: Record<string, any>) => void) => variantIn(root, name, change);
const snapshot = () => snapshotOf(root);
const changesets = () => changesetsIn(root);
const changesetText = async () => readFile(join(root, '.changeset', (await changesets())[0]!), 'utf8');

describe('a changed spec', () => {
  test('is stored canonically, the package regenerated, and a changeset with the implied bump added', async () => {
    const from = join(pairs, 'after', 'optional-parameter-added.json');
    const result = await sync(from);
    expect(result.status).toBe('updated');
    expect(report(result)).toContain('patch release of @org/clara-zz');
    expect(await readFile(specPath(root, 'zz'), 'utf8')).toBe(canonicalUpstream(await readJson(from)).text);
    expect(await readFile(join(generatedDir(root, 'zz'), 'api', 'types.gen.ts'), 'utf8')).toContain('size?: number');
    expect(await findStaleFiles(root, 'zz')).toEqual([]);
    expect(await changesetText()).toBe(
      [
        '---',
        '"@org/clara-zz": patch',
        '---',
        '',
        'Spec update (specs/zz/api-docs-v3.json): 1 new feature.',
        '',
        'New features:',
        '- `GET /v3/transactions`: new optional query parameter `size`',
        '',
      ].join('\n'),
    );
  });

  test('a breaking change is a minor bump before 1.0; the client methods removed come first', async () => {
    await sync(join(pairs, 'after', 'operation-removed.json'));
    const text = await changesetText();
    expect(text).toContain('"@org/clara-zz": minor');
    expect(text).toContain('Client methods:\n- removed `clara.transactions.get` (`GET /v3/transactions/{uuid}`)\n');
    expect(text).toContain('- Removed operation `GET /v3/transactions/{uuid}` (`clara.transactions.get`, raw.getTransaction)');
    expect(text).toMatch(/- Public API: removed .*`raw\.getTransaction`/);
  });

  test('generator rename: the spec diff says feature, the disappeared exports make it breaking', async () => {
    // A new schema named like a type the generator derives from an operationId: the generator renames its own
    // type (GetTransactionResponse → GetTransactionResponse2), so the members users had disappear.
    await sync(join(pairs, 'after', 'schema-name-collides.json'));
    const text = await changesetText();
    expect(text).toContain('"@org/clara-zz": minor');
    expect(text).toContain('- New schema `GetTransactionResponse`');
    expect(text).toContain('- Public API: removed `GetTransactionResponse.amount`, `GetTransactionResponse.status`, `GetTransactionResponse.uuid`');
  });

  test('a new enum value is a feature (patch before 1.0): the changed member type is not a break', async () => {
    await sync(join(pairs, 'after', 'enum-value-added.json'));
    const text = await changesetText();
    expect(text).toContain('"@org/clara-zz": patch');
    expect(text).toContain('new enum value `"REVERSED"`');
    expect(text).not.toContain('Public API');
  });

  test('error responses are documentation: removing one is a patch, whatever the error types exported', async () => {
    const from = await variant('error-removed', (spec) => {
      spec.paths['/api/v3/transactions/{uuid}'].get.responses['404'] = { description: 'not found' };
    });
    await sync(from);
    const withError = await changesetText();
    await rm(join(root, '.changeset', (await changesets())[0]!));
    await sync(join(pairs, 'base.json'));
    const text = await changesetText();
    expect(withError).toContain('"@org/clara-zz": patch');
    expect(text).toContain('"@org/clara-zz": patch');
    expect(text).toContain('- `GET /v3/transactions/{uuid}`: error response 404 removed');
    expect(text).not.toContain('Public API');
  });

  test("a security scheme's description is a patch", async () => {
    const described = await variant('described', (spec) => {
      spec.components.securitySchemes.oauth2.description = 'Client credentials.';
    });
    await sync(described);
    expect(await changesetText()).toContain('"@org/clara-zz": patch');
    expect(await changesetText()).toContain('- Security scheme descriptions updated');
  });

  test('a raw function that now calls another endpoint is reported, and no method is said to be renamed', async () => {
    // The overlay moves getTransaction to the v2 path (say, Clara dropped the v3 one and the curators followed).
    const overlay = (await readFile(overlayPath(root, 'zz'), 'utf8')).replace("$.paths['/api/v3/transactions/{uuid}'].get", "$.paths['/api/v2/transactions/{uuid}'].get");
    await writeFile(overlayPath(root, 'zz'), overlay);
    const from = await variant('moved', (spec) => {
      spec.paths['/api/v2/transactions/{uuid}'] = spec.paths['/api/v3/transactions/{uuid}'];
      delete spec.paths['/api/v3/transactions/{uuid}'];
    });
    await sync(from);
    const text = await changesetText();
    expect(text).toContain('- raw function `raw.getTransaction` now calls `GET /v2/transactions/{uuid}` (was `GET /v3/transactions/{uuid}`)');
    expect(text).not.toMatch(/renamed/);
  });

  test('a changeset that cannot be written leaves spec and code untouched, so a re-run retries', async () => {
    const from = join(pairs, 'after', 'field-added.json');
    const changesetFile = `spec-zz-${createHash('sha256').update(canonicalUpstream(await readJson(from)).text).digest('hex').slice(0, 10)}.md`;
    await mkdir(join(root, '.changeset', changesetFile)); // a directory where the file should go: the write fails
    const before = await snapshot();
    expect(await failure(sync(from))).toBeInstanceOf(Error);
    expect(await snapshot()).toEqual(before);
    await rm(join(root, '.changeset', changesetFile), { recursive: true });
    expect((await sync(from)).status).toBe('updated');
  });
});

describe('upstream churn users never see', () => {
  test('an unchanged spec, or one whose keys are only reordered, is "up to date": nothing written', async () => {
    const before = await snapshot();
    expect((await sync(join(pairs, 'base.json'))).status).toBe('up-to-date');
    const reordered = await variant('reordered', (spec) => {
      const operation = spec.paths['/api/v3/transactions'].get;
      spec.paths['/api/v3/transactions'].get = Object.fromEntries(Object.entries(operation).reverse());
      spec.components = Object.fromEntries(Object.entries(spec.components).reverse());
    });
    const result = await sync(reordered);
    expect(result.status).toBe('up-to-date');
    expect(report(result)).toContain('specs/zz is up to date');
    expect(await snapshot()).toEqual(before);
  });

  test("springdoc renumbering its _N suffixes: spec stored, client and changesets unchanged", async () => {
    const clientBefore = await readFile(join(generatedDir(root, 'zz'), 'client.ts'), 'utf8');
    const renumbered = await variant('renumbered', (spec) => {
      spec.paths['/api/v3/transactions'].get.operationId = 'findAll_2';
      spec.paths['/api/v3/transactions/{uuid}'].get.operationId = 'findAll_1';
      spec.paths['/api/v3/cards'].post.operationId = 'create_1';
    });
    const result = await sync(renumbered);
    expect(result.status).toBe('reformatted');
    expect(report(result)).toContain('nothing users see — spec written, no changeset needed');
    expect(await changesets()).toEqual([]);
    expect(await readFile(join(generatedDir(root, 'zz'), 'client.ts'), 'utf8')).toBe(clientBefore);
    expect((await readJson(specPath(root, 'zz'))).paths['/api/v3/transactions'].get.operationId).toBe('findAll_2');
  });

  test("Clara's published artefacts are repaired and listed; the same API published so is no release", async () => {
    const result = await sync(join(pairs, 'upstream-artefacts.json'));
    const text = report(result);
    expect(text).toContain('repaired: filled in the empty country of `https://public-api..clara.com/oauth/token`');
    expect(text).toContain('repaired: moved the "/api" prefix of 3 paths into the servers (https://public-api.zz.clara.com/api, https://public-api.zz.clara.com/api-test)');
    expect(text).toContain('repaired: removed the "*/*" media type next to "application/json" (2×)');
    expect(result.status).toBe('reformatted');
    expect(await changesets()).toEqual([]);
  });
});

describe('names keyed by METHOD + PATH', () => {
  test('a new operation the overlay does not name gets the default name and a ready-to-paste entry', async () => {
    const from = await variant('new-operation', (spec) => {
      spec.paths['/api/v3/cards/{uuid}/lock'] = {
        patch: {
          operationId: 'toggle_3',
          parameters: [{ name: 'uuid', in: 'path', required: true, schema: { type: 'string' } }],
          responses: { '204': { description: 'No Content' } },
        },
      };
      spec.paths['/api/v3/cards/{uuid}'] = { get: { responses: { '200': { description: 'ok', content: { '*/*': { schema: { type: 'object' } } } } } } };
    });
    const result = await sync(from);
    const text = report(result);
    expect(result.status).toBe('updated');
    expect(text).toContain('New operations without a curated name (2; paste under `actions:` in specs/zz/overlay.yaml to keep these names):');
    expect(text).toContain('- `GET /api/v3/cards/{uuid}`: clara.cards.get, raw.getCards — no operationId upstream');
    expect(text).toContain(
      [
        '- `PATCH /api/v3/cards/{uuid}/lock`: clara.cards.updateLock, raw.updateCardsLock — upstream operationId `toggle_3` carries a springdoc suffix (renumbered when controllers change)',
        "    - target: $.paths['/api/v3/cards/{uuid}/lock'].patch",
        '      update:',
        '        x-clara-sdk:',
        '          operationId: updateCardsLock',
        '          resource: cards',
        '          method: updateLock',
      ].join('\n'),
    );
    expect(await changesetText()).toContain('- added `clara.cards.updateLock` (`PATCH /v3/cards/{uuid}/lock`)');
  });

  test('collisions and bad names are all reported in one run, each with the entry that fixes it', async () => {
    await writeFile(
      overlayPath(root, 'zz'),
      (await readFile(overlayPath(root, 'zz'), 'utf8'))
        .replace('{ operationId: createCard, resource: cards, method: create }', '{ operationId: getTransaction, resource: cards, method: create }')
        .replace('{ operationId: listTransactions, resource: transactions, method: list }', '{ operationId: listTransactions, resource: transactions, method: list, paging: pages }'),
    );
    const before = await snapshot();
    const error = await failure(sync(join(pairs, 'after', 'field-added.json')));
    expect(error).toBeInstanceOf(NamingError);
    const { problems } = error as NamingError;
    expect(problems).toHaveLength(2);
    expect(problems[0]).toContain('GET /api/v3/transactions: x-clara-sdk paging "pages"');
    expect(problems[0]).toContain("- target: $.paths['/api/v3/transactions'].get");
    expect(problems[1]).toMatch(/would both have the operationId getTransaction/);
    expect(problems[1]).toContain('operationId: post');
    expect(await snapshot()).toEqual(before);
  });
});

describe('a sync never writes what does not compile', () => {
  test('a $ref cycle that would generate `type A = B; type B = A` is refused, naming the schemas', async () => {
    const from = await variant('cycle', (spec) => {
      spec.components.schemas.Alpha = { $ref: '#/components/schemas/Beta' };
      spec.components.schemas.Beta = { allOf: [{ $ref: '#/components/schemas/Alpha' }] };
    });
    const before = await snapshot();
    const error = await failure(sync(from));
    expect(error).toBeInstanceOf(SpecError);
    expect((error as Error).message).toContain('schemas Alpha → Beta → Alpha only refer to each other');
    expect(await snapshot()).toEqual(before);
  });
});

describe('the CLI', () => {
  const run = (args: string[]) =>
    promisify(execFile)(process.execPath, [cli, 'sync', '--root', root, ...args]).then(
      ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
      (error: { code: number; stdout: string; stderr: string }) => error,
    );

  test('prints the report, writes it with --report, and exits 1 with the reason on bad input', { timeout: 30_000 }, async () => {
    const reportFile = join(root, 'report.md');
    // Three processes that write nothing but the report: at once.
    const [ok, missing, noCountry] = await Promise.all([
      run(['--country', 'zz', '--from', join(pairs, 'base.json'), '--report', reportFile]),
      run(['--country', 'zz', '--from', join(root, 'nope.json')]),
      run([]),
    ]);
    expect(ok.stderr).toBe('');
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('specs/zz is up to date');
    expect(await readFile(reportFile, 'utf8')).toBe(ok.stdout);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('nope.json: ENOENT');
    expect(noCountry.code).toBe(1);
    expect(noCountry.stderr).toContain('--country <cc> is required');
  });
});
