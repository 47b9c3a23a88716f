// Reads one credentials file: only a regular file, at most MAX_CREDENTIAL_FILE_BYTES. The kind is checked with
// fstat on the opened descriptor (no race between a check and the read), opened with O_NONBLOCK so that a FIFO
// without a writer is refused at once instead of hanging; a device such as /dev/zero is refused before any read,
// and the read itself stops one byte past the limit, so no file can grow memory.
import { constants, type Stats } from 'node:fs';
import { open, stat, type FileHandle } from 'node:fs/promises';
import { ClaraCredentialsError } from '../errors.js';

/** Credential files are a few kilobytes; anything bigger is the wrong file. */
export const MAX_CREDENTIAL_FILE_BYTES = 1024 * 1024;

export interface CredentialFile {
  text: string;
  /** The permission bits (`stat.mode & 0o777`). */
  mode: number;
}

/** Reads a credentials file; `role` ("certificate file", "CA file", ...) makes the error say which one failed. */
export async function readCredentialFile(path: string, role: string): Promise<CredentialFile> {
  let file: FileHandle;
  try {
    file = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    throw await openError(path, role, error as NodeJS.ErrnoException);
  }
  try {
    const info = await file.stat();
    if (!info.isFile()) throw notRegularFile(path, role, info);
    if (info.size > MAX_CREDENTIAL_FILE_BYTES) throw tooBig(path, role, `is ${info.size} bytes`);
    // Sized from fstat (credential files are a few KB), plus a byte to see a file that grew since; grown if it did.
    let buffer = Buffer.alloc(info.size + 1);
    let length = 0;
    for (;;) {
      const { bytesRead } = await file.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length < buffer.length) continue;
      if (buffer.length > MAX_CREDENTIAL_FILE_BYTES) break;
      const larger = Buffer.alloc(Math.min(buffer.length * 2, MAX_CREDENTIAL_FILE_BYTES + 1));
      buffer.copy(larger);
      buffer = larger;
    }
    if (length > MAX_CREDENTIAL_FILE_BYTES) throw tooBig(path, role, 'grew while it was read'); // written to after fstat
    return { text: buffer.toString('utf8', 0, length), mode: info.mode & 0o777 };
  } catch (error) {
    if (error instanceof ClaraCredentialsError) throw error;
    throw readError(path, role, error as NodeJS.ErrnoException);
  } finally {
    await file.close().catch(() => undefined); // a failure to close must not hide what happened, or the text read
  }
}

const tooBig = (path: string, role: string, what: string): ClaraCredentialsError =>
  new ClaraCredentialsError(`The ${role} ${path} ${what}, over the limit of ${MAX_CREDENTIAL_FILE_BYTES} bytes (1 MiB) for a credentials file: it is not one.`, { file: path });

const notRegularFile = (path: string, role: string, info: Stats): ClaraCredentialsError =>
  new ClaraCredentialsError(`The ${role} ${path} is ${kindOf(info)}, not a regular file.`, { file: path });

/** What a path that is not a regular file is, for messages. */
function kindOf(info: Stats): string {
  if (info.isDirectory()) return 'a folder';
  if (info.isFIFO()) return 'a named pipe (FIFO)';
  if (info.isSocket()) return 'a socket';
  if (info.isCharacterDevice()) return 'a character device';
  if (info.isBlockDevice()) return 'a block device';
  return 'not a regular file';
}

async function openError(path: string, role: string, error: NodeJS.ErrnoException): Promise<ClaraCredentialsError> {
  // A socket cannot be opened (ENXIO), a folder on some systems neither (EISDIR): name what is there instead.
  if (error.code === 'ENXIO' || error.code === 'EISDIR') {
    const info = await stat(path).catch(() => undefined);
    if (info && !info.isFile()) return notRegularFile(path, role, info);
  }
  return readError(path, role, error);
}

function readError(path: string, role: string, error: NodeJS.ErrnoException): ClaraCredentialsError {
  const code = error.code;
  const problem = code === 'ENOENT' ? 'does not exist' : code === 'EACCES' || code === 'EPERM' ? 'cannot be read (permission denied)' : `cannot be read (${code ?? 'unknown error'})`;
  return new ClaraCredentialsError(`The ${role} ${path} ${problem}.`, { file: path, cause: error });
}
