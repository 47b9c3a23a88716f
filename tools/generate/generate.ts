// Generates one country package from its spec: validate → hey-api into a temporary folder → binding → swap.
// The previous output stays in place until the new one is complete, so a failure never leaves half a package.
import { createClient } from '@hey-api/openapi-ts';
import { existsSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';

import { renderBinding, type Country } from './binding.ts';
import { countryOf } from './country.ts';
import { collectOperations } from './operations.ts';
import { writePackageFiles } from './scaffold.ts';
import { loadSpec } from './spec.ts';

export interface GenerateOptions {
  /** Repository root (holds specs/ and packages/). */
  root: string;
  code: string;
  /** Write into this folder instead of the package's `src/generated` (used by the staleness check). */
  outDir?: string;
}

/**
 * hey-api's ky client, the types, and the SDK functions without a module-level client (`client: false`): a raw
 * function must be given the client's configured HTTP client and can never fall back to one without mTLS.
 */
export const HEY_API_PLUGINS = ['@hey-api/client-ky', '@hey-api/typescript', { name: '@hey-api/sdk', client: false }] as const;

export const specPath = (root: string, code: string): string => join(root, 'specs', code, 'api-docs-v3.json');
export const packageDir = (root: string, code: string): string => join(root, 'packages', `clara-${code}`);
export const generatedDir = (root: string, code: string): string => join(packageDir(root, code), 'src', 'generated');

/** Returns the country as read from its spec. */
export async function generateCountry({ root, code, outDir }: GenerateOptions): Promise<Country> {
  const specFile = specPath(root, code);
  const spec = await loadSpec(specFile);
  const operations = collectOperations(spec);
  const country = countryOf(code, spec);
  const header = `// Generated from ${relative(root, specFile)} by tools/generate — do not edit.`;

  const target = outDir ?? generatedDir(root, code);
  const staging = `${target}.tmp-${process.pid}`;
  await rm(staging, { recursive: true, force: true });
  try {
    await mkdir(staging, { recursive: true });
    await createClient({
      input: specFile,
      output: { path: join(staging, 'api'), module: { extension: '.js' }, header: [header], postProcess: [] },
      plugins: [...HEY_API_PLUGINS],
      logs: { level: 'silent', file: false },
    });
    await writeFile(join(staging, 'client.ts'), renderBinding(country, operations, header));
    await writeFile(join(staging, 'index.ts'), `${header}\nexport * from './api/types.gen.js';\nexport * as raw from './api/sdk.gen.js';\nexport { country, createClaraClient, operations, type ClaraClient } from './client.js';\n`);
    await swap(staging, target);
    if (!outDir) await writePackageFiles(packageDir(root, code), country);
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
  return country;
}

async function swap(staging: string, target: string): Promise<void> {
  const previous = `${target}.old-${process.pid}`;
  if (existsSync(target)) await rename(target, previous);
  try {
    await rename(staging, target);
  } catch (error) {
    if (existsSync(previous)) await rename(previous, target);
    throw error;
  }
  await rm(previous, { recursive: true, force: true });
}
