// The "Testing your integration" examples of the root README and of each country README (rendered from
// tools/generate/template/README.md) are vitest test files users copy: each ```ts runnable block becomes a file,
// its imports of the workspace packages pointed at their sources, and is loaded here while vitest collects, so
// its own tests run as tests of this file.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';

const repo = join(import.meta.dirname, '..', '..');
const countries = ['mx', 'br', 'co'];
const readmes = ['README.md', ...countries.map((code) => `packages/clara-${code}/README.md`)];
const sources: Record<string, string> = {
  // The example's own vitest must be this run's: its test() calls register here.
  vitest: import.meta.resolve('vitest'),
  '@org/clara-sandbox': join(repo, 'packages', 'sandbox', 'src', 'index.ts'),
  ...Object.fromEntries(
    countries.flatMap((code) => [
      [`@org/clara-${code}`, join(repo, 'packages', `clara-${code}`, 'src', 'index.ts')],
      [`@org/clara-${code}/testing`, join(repo, 'packages', `clara-${code}`, 'src', 'testing.ts')],
    ]),
  ),
};

/** The runnable blocks of a README's "Testing your integration" section. */
function examplesOf(readme: string): string[] {
  const text = readFileSync(join(repo, readme), 'utf8');
  const section = text.split(/^## /m).find((part) => part.startsWith('Testing your integration\n')) ?? '';
  return [...section.matchAll(/^```ts runnable\n([\s\S]*?)^```$/gm)].map((match) => match[1]!);
}

const dir = mkdtempSync(join(tmpdir(), 'clara-testing-readme-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('the root README (the kit, the sandbox) and every country README (the kit) have runnable testing examples', () => {
  expect(readmes.map((readme) => [readme, examplesOf(readme).length])).toEqual(readmes.map((readme) => [readme, readme === 'README.md' ? 2 : 1]));
});

for (const readme of readmes) {
  examplesOf(readme).forEach((code, index) => {
    describe(`${readme}, example ${index + 1}`, async () => {
      const file = join(dir, `${readme.replaceAll('/', '-')}-${index + 1}.test.ts`);
      writeFileSync(file, code.replace(/from '(vitest|@org\/[\w/-]+)'/g, (whole, specifier: string) => (sources[specifier] ? `from '${sources[specifier]}'` : whole)));
      await import(file);
    });
  });
}
