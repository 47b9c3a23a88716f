// tools/toolchain/run on a platform npm has no pinned Node for (macOS): it falls back to a system Node that satisfies
// the root package.json's engines range, or stops with the reason. Driven here on a copy of the script in a scratch
// repository whose toolchain and workspace count as installed, with a fake `uname` and fake `node`s on the PATH.
import { execFile, execFileSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

const repo = join(import.meta.dirname, '..', '..');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

describe('tools/toolchain/run without a pinned Node for the platform', () => {
  let scratch: string;
  let run: (nodeVersion: string | undefined) => Promise<Run>;

  beforeAll(() => {
    scratch = mkdtempSync(join(tmpdir(), 'clara-toolchain-run-'));
    const root = join(scratch, 'repo');
    const toolchain = join(root, 'tools', 'toolchain');
    mkdirSync(join(toolchain, 'node_modules', '.bin'), { recursive: true });
    mkdirSync(join(root, 'node_modules', '.pnpm'), { recursive: true });
    copyFileSync(join(repo, 'tools', 'toolchain', 'run'), join(toolchain, 'run'));
    copyFileSync(join(repo, 'package.json'), join(root, 'package.json'));
    // Installed as far as the script can tell: lockfiles match their installed copies; no node in .bin.
    for (const [lock, installed] of [
      [join(toolchain, 'package-lock.json'), join(toolchain, 'node_modules', '.installed-lock.json')],
      [join(root, 'pnpm-lock.yaml'), join(root, 'node_modules', '.pnpm', 'lock.yaml')],
    ] as const) {
      writeFileSync(lock, 'lock\n');
      writeFileSync(installed, 'lock\n');
    }
    symlinkSync(join(repo, 'tools', 'toolchain', 'node_modules', 'semver'), join(toolchain, 'node_modules', 'semver'));

    const script = (file: string, body: string) => {
      writeFileSync(file, `#!/bin/sh\n${body}\n`);
      chmodSync(file, 0o755);
    };
    const bin = (name: string) => {
      const dir = join(scratch, name);
      mkdirSync(dir);
      for (const tool of ['bash', 'dirname', 'cmp']) symlinkSync(execFileSync('bash', ['-c', `command -v ${tool}`], { encoding: 'utf8' }).trim(), join(dir, tool));
      script(join(dir, 'uname'), 'case "$1" in -s) echo Darwin ;; -m) echo arm64 ;; esac');
      return dir;
    };
    run = (nodeVersion) => {
      const dir = bin(`bin-${nodeVersion ?? 'none'}`);
      // A system Node that reports `nodeVersion` and otherwise is the Node running this test.
      if (nodeVersion) script(join(dir, 'node'), `[ "$1" = --version ] && { echo ${nodeVersion}; exit 0; }\nexec "${process.execPath}" "$@"`);
      return new Promise((resolve) => {
        execFile('bash', [join(toolchain, 'run'), 'node', '--version'], { env: { PATH: dir } }, (error, stdout, stderr) => {
          resolve({ code: error ? Number(error.code) : 0, stdout, stderr });
        });
      });
    };
  });
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  test('runs on a system Node that satisfies engines.node, saying so in one line on stderr', async () => {
    const result = await run('v24.3.0');
    expect(result).toEqual({
      code: 0,
      stdout: 'v24.3.0\n',
      stderr: `tools/toolchain/run: no pinned Node for Darwin arm64: using the system Node v24.3.0 (${join(scratch, 'bin-v24.3.0', 'node')}), which satisfies ">=24"\n`,
    });
  });

  test('stops on a system Node that does not satisfy it, naming both', async () => {
    const result = await run('v22.12.0');
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      `tools/toolchain/run: no pinned Node for this platform (Darwin arm64), and the system Node v22.12.0 (${join(scratch, 'bin-v22.12.0', 'node')}) ` +
        'does not satisfy engines.node ">=24" of package.json: install a Node.js that does and run again\n',
    );
  });

  test('stops when there is no Node at all', async () => {
    const result = await run(undefined);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^tools\/toolchain\/run: no pinned Node for this platform \(Darwin arm64\) and no node on the PATH: install Node\.js/);
  });
});
