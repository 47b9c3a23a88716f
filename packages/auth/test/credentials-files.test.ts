// What a credentials path may point at: only a regular file of at most 1 MiB. A FIFO, a device, a folder or a
// socket is refused at once (a FIFO never blocks the loader), an oversized file is refused by name with the limit,
// and a private key that the group or others may read loads with one warning (what ssh refuses).
import { execFileSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, truncateSync, writeFileSync, type Stats } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { open, type FileHandle } from 'node:fs/promises';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ClaraCredentialsError, loadCredentials, type CredentialsSource } from '@org/clara-auth';
import { MAX_CREDENTIAL_FILE_BYTES, readCredentialFile } from '../src/credentials/read-file.js';
import { createTestPki, type TestPki } from './helpers/pki.js';

let pki: TestPki;
let work: string;
let credentialsFile: string;
let keyFile: string;
let socketPath: string;
let socketServer: Server;
let fifo: string | undefined;

beforeAll(async () => {
  pki = createTestPki();
  work = mkdtempSync(join(pki.dir, 'files-'));
  credentialsFile = join(work, 'credentials.json');
  writeFileSync(credentialsFile, JSON.stringify({ clientId: 'client-1', clientSecret: 'files-client-secret' }));
  keyFile = join(work, 'private.key');
  copyFileSync(pki.path('client.key'), keyFile);
  chmodSync(keyFile, 0o600);
  socketPath = join(work, 'agent.sock');
  socketServer = createServer();
  await new Promise<void>((resolve) => socketServer.listen(socketPath, resolve));
  try {
    execFileSync('mkfifo', [join(work, 'pipe')]);
    fifo = join(work, 'pipe');
  } catch {
    fifo = undefined; // no mkfifo on this platform: the FIFO cases are skipped below
  }
});
afterAll(async () => {
  await new Promise<void>((resolve) => socketServer.close(() => resolve()));
  pki.remove();
});

const files = (overrides: { certFile?: string; keyFile?: string; credentialsFile?: string } = {}) => ({
  certFile: pki.path('client.crt'),
  keyFile,
  credentialsFile,
  ...overrides,
});

async function refused(source: CredentialsSource): Promise<ClaraCredentialsError> {
  const error = await loadCredentials(source).then(() => undefined, (thrown: unknown) => thrown);
  expect(error).toBeInstanceOf(ClaraCredentialsError);
  return error as ClaraCredentialsError;
}

describe('only regular files', () => {
  it.skipIf(process.platform === 'win32')('a FIFO as the key, the certificate or the client-credentials JSON is refused at once, without a writer', async () => {
    expect(fifo, 'mkfifo is available on this platform').toBeDefined();
    const pipe = fifo!;
    for (const [role, source] of [
      ['private key file', files({ keyFile: pipe })],
      ['certificate file', files({ certFile: pipe })],
      ['client-credentials file', files({ credentialsFile: pipe })],
    ] as const) {
      const error = await refused(source);
      expect(error.message).toBe(`The ${role} ${pipe} is a named pipe (FIFO), not a regular file.`);
      expect(error.file).toBe(pipe);
    }
  });

  it.skipIf(!existsSync('/dev/zero'))('/dev/zero as the certificate is refused before a byte is read', async () => {
    const before = process.memoryUsage().arrayBuffers;
    const error = await refused(files({ certFile: '/dev/zero' }));
    expect(error.message).toBe('The certificate file /dev/zero is a character device, not a regular file.');
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(8 * 1024 * 1024);
  });

  it('a folder and a socket are named for what they are', async () => {
    expect((await refused(files({ keyFile: work }))).message).toBe(`The private key file ${work} is a folder, not a regular file.`);
    expect((await refused(files({ credentialsFile: socketPath }))).message).toBe(`The client-credentials file ${socketPath} is a socket, not a regular file.`);
  });

  it('a FIFO or a socket inside a credentials folder is passed over', async () => {
    const dir = join(work, 'with-socket');
    mkdirSync(dir);
    copyFileSync(pki.path('client.crt'), join(dir, 'public-key.crt'));
    copyFileSync(keyFile, join(dir, 'private-key.key'));
    copyFileSync(credentialsFile, join(dir, 'client-credentials.json'));
    if (fifo) execFileSync('mkfifo', [join(dir, 'stray.pem')]);
    const credentials = await loadCredentials(dir);
    expect(credentials.clientId).toBe('client-1');
  });
});

describe('bounded in size', () => {
  it('a 50 MB client-credentials.json in the folder is refused by name with the limit', async () => {
    const dir = join(work, 'oversized');
    mkdirSync(dir);
    copyFileSync(pki.path('client.crt'), join(dir, 'public-key.crt'));
    copyFileSync(keyFile, join(dir, 'private-key.key'));
    const json = join(dir, 'client-credentials.json');
    writeFileSync(json, '{}');
    truncateSync(json, 50 * 1024 * 1024); // sparse: 50 MB without writing them
    const error = await refused(dir);
    expect(error.message).toBe(`The file ${json} is 52428800 bytes, over the limit of 1048576 bytes (1 MiB) for a credentials file: it is not one.`);
    expect(error.file).toBe(json);
  });

  it('an oversized key file given directly is refused the same way', async () => {
    const big = join(work, 'big.key');
    writeFileSync(big, '');
    truncateSync(big, 2 * 1024 * 1024);
    expect((await refused(files({ keyFile: big }))).message).toBe(`The private key file ${big} is 2097152 bytes, over the limit of 1048576 bytes (1 MiB) for a credentials file: it is not one.`);
  });

  it('an oversized file not named like credentials is set aside, and named when nothing is found', async () => {
    const dir = join(work, 'with-archive');
    mkdirSync(dir);
    const archive = join(dir, 'download.zip');
    writeFileSync(archive, '');
    truncateSync(archive, 3 * 1024 * 1024);
    copyFileSync(pki.path('client.crt'), join(dir, 'public-key.crt'));
    copyFileSync(keyFile, join(dir, 'private-key.key'));
    expect((await refused(dir)).message).toBe(
      `No client-credentials JSON (with clientId and clientSecret) found in ${dir} (files: private-key.key, public-key.crt; skipped as too big: download.zip: 3145728 bytes).`,
    );
    copyFileSync(credentialsFile, join(dir, 'client-credentials.json'));
    expect((await loadCredentials(dir)).clientId).toBe('client-1');
  });
});

describe('the read itself', () => {
  const handles = async (): Promise<FileHandle> => {
    const handle = await open(credentialsFile);
    await handle.close();
    return Object.getPrototypeOf(handle) as FileHandle;
  };
  /** fstat says the file has `size` bytes, whatever it has. */
  const statSays = async (size: number) => {
    const prototype = await handles();
    const stat = prototype.stat;
    vi.spyOn(prototype, 'stat').mockImplementation(async function (this: FileHandle) {
      return Object.assign((await stat.call(this)) as Stats, { size });
    } as never);
  };
  afterEach(() => void vi.restoreAllMocks());

  it('allocates for the size fstat gave, not the limit, and still reads a file that grew since', async () => {
    const grown = join(work, 'grown.pem');
    writeFileSync(grown, 'x'.repeat(5_000));
    await statSays(10);
    const alloc = vi.spyOn(Buffer, 'alloc');
    expect((await readCredentialFile(grown, 'certificate file')).text).toBe('x'.repeat(5_000));
    expect(alloc.mock.calls[0]![0]).toBe(11);
    expect(Math.max(...alloc.mock.calls.map(([size]) => size))).toBeLessThan(MAX_CREDENTIAL_FILE_BYTES);
  });

  it('a file that grew past the limit since fstat is refused', async () => {
    const grown = join(work, 'grown-big.pem');
    writeFileSync(grown, 'x'.repeat(MAX_CREDENTIAL_FILE_BYTES + 5));
    await statSays(10);
    await expect(readCredentialFile(grown, 'certificate file')).rejects.toThrow(`The certificate file ${grown} grew while it was read, over the limit`);
  });

  it('a failure to close does not replace the error, nor the text read', async () => {
    const prototype = await handles();
    const stat = prototype.stat;
    // close is each handle's own property: replaced on the handle, when the reader first uses it.
    vi.spyOn(prototype, 'stat').mockImplementation(async function (this: FileHandle) {
      const close = this.close.bind(this);
      this.close = async () => {
        await close();
        throw Object.assign(new Error('EIO: i/o error, close'), { code: 'EIO' });
      };
      return stat.call(this);
    } as never);
    await expect(readCredentialFile(work, 'certificate file')).rejects.toThrow(`The certificate file ${work} is a folder, not a regular file.`);
    expect((await readCredentialFile(credentialsFile, 'credentials file')).text).toContain('client-1');
  });
});

describe.skipIf(process.platform === 'win32')('a private key others can read', () => {
  const warnings: { message: string; data?: object }[] = [];
  const logger = { warn: (message: string, data?: object) => warnings.push({ message, ...(data ? { data } : {}) }) };

  it.each([
    ['0644', 0o644, 'any user of this computer'],
    ['0640', 0o640, 'the users of its group'],
  ])('mode %s: loads, with one warning through the logger and on the credentials', async (octal, mode, who) => {
    const open = join(work, `open-${octal}.key`);
    copyFileSync(pki.path('client.key'), open);
    chmodSync(open, mode);
    warnings.length = 0;
    const credentials = await loadCredentials(files({ keyFile: open }), { logger });
    const message = `The private key file ${open} can be read by ${who} (permissions ${octal}): restrict it to its owner with chmod 600 ${open}.`;
    expect(warnings).toEqual([{ message, data: { clientId: 'client-1', file: open } }]);
    expect(credentials.warnings).toEqual([{ code: 'private-key-readable', message, file: open }]);
  });

  it('a key embedded in a readable client-credentials JSON is the same case; a private key file is not', async () => {
    const dir = join(work, 'embedded');
    mkdirSync(dir);
    copyFileSync(pki.path('client.crt'), join(dir, 'public-key.crt'));
    const json = join(dir, 'client-credentials.json');
    writeFileSync(json, JSON.stringify({ credentials: { clientId: 'client-1', clientSecret: 'files-client-secret', privateKey: pki.read('client.key') } }));
    chmodSync(json, 0o604);
    warnings.length = 0;
    expect((await loadCredentials(dir, { logger })).warnings?.[0]?.file).toBe(json);
    chmodSync(json, 0o600);
    warnings.length = 0;
    const credentials = await loadCredentials(dir, { logger });
    expect(credentials.warnings).toBeUndefined();
    expect(warnings).toEqual([]);
  });
});
