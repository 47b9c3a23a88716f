// The package.json files we publish: the workspace-only `source` condition is dropped on pack (publishConfig.exports),
// every entry can be required from CommonJS (a `default` condition), and the engines range is the Node we need.
// The same for the manifest a new country package is created with. `pnpm release:dry` checks the packed result.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

import { entryPoints, exportTargets, packedExportsProblems, type ExportsMap } from '../release/exports.ts';
import { listPublishablePackages } from '../release/packages.ts';

const repo = join(import.meta.dirname, '..', '..');

interface Manifest {
  name: string;
  engines?: { node?: string };
  exports: ExportsMap;
  publishConfig?: { exports?: ExportsMap };
}

const workspaceManifests = await Promise.all(
  (await listPublishablePackages(repo)).map(async (pkg) => JSON.parse(await readFile(join(pkg.dir, 'package.json'), 'utf8')) as Manifest),
);
const templateText = await readFile(join(repo, 'tools', 'generate', 'template', 'package.json.template'), 'utf8');
const countryTemplate = JSON.parse(templateText.replace(/\{\{(\w+)\}\}/g, 'xx')) as Manifest;

/** The map as the workspace has it, without its `source` conditions: what publishConfig.exports must be. */
function withoutSource(exports: ExportsMap): ExportsMap {
  if (exports === null || typeof exports !== 'object') return exports;
  if (Array.isArray(exports)) return exports.map(withoutSource);
  return Object.fromEntries(Object.entries(exports).flatMap(([key, value]) => (key === 'source' ? [] : [[key, withoutSource(value)]])));
}

describe.each([...workspaceManifests, countryTemplate].map((manifest) => [manifest.name, manifest] as const))('%s', (_name, manifest) => {
  test('publishes its exports without the source condition, and keeps it in the workspace', () => {
    expect(exportTargets(manifest.exports).some(({ path }) => path.endsWith(' > source'))).toBe(true);
    expect(manifest.publishConfig?.exports).toEqual(withoutSource(manifest.exports));
  });

  test('every entry ends in a default condition (import and require), with types first', () => {
    for (const [subpath, conditions] of Object.entries(manifest.publishConfig!.exports as Record<string, ExportsMap>)) {
      if (subpath === './package.json' || subpath === './openapi.json') continue; // data files, not modules
      expect(Object.keys(conditions as object), subpath).toEqual(['types', 'default']);
    }
  });

  test('needs Node 22.19 (undici 8)', () => {
    expect(manifest.engines?.node).toBe('>=22.19.0');
  });
});

describe("release:dry's check of an installed package's exports", () => {
  test('names a source condition and a target the tarball lacks; a good map passes', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'clara-exports-'));
    try {
      await mkdir(join(dir, 'dist'));
      await writeFile(join(dir, 'dist', 'index.js'), '');
      await writeFile(join(dir, 'dist', 'index.d.ts'), '');
      await writeFile(join(dir, 'package.json'), '{}');
      const good = { '.': { types: './dist/index.d.ts', default: './dist/index.js' }, './package.json': './package.json' };
      expect(packedExportsProblems('@org/x', good, dir)).toEqual([]);
      const bad = { '.': { source: './src/index.ts', types: './dist/index.d.ts', default: './dist/index.js' }, './binding': { default: './dist/binding.js' } };
      expect(packedExportsProblems('@org/x', bad, dir)).toEqual([
        '@org/x: the packed package.json has a source condition (. > source → ./src/index.ts)',
        '@org/x: exports ./binding > default → ./dist/binding.js, which the tarball lacks',
      ]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  test('loads every subpath of a map, or the package itself for a bare one', () => {
    expect(entryPoints('@org/clara', { '.': { default: './dist/index.js' }, './binding': './dist/binding.js', './package.json': './package.json' })).toEqual([
      '@org/clara',
      '@org/clara/binding',
      '@org/clara/package.json',
    ]);
    expect(entryPoints('@org/x', { types: './dist/index.d.ts', default: './dist/index.js' })).toEqual(['@org/x']);
    expect(entryPoints('@org/x', './dist/index.js')).toEqual(['@org/x']);
  });
});
