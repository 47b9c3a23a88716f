// `clara doctor` and the project's permissions: the read probe follows the scopes (a transactions-only project is
// probed on transactions and passes), a 403 on the probe is a warning (the token was accepted), a hostile token
// endpoint's `scope` text never reaches the terminal (escapes, newlines, the token itself), and a private key
// others may read is a warning, like ssh's.
import type { ClaraCredentials, TokenInfo } from '@org/clara-mx';
import { redact } from '@org/clara-mx';
import { startSandbox, type Sandbox } from '@org/clara-sandbox';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startHostileClara, type HostileClara } from '../../clara/test/support/hostile-clara.js';
import { describeScopes, probeFor, projectScopes } from '../src/doctor/scopes.js';
import { runCli } from '../src/program.js';
import { foreignCredentials } from './support/certificates.js';
import { captureIo } from './support/run-cli.js';

async function doctor(credentials: string, baseUrl: string) {
  const io = captureIo();
  const code = await runCli(['doctor', '--country', 'mx', '--credentials', credentials, '--base-url', baseUrl], io);
  return { code, ...io.output() };
}
const line = (stdout: string, check: string) => stdout.split('\n').find((text) => text.slice(2).startsWith(`${check} `)) ?? '';

describe('clara doctor and the project’s scopes', { timeout: 20_000 }, () => {
  let transactionsOnly: Sandbox;
  let writeOnly: Sandbox;
  let hostile: HostileClara;
  let scratch: string;

  beforeAll(async () => {
    [transactionsOnly, writeOnly, hostile] = await Promise.all([
      startSandbox({ country: 'mx', scopes: ['read:transactions'] }),
      startSandbox({ country: 'mx', scopes: ['write:cards'] }),
      startHostileClara(),
    ]);
    scratch = mkdtempSync(join(tmpdir(), 'clara-cli-doctor-scopes-'));
  }, 20_000);
  afterAll(async () => {
    await Promise.all([transactionsOnly.close(), writeOnly.close(), hostile.close()]);
    rmSync(scratch, { recursive: true, force: true });
  });

  it('passes a transactions-only project, probing transactions', async () => {
    const { code, stdout } = await doctor(transactionsOnly.credentialsDir, transactionsOnly.url);
    expect(line(stdout, 'Token')).toMatch(/^✓ Token\s+Bearer token issued, expires in \d+ s; scopes: read:transactions$/);
    expect(line(stdout, 'Read call')).toMatch(/^✓ Read call\s+GET \/api\/v3\/transactions\?size=1&page=0 → 200 \(120 transactions in all\)$/);
    expect(stdout).toContain('All 10 checks passed.');
    expect(code).toBe(0);
  });

  it('a 403 on the probe is a warning naming the missing permission, and the doctor passes', async () => {
    const { code, stdout } = await doctor(writeOnly.credentialsDir, writeOnly.url);
    expect(line(stdout, 'Read call')).toMatch(/^⚠ Read call\s+token accepted; this project lacks the permission to read cards \(403 on GET \S*cards\)$/);
    expect(stdout).toMatch(/→ if it should read cards, add that permission to the project in the Clara dashboard/);
    expect(stdout).toContain('All 10 checks passed (1 with a warning).');
    expect(code).toBe(0);
  });

  it('prints only validated scope names from a hostile token endpoint: no escape, no line break, not the token', async () => {
    const project = join(scratch, 'hostile-project');
    mkdirSync(project);
    writeFileSync(join(project, 'client-credentials.json'), JSON.stringify({ clientId: 'hostile-client', clientSecret: 'hostile-client-secret' }));
    writeFileSync(join(project, 'ca-public-key.pem'), hostile.ca);
    const credentials = foreignCredentials(project, scratch, 30);
    hostile.tokenScope = [
      'read:cards',
      '\u001b[2J\u001b[31mPWNED\u001b[0m',
      'line\nInjected-line:',
      `carriage\rreturn`,
      hostile.token,
      '"quoted"',
      'x'.repeat(65),
      '\u202Eevil',
    ].join(' ');
    try {
      const { code, stdout, stderr } = await doctor(credentials, hostile.url);
      expect(line(stdout, 'Token')).toMatch(/; scopes: read:cards \(7 invalid scope values omitted\)$/);
      const output = stdout + stderr;
      for (const leak of ['\u001b', 'PWNED', 'Injected', '\r', hostile.token, '"quoted"', 'xxxxxxxx', '\u202E']) expect(output).not.toContain(leak);
      expect(code).toBe(0);
    } finally {
      delete hostile.tokenScope;
    }
  });

  it('prints a hostile token error without its control characters or bidi overrides', async () => {
    const project = join(scratch, 'hostile-error');
    mkdirSync(project);
    writeFileSync(join(project, 'client-credentials.json'), JSON.stringify({ clientId: 'hostile-client', clientSecret: 'hostile-client-secret' }));
    writeFileSync(join(project, 'ca-public-key.pem'), hostile.ca);
    const credentials = foreignCredentials(project, scratch, 30);
    hostile.tokenErrorDescription = 'Unknown\u001b[2J\u001b[31m client\r\n✓ Read call  fine\u202Elive\u2066\u009b31m';
    try {
      const { code, stdout, stderr } = await doctor(credentials, hostile.url);
      const output = stdout + stderr;
      expect(line(stdout, 'Token')).toMatch(/^✗ Token\s+.*Unknown/);
      for (const leak of ['\u001b', '\r', '\u202E', '\u2066', '\u009b']) expect(output).not.toContain(leak);
      expect(stdout.split('\n').filter((text) => text.startsWith('✓ Read call'))).toEqual([]);
      expect(code).toBe(1);
    } finally {
      delete hostile.tokenErrorDescription;
    }
  });

  it('warns when the private key can be read by others, and still passes', async () => {
    const dir = join(scratch, 'readable-key');
    mkdirSync(dir);
    for (const file of ['client-credentials.json', 'public-key.crt', 'private-key.key', 'ca-public-key.pem']) copyFileSync(join(transactionsOnly.credentialsDir, file), join(dir, file));
    chmodSync(join(dir, 'private-key.key'), 0o644);
    const { code, stdout } = await doctor(dir, transactionsOnly.url);
    expect(line(stdout, 'Key and certificate')).toMatch(/^⚠ Key and certificate\s+the private key matches the certificate .*, but other users may read its file$/);
    expect(stdout).toContain(`→ The private key file ${join(dir, 'private-key.key')} can be read by any user of this computer (permissions 0644): restrict it to its owner with chmod 600`);
    expect(code).toBe(0);
  });
});

describe('scope validation and the probe', () => {
  const credentials = (scopes?: string[]) => ({ clientId: 'c', certificate: {}, ...(scopes ? { scopes } : {}) }) as unknown as ClaraCredentials;
  const token = (scopes?: string[]): TokenInfo => ({ tokenType: 'Bearer', expiresInSeconds: 60, ...(scopes ? { scopes } : {}) });

  it('bounds the count and length, merges repeats, and counts what it omits', () => {
    const many = Array.from({ length: 40 }, (_, index) => `read:thing${index}`);
    expect(projectScopes(token(many), credentials(), redact)).toMatchObject({ names: many.slice(0, 32), omitted: 8 });
    expect(projectScopes(token(['read:cards', 'read:cards', 'a'.repeat(64), 'a'.repeat(65)]), credentials(), redact)).toEqual({ names: ['read:cards', 'a'.repeat(64)], omitted: 1, source: 'token' });
  });

  it('uses the credentials file’s scopes when the token endpoint lists none, validated the same way', () => {
    const scopes = projectScopes(token(), credentials(['read:transactions', 'bad\nscope']), redact);
    expect(describeScopes(scopes)).toBe('scopes (from the credentials file): read:transactions (1 invalid scope value omitted)');
    expect(describeScopes(projectScopes(token(), credentials(), redact))).toBe('no scopes listed');
    expect(describeScopes(projectScopes(token(['\u001b[0m']), credentials(), redact))).toBe('scopes: none valid (1 invalid scope value omitted)');
  });

  it('probes the first list the project may read, cards when none is known', () => {
    const probe = (...names: string[]) => probeFor({ names, omitted: 0, source: 'token' });
    expect(probe('read:transactions', 'write:transactions')).toBe('transactions');
    expect(probe('transactions.read')).toBe('transactions');
    expect(probe('Read_Users', 'write:cards')).toBe('users');
    expect(probe('read:cards', 'read:transactions')).toBe('cards');
    expect(probe('write:cards')).toBe('cards');
    expect(probe()).toBe('cards');
  });
});
