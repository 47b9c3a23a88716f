// Creates a country package from tools/generate/template the first time its spec is generated. Files that
// exist are left alone: package.json carries the version and changelog that changesets own.
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

import type { Country } from './binding.ts';

const TEMPLATE = join(import.meta.dirname, 'template');

/** Returns true when the package did not exist and was created. */
export async function scaffoldPackage(root: string, country: Country): Promise<boolean> {
  const target = join(root, 'packages', `clara-${country.code}`);
  const created = !existsSync(target);
  const values: Record<string, string> = {
    code: country.code,
    CODE: country.code.toUpperCase(),
    name: country.name,
    production: country.servers.production,
  };
  for (const file of await readdir(TEMPLATE, { recursive: true, withFileTypes: true })) {
    if (!file.isFile()) continue;
    const source = join(file.parentPath, file.name);
    const destination = join(target, source.slice(TEMPLATE.length + 1).replace(/\.template$/, ''));
    if (existsSync(destination)) continue;
    const text = (await readFile(source, 'utf8')).replace(/\{\{(\w+)\}\}/g, (_, key: string) => values[key] ?? '');
    await mkdir(dirname(destination), { recursive: true });
    await writeFile(destination, text);
  }
  return created;
}
