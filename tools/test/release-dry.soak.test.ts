// `pnpm release:dry` for real: build, publint + attw on the packed tarballs, npm install of the tarballs into a
// project outside the workspace, the installed exports checked and every entry point loaded (require and import),
// each main entry loading none of the optional peers (the testing kit's nock...) but its own dependencies,
// and two user scripts (ESM and CommonJS) listing transactions from the sandbox over mTLS.
// It writes only build output (packages/*/dist, git-ignored) and temp folders.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from 'vitest';

const repo = join(import.meta.dirname, '..', '..');

test('what we would publish installs and works', async () => {
  const { stdout } = await promisify(execFile)(process.execPath, [join(repo, 'tools', 'release', 'dry.ts')], { cwd: repo, maxBuffer: 16 * 1024 * 1024 });
  expect(stdout).toContain('› publint + @arethetypeswrong/cli on each tarball');
  expect(stdout).toContain('› exports of the installed packages: no source condition, every target in the tarball');
  expect(stdout).toMatch(/› require\(\) and import\(\) of every entry point \(\d+\)/);
  expect(stdout).toContain('› each main entry loads none of the optional peers (');
  expect(stdout).toMatch(/listed 12 transactions with @org\/clara-mx on Node v\d+/);
  expect(stdout).toMatch(/listed 5 transactions with require\('@org\/clara-mx'\) on Node v\d+/);
  expect(stdout).toMatch(/release dry run passed in [\d.]+ s/);
}, 240_000);
