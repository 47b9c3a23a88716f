// `clara doctor` end to end: the CLI in its own process against a sandbox over real mTLS.
import { startSandbox, type Sandbox } from '@org/clara-sandbox';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { credentialsWithoutCa, foreignCredentials, mismatchedKeyCredentials, serverCertificate } from './support/certificates.js';
import { runCli as runInProcess } from '../src/program.js';
import { captureIo, runCli } from './support/run-cli.js';
import { expectNoSecrets } from './support/secrets.js';

const CHECKS = ['Credential files', 'Key and certificate', 'Certificate validity', 'Proxy', 'DNS', 'TCP', 'TLS handshake', 'Client certificate', 'Token', 'Read call'];

/** The mark (✓ ✗ ⚠ -) in front of each check, in order. */
function marks(stdout: string): Record<string, string> {
  const lines = stdout.split('\n');
  return Object.fromEntries(
    CHECKS.map((check) => {
      const line = lines.find((text) => text.slice(2).startsWith(`${check} `));
      return [check, line?.[0] ?? 'missing'];
    }),
  );
}

const only = (mark: string, checks: string[]): Record<string, string> => Object.fromEntries(checks.map((check) => [check, mark]));

/** The CLI in this process: for the failure modes, once the two main runs have proved the real process. */
async function inProcess(args: string[]) {
  const io = captureIo();
  const code = await runInProcess(args, io);
  return { code, ...io.output() };
}

describe('clara doctor', { timeout: 20_000 }, () => {
  let sandbox: Sandbox;
  let scratch: string;
  const args = (credentials: string, more: string[]) => ['doctor', '--country', 'mx', '--credentials', credentials, '--base-url', sandbox.url, ...more];
  const doctor = (credentials: string, ...more: string[]) => runCli(args(credentials, more));
  const doctorInProcess = (credentials: string, ...more: string[]) => inProcess(args(credentials, more));

  beforeAll(async () => {
    sandbox = await startSandbox({ country: 'mx' });
    scratch = mkdtempSync(join(tmpdir(), 'clara-cli-doctor-'));
  }, 20_000);
  afterAll(async () => {
    await sandbox.close();
    rmSync(scratch, { recursive: true, force: true });
  });

  it('passes every check with good credentials, with one token request, and prints no secret', async () => {
    sandbox.stats.reset();
    const { code, stdout, stderr } = await doctor(sandbox.credentialsDir, '--verbose');

    expect(code).toBe(0);
    expect(marks(stdout)).toEqual(only('✓', CHECKS));
    expect(stdout).toMatch(/Certificate validity\s+valid until \d{4}-\d\d-\d\d, 3\d\d days left/);
    expect(stdout).toMatch(/TLS handshake\s+TLSv1\.3, server certificate CN=localhost \(issued by CN=Clara API Certificate Authority \(sandbox\)\)/);
    expect(stdout).toContain('scopes: read:transactions write:transactions');
    expect(stdout).toMatch(/Read call\s+GET \/api\/v3\/cards\?size=1&page=0 → 200 \(30 cards in all\)/);
    expect(stdout).toContain('All 10 checks passed.');
    // The read call reused the doctor's token through the shared store.
    expect(sandbox.stats.snapshot()).toMatchObject({ tokenRequests: 1, byOperation: { listCards: 1 } });
    expectNoSecrets(stdout + stderr, sandbox.credentialsDir);
  });

  it('says the server refused a certificate from another CA, warns about its last days, and skips what follows', async () => {
    const foreign = foreignCredentials(sandbox.credentialsDir, scratch, 10);
    const { code, stdout, stderr } = await doctor(foreign);

    expect(code).toBe(1);
    expect(marks(stdout)).toEqual({
      ...only('✓', ['Credential files', 'Key and certificate', 'Proxy', 'DNS', 'TCP', 'TLS handshake']),
      'Certificate validity': '⚠',
      'Client certificate': '✗',
      ...only('-', ['Token', 'Read call']),
    });
    expect(stdout).toMatch(/Certificate validity\s+valid until \S+, 9 days left\n\s+→ renew it before it expires/);
    expect(stdout).toMatch(/Client certificate\s+refused: TLS handshake with 127\.0\.0\.1:\d+ failed: Clara closed the connection right after the handshake, before answering anything: it most likely refused the client certificate.*\(ours: CN=foreign-project, issued by CN=Foreign Test CA\)/);
    expect(stdout).toMatch(/→ use the certificate of a Clara project of this environment \(sandbox credentials work only with --environment sandbox/);
    expect(stdout).toMatch(/- Token\s+skipped: needs an accepted client certificate/);
    expect(stdout).toContain('1 failed, 2 skipped, 7 passed.');
    expectNoSecrets(stdout + stderr, foreign);
  });

  it('names a key that does not match the certificate', async () => {
    const { code, stdout } = await doctorInProcess(mismatchedKeyCredentials(sandbox.credentialsDir, scratch));

    expect(code).toBe(1);
    expect(marks(stdout)).toMatchObject({ 'Credential files': '✓', 'Key and certificate': '✗', 'Certificate validity': '-', DNS: '✓', TCP: '✓', 'TLS handshake': '-' });
    expect(stdout).toMatch(/Key and certificate\s+The private key in \S+private-key\.key does not match the certificate/);
    expect(stdout).toMatch(/TLS handshake\s+skipped: needs valid credentials/);
  });

  it('fails an expired certificate before anything goes on the wire', async () => {
    const expired = foreignCredentials(sandbox.credentialsDir, scratch, { start: '20240101000000Z', end: '20250101000000Z' });
    const { code, stdout } = await doctorInProcess(expired);

    expect(code).toBe(1);
    expect(marks(stdout)).toMatchObject({ 'Credential files': '✓', 'Key and certificate': '✓', 'Certificate validity': '✗', TCP: '✓', 'TLS handshake': '-' });
    expect(stdout).toMatch(/Certificate validity\s+The client certificate in \S+public-key\.crt expired on 2025-01-01T00:00:00\.000Z: create new project credentials/);
  });

  it('says the server certificate is not trusted without the CA file, and how to trust it', async () => {
    const { code, stdout } = await doctorInProcess(credentialsWithoutCa(sandbox.credentialsDir, scratch));

    expect(code).toBe(1);
    expect(marks(stdout)).toMatchObject({ TCP: '✓', 'TLS handshake': '✗', 'Client certificate': '-', Token: '-', 'Read call': '-' });
    expect(stdout).toMatch(/TLS handshake\s+TLS handshake with 127\.0\.0\.1:\d+ failed: the server certificate is not trusted \(SELF_SIGNED_CERT_IN_CHAIN\)/);
    expect(stdout).toContain('pass its CA with --ca');
  });

  it('trusts a CA given with --ca', async () => {
    const { code, stdout } = await doctorInProcess(credentialsWithoutCa(sandbox.credentialsDir, scratch), '--ca', join(sandbox.credentialsDir, 'ca-public-key.pem'));
    expect(code).toBe(0);
    expect(stdout).toMatch(/Credential files\s+found and recognised in \S+ and the CA file \S+ca-public-key\.pem/);
  });

  it('names the TLS alert by which a server refused the client certificate (openssl s_server, TLS 1.2)', async () => {
    const server = serverCertificate(scratch);
    // It trusts only its own CA: the sandbox's client certificate gets an "unknown CA" alert.
    const strict = spawn('openssl', ['s_server', '-accept', '127.0.0.1:0', '-tls1_2', '-cert', server.certFile, '-key', server.keyFile, '-CAfile', server.caFile, '-Verify', '1', '-verify_return_error', '-www'], { stdio: ['ignore', 'pipe', 'ignore'] });
    try {
      let announced = '';
      const port = await new Promise<string>((resolve, reject) => {
        strict.stdout.on('data', (chunk: Buffer) => {
          announced += chunk;
          const accept = /ACCEPT \S+:(\d+)/.exec(announced);
          if (accept) resolve(accept[1]!);
        });
        strict.once('exit', () => reject(new Error(`openssl s_server exited: ${announced}`)));
      });
      const { code, stdout } = await inProcess(['doctor', '--country', 'mx', '--credentials', sandbox.credentialsDir, '--base-url', `https://127.0.0.1:${port}`, '--ca', server.caFile]);
      expect(code).toBe(1);
      expect(marks(stdout)).toMatchObject({ TCP: '✓', 'TLS handshake': '✓', 'Client certificate': '✗', Token: '-', 'Read call': '-' });
      expect(stdout).toMatch(/TLS handshake\s+server certificate CN=127\.0\.0\.1 \(issued by CN=Server Test CA\)/);
      expect(stdout).toMatch(/Client certificate\s+refused: TLS handshake with 127\.0\.0\.1:\d+ failed: the server rejected the client certificate \(ERR_SSL_TLSV1_ALERT_UNKNOWN_CA\)/);
    } finally {
      strict.kill();
    }
  });

  it('reports a refused TCP connection and skips the checks that need one', async () => {
    const closedPort = await new Promise<number>((resolve) => {
      const server = createServer().listen(0, '127.0.0.1', () => {
        const { port } = server.address() as { port: number };
        server.close(() => resolve(port));
      });
    });
    const { code, stdout } = await inProcess(['doctor', '--country', 'mx', '--credentials', sandbox.credentialsDir, '--base-url', `https://127.0.0.1:${closedPort}`]);

    expect(code).toBe(1);
    expect(marks(stdout)).toMatchObject({ 'Certificate validity': '✓', DNS: '✓', TCP: '✗', ...only('-', ['TLS handshake', 'Client certificate', 'Token', 'Read call']) });
    expect(stdout).toMatch(new RegExp(`TCP\\s+127\\.0\\.0\\.1:${closedPort} refused the connection\\n\\s+→ nothing listens there`));
  });

  it('reports missing credential files', async () => {
    const empty = mkdtempSync(join(scratch, 'empty-'));
    const { code, stdout } = await doctorInProcess(empty);
    expect(code).toBe(1);
    expect(marks(stdout)).toMatchObject({ 'Credential files': '✗', 'Key and certificate': '-', 'Certificate validity': '-', DNS: '✓', TCP: '✓' });
    expect(stdout).toMatch(/Credential files\s+No client-credentials JSON \(with clientId and clientSecret\) found/);
  });
});

describe.each(['br', 'co'] as const)('clara doctor --country %s', { timeout: 20_000 }, (country) => {
  it('passes against that country’s sandbox, in the sandbox environment', async () => {
    const sandbox = await startSandbox({ country });
    try {
      const { code, stdout } = await inProcess(['doctor', '--country', country, '--credentials', sandbox.credentialsDir, '--base-url', sandbox.url, '--environment', 'sandbox']);
      expect(stdout).toContain(`, sandbox, ${sandbox.url}/api-test`);
      expect(stdout).toMatch(/Read call\s+GET \/api-test\/v3\/cards\?size=1&page=0 → 200/);
      expect(code).toBe(0);
    } finally {
      await sandbox.close();
    }
  });
});
