import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inspect } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ClaraCredentialsError, isClaraCredentials, loadCredentials, type CredentialsSource } from '@org/clara-auth';
import { createTestPki, type TestPki } from './helpers/pki.js';

const CLIENT_SECRET = 'super-secret-client-value-123';
const clientJson = (extra: object = {}): string => JSON.stringify({ clientId: 'client-abc', clientSecret: CLIENT_SECRET, ...extra });

let pki: TestPki;
let work: string;
let folderCount = 0;

beforeAll(() => {
  pki = createTestPki();
  work = mkdtempSync(join(pki.dir, 'folders-'));
});
afterAll(() => pki.remove());

/** A credentials folder with the given files: values are PKI file names to copy, or literal contents. */
function folder(files: Record<string, string | { copy: string }>): string {
  const dir = join(work, `folder-${++folderCount}`);
  mkdirSync(dir);
  for (const [name, content] of Object.entries(files)) {
    if (typeof content === 'string') writeFileSync(join(dir, name), content);
    else copyFileSync(pki.path(content.copy), join(dir, name));
  }
  return dir;
}

const dashboardFolder = (extra: Record<string, string | { copy: string }> = {}): string =>
  folder({ 'public-key.crt': { copy: 'client.crt' }, 'private-key.key': { copy: 'client.key' }, 'credentials.json': clientJson(), ...extra });

async function credentialsError(source: CredentialsSource, options = {}): Promise<ClaraCredentialsError> {
  const error = await loadCredentials(source, options).then(() => undefined, (thrown: unknown) => thrown);
  expect(error).toBeInstanceOf(ClaraCredentialsError);
  return error as ClaraCredentialsError;
}

describe('loadCredentials from a folder', () => {
  it('finds certificate, key and JSON by content and exposes the certificate facts', async () => {
    const dir = folder({
      'a.txt': { copy: 'client.crt' }, // names do not matter
      'b.txt': { copy: 'client.key' },
      'c.txt': JSON.stringify({ projectName: 'Payments', credentials: { clientId: 'client-abc', clientSecret: CLIENT_SECRET }, scopes: ['read:cards', 'write:cards'] }),
      'ca_clara.pem': { copy: 'ca.crt' },
      'README.md': '# notes',
    });
    const credentials = await loadCredentials(dir);
    expect(credentials).toMatchObject({ clientId: 'client-abc', projectName: 'Payments', scopes: ['read:cards', 'write:cards'] });
    expect(credentials.certificate.subject).toBe('CN=Clara Test Client, O=Clara Test');
    expect(credentials.certificate.issuer).toBe('CN=Clara Test CA');
    expect(credentials.certificate.fingerprint256).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
    expect(credentials.certificate.notAfter.getTime()).toBeGreaterThan(credentials.certificate.notBefore.getTime());
    expect(credentials.certificate.daysLeft).toBe(364);
    expect(isClaraCredentials(credentials)).toBe(true);
    expect(isClaraCredentials({ ...credentials })).toBe(false);
  });

  it('reads PKCS#1, encrypted PKCS#8 and encrypted PKCS#1 keys', async () => {
    expect((await loadCredentials(dashboardFolder({ 'private-key.key': { copy: 'client.rsa.key' } }))).clientId).toBe('client-abc');
    for (const key of ['client.enc.key', 'client.enc-rsa.key']) {
      const dir = dashboardFolder({ 'private-key.key': { copy: key } });
      expect((await loadCredentials({ folder: dir, passphrase: pki.passphrase })).clientId).toBe('client-abc');
    }
  });

  it('accepts snake_case JSON and a space-separated scope string', async () => {
    const dir = dashboardFolder({ 'credentials.json': JSON.stringify({ client_id: 'snake', client_secret: CLIENT_SECRET, scope: 'a b' }) });
    expect(await loadCredentials(dir)).toMatchObject({ clientId: 'snake', scopes: ['a', 'b'] });
  });

  it('accepts the certificate and key embedded in the JSON', async () => {
    const dir = folder({ 'project.json': JSON.stringify({ credentials: { clientId: 'x', clientSecret: CLIENT_SECRET, publicKey: pki.read('client.crt'), privateKey: pki.read('client.key') } }) });
    expect((await loadCredentials(dir)).clientId).toBe('x');
  });

  it('counts the same PEM in two files once', async () => {
    expect((await loadCredentials(dashboardFolder({ 'copy-of-cert.pem': { copy: 'client.crt' } }))).clientId).toBe('client-abc');
  });

  it('names the folder when it does not exist or is a file', async () => {
    const missing = join(work, 'nope');
    expect((await credentialsError(missing)).message).toBe(`The credentials folder ${missing} does not exist.`);
    expect((await credentialsError(pki.path('client.crt'))).message).toMatch(/is a file, not a folder/);
  });

  it('reports two candidates for one role, naming both files', async () => {
    const dir = dashboardFolder({ 'other.crt': { copy: 'second-client.crt' } });
    const error = await credentialsError(dir);
    expect(error.message).toMatch(/2 candidates for the client certificate: .*other\.crt and .*public-key\.crt/);
    expect(error.file).toBe(join(dir, 'other.crt'));
    expect((await credentialsError(dashboardFolder({ 'second.key': { copy: 'second-client.key' } }))).message).toMatch(/candidates for the private key/);
    expect((await credentialsError(dashboardFolder({ 'ca1.pem': { copy: 'ca.crt' }, 'ca2.pem': { copy: 'other-ca.crt' } }))).message).toMatch(/candidates for the CA certificate/);
    expect((await credentialsError(dashboardFolder({ 'more.json': clientJson() }))).message).toMatch(/candidates for the client-credentials JSON/);
  });

  it('reports a missing role', async () => {
    expect((await credentialsError(folder({ 'k.key': { copy: 'client.key' }, 'c.json': clientJson() }))).message).toMatch(/^No client certificate .* found in .*files: c\.json, k\.key/);
    expect((await credentialsError(folder({ 'c.crt': { copy: 'client.crt' }, 'c.json': clientJson() }))).message).toMatch(/^No private key/);
    expect((await credentialsError(folder({ 'c.crt': { copy: 'client.crt' }, 'k.key': { copy: 'client.key' } }))).message).toMatch(/^No client-credentials JSON/);
  });

  it('reports a JSON without client id/secret, naming the file', async () => {
    const dir = dashboardFolder({ 'credentials.json': JSON.stringify({ projectName: 'x' }) });
    const error = await credentialsError(dir);
    expect(error.file).toBe(join(dir, 'credentials.json'));
    expect(error.message).toMatch(/has no clientId and clientSecret/);
    const noSecret = await credentialsError(dashboardFolder({ 'credentials.json': JSON.stringify({ clientId: 'only-id' }) }));
    expect(noSecret.message).toMatch(/credentials\.json has no clientSecret/);
    expect((await credentialsError(dashboardFolder({ 'credentials.json': '{ broken' }))).message).toMatch(/credentials\.json is not valid JSON/);
  });

  it('reports a certificate file that is not PEM', async () => {
    const dir = dashboardFolder({ 'public-key.crt': Buffer.from([0x30, 0x82, 0x01, 0x0a]).toString('latin1') });
    const error = await credentialsError(dir);
    expect(error.file).toBe(join(dir, 'public-key.crt'));
    expect(error.message).toMatch(/public-key\.crt is not PEM/);
  });
});

describe('loadCredentials from explicit files', () => {
  const files = (overrides: Partial<Record<'certFile' | 'keyFile' | 'credentialsFile' | 'caFile' | 'passphrase', string>> = {}) => {
    const json = join(work, 'explicit.json');
    writeFileSync(json, clientJson({ projectName: 'Explicit' }));
    return { certFile: pki.path('client.crt'), keyFile: pki.path('client.key'), credentialsFile: json, ...overrides };
  };

  it('loads valid files', async () => {
    expect(await loadCredentials(files({ caFile: pki.path('ca.crt') }))).toMatchObject({ clientId: 'client-abc', projectName: 'Explicit' });
  });

  it('names a missing or unreadable file', async () => {
    const missing = await credentialsError(files({ keyFile: join(work, 'missing.key') }));
    expect(missing.message).toBe(`The private key file ${join(work, 'missing.key')} does not exist.`);
    expect(missing.file).toBe(join(work, 'missing.key'));
    if (process.getuid?.() !== 0) {
      const locked = join(work, 'locked.key');
      copyFileSync(pki.path('client.key'), locked);
      chmodSync(locked, 0o000);
      expect((await credentialsError(files({ keyFile: locked }))).message).toMatch(/cannot be read \(permission denied\)/);
    }
  });

  it('rejects files that are not PEM or hold the wrong thing', async () => {
    const notPem = join(work, 'not-pem.crt');
    writeFileSync(notPem, 'hello');
    expect((await credentialsError(files({ certFile: notPem }))).message).toBe(`${notPem} is not PEM: expected a "-----BEGIN CERTIFICATE-----" block.`);
    expect((await credentialsError(files({ certFile: pki.path('client.key') }))).message).toMatch(/holds no certificate, only: PRIVATE KEY/);
    expect((await credentialsError(files({ keyFile: pki.path('client.crt') }))).message).toMatch(/holds no private key, only: CERTIFICATE/);
    expect((await credentialsError(files({ caFile: pki.path('client.key') }))).message).toMatch(/is not a PEM CA bundle/);
  });

  it('rejects a key that does not match the certificate', async () => {
    const error = await credentialsError(files({ keyFile: pki.path('other-client.key') }));
    expect(error.file).toBe(pki.path('other-client.key'));
    expect(error.message).toBe(`The private key in ${pki.path('other-client.key')} does not match the certificate in ${pki.path('client.crt')}: they come from different projects or downloads.`);
  });

  it('rejects a missing or wrong passphrase', async () => {
    for (const keyFile of [pki.path('client.enc.key'), pki.path('client.enc-rsa.key')]) {
      expect((await credentialsError(files({ keyFile }))).message).toMatch(/is encrypted: give its passphrase/);
      expect((await credentialsError(files({ keyFile, passphrase: 'wrong passphrase' }))).message).toMatch(/cannot be opened: the passphrase is wrong/);
    }
  });

  it('rejects an expired or not yet valid certificate', async () => {
    const expired = await credentialsError(files({ certFile: pki.path('expired.crt') }));
    expect(expired.message).toMatch(/expired on 2021-01-01T00:00:00.000Z/);
    expect(expired.file).toBe(pki.path('expired.crt'));
    expect((await credentialsError(files({ certFile: pki.path('future.crt') }))).message).toMatch(/is not valid yet: it starts on 2099-01-01/);
    // An injected clock moves the window.
    const now = () => new Date('2020-06-01T00:00:00Z');
    expect((await loadCredentials(files({ certFile: pki.path('expired.crt') }), { now })).certificate.daysLeft).toBe(214);
  });

  it('warns through the logger when fewer than 30 days remain', async () => {
    const warnings: { message: string; data?: object }[] = [];
    const logger = { warn: (message: string, data?: object) => warnings.push({ message, ...(data ? { data } : {}) }) };
    await loadCredentials(files({ certFile: pki.path('expiring.crt') }), { logger });
    expect(warnings).toEqual([{ message: expect.stringMatching(/expires in 9 days/), data: expect.objectContaining({ daysLeft: 9 }) }]);
    warnings.length = 0;
    await loadCredentials(files(), { logger });
    expect(warnings).toEqual([]);
  });
});

describe('loadCredentials from memory and the environment', () => {
  it('loads PEM strings', async () => {
    const credentials = await loadCredentials({ cert: pki.read('client.crt'), key: pki.read('client.enc.key'), passphrase: pki.passphrase, clientId: 'mem', clientSecret: CLIENT_SECRET, ca: pki.read('ca.crt') });
    expect(credentials.clientId).toBe('mem');
  });

  it('names what is missing in memory', async () => {
    const error = await credentialsError({ cert: '', key: pki.read('client.key'), clientId: 'x', clientSecret: '' });
    expect(error.message).toBe('The in-memory credentials have no cert, clientSecret.');
    expect((await credentialsError({ cert: 'garbage', key: pki.read('client.key'), clientId: 'x', clientSecret: 'y' })).message).toMatch(/^the in-memory certificate is not PEM/);
  });

  it('loads from the environment: inline PEM with escaped newlines, or file paths', async () => {
    const inline = { CLARA_CLIENT_ID: 'env-id', CLARA_CLIENT_SECRET: CLIENT_SECRET, CLARA_CERT: pki.read('client.crt').replace(/\n/g, '\\n'), CLARA_KEY: pki.read('client.key') };
    expect((await loadCredentials({ env: inline })).clientId).toBe('env-id');
    const paths = { CLARA_CLIENT_ID: 'env-id', CLARA_CLIENT_SECRET: CLIENT_SECRET, CLARA_CERT_FILE: pki.path('client.crt'), CLARA_KEY_FILE: pki.path('client.enc.key'), CLARA_KEY_PASSPHRASE: pki.passphrase, CLARA_CA_FILE: pki.path('ca.crt') };
    expect((await loadCredentials({ env: paths })).clientId).toBe('env-id');
  });

  it('names the missing or conflicting variables', async () => {
    const base = { CLARA_CLIENT_ID: 'id', CLARA_CLIENT_SECRET: CLIENT_SECRET, CLARA_CERT_FILE: pki.path('client.crt'), CLARA_KEY_FILE: pki.path('client.key') };
    expect((await credentialsError({ env: { ...base, CLARA_CLIENT_SECRET: '' } })).message).toBe('The environment variable CLARA_CLIENT_SECRET is not set.');
    expect((await credentialsError({ env: { ...base, CLARA_KEY_FILE: undefined } })).message).toBe('Neither CLARA_KEY nor CLARA_KEY_FILE is set: the private key is required.');
    expect((await credentialsError({ env: { ...base, CLARA_CERT: pki.read('client.crt') } })).message).toBe('Both CLARA_CERT and CLARA_CERT_FILE are set: set only one.');
    expect((await credentialsError({ env: { ...base, CLARA_CERT_FILE: join(work, 'gone.crt') } })).message).toMatch(/certificate file \(CLARA_CERT_FILE\) .*gone\.crt does not exist/);
  });

  it('rejects an unknown source shape', async () => {
    expect((await credentialsError({ nope: true } as unknown as CredentialsSource)).message).toMatch(/^Unknown credentials source/);
  });
});

describe('secrets stay out of sight', () => {
  it('JSON.stringify and util.inspect show no secret', async () => {
    const key = pki.read('client.enc.key');
    const credentials = await loadCredentials({ cert: pki.read('client.crt'), key, passphrase: pki.passphrase, clientId: 'id', clientSecret: CLIENT_SECRET });
    for (const text of [JSON.stringify(credentials), inspect(credentials, { depth: Infinity, showHidden: true })]) {
      expect(text).toContain('clientId');
      expect(text).not.toContain(CLIENT_SECRET);
      expect(text).not.toContain(pki.passphrase);
      expect(text).not.toContain('PRIVATE KEY');
    }
  });

  it('errors about the key or passphrase carry neither', async () => {
    const key = pki.read('client.enc.key');
    const wrong = await credentialsError({ cert: pki.read('client.crt'), key, passphrase: 'not-the-passphrase', clientId: 'id', clientSecret: CLIENT_SECRET });
    const text = JSON.stringify(wrong) + inspect(wrong, { depth: Infinity, showHidden: true });
    for (const secret of ['not-the-passphrase', CLIENT_SECRET, 'PRIVATE KEY']) expect(text).not.toContain(secret);
  });
});

afterAll(() => rmSync(work, { recursive: true, force: true }));
