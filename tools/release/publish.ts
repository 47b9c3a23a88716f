// `pnpm release:publish` (release.yml, when the "Version Packages" pull request is merged): runs the release dry run
// first — build, publint, attw, install-and-use from tarballs — and publishes only if it passed. `changeset publish`
// publishes every package whose version is not on npm yet and tags it; provenance comes from NPM_CONFIG_PROVENANCE.
import '../scripts/lib/require-node.ts';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');
const run = (command: string, args: string[]): void => {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

run(process.execPath, [join(import.meta.dirname, 'dry.ts')]);
run(join(root, 'node_modules', '.bin', 'changeset'), ['publish']);
