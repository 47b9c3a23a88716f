// node tools/generate/cli.ts [cc ...]          regenerate these countries (default: every specs/<cc>/)
// node tools/generate/cli.ts --new             only countries whose package does not exist yet (then pnpm install)
// node tools/generate/cli.ts --check [cc ...]  exit 1 when committed generated code differs from its spec
import '../scripts/lib/require-node.ts';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

import { findStaleFiles } from './check.ts';
import { generateCountry, packageDir } from './generate.ts';
import { listCountries } from './countries.ts';

const root = join(import.meta.dirname, '..', '..');
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { check: { type: 'boolean', default: false }, new: { type: 'boolean', default: false } },
});

try {
  const codes = positionals.length > 0 ? positionals : await listCountries(root);
  if (values.check) {
    const stale = (await Promise.all(codes.map((code) => findStaleFiles(root, code)))).flat();
    if (stale.length > 0) {
      console.error(`Generated code is stale — run \`pnpm generate\` and commit:\n${stale.map((f) => `  ${f}`).join('\n')}`);
      process.exit(1);
    }
    console.log(`generated code is in sync with ${codes.map((c) => `specs/${c}`).join(', ')}`);
  } else {
    const targets = values.new ? codes.filter((code) => !existsSync(packageDir(root, code))) : codes;
    for (const code of targets) {
      await generateCountry({ root, code });
      console.log(`generated packages/clara-${code} from specs/${code}/api-docs-v3.json`);
    }
    // A new package must be linked into the workspace before anything can build it.
    if (values.new && targets.length > 0) execFileSync('pnpm', ['install'], { cwd: root, stdio: 'inherit' });
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
