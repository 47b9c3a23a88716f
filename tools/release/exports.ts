// Rules for the `exports` maps we publish. In the workspace a `source` condition points at the TypeScript sources
// (vitest and tsc resolve workspace packages through it); the tarball has no sources, so `publishConfig.exports`
// (which pnpm puts in place of `exports` on pack and publish) is the same map without it. Each entry ends in
// `default`, not `import`, so that CommonJS code can `require()` the ESM build (Node >= 22.12).
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export type ExportsMap = string | null | ExportsMap[] | { [key: string]: ExportsMap };

interface ExportTarget {
  /** Subpath and conditions leading to the target, e.g. `. > types`. */
  path: string;
  target: string;
}

/** Every file an exports map points at, with the keys that lead to it. */
export function exportTargets(exports: ExportsMap, path: string[] = []): ExportTarget[] {
  if (typeof exports === 'string') return [{ path: path.join(' > '), target: exports }];
  if (exports === null) return [];
  if (Array.isArray(exports)) return exports.flatMap((fallback) => exportTargets(fallback, path));
  return Object.entries(exports).flatMap(([key, value]) => exportTargets(value, [...path, key]));
}

/** What is wrong with the exports of a package as installed from its tarball: a `source` condition, a missing file. */
export function packedExportsProblems(name: string, exports: ExportsMap, installedDir: string): string[] {
  return exportTargets(exports).flatMap(({ path, target }) => {
    if (path.split(' > ').includes('source')) return [`${name}: the packed package.json has a source condition (${path} → ${target})`];
    if (!existsSync(join(installedDir, target))) return [`${name}: exports ${path} → ${target}, which the tarball lacks`];
    return [];
  });
}

/** The specifiers users can load: the package name plus each subpath of its map (`@org/clara/binding`). */
export function entryPoints(name: string, exports: ExportsMap): string[] {
  const isSubpathMap = exports !== null && typeof exports === 'object' && !Array.isArray(exports) && Object.keys(exports).some((key) => key.startsWith('.'));
  return (isSubpathMap ? Object.keys(exports) : ['.']).map((subpath) => name + subpath.slice(1));
}
