// `pnpm release:version` (the "Version Packages" pull request of release.yml): applies the pending changesets —
// versions, changelogs, dependents. `changeset version` exits 1 when there is nothing to apply; that is not a failure.
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
