import { cpSync, existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

import { defineConfig } from 'tsdown';

// The published sandbox serves the specs it ships: the repository's specs/<cc>/api-docs-v3.json are copied into
// this package's specs/ (gitignored, listed in `files`) at every build. packages/sandbox/turbo.json makes the
// specs an input and specs/ an output of the build.
const repoSpecs = join(import.meta.dirname, '..', '..', 'specs');
const ownSpecs = join(import.meta.dirname, 'specs');

function copySpecs(): void {
  rmSync(ownSpecs, { recursive: true, force: true });
  for (const country of readdirSync(repoSpecs)) {
    const file = join(repoSpecs, country, 'api-docs-v3.json');
    if (existsSync(file)) cpSync(file, join(ownSpecs, country, 'api-docs-v3.json'));
  }
}

export default defineConfig({
  entry: ['src/index.ts', 'src/cli.ts'],
  format: 'esm',
  dts: true,
  platform: 'node',
  target: 'node22',
  fixedExtension: false,
  hooks: { 'build:prepare': copySpecs },
});
