import { resolve } from 'node:path';
import { readCaBundle } from './certificate.js';
import { readCredentialFile } from './read-file.js';

/**
 * Extra CA certificates given as options (the facade's `ca`): each entry PEM text or a file path, checked like
 * the CA file of a credentials folder. A bad entry is a ClaraCredentialsError naming the file.
 */
export async function loadCaCertificates(ca: string | readonly string[]): Promise<string[]> {
  return Promise.all(
    [ca].flat().map(async (entry) => {
      if (entry.includes('-----BEGIN')) return readCaBundle({ pem: entry, origin: 'the in-memory CA certificate' });
      const file = resolve(entry);
      return readCaBundle({ pem: (await readCredentialFile(file, 'CA file')).text, origin: file, file });
    }),
  );
}
