import { existsSync, readdirSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

// One run over every package. The `source` condition resolves workspace packages to their TypeScript sources,
// so tests never need a build first.
const conditions = ['source', 'import', 'module', 'node', 'default'];
const roots = ['tools', ...readdirSync('packages').map((name) => `packages/${name}`)];

export default defineConfig({
  test: {
    projects: roots.map((root) => ({
      extends: true,
      test: {
        name: root.split('/').pop(),
        root,
        // A package may prepare fixtures once per run (e.g. generated code) in test/global-setup.ts.
        globalSetup: existsSync(`${root}/test/global-setup.ts`) ? ['test/global-setup.ts'] : [],
      },
    })),
    passWithNoTests: true,
  },
  resolve: { conditions },
  ssr: { resolve: { conditions, externalConditions: ['source'] } },
});
