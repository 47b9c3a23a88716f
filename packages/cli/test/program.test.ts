// The command line itself: help, version and usage errors, in-process (no sandbox needed).
import { describe, expect, it } from 'vitest';

import { runCli } from '../src/program.js';
import { captureIo } from './support/run-cli.js';

const run = async (...args: string[]) => {
  const io = captureIo();
  const code = await runCli(args, io);
  return { code, ...io.output() };
};

describe('clara', () => {
  it('lists its commands and their options', async () => {
    const help = await run('--help');
    expect(help.code).toBe(0);
    for (const command of ['doctor', 'usage', 'export', 'call']) expect(help.stdout).toMatch(new RegExp(`^ {2}${command} `, 'm'));
    const doctor = await run('doctor', '--help');
    for (const option of ['--country <cc>', '--credentials <dir>', '--environment <environment>', '--base-url <url>', '--ca <file>', '--tax-identifier <id>', '--verbose']) {
      expect(doctor.stdout).toContain(option);
    }
    expect((await run('--version')).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  it('refuses missing or wrong options in one line, with exit code 1', async () => {
    const noCountry = await run('doctor', '--credentials', '/nowhere');
    expect(noCountry.code).toBe(1);
    expect(noCountry.stderr).toMatch(/^error: required option '--country <cc>' not specified\n/);
    expect((await run('usage', '--country', 'ar', '--credentials', '/nowhere')).stderr).toMatch(
      /^error: option '--country <cc>' argument 'ar' is invalid\. Allowed choices are mx, br, co\.\n/,
    );
    expect((await run('export', 'transactions', '--country', 'mx', '--credentials', '/c', '--since', '2026-02-30')).stderr).toMatch(
      /^error: option '--since <YYYY-MM-DD>' argument '2026-02-30' is invalid\. Use YYYY-MM-DD, e.g\. 2026-01-31\.\n/,
    );
    expect((await run('frobnicate')).stderr).toMatch(/^error: unknown command 'frobnicate'/);
  });

  it('reports an SDK configuration error as one line', async () => {
    const { code, stdout, stderr } = await run('doctor', '--country', 'mx', '--credentials', '/nowhere', '--base-url', 'http://127.0.0.1:8443');
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe('error: options.baseUrl must use https: (Clara requires mutual TLS), got http://127.0.0.1:8443\n');
  });

  it('reports missing credentials as one line', async () => {
    const { code, stderr } = await run('usage', '--country', 'br', '--credentials', '/nowhere/at/all');
    expect(code).toBe(1);
    expect(stderr).toBe('error: The credentials folder /nowhere/at/all does not exist.\n');
  });
});
