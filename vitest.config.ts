import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { configDefaults, defineConfig } from 'vitest/config';

// One run over every package. The `source` condition resolves workspace packages to their TypeScript sources,
// so tests never need a build first.
const conditions = ['source', 'import', 'module', 'node', 'default'];
const roots = ['tools', ...readdirSync('packages').map((name) => `packages/${name}`)];
// The secret sweep: every worker records logs, errors and sandbox secrets here (tools/secret-sweep/record.ts);
// the secret-sweep project runs after all others and searches the records.
process.env.CLARA_SECRET_SWEEP_DIR ??= mkdtempSync(join(tmpdir(), 'clara-secret-sweep-'));

export default defineConfig({
  test: {
    setupFiles: [resolve('tools/secret-sweep/record.ts')],
    projects: [
      ...roots.map((root) => ({
        extends: true,
        test: {
          name: root.split('/').pop(),
          root,
          // A package may prepare fixtures once per run (e.g. generated code) in test/global-setup.ts.
          globalSetup: existsSync(`${root}/test/global-setup.ts`) ? ['test/global-setup.ts'] : [],
        // The country-package template's tests run in each country package, not in tools.
        exclude: [...configDefaults.exclude, 'generate/template/**'],
        },
      })),
      { extends: true, test: { name: 'secret-sweep', root: 'tools/secret-sweep', include: ['*.check.ts'], sequence: { groupOrder: 1 } } },
    ],
    passWithNoTests: true,
  },
  resolve: { conditions },
  ssr: { resolve: { conditions, externalConditions: ['source'] } },
});
