// `pnpm spec:check` on the real repository (read-only), through its CLI: every country regenerated in full and
// compared byte for byte — a long run (seconds of CPU per country), so a soak; CI runs the same check as its own
// step on every push (ci.yml). Each rule of the check, broken one at a time: spec-check.test.ts.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from 'vitest';

const repo = join(import.meta.dirname, '..', '..');

test('the repository passes spec:check (HEAD compared with main)', async () => {
  const run = await promisify(execFile)(process.execPath, [join(repo, 'tools', 'spec', 'cli.ts'), 'check']);
  expect(run.stdout).toContain('specs valid and canonical, overlays apply, generated code in sync, every changed effective document has a changeset');
}, 60_000);
