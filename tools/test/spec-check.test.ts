// `spec:check` on a temporary git repository where each rule is broken (on the real repository, through the CLI:
// spec-check-repo.soak.test.ts).
import { execFileSync } from 'node:child_process';
import { cp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';

import { generateCountry, generatedDir, specPath } from '../generate/generate.ts';
import { checkSpecs, specReleasedSince } from '../spec/check.ts';
import { pairs, removeTestland, testlandPerFile } from './support/testland.ts';

describe('on a temporary repository', () => {
  let root: string;
  const gitIn = (cwd: string, ...args: string[]) => execFileSync('git', ['-c', 'user.name=test', '-c', 'user.email=test@example.com', ...args], { cwd, stdio: 'pipe' });
  const git = (...args: string[]) => gitIn(root, ...args);
  // Testland committed on main, checked out on a branch `feature`.
  const copyTestland = testlandPerFile((template) => {
    gitIn(template, 'init', '-q', '-b', 'main');
    gitIn(template, 'add', '-A');
    gitIn(template, 'commit', '-q', '-m', 'base');
    gitIn(template, 'checkout', '-q', '-b', 'feature');
  });

  beforeEach(async () => {
    root = await copyTestland();
  });
  afterEach(() => removeTestland(root));

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
