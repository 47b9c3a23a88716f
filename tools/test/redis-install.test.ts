// `npm test` on a machine without redis-server: the shared installer (tools/scripts/install-redis-server.sh, also
// run by .ci/run) installs it with apt-get (as root or with a password-less sudo) or Homebrew; when it cannot,
// the Redis test files are skipped and reported with the command that installs it — never on CI (CI=true, CI=1, …).
// Run with a PATH that holds only stubs (no redis-server, stub installers), so nothing is installed for real.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';

import { planRedisTests, redisTestFiles } from '../scripts/lib/redis-tests.ts';

const repo = join(import.meta.dirname, '..', '..');
const installer = join(repo, 'tools', 'scripts', 'install-redis-server.sh');
const which = (command: string) => spawnSync('bash', ['-c', `command -v ${command}`], { encoding: 'utf8' }).stdout.trim();
const [bash, chmod] = [which('bash'), which('chmod')];
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A folder to be the whole PATH: bash, and the given stub commands (shell bodies); each logs its arguments. */
function stubPath(stubs: Record<string, string>): { dir: string; log: () => string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'clara-redis-install-'));
  dirs.push(dir);
  symlinkSync(bash, join(dir, 'bash'));
  for (const [name, body] of Object.entries(stubs)) {
    writeFileSync(join(dir, name), `#!${bash}\necho "${name} $*" >> "${dir}/calls.log"\n${body}\n`);
    chmodSync(join(dir, name), 0o755);
  }
  const log = () => {
    try {
      return readFileSync(join(dir, 'calls.log'), 'utf8').trim().split('\n');
    } catch {
      return [];
    }
  };
  return { dir, log };
}

/** A body that puts a working redis-server stub next to the stub that runs it. */
const installsRedis = (dir: string) => `printf '#!${bash}\\nexit 0\\n' > "${dir}/redis-server"; ${chmod} +x "${dir}/redis-server"`;

const runInstaller = (dir: string) => spawnSync(bash, [installer], { env: { PATH: dir }, encoding: 'utf8' });

describe('install-redis-server.sh', () => {
  test('as root with apt-get: installs redis-server with apt-get, quietly, without recommends', () => {
    const path = stubPath({ id: 'echo 0' });
    writeFileSync(join(path.dir, 'apt-get'), `#!${bash}\necho "apt-get $*" >> "${path.dir}/calls.log"\n[ "$1" = install ] && { ${installsRedis(path.dir)}; }\nexit 0\n`);
    chmodSync(join(path.dir, 'apt-get'), 0o755);
    const run = runInstaller(path.dir);
    expect(run.status).toBe(0);
    expect(path.log().filter((line) => line.startsWith('apt-get'))).toEqual(['apt-get update -qq', 'apt-get install -y -qq --no-install-recommends redis-server']);
  });

  test('not root, with a password-less sudo: through sudo', () => {
    const path = stubPath({ id: 'echo 1000', 'apt-get': 'exit 0' });
    writeFileSync(join(path.dir, 'sudo'), `#!${bash}\necho "sudo $*" >> "${path.dir}/calls.log"\necho "sudo $*" >&2\n[ "$1" = -n ] && exit 0\n[ "$2" = install ] && { ${installsRedis(path.dir)}; }\nexit 0\n`);
    chmodSync(join(path.dir, 'sudo'), 0o755);
    const run = runInstaller(path.dir);
    expect(run.status).toBe(0);
    expect(path.log().filter((line) => line.startsWith('sudo apt-get'))).toEqual(['sudo apt-get update -qq', 'sudo apt-get install -y -qq --no-install-recommends redis-server']);
    // What it is about to do, said before each sudo (the stub says each call on stderr; the probe's is silenced).
    expect(run.stderr.split('\n').slice(0, 4)).toEqual([
      '› redis-server is not installed (the Redis tests need it): checking for a sudo that needs no password (sudo -n true)',
      '› installing redis-server: sudo apt-get update, then sudo apt-get install -y --no-install-recommends redis-server',
      'sudo apt-get update -qq',
      'sudo apt-get install -y -qq --no-install-recommends redis-server',
    ]);
  });

  test('not root and no sudo: installs nothing, exits 3 and names the command', () => {
    const path = stubPath({ id: 'echo 1000', 'apt-get': 'exit 0' });
    const run = runInstaller(path.dir);
    expect(run.status).toBe(3);
    expect(run.stdout.trim()).toBe('sudo apt-get install -y redis-server');
    expect(path.log().filter((line) => line.startsWith('apt-get'))).toEqual([]);
  });

  test('with Homebrew: brew install redis', () => {
    const path = stubPath({ id: 'echo 501' });
    writeFileSync(join(path.dir, 'brew'), `#!${bash}\necho "brew $*" >> "${path.dir}/calls.log"\n${installsRedis(path.dir)}\n`);
    chmodSync(join(path.dir, 'brew'), 0o755);
    expect(runInstaller(path.dir).status).toBe(0);
    expect(path.log()).toContain('brew install --quiet redis');
  });

  test('neither apt-get nor Homebrew: exits 3 with where to get it; already installed: does nothing', () => {
    const bare = stubPath({ id: 'echo 0' });
    const run = runInstaller(bare.dir);
    expect(run.status).toBe(3);
    expect(run.stdout.trim()).toMatch(/^install redis-server \(https:\/\/redis\.io\//);
    const installed = stubPath({ 'redis-server': 'exit 0', 'apt-get': 'exit 1' });
    expect(runInstaller(installed.dir).status).toBe(0);
    expect(installed.log()).toEqual([]);
  });
});

describe('npm test (planRedisTests)', () => {
  const stubInstaller = (body: string) => {
    const path = stubPath({});
    writeFileSync(join(path.dir, 'installer.sh'), `${body}\n`);
    return { ...path, installer: join(path.dir, 'installer.sh') };
  };

  test('redis-server missing and not installable: the Redis test files are skipped, and the notice names them and the command', () => {
    const stub = stubInstaller('echo "sudo apt-get install -y redis-server"; exit 3');
    const plan = planRedisTests({ root: repo, env: { PATH: stub.dir }, installer: stub.installer });
    expect(plan.skip).toEqual(redisTestFiles(repo));
    expect(plan.skip).toEqual(expect.arrayContaining(['packages/redis/test/fleet-processes.test.ts', 'packages/redis/test/redis-token-store.test.ts', 'packages/redis/test/multi-process.soak.test.ts']));
    expect(plan.skip).not.toContain('packages/redis/test/alias.test.ts');
    expect(plan.notice).toBe(`skipped ${plan.skip.length} Redis test files, redis-server is not installed (install it with: sudo apt-get install -y redis-server): ${plan.skip.join(', ')}`);
  });

  test.each(['true', '1', 'TRUE', 'yes'])('with CI=%s nothing is skipped: the Redis tests run (and fail) and the notice says why', (ci) => {
    const stub = stubInstaller('echo "sudo apt-get install -y redis-server"; exit 3');
    const plan = planRedisTests({ root: repo, env: { PATH: stub.dir, CI: ci }, installer: stub.installer });
    expect(plan).toEqual({ skip: [], notice: `redis-server is not installed and CI=${ci}: the Redis tests run and fail (install it with: sudo apt-get install -y redis-server).` });
  });

  test.each(['', '0', 'false', 'FALSE'])('with CI=%j the files are skipped as off CI', (ci) => {
    const stub = stubInstaller('echo "sudo apt-get install -y redis-server"; exit 3');
    expect(planRedisTests({ root: repo, env: { PATH: stub.dir, CI: ci }, installer: stub.installer }).skip).toEqual(redisTestFiles(repo));
  });

  test('installed by the installer: nothing skipped, nothing to say; a failing installer is named', () => {
    const stub = stubInstaller('');
    writeFileSync(stub.installer, installsRedis(stub.dir));
    expect(planRedisTests({ root: repo, env: { PATH: stub.dir }, installer: stub.installer })).toEqual({ skip: [] });
    const broken = stubInstaller('exit 100');
    expect(planRedisTests({ root: repo, env: { PATH: broken.dir }, installer: broken.installer }).notice).toMatch(/its installer failed \(exit 100\)/);
  });

  test('.ci/run installs through the same script before npm test', () => {
    expect(readFileSync(join(repo, '.ci', 'run'), 'utf8')).toMatch(/\nbash tools\/scripts\/install-redis-server\.sh\n[\s\S]*\nnpm test\n/);
    expect(readFileSync(join(repo, '.ci', 'run'), 'utf8')).not.toContain('apt-get');
  });
});
