import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
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

  it('prints the URL and a curl command that works, writes the bundle, stops on SIGTERM', async () => {
    const child = spawn(process.execPath, [cli, '--country', 'mx', '--port', '0', '--spec', FIXTURE_SPEC, '--credentials-out', dir], { stdio: ['ignore', 'pipe', 'pipe'] });
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
      expect(JSON.parse(stdout)).toMatchObject({ number: 0, size: 5, totalElements: 120 });
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
  });

  it('rejects a bad country with a clear message', async () => {
    await expect(run(process.execPath, [cli, '--country', 'ar'])).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining('--country must be one of mx, br, co, got "ar"'),
    });
  });
});
