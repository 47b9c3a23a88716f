import { readFile, stat } from 'node:fs/promises';
import { ClaraCredentialsError } from '../errors.js';

/** Credential files are a few kilobytes; anything bigger is the wrong file. */
export const MAX_CREDENTIAL_FILE_BYTES = 1024 * 1024;

/** Reads a credentials file; `role` ("certificate file", "CA file", ...) makes the error say which one failed. */
export async function readCredentialFile(path: string, role: string): Promise<string> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new ClaraCredentialsError(`The ${role} ${path} is a folder, not a file.`, { file: path });
    if (info.size > MAX_CREDENTIAL_FILE_BYTES) throw new ClaraCredentialsError(`The ${role} ${path} is ${info.size} bytes: too big to be a credentials file.`, { file: path });
    return await readFile(path, 'utf8');
  } catch (error) {
    if (error instanceof ClaraCredentialsError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const problem = code === 'ENOENT' ? 'does not exist' : code === 'EACCES' || code === 'EPERM' ? 'cannot be read (permission denied)' : `cannot be read (${code ?? 'unknown error'})`;
    throw new ClaraCredentialsError(`The ${role} ${path} ${problem}.`, { file: path, cause: error });
  }
}
