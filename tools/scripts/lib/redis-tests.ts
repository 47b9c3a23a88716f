// What `npm test` does about the Redis tests (the files that start a real redis-server): with redis-server on
// the PATH, nothing; without it, the shared installer (install-redis-server.sh, as .ci/run runs it) installs it
// where it can. When it cannot, the files are left out and reported as skipped with the command that installs
// redis-server — except on CI (CI set to anything but '', '0' or 'false': CI=1, CI=TRUE, as CI services set it),
// where nothing is ever skipped: the files run, and fail saying what is missing.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

export interface RedisTestsPlan {
  /** Test files to leave out of the run (repository-relative). */
  skip: string[];
  /** What to tell the user, if anything. */
  notice?: string;
}

export interface PlanOptions {
  root: string;
  env: NodeJS.ProcessEnv;
  /** The installer to run when redis-server is missing. Default tools/scripts/install-redis-server.sh. */
  installer?: string;
}

export function planRedisTests({ root, env, installer = join(root, 'tools', 'scripts', 'install-redis-server.sh') }: PlanOptions): RedisTestsPlan {
  if (hasRedisServer(env)) return { skip: [] };
  const install = spawnSync('bash', [installer], { env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  if (install.status === 0 && hasRedisServer(env)) return { skip: [] };
  const command = install.status === 3 ? install.stdout.trim().split('\n').at(-1) : undefined;
  const how = command ? `install it with: ${command}` : `its installer failed (exit ${install.status ?? install.signal}): ${installer}`;
  if (onCi(env)) return { skip: [], notice: `redis-server is not installed and CI=${env.CI}: the Redis tests run and fail (${how}).` };
  const skip = redisTestFiles(root);
  return { skip, notice: `skipped ${skip.length} Redis test files, redis-server is not installed (${how}): ${skip.join(', ')}` };
}

const onCi = (env: NodeJS.ProcessEnv): boolean => !['', '0', 'false'].includes((env.CI ?? '').trim().toLowerCase());

function hasRedisServer(env: NodeJS.ProcessEnv): boolean {
  return spawnSync('redis-server', ['--version'], { env, stdio: 'ignore' }).status === 0;
}

/** The Redis package's test files: every one starts a redis-server (test/support/redis-server.ts). */
export function redisTestFiles(root: string): string[] {
  const dir = join(root, 'packages', 'redis', 'test');
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.test.ts'))
    .map((file) => relative(root, join(dir, file)))
    .sort();
}
