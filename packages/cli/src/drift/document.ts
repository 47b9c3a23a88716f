// The country's effective document: what its client was generated from and what the runtime checks responses
// against, which each country package ships and exports as `@org/clara-<cc>/openapi.json`.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

import type { CountryCode } from '../sdk.js';
import type { OpenApiDocument } from './locate.js';

const require = createRequire(import.meta.url);

/** The document and the package it belongs to (`@org/clara-mx@1.2.0`). */
export async function effectiveDocument(country: CountryCode): Promise<{ document: OpenApiDocument; packageId: string }> {
  const manifest = require.resolve(`@org/clara-${country}/package.json`);
  const { name, version } = JSON.parse(await readFile(manifest, 'utf8')) as { name: string; version: string };
  const file = require.resolve(`@org/clara-${country}/openapi.json`);
  const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new Error(`${name}@${version} has no effective document at ${file} (${error.code ?? error.message}): clara drift needs its exported openapi.json`);
  });
  return { document: JSON.parse(text) as OpenApiDocument, packageId: `${name}@${version}` };
}
