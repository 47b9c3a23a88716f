import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { configDefaults, defineConfig } from 'vitest/config';

import { ToolsFirst } from './tools/test/support/test-order.ts';

// One run over every package. The `source` condition resolves workspace packages to their TypeScript sources,
// so tests never need a build first.
const conditions = ['source', 'import', 'node', 'default']; // as Node resolves (no bundler-only 'module')
const roots = ['tools', ...readdirSync('packages').map((name) => `packages/${name}`)];
// Soaks and other long runs (`*.soak.test.ts`) stay out of `npm test`; `pnpm test:soak` (CLARA_SOAK=1) runs only them.
const soak = process.env.CLARA_SOAK === '1';
const SOAKS = '**/*.soak.test.ts';
// The test files that load nock (the testing kits), which patches Node's HTTP for the whole worker: a project of
// their own, so that no other file shares a worker with them.
// Test files `npm test` leaves out and reports as skipped (the Redis tests where redis-server cannot be installed:
// tools/scripts/lib/redis-tests.ts), comma-separated.
const SKIPPED = (process.env.CLARA_SKIP_TEST_FILES ?? '').split(',').filter(Boolean);
const NOCK = ['packages/clara/test/kit*.test.ts', 'tools/test/country-kits.test.ts', 'tools/test/testing-readme.test.ts'];
// The secret sweep: every worker records logs, errors and sandbox secrets into this folder
// (tools/secret-sweep/record.ts); the secret-sweep project runs after all others and searches the records.
// Only in runs that include it: the whole suite, or `--project secret-sweep` among others.
const projectFilters = process.argv.flatMap((arg, i, args) => (arg === '--project' ? [args[i + 1]] : arg.startsWith('--project=') ? [arg.slice(10)] : []));
if (projectFilters.length === 0 || projectFilters.includes('secret-sweep')) {
  process.env.CLARA_SECRET_SWEEP_DIR ??= mkdtempSync(join(tmpdir(), 'clara-secret-sweep-'));
}
// Node's on-disk code cache for the test workers and the processes tests start: TypeScript, hey-api
// and the other large modules are compiled once, not in every process. Node checks each entry against its source.
process.env.NODE_COMPILE_CACHE ??= resolve('node_modules/.cache/node-compile-cache');

export default defineConfig({
  test: {
    setupFiles: [resolve('tools/secret-sweep/record.ts')],
    // The client goes through HTTPS_PROXY by default: the tests reach their local servers directly, whatever the
    // machine's proxy (the proxy tests set their own).
    env: { HTTPS_PROXY: '', https_proxy: '' },
    // Every project runs in group 1, the sweep alone in group 2, after them. (Not group 0: on a machine where
    // vitest uses one worker, group-0 files are moved to a sequential group that runs after all others.)
    sequence: { groupOrder: 1, sequencer: ToolsFirst },
    // Two projects (and the sweep): every package's tests in one, so that a worker runs file after file whatever
    // their package, keeping what it loaded (TypeScript, hey-api, the generated clients) — vitest starts new
    // workers for each project — and the files that load nock in the other.
    projects: [
      {
        extends: true,
        test: {
          name: 'all',
          include: soak ? [SOAKS] : ['{tools,packages/*}/test/**/*.test.ts'],
          exclude: [...configDefaults.exclude, ...SKIPPED, ...(soak ? [] : [SOAKS, ...NOCK])],
          // A package may prepare fixtures once per run (e.g. generated code) in test/global-setup.ts.
          globalSetup: roots.map((root) => `${root}/test/global-setup.ts`).filter((file) => existsSync(file)),
          isolate: soak,
        },
      },
      ...(soak ? [] : [{ extends: true, test: { name: 'kit', include: NOCK, isolate: false } }]),
      { test: { name: 'secret-sweep', root: 'tools/secret-sweep', include: ['*.check.ts'], sequence: { groupOrder: 2 } } },
    ],
    passWithNoTests: true,
    // One file per core: the waits of the tests run on fake clocks, and CPU-bound files side by side on a core
    // took more CPU than one after the other (2 cores: 4 workers spent 250 s of CPU, 2 workers 190 s).
    maxWorkers: availableParallelism(),
    // Soaks one after the other: some measure timing (a burst within a token's lifetime) that the release dry
    // run's builds and installs, beside them, would distort.
    fileParallelism: !soak,
    // Code generation and type-checks in scratch folders take seconds when files run side by side.
    testTimeout: 20_000,
  },
  resolve: { conditions },
  ssr: { resolve: { conditions, externalConditions: ['source'] } },
});
