// `npm run lint:workflows`: GitHub cannot run the workflows here, so a workflow linter from the registry
// (@action-validator/cli, one file per run) checks each of .github/workflows/*.yml. Exit 1 on the first problem.
import './lib/require-node.ts';
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');
const validator = join(root, 'tools', 'node_modules', '.bin', 'action-validator');
const dir = join(root, '.github', 'workflows');
for (const file of readdirSync(dir).filter((name) => /\.ya?ml$/.test(name)).sort()) {
  try {
    execFileSync(validator, [join(dir, file)], { stdio: ['ignore', 'pipe', 'pipe'] });
    console.log(`ok  .github/workflows/${file}`);
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: Buffer; stderr?: Buffer };
    console.error(`.github/workflows/${file}: the workflow linter refused it\n${String(stdout)}${String(stderr)}`);
    process.exit(1);
  }
}
