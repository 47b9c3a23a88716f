// The sandbox README's examples marked ```ts runnable are what users copy: each one runs here as it is written
// (its imports of the workspace packages pointed at their sources) and must not throw — they assert what they show.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';

const repo = join(import.meta.dirname, '..', '..');
const readme = readFileSync(join(repo, 'packages', 'sandbox', 'README.md'), 'utf8');
const sources: Record<string, string> = {
  '@org/clara-mx': join(repo, 'packages', 'clara-mx', 'src', 'index.ts'),
  '@org/clara-sandbox': join(repo, 'packages', 'sandbox', 'src', 'index.ts'),
};

/** Each runnable block with the heading it sits under. */
const examples = [...readme.matchAll(/^```ts runnable\n([\s\S]*?)^```$/gm)].map((match, index) => {
  const heading = [...readme.slice(0, match.index).matchAll(/^#+ (.+)$/gm)].at(-1)?.[1] ?? 'README';
  return { name: `${index + 1}: ${heading}`, code: match[1] as string };
});

const dir = mkdtempSync(join(tmpdir(), 'clara-sandbox-readme-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('the sandbox README has runnable examples of seeding, async writes, webhooks and usage logs', () => {
  expect(examples.map((example) => example.name.replace(/^\d+: /, ''))).toEqual(['Your own data', 'Your own data', 'Asynchronous card writes', 'Webhooks', 'Usage logs']);
});

test.each(examples)('example $name runs', async ({ name, code }) => {
  const file = join(dir, `example-${name.split(':')[0]}.ts`);
  writeFileSync(file, code.replace(/from '(@org\/[\w-]+)'/g, (whole, pkg: string) => (sources[pkg] ? `from '${sources[pkg]}'` : whole)));
  await import(file);
}, 30_000);
