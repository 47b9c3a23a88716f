import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURE_SPEC } from './helpers.js';

const run = promisify(execFile);
const cli = join(import.meta.dirname, '..', 'src', 'cli.ts');

describe('clara-sandbox CLI', () => {
  const dir = mkdtempSync(join(tmpdir(), 'clara-sandbox-cli-test-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints the URL and a curl command that works, writes the bundle, serves --data, stops on SIGTERM', async () => {
    const fixtures = join(dir, '..', `${dir.split('/').pop()}-data.json`);
    writeFileSync(fixtures, JSON.stringify({ transactions: [{ uuid: '3f1c2a9e-8b7d-4c6e-9a5f-1e2d3c4b5a69', transactionLabel: 'Mine' }] }));
    const args = ['--country', 'mx', '--port', '0', '--spec', FIXTURE_SPEC, '--credentials-out', dir, '--data', fixtures, '--data-mode', 'add'];
    const child = spawn(process.execPath, [cli, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    try {
      let output = '';
      await new Promise<void>((resolve, reject) => {
        child.stdout.on('data', (chunk: Buffer) => {
          output += chunk.toString();
          if (output.includes('curl') && output.endsWith('\n')) resolve();
        });
        child.once('exit', (code) => reject(new Error(`CLI exited early (${code}): ${output}`)));
      });
      expect(output).toMatch(/listening on https:\/\/127\.0\.0\.1:\d+/);
      expect(readdirSync(dir).sort()).toEqual(['ca-public-key.pem', 'client-credentials.json', 'private-key.key', 'public-key.crt']);
      const command = output.trim().split('\n').at(-1) as string;
      expect(command).not.toMatch(/"clientSecret"\s*:/);
      const { stdout } = await run('bash', ['-c', command]);
      const page = JSON.parse(stdout);
      expect(page).toMatchObject({ number: 0, size: 5, totalElements: 121 });
      expect(page.content[0]).toMatchObject({ uuid: '3f1c2a9e-8b7d-4c6e-9a5f-1e2d3c4b5a69', transactionLabel: 'Mine' });
    } finally {
      child.kill('SIGTERM');
      rmSync(fixtures, { force: true });
    }
    expect(await exited).toBe(0);
  });

  it('names what is wrong with --data', async () => {
    const fixtures = join(dir, '..', `${dir.split('/').pop()}-bad.json`);
    writeFileSync(fixtures, JSON.stringify({ cards: [{ threshold: 'high' }] }));
    try {
      await expect(run(process.execPath, [cli, '--country', 'mx', '--port', '0', '--spec', FIXTURE_SPEC, '--data', fixtures])).rejects.toMatchObject({
        code: 1,
        stderr: 'clara-sandbox: Invalid sandbox data: data.cards[0].threshold: must be number\n',
      });
    } finally {
      rmSync(fixtures, { force: true });
    }
  });

  it('rejects a bad country with a clear message', async () => {
    await expect(run(process.execPath, [cli, '--country', 'ar'])).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining('--country must be one of mx, br, co, got "ar"'),
    });
  });
});
