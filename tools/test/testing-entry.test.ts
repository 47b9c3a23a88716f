// The testing kit's dependencies (nock, which patches Node's HTTP on import, and the ASN.1 libraries) are
// optional peers loaded by the `/testing` entries only: a fresh Node process importing a main entry must not load
// them, and importing the `/testing` entry must (the check can fail). From the sources; `pnpm release:dry` checks
// the same on the packed builds.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from 'vitest';

const repo = join(import.meta.dirname, '..', '..');
const hook = join(repo, 'tools', 'scripts', 'lib', 'load-sources.ts');
const KIT = /\/node_modules\/(nock|@peculiar\/asn1-[\w-]+|@mswjs\/interceptors)\//;

/** The modules of the testing kit's dependencies a fresh process loads when it imports `specifier`. */
async function kitModulesLoadedBy(specifier: string): Promise<string[]> {
  const script = `import { registerHooks } from 'node:module';
const loaded = [];
registerHooks({ load(url, context, nextLoad) { loaded.push(url); return nextLoad(url, context); } });
await import(${JSON.stringify(specifier)});
console.log(JSON.stringify(loaded));`;
  const { stdout } = await promisify(execFile)(process.execPath, ['--conditions=source', '--import', hook, '--input-type=module', '--eval', script], {
    cwd: join(repo, 'tools'), // a workspace package depending on every country package
    maxBuffer: 16 * 1024 * 1024,
  });
  return (JSON.parse(stdout) as string[]).filter((url) => KIT.test(url)).map((url) => url.replace(/^.*\/node_modules\//, ''));
}

// One country stands for all: the entries are rendered from the same template.
test('importing @org/clara-mx loads neither nock nor the ASN.1 libraries; @org/clara-mx/testing does', async () => {
  const [main, testing] = await Promise.all([kitModulesLoadedBy('@org/clara-mx'), kitModulesLoadedBy('@org/clara-mx/testing')]);
  expect(main).toEqual([]);
  expect(testing.some((module) => module.startsWith('nock/'))).toBe(true);
  expect(testing.some((module) => module.startsWith('@peculiar/asn1-x509/'))).toBe(true);
}, 30_000);
