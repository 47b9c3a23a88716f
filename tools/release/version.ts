// `pnpm release:version` (the "Version Packages" pull request of release.yml): applies the pending changesets —
// versions, changelogs, dependents — with `changeset version`. With no pending changeset it says so and exits 0
// without running it; a failure of `changeset version` is this script's exit code.
import '../scripts/lib/require-node.ts';
import { spawnSync } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const repo = join(import.meta.dirname, '..', '..');
const { values } = parseArgs({ options: { root: { type: 'string', default: repo } } });
const root = resolve(values.root);

const pending = (await readdir(join(root, '.changeset'))).filter((name) => name.endsWith('.md') && name !== 'README.md');
if (pending.length === 0) {
  console.log('no changesets to version');
} else {
  const changeset = join(repo, 'node_modules', '.bin', 'changeset');
  const result = spawnSync(changeset, ['version'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
  console.log(`versioned ${pending.length} changeset${pending.length === 1 ? '' : 's'}`);
}
