// `spec:check`: on the real repository (read-only), and on a temporary git repository where each rule is broken.
import { execFile, execFileSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';

import { generateCountry, generatedDir, specPath } from '../generate/generate.ts';
import { overlayPath } from '../generate/overlay.ts';
import { checkSpecs, specReleasedSince } from '../spec/check.ts';

const repo = join(import.meta.dirname, '..', '..');
const pairs = join(import.meta.dirname, 'fixtures', 'spec-pairs');

test('the repository passes spec:check (HEAD compared with main)', async () => {
  const run = await promisify(execFile)(process.execPath, [join(repo, 'tools', 'spec', 'cli.ts'), 'check']);
  expect(run.stdout).toContain('specs valid and canonical, overlays apply, generated code in sync, every changed effective document has a changeset');
}, 60_000);

describe('on a temporary repository', () => {
  let root: string;
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=test', '-c', 'user.email=test@example.com', ...args], { cwd: root, stdio: 'pipe' });

  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'clara-spec-check-test-'));
    await mkdir(join(root, 'specs', 'zz'), { recursive: true });
    await cp(join(pairs, 'base.json'), specPath(root, 'zz'));
    await cp(join(pairs, 'overlay.yaml'), overlayPath(root, 'zz'));
    await generateCountry({ root, code: 'zz' });
    await mkdir(join(root, '.changeset'));
    await writeFile(join(root, '.changeset', 'config.json'), '{ "baseBranch": "main" }\n');
    git('init', '-q', '-b', 'main');
    git('add', '-A');
    git('commit', '-q', '-m', 'base');
    git('checkout', '-q', '-b', 'feature');
  });
  afterEach(() => rm(root, { recursive: true, force: true }));

  test('nothing changed since main: passes', async () => {
    expect(await checkSpecs({ root })).toEqual([]);
  });

  test('a changed spec without a changeset fails, naming the package; with one it passes', async () => {
    await cp(join(pairs, 'after', 'field-added.json'), specPath(root, 'zz'));
    await generateCountry({ root, code: 'zz' });
    expect(await checkSpecs({ root })).toEqual([
      'packages/clara-zz: what the client is generated from (specs/zz + overlay) changed since main but no new changeset releases @org/clara-zz: run pnpm spec:sync --country zz --from <new spec>, or pnpm changeset',
    ]);
    await writeFile(join(root, '.changeset', 'tx-currency.md'), '---\n"@org/clara-zz": patch\n---\n\nTransactions have a currency.\n');
    expect(await checkSpecs({ root })).toEqual([]);
  });

  test('a changeset that was already on main does not count for a new spec change', async () => {
    await writeFile(join(root, '.changeset', 'old.md'), '---\n"@org/clara-zz": patch\n---\n\nOld.\n');
    git('add', '-A');
    git('commit', '-q', '-m', 'old changeset');
    git('branch', '-f', 'main', 'HEAD');
    await cp(join(pairs, 'after', 'field-added.json'), specPath(root, 'zz'));
    await generateCountry({ root, code: 'zz' });
    expect(await checkSpecs({ root })).toHaveLength(1);
  });

  test('an upstream change no user sees (renumbered springdoc suffixes) needs no changeset', async () => {
    const spec = JSON.parse(await readFile(specPath(root, 'zz'), 'utf8'));
    spec.paths['/api/v3/transactions'].get.operationId = 'findAll_1';
    await writeFile(specPath(root, 'zz'), `${JSON.stringify(spec, null, 2)}\n`);
    await generateCountry({ root, code: 'zz' });
    expect(await checkSpecs({ root })).toEqual([]);
  });

  test('curation inside the upstream spec is reported: it belongs in the overlay', async () => {
    const spec = JSON.parse(await readFile(specPath(root, 'zz'), 'utf8'));
    spec.paths['/api/v3/transactions'].get['x-clara-method'] = 'all';
    await writeFile(specPath(root, 'zz'), `${JSON.stringify(spec, null, 2)}\n`);
    await generateCountry({ root, code: 'zz' });
    expect(await checkSpecs({ root })).toContain('specs/zz/api-docs-v3.json carries curation ("x-clara-method"): it belongs in specs/zz/overlay.yaml');
  });

  test('stale generated code, a spec not stored canonically and an invalid spec are reported', async () => {
    await writeFile(join(generatedDir(root, 'zz'), 'index.ts'), '// edited by hand\n');
    expect((await checkSpecs({ root }))[0]).toMatch(/^packages\/clara-zz: generated code is stale \(1 files, e.g\. packages\/clara-zz\/src\/generated\/index\.ts\)/);

    await writeFile(specPath(root, 'zz'), JSON.stringify(JSON.parse(await readFile(join(pairs, 'base.json'), 'utf8'))));
    expect(await checkSpecs({ root })).toContain(
      'specs/zz/api-docs-v3.json is not stored canonically (key order or formatting): run pnpm spec:sync --country zz --from specs/zz/api-docs-v3.json',
    );

    await writeFile(specPath(root, 'zz'), '{ "openapi": "3.1.0" }');
    expect((await checkSpecs({ root }))[0]).toContain('api-docs-v3.json: invalid OpenAPI document');
  });

  test('a pushed spec counts as released only with a spec-sync changeset of its country (regenerate.yml push path)', async () => {
    await writeFile(join(root, '.changeset', 'hand-fix.md'), '---\n"@org/clara-zz": patch\n---\n\nA hand-written fix.\n');
    await writeFile(join(root, '.changeset', 'spec-yy-0123456789.md'), '---\n"@org/clara-yy": patch\n---\n\nOther country.\n');
    expect(await specReleasedSince(root, 'main', 'zz')).toBe(false);
    await writeFile(join(root, '.changeset', 'spec-zz-0123456789.md'), '---\n"@org/clara-zz": patch\n---\n\nSpec update.\n');
    expect(await specReleasedSince(root, 'main', 'zz')).toBe(true);
  });

  test('a missing base branch is a clear error', async () => {
    expect(await checkSpecs({ root, base: 'release' })).toEqual([
      `base branch "release" not found in ${root}: create it (git branch release origin/release) or pass --base <ref>`,
    ]);
  });
});
