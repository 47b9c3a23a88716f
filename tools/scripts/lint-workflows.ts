// `npm run lint:workflows`: GitHub cannot run the workflows here, so a workflow linter from the registry
// (@action-validator/core, a wasm build in its npm package, loaded once) checks each of .github/workflows/*.yml.
// Exit 1 on the first problem.
import './lib/require-node.ts';
import { validateWorkflow } from '@action-validator/core';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');
const dir = join(root, '.github', 'workflows');
for (const file of readdirSync(dir).filter((name) => /\.ya?ml$/.test(name)).sort()) {
  const { errors } = validateWorkflow(readFileSync(join(dir, file), 'utf8'));
  if (errors.length > 0) {
    console.error(`.github/workflows/${file}: the workflow linter refused it\n${JSON.stringify(errors, null, 2)}`);
    process.exit(1);
  }
  console.log(`ok  .github/workflows/${file}`);
}
