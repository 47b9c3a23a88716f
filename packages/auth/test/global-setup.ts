// One throw-away PKI for the run (helpers/pki.ts): minted by the first test file that needs one, copied by the
// others, removed at the end. The folder reaches the test workers through the environment.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'clara-auth-pki-run-'));
  process.env.CLARA_TEST_PKI_DIR = dir;
  return () => rmSync(dir, { recursive: true, force: true });
}
