// `npm test`: type-checks every package, runs every test once (vitest projects), then prints the plain
// summary line CI reads: `N passed, N failed`. The Redis tests need redis-server: installed here when missing
// and possible, else skipped and reported (never on CI: CI set to anything but "", 0, false; see lib/redis-tests.ts).
import './lib/require-node.ts';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { planRedisTests } from './lib/redis-tests.ts';

const run = (command: string, args: string[]): boolean => spawnSync(command, args, { stdio: 'inherit' }).status === 0;

const typecheckOk = run('turbo', ['run', 'typecheck', '--output-logs=errors-only']);

const redisTests = planRedisTests({ root: join(import.meta.dirname, '..', '..'), env: process.env });
if (redisTests.notice) console.log(`› ${redisTests.notice}`);

const report = join(mkdtempSync(join(tmpdir(), 'clara-test-')), 'vitest.json');
process.env.CLARA_SKIP_TEST_FILES = redisTests.skip.join(','); // vitest.config.ts leaves them out (a CLI --exclude misses the projects)
const vitestOk = run('vitest', ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...process.argv.slice(2)]);

interface VitestReport {
  numPassedTests: number;
  numFailedTests: number;
  testResults: { status: string; assertionResults: unknown[] }[];
}

let passed = 0;
let failed = typecheckOk ? 0 : 1;
try {
  const results = JSON.parse(readFileSync(report, 'utf8')) as VitestReport;
  passed += results.numPassedTests;
  failed += results.numFailedTests;
  // A test file that failed to load has no test results of its own: count it once.
  failed += results.testResults.filter((file) => file.status === 'failed' && file.assertionResults.length === 0).length;
} catch {
  failed += 1; // no report: vitest itself failed to start
}
// vitest can fail outside any test (an unhandled error, a leaked rejection): never report that run as green.
if (!vitestOk && failed === 0) failed = 1;
if (redisTests.skip.length > 0) console.log(`› ${redisTests.notice}`); // again beside the summary, where it is read
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
