// The deprecated name keeps working for one release: the same classes as @org/clara-redis, not copies.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as renamed from '@org/clara-redis';
import { expect, test } from 'vitest';

import * as alias from '../src/index.ts';

test('re-exports every export of @org/clara-redis, the same objects', () => {
  expect(Object.keys(alias).sort()).toEqual(Object.keys(renamed).sort());
  expect(alias.RedisTokenStore).toBe(renamed.RedisTokenStore);
});

test('its README says it is deprecated and what to import instead', async () => {
  const readme = await readFile(join(import.meta.dirname, '..', 'README.md'), 'utf8');
  expect(readme).toMatch(/^# @org\/clara-token-store-redis \(deprecated\)/);
  expect(readme).toContain("from '@org/clara-redis'");
});
