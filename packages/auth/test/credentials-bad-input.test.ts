// Bad input for the credentials loader: random bytes, truncated PEM, swapped certificate and key, a
// certificate not meant for client authentication. Each is a ClaraCredentialsError naming the file and the problem.
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ClaraCredentialsError, loadCredentials, type CredentialsSource } from '@org/clara-auth';
import { createTestPki, type TestPki } from './helpers/pki.js';

const SECRET = 'bad-input-client-secret';
let pki: TestPki;
let work: string;
let credentialsFile: string;

beforeAll(() => {
  pki = createTestPki();
  work = mkdtempSync(join(pki.dir, 'bad-input-'));
  credentialsFile = join(work, 'credentials.json');
  writeFileSync(credentialsFile, JSON.stringify({ clientId: 'client-1', clientSecret: SECRET }));
});
afterAll(() => pki.remove());

const file = (name: string, content: string | Buffer): string => {
  const path = join(work, name);
  writeFileSync(path, content);
  return path;
};
const files = (certFile: string, keyFile: string) => ({ certFile, keyFile, credentialsFile });
const truncate = (pem: string, keep: number) => pem.slice(0, Math.floor(pem.length * keep));

async function refused(source: CredentialsSource): Promise<ClaraCredentialsError> {
  const error = await loadCredentials(source).then(() => undefined, (thrown: unknown) => thrown);
  expect(error).toBeInstanceOf(ClaraCredentialsError);
  const { message } = error as Error;
  expect(message).not.toContain(SECRET);
  expect(message).not.toContain('PRIVATE KEY-----\n');
  return error as ClaraCredentialsError;
}

describe('random bytes', () => {
  it.each([16, 1024, 65_536])('%i random bytes as the certificate or the key', async (size) => {
    const noise = file(`noise-${size}.bin`, randomBytes(size));
    const certError = await refused(files(noise, pki.path('client.key')));
    expect(certError.file).toBe(noise);
    expect(certError.message).toMatch(/is not PEM: expected a "-----BEGIN CERTIFICATE-----" block/);
    expect((await refused(files(pki.path('client.crt'), noise))).message).toMatch(/is not PEM: expected a "-----BEGIN PRIVATE KEY-----" block/);
  });

  it('random bytes named like a certificate in a credentials folder', async () => {
    const dir = join(work, 'noise-folder');
    mkdirSync(dir);
    writeFileSync(join(dir, 'public-key.crt'), randomBytes(512));
    writeFileSync(join(dir, 'private-key.key'), pki.read('client.key'));
    writeFileSync(join(dir, 'credentials.json'), JSON.stringify({ clientId: 'client-1', clientSecret: SECRET }));
    expect((await refused(dir)).message).toMatch(/public-key\.crt is not PEM/);
  });
});

describe('truncated PEM', () => {
  it.each([0.3, 0.6, 0.95])('a certificate cut at %f of its length', async (keep) => {
    const cut = file(`cut-${keep}.crt`, truncate(pki.read('client.crt'), keep));
    const error = await refused(files(cut, pki.path('client.key')));
    expect(error.file).toBe(cut);
    expect(error.message).toMatch(/is a truncated or damaged PEM file: it has a "-----BEGIN CERTIFICATE-----" line but no matching "-----END CERTIFICATE-----" line/);
  });

  it('a key cut in half, given directly or found in a folder', async () => {
    const cut = file('cut.key', truncate(pki.read('client.key'), 0.5));
    expect((await refused(files(pki.path('client.crt'), cut))).message).toMatch(/cut\.key is a truncated or damaged PEM file: it has a "-----BEGIN PRIVATE KEY-----" line/);
    const dir = join(work, 'cut-folder');
    mkdirSync(dir);
    writeFileSync(join(dir, 'public-key.crt'), pki.read('client.crt'));
    writeFileSync(join(dir, 'private-key.txt'), truncate(pki.read('client.key'), 0.5));
    writeFileSync(join(dir, 'credentials.json'), JSON.stringify({ clientId: 'client-1', clientSecret: SECRET }));
    expect((await refused(dir)).message).toMatch(/private-key\.txt is a truncated or damaged PEM file/);
  });

  it('a certificate whose body was damaged between intact armour lines', async () => {
    const pem = pki.read('client.crt');
    const lines = pem.split('\n');
    lines.splice(3, 4); // four lines of base64 gone
    const damaged = file('damaged.crt', lines.join('\n'));
    expect((await refused(files(damaged, pki.path('client.key')))).message).toMatch(/holds a certificate block that cannot be parsed/);
  });
});

describe('swapped certificate and key', () => {
  it('says the files look swapped', async () => {
    const error = await refused(files(pki.path('client.key'), pki.path('client.crt')));
    expect(error.file).toBe(pki.path('client.key'));
    expect(error.message).toMatch(/holds no certificate, only: PRIVATE KEY \(this is a private key: are the certificate and the key swapped\?\)/);
    const inMemory = await refused({ cert: pki.read('client.crt'), key: pki.read('client.crt'), clientId: 'x', clientSecret: SECRET });
    expect(inMemory.message).toMatch(/holds no private key, only: CERTIFICATE \(this is a certificate: are the certificate and the key swapped\?\)/);
  });
});

describe('a certificate without client-auth usage', () => {
  it('a server certificate (extended key usage serverAuth only) is refused before any handshake', async () => {
    const error = await refused(files(pki.path('server.crt'), pki.path('server.key')));
    expect(error.file).toBe(pki.path('server.crt'));
    expect(error.message).toMatch(/is not for TLS client authentication: its extended key usage \(1\.3\.6\.1\.5\.5\.7\.3\.1\) lacks clientAuth \(1\.3\.6\.1\.5\.5\.7\.3\.2\)/);
  });

  it('a client certificate passes', async () => {
    expect((await loadCredentials(files(pki.path('client.crt'), pki.path('client.key')))).clientId).toBe('client-1');
  });
});
