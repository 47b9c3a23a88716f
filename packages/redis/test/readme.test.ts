// The README's examples marked ```ts runnable are what users copy: each runs here as written (imports of the
// workspace packages pointed at their sources), against a real redis-server and the sandbox, and must not throw —
// they assert what they show.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, test } from 'vitest';

import { startRedisServer, type RedisServer } from './support/redis-server.js';

const packages = join(import.meta.dirname, '..', '..');
const readme = readFileSync(join(import.meta.dirname, '..', 'README.md'), 'utf8');
const sources: Record<string, string> = {
  '@org/clara-mx': join(packages, 'clara-mx', 'src', 'index.ts'),
  '@org/clara-redis': join(packages, 'redis', 'src', 'index.ts'),
  '@org/clara-sandbox': join(packages, 'sandbox', 'src', 'index.ts'),
  redis: fileURLToPath(import.meta.resolve('@redis/client')), // the `redis` package re-exports it
};

const examples = [...readme.matchAll(/^```ts runnable\n([\s\S]*?)^```$/gm)].map((match, index) => {
  const heading = [...readme.slice(0, match.index).matchAll(/^#+ (.+)$/gm)].at(-1)?.[1] ?? 'README';
  return { name: `${index + 1}: ${heading}`, code: match[1] as string };
});

const dir = mkdtempSync(join(tmpdir(), 'clara-redis-readme-'));
let server: RedisServer;
beforeAll(async () => {
  server = await startRedisServer();
  process.env.REDIS_URL = server.url;
});
afterAll(async () => {
  delete process.env.REDIS_URL;
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

test('the README has runnable examples of a fleet, its budget and the token store', () => {
  expect(examples.map((example) => example.name.replace(/^\d+: /, ''))).toEqual(['A fleet', "The budget is the fleet's", 'Only the token: `RedisTokenStore`']);
});

test.each(examples)('example $name runs', async ({ name, code }) => {
  const file = join(dir, `example-${name.split(':')[0]}.ts`);
  writeFileSync(file, code.replace(/from '((?:@[\w-]+\/)?[\w-]+)'/g, (whole, pkg: string) => (sources[pkg] ? `from '${sources[pkg]}'` : whole)));
  await import(file);
}, 30_000);
