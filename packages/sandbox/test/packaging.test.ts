// The published package finds its specs: they ship in `specs/` (copied at build) and are looked up there first.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { defaultSpecPath } from '../src/spec.js';

const pkgRoot = join(import.meta.dirname, '..');
const manifest = JSON.parse(readFileSync(join(pkgRoot, 'package.json'), 'utf8')) as { files: string[]; engines: { node: string } };

test('the package ships its specs and needs the Node its dependencies need', () => {
  expect(manifest.files).toContain('specs');
  expect(manifest.engines.node).toBe('>=22.19.0');
  expect(readFileSync(join(pkgRoot, 'tsdown.config.ts'), 'utf8')).toContain("'build:prepare': copySpecs");
  expect(readFileSync(join(pkgRoot, '.gitignore'), 'utf8')).toContain('specs/');
});

test('run from source, the repository curated spec is the default; an unknown country names where it looked', () => {
  expect(defaultSpecPath('mx')).toBe(join(pkgRoot, '..', '..', 'specs', 'mx', 'curated', 'api-docs-v3.json'));
  expect(() => defaultSpecPath('zz')).toThrow(`not found at ${join(pkgRoot, '..', '..', 'specs', 'zz', 'curated', 'api-docs-v3.json')} or ${join(pkgRoot, 'specs', 'zz', 'api-docs-v3.json')}`);
});
