// The country package around the generated code, rendered from tools/generate/template: tsconfig, build and
// turbo config, README and the entry points (the packages' tests are one suite for every country, in
// tools/test/country-clients.test.ts and country-types.test.ts). These files are generator output,
// re-rendered on every generation (change the template, not the copies). package.json is the exception: written
// once when the package is created, then owned by changesets (version, dependencies).
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';

import type { Country } from './binding.ts';
import { reconstructedOperations, renderReconstructed } from './provenance.ts';
import type { OpenApiDocument } from './spec.ts';

const TEMPLATE = join(import.meta.dirname, 'template');
const WRITTEN_ONCE = new Set(['package.json']);

export interface TemplateFile {
  /** Relative to the package folder. */
  path: string;
  text: string;
}

/** `document`: the effective document (the README lists its reconstructed operations). */
async function renderTemplate(country: Country, document: OpenApiDocument): Promise<TemplateFile[]> {
  const values: Record<string, string> = {
    code: country.code,
    CODE: country.code.toUpperCase(),
    name: country.name,
    production: country.servers.production,
    reconstructed: renderReconstructed(reconstructedOperations(document)),
  };
  const entries = await readdir(TEMPLATE, { recursive: true, withFileTypes: true });
  const files = entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
  return Promise.all(
    files.sort().map(async (file) => {
      // `.template` keeps template files from being taken for real ones inside tools/ (pnpm would read a package.json).
      const path = relative(TEMPLATE, file).replace(/\.template$/, '');
      const text = (await readFile(file, 'utf8')).replace(/\{\{(\w+)\}\}/g, (_, key: string) => values[key] ?? '');
      const header = path.endsWith('.ts') ? '// Rendered from tools/generate/template by tools/generate — do not edit.\n' : '';
      return { path, text: header + text };
    }),
  );
}

/** Writes the package files; package.json only when the package is new. */
export async function writePackageFiles(packageDir: string, country: Country, document: OpenApiDocument): Promise<void> {
  for (const file of await renderTemplate(country, document)) {
    const target = join(packageDir, file.path);
    if (WRITTEN_ONCE.has(file.path) && existsSync(target)) continue;
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, file.text);
  }
}

/** Package files (relative to `packageDir`) that differ from the template. */
export async function staleTemplateFiles(packageDir: string, country: Country, document: OpenApiDocument): Promise<string[]> {
  const stale: string[] = [];
  for (const file of await renderTemplate(country, document)) {
    if (WRITTEN_ONCE.has(file.path)) continue;
    const current = await readFile(join(packageDir, file.path), 'utf8').catch(() => undefined);
    if (current !== file.text) stale.push(file.path);
  }
  return stale;
}
