// A multi-package release, as release.yml runs it: a breaking spec change of a country (through spec:sync, in this
// process; the small Testland country zz, support/testland.ts) plus a hand-written auth fix → `pnpm release:version`
// (changeset version) → versions, changelogs and dependent bumps.
import { execFile, execFileSync } from 'node:child_process';
import { cp, mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, test } from 'vitest';

import { syncSpec } from '../spec/sync.ts';
import { createTestland, pairs, removeTestland } from './support/testland.ts';

const repo = join(import.meta.dirname, '..', '..');
let root: string;

const manifest = (name: string, version: string, dependencies: Record<string, string> = {}) =>
  `${JSON.stringify({ name, version, type: 'module', dependencies }, null, 2)}\n`;
const readJson = async (path: string) => JSON.parse(await readFile(join(root, path), 'utf8'));
const node = (script: string, args: string[]) => promisify(execFile)(process.execPath, [join(repo, script), ...args], { cwd: root });

beforeAll(async () => {
  root = await createTestland(); // specs/zz, packages/clara-zz generated from it, .changeset/
  await writeFile(join(root, 'package.json'), manifest('release-test', '0.0.0'));
  await writeFile(join(root, 'pnpm-workspace.yaml'), 'packages:\n  - packages/*\n');
  await cp(join(repo, '.changeset', 'config.json'), join(root, '.changeset', 'config.json'));
  await symlink(join(repo, 'node_modules'), join(root, 'node_modules')); // changesets resolves its changelog module here
  // Internal dependencies as the real manifests declare them (exact pins: `workspace:*`); zz as a country package.
  const internal = async (dir: string, name: string) =>
    ({ [name]: JSON.parse(await readFile(join(repo, 'packages', dir, 'package.json'), 'utf8')).dependencies[name] as string });
  for (const [dir, name, version, deps] of [
    ['auth', '@org/clara-auth', '0.3.0', {}],
    ['clara', '@org/clara', '0.3.0', await internal('clara', '@org/clara-auth')],
    ['clara-zz', '@org/clara-zz', '0.4.2', await internal('clara-mx', '@org/clara')],
    ['clara-br', '@org/clara-br', '0.4.0', await internal('clara-br', '@org/clara')],
  ] as const) {
    await mkdir(join(root, 'packages', dir), { recursive: true });
    await writeFile(join(root, 'packages', dir, 'package.json'), manifest(name, version, deps));
  }
  const git = (...args: string[]) => execFileSync('git', args, { cwd: root, stdio: 'pipe' });
  git('init', '-q', '-b', 'main');
  git('-c', 'user.name=test', '-c', 'user.email=test@example.com', 'commit', '-q', '--allow-empty', '-m', 'base');
}, 60_000);
afterAll(() => removeTestland(root));

test('a breaking spec change plus an auth fix version exactly the affected packages', async () => {
  await syncSpec({ root, code: 'zz', from: join(pairs, 'after', 'operation-removed.json') }); // what `pnpm spec:sync` runs
  await writeFile(join(root, '.changeset', 'auth-refresh-fix.md'), '---\n"@org/clara-auth": patch\n---\n\nRefresh the token when the server clock is ahead.\n');

  const { stdout } = await node('tools/release/version.ts', ['--root', root]);
  expect(stdout).toContain('versioned 2 changesets');

  // 0.x: the breaking change is a minor bump, the fix a patch. Internal dependencies are exact pins, so every
  // package depending on a released one is released too, with a patch bump and "Updated dependencies".
  expect((await readJson('packages/clara-zz/package.json')).version).toBe('0.5.0');
  expect((await readJson('packages/auth/package.json')).version).toBe('0.3.1');
  expect((await readJson('packages/clara/package.json')).version).toBe('0.3.1');
  expect((await readJson('packages/clara-br/package.json')).version).toBe('0.4.1');
  expect((await readJson('packages/clara-br/package.json')).dependencies['@org/clara']).toBe('workspace:*');

  const zzLog = await readFile(join(root, 'packages/clara-zz/CHANGELOG.md'), 'utf8');
  expect(zzLog).toContain('## 0.5.0');
  expect(zzLog).toContain('### Minor Changes');
  expect(zzLog).toContain('Spec update (specs/zz/api-docs-v3.json): ');
  expect(zzLog).toContain('- removed `clara.transactions.get` (`GET /v3/transactions/{uuid}`)');
  expect(zzLog).toContain('Removed operation `GET /v3/transactions/{uuid}` (`clara.transactions.get`, raw.getTransaction)');
  expect(zzLog).toContain('Public API: removed');
  expect(zzLog).toMatch(/### Patch Changes\s+- @org\/clara@0\.3\.1/);
  const authLog = await readFile(join(root, 'packages/auth/CHANGELOG.md'), 'utf8');
  expect(authLog).toMatch(/## 0\.3\.1\s+### Patch Changes\s+- .*Refresh the token when the server clock is ahead\./);
  for (const [dependent, dependency] of [['clara', '@org/clara-auth@0.3.1'], ['clara-br', '@org/clara@0.3.1']]) {
    const log = await readFile(join(root, 'packages', dependent!, 'CHANGELOG.md'), 'utf8');
    expect(log).toMatch(/## \d+\.\d+\.1\s+### Patch Changes\s+- (Updated dependencies\s+- )?@org\//);
    expect(log).toContain(dependency);
  }
}, 60_000);

test('a breaking auth change releases every dependent with a patch', async () => {
  await writeFile(join(root, '.changeset', 'auth-breaking.md'), '---\n"@org/clara-auth": minor\n---\n\nToken stores are now async.\n');
  await node('tools/release/version.ts', ['--root', root]);
  expect((await readJson('packages/auth/package.json')).version).toBe('0.4.0');
  expect((await readJson('packages/clara/package.json')).version).toBe('0.3.2');
  expect(await readFile(join(root, 'packages/clara/CHANGELOG.md'), 'utf8')).toMatch(/## 0\.3\.2\s+### Patch Changes\s+- Updated dependencies[\s\S]*@org\/clara-auth@0\.4\.0/);
  expect((await readJson('packages/clara-zz/package.json')).version).toBe('0.5.1');
  expect((await readJson('packages/clara-br/package.json')).version).toBe('0.4.2');
}, 60_000);

test('with no changesets left, release:version is a no-op that succeeds', async () => {
  const { stdout } = await node('tools/release/version.ts', ['--root', root]);
  expect(stdout).toContain('no changesets to version');
});
