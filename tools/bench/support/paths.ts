// Where the bench finds the workspace: packages are imported from their sources (run with
// `--conditions=source --import` loadSourcesHook, as tools/scripts/bench.ts does), and
// third-party modules from the package that depends on them, so the raw baselines use the SDK's own undici.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const root = join(import.meta.dirname, '..', '..', '..');
export const packageDir = (name: string): string => join(root, 'packages', name);
/** The resolve hook that lets `node` run the sources (`./x.js` → `./x.ts`). */
export const loadSourcesHook = join(root, 'tools', 'scripts', 'lib', 'load-sources.ts');

/** Imports `specifier` as the package in `packages/<name>` resolves it. */
export async function importFrom<T>(name: string, specifier: string): Promise<T> {
  const resolved = createRequire(join(packageDir(name), 'package.json')).resolve(specifier);
  return (await import(pathToFileURL(resolved).href)) as T;
}
