// The examples are what users copy: each one runs against a sandbox of its country, from the sources (Node's
// type stripping + the resolve hook that maps the sources' `.js` imports to `.ts`), and must succeed.
import { startSandbox } from '@org/clara-sandbox';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const hook = join(root, 'tools', 'scripts', 'lib', 'load-sources.ts');

test.each(['mx', 'br', 'co'] as const)('examples/%s.ts runs against the sandbox', async (country) => {
  const sandbox = await startSandbox({ country });
  try {
    const { stdout } = await promisify(execFile)(process.execPath, ['--conditions=source', '--import', hook, join(root, 'examples', `${country}.ts`)], {
      cwd: root,
      env: {
        ...process.env,
        CLARA_CREDENTIALS: sandbox.credentialsDir,
        CLARA_BASE_URL: sandbox.url,
        CLARA_CA_FILE: join(sandbox.credentialsDir, 'ca-public-key.pem'),
        CLARA_SUBSIDIARY: sandbox.entities[1]!.taxId,
      },
    });
    const lines = stdout.trim().split('\n');
    expect(lines.length).toBeGreaterThanOrEqual(3);
    for (const line of lines) expect(line).toMatch(/^✓ /);
    expect(sandbox.stats.snapshot().tokenRequests).toBe(1);
  } finally {
    await sandbox.close();
  }
}, 30_000);
