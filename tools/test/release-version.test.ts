// A multi-package release, as release.yml runs it: a breaking MX spec change (through spec:sync) plus a hand-written
// auth fix → `pnpm release:version` (changeset version) → versions, changelogs and dependent bumps.
import { execFile, execFileSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, test } from 'vitest';

const repo = join(import.meta.dirname, '..', '..');
let root: string;

const manifest = (name: string, version: string, dependencies: Record<string, string> = {}) =>
  `${JSON.stringify({ name, version, type: 'module', dependencies }, null, 2)}\n`;
const readJson = async (path: string) => JSON.parse(await readFile(join(root, path), 'utf8'));
const node = (script: string, args: string[]) => promisify(execFile)(process.execPath, [join(repo, script), ...args], { cwd: root });

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'clara-release-test-'));
  await writeFile(join(root, 'package.json'), manifest('release-test', '0.0.0'));
  await writeFile(join(root, 'pnpm-workspace.yaml'), 'packages:\n  - packages/*\n');
  await mkdir(join(root, '.changeset'));
  await cp(join(repo, '.changeset', 'config.json'), join(root, '.changeset', 'config.json'));
  await symlink(join(repo, 'node_modules'), join(root, 'node_modules')); // changesets resolves its changelog module here
  await cp(join(repo, 'specs', 'mx'), join(root, 'specs', 'mx'), { recursive: true });
  await cp(join(repo, 'packages', 'clara-mx', 'src'), join(root, 'packages', 'clara-mx', 'src'), { recursive: true });
  // Internal dependencies as the real manifests declare them (exact pins: `workspace:*`).
  const internal = async (dir: string, name: string) =>
    ({ [name]: JSON.parse(await readFile(join(repo, 'packages', dir, 'package.json'), 'utf8')).dependencies[name] as string });
  for (const [dir, name, version, deps] of [
    ['auth', '@org/clara-auth', '0.3.0', {}],
    ['clara', '@org/clara', '0.3.0', await internal('clara', '@org/clara-auth')],
    ['clara-mx', '@org/clara-mx', '0.4.2', await internal('clara-mx', '@org/clara')],
    ['clara-br', '@org/clara-br', '0.4.0', await internal('clara-br', '@org/clara')],
  ] as const) {
    await mkdir(join(root, 'packages', dir), { recursive: true });
    await writeFile(join(root, 'packages', dir, 'package.json'), manifest(name, version, deps));
  }
  const git = (...args: string[]) => execFileSync('git', args, { cwd: root, stdio: 'pipe' });
  git('init', '-q', '-b', 'main');
  git('-c', 'user.name=test', '-c', 'user.email=test@example.com', 'commit', '-q', '--allow-empty', '-m', 'base');
}, 60_000);
afterAll(() => rm(root, { recursive: true, force: true }));

test('a breaking MX spec change plus an auth fix version exactly the affected packages', async () => {
  const spec = JSON.parse(await readFile(join(root, 'specs/mx/api-docs-v3.json'), 'utf8'));
  delete spec.paths['/api/v3/cards/{uuid}'].delete;
  await writeFile(join(root, 'new-mx.json'), JSON.stringify(spec));
  await node('tools/spec/cli.ts', ['sync', '--root', root, '--country', 'mx', '--from', join(root, 'new-mx.json')]);
  await writeFile(join(root, '.changeset', 'auth-refresh-fix.md'), '---\n"@org/clara-auth": patch\n---\n\nRefresh the token when the server clock is ahead.\n');

  const { stdout } = await node('tools/release/version.ts', ['--root', root]);
  expect(stdout).toContain('versioned 2 changesets');

  // 0.x: the breaking change is a minor bump, the fix a patch. Internal dependencies are exact pins, so every
  // package depending on a released one is released too, with a patch bump and "Updated dependencies".
  expect((await readJson('packages/clara-mx/package.json')).version).toBe('0.5.0');
  expect((await readJson('packages/auth/package.json')).version).toBe('0.3.1');
  expect((await readJson('packages/clara/package.json')).version).toBe('0.3.1');
  expect((await readJson('packages/clara-br/package.json')).version).toBe('0.4.1');
  expect((await readJson('packages/clara-br/package.json')).dependencies['@org/clara']).toBe('workspace:*');

  const mxLog = await readFile(join(root, 'packages/clara-mx/CHANGELOG.md'), 'utf8');
  expect(mxLog).toContain('## 0.5.0');
  expect(mxLog).toContain('### Minor Changes');
  expect(mxLog).toContain('Spec update (specs/mx/api-docs-v3.json): ');
  expect(mxLog).toContain('- removed `clara.cards.delete` (`DELETE /v3/cards/{uuid}`)');
  expect(mxLog).toContain('Removed operation `DELETE /v3/cards/{uuid}` (`clara.cards.delete`, raw.deleteCard)');
  expect(mxLog).toContain('Public API: removed');
  expect(mxLog).toMatch(/### Patch Changes\s+- @org\/clara@0\.3\.1/);
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
  expect((await readJson('packages/clara-mx/package.json')).version).toBe('0.5.1');
  expect((await readJson('packages/clara-br/package.json')).version).toBe('0.4.2');
}, 60_000);

test('with no changesets left, release:version is a no-op that succeeds', async () => {
  const { stdout } = await node('tools/release/version.ts', ['--root', root]);
  expect(stdout).toContain('no changesets to version');
});
