// Generates one country package: upstream spec + overlay → effective document (effective.ts) → hey-api, the typed
// binding, the enum constants, the response schemas the client checks answers against and the Postman files, plus the curated document the sandbox serves
// (specs/<cc>/curated), all into temporary folders first, then swapped in. The previous output
// stays in place until the new one is complete, so a failure never leaves half a package.
import { existsSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';

import { renderBinding, type Country } from './binding.ts';
import { countryOf } from './country.ts';
import { buildEffectiveDocument, documentText, type EffectiveDocument } from './effective.ts';
import { collectNamedEnums, renderEnums } from './enums.ts';
import { allowedHosts, readSourcesConfig } from './hosts.ts';
import { collectOperations } from './operations.ts';
import { loadOverlay, overlayPath } from './overlay.ts';
import { renderResponses, RESPONSES_FILE } from './responses.ts';
import { writePackageFiles } from './scaffold.ts';
import { loadSpec, validateSpec, type OpenApiDocument } from './spec.ts';

export interface GenerateOptions {
  /** Repository root (holds specs/ and packages/). */
  root: string;
  code: string;
  /**
   * Write `generated/`, `postman/` and `curated/` into this folder instead of the package and specs/<cc>/curated
   * (the staleness check and spec:sync generate into scratch folders).
   */
  outDir?: string;
  /** What effectiveCountry() returned for this root and country, when the caller has it already. */
  prepared?: Generated;
}

export interface Generated {
  country: Country;
  effective: EffectiveDocument;
}

/**
 * hey-api's ky client, the types, and the SDK functions without a module-level client (`client: false`): a raw
 * function must be given the client's configured HTTP client and can never fall back to one without mTLS.
 */
export const HEY_API_PLUGINS = ['@hey-api/client-ky', '@hey-api/typescript', { name: '@hey-api/sdk', client: false }] as const;

export const specPath = (root: string, code: string): string => join(root, 'specs', code, 'api-docs-v3.json');
export const packageDir = (root: string, code: string): string => join(root, 'packages', `clara-${code}`);
export const generatedDir = (root: string, code: string): string => join(packageDir(root, code), 'src', 'generated');
export const postmanDir = (root: string, code: string): string => join(packageDir(root, code), 'postman');
/** The curated document (upstream + overlay + names, in Clara's shape), which the sandbox serves. */
export const curatedDir = (root: string, code: string): string => join(root, 'specs', code, 'curated');
/** The effective document, inside the generated code. */
export const EFFECTIVE_FILE = 'openapi.json';

/**
 * The effective document of a country and the country facts read from it, validated; nothing is written.
 * `upstream`: the spec file's document, already read and validated by the caller.
 */
export async function effectiveCountry(root: string, code: string, upstream?: OpenApiDocument): Promise<Generated> {
  const specFile = specPath(root, code);
  upstream ??= await loadSpec(specFile);
  const effective = await buildEffectiveDocument(upstream, await loadOverlay(overlayPath(root, code)), code, relative(root, specFile));
  await validateSpec(`${relative(root, specFile)} + overlay (the effective document)`, effective.document);
  const country = countryOf(code, effective.document, allowedHosts(await readSourcesConfig(root), code));
  return { country, effective };
}

export async function generateCountry({ root, code, outDir, prepared }: GenerateOptions): Promise<Generated> {
  // hey-api and the Postman converter take a second to load: a caller that needs only effectiveCountry() never loads them.
  const [{ createClient }, { renderPostman }] = await Promise.all([import('@hey-api/openapi-ts'), import('./postman.ts')]);
  const generated = prepared ?? (await effectiveCountry(root, code));
  const { country, effective } = generated;
  const { document } = effective;
  const operations = collectOperations(document);
  const sources = [specPath(root, code), ...(existsSync(overlayPath(root, code)) ? [overlayPath(root, code)] : [])].map((file) => relative(root, file));
  const header = `// Generated from ${sources.join(' and ')} by tools/generate — do not edit.`;

  const targets = outDir
    ? { code: join(outDir, 'generated'), postman: join(outDir, 'postman'), curated: join(outDir, 'curated') }
    : { code: generatedDir(root, code), postman: postmanDir(root, code), curated: curatedDir(root, code) };
  const staging = { code: `${targets.code}.tmp-${process.pid}`, postman: `${targets.postman}.tmp-${process.pid}`, curated: `${targets.curated}.tmp-${process.pid}` };
  await Promise.all(Object.values(staging).map((dir) => rm(dir, { recursive: true, force: true })));
  try {
    await Promise.all(Object.values(staging).map((dir) => mkdir(dir, { recursive: true })));
    await writeFile(join(staging.curated, 'api-docs-v3.json'), documentText(effective.curated));
    const effectiveFile = join(staging.code, EFFECTIVE_FILE);
    await writeFile(effectiveFile, documentText(document));
    await createClient({
      input: effectiveFile,
      output: { path: join(staging.code, 'api'), module: { extension: '.js' }, header: [header], postProcess: [] },
      plugins: [...HEY_API_PLUGINS],
      logs: { level: 'silent', file: false },
    });
    const enums = collectNamedEnums(document);
    await writeFile(join(staging.code, 'client.ts'), renderBinding(country, operations, header));
    await writeFile(join(staging.code, 'enums.ts'), renderEnums(enums, header));
    await writeFile(join(staging.code, RESPONSES_FILE), renderResponses(document, effective.curated));
    await writeFile(
      join(staging.code, 'index.ts'),
      [
        header,
        "export * from './api/types.gen.js';",
        "export * as raw from './api/sdk.gen.js';",
        "export * from './enums.js';",
        "export { country, createClaraClient, operations, type ClaraClient } from './client.js';",
        '',
      ].join('\n'),
    );
    for (const file of await renderPostman(country, document)) await writeFile(join(staging.postman, file.name), file.text);
    await swap([
      [staging.code, targets.code],
      [staging.postman, targets.postman],
      [staging.curated, targets.curated],
    ]);
    if (!outDir) await writePackageFiles(packageDir(root, code), country, document);
  } finally {
    await Promise.all(Object.values(staging).map((dir) => rm(dir, { recursive: true, force: true })));
  }
  return generated;
}

/**
 * Moves what `generateCountry({ outDir })` wrote into the repository (spec:sync generates in a scratch folder first,
 * from the same spec and overlay, and installs that output once it has passed its checks).
 */
export async function installGenerated(root: string, code: string, outDir: string, { country, effective }: Generated): Promise<void> {
  await swap([
    [join(outDir, 'generated'), generatedDir(root, code)],
    [join(outDir, 'postman'), postmanDir(root, code)],
    [join(outDir, 'curated'), curatedDir(root, code)],
  ]);
  await writePackageFiles(packageDir(root, code), country, effective.document);
}

/** Moves each staging folder onto its target; on a failure, every target already moved gets its old content back. */
async function swap(pairs: [staging: string, target: string][]): Promise<void> {
  const done: [target: string, previous: string][] = [];
  try {
    for (const [staging, target] of pairs) {
      const previous = `${target}.old-${process.pid}`;
      await rm(previous, { recursive: true, force: true });
      if (existsSync(target)) await rename(target, previous);
      done.push([target, previous]);
      await rename(staging, target);
    }
  } catch (error) {
    for (const [target, previous] of done.reverse()) {
      if (!existsSync(previous)) continue;
      await rm(target, { recursive: true, force: true });
      await rename(previous, target);
    }
    throw error;
  }
  await Promise.all(done.map(([, previous]) => rm(previous, { recursive: true, force: true })));
}
