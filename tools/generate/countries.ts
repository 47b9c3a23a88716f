import { readdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** Every `specs/<cc>/api-docs-v3.json`, by country code. */
export async function listCountries(root: string): Promise<string[]> {
  const entries = await readdir(join(root, 'specs'), { withFileTypes: true });
  return entries
    .filter((e) => e.isDirectory() && /^[a-z]{2}$/.test(e.name) && existsSync(join(root, 'specs', e.name, 'api-docs-v3.json')))
    .map((e) => e.name)
    .sort();
}
