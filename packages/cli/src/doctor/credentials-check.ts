// The first three checks, all offline: the credential files, the key against the certificate, the validity.
// `loadCredentials` performs them in that order and stops at the first problem; its message names the file and
// the problem, and which check failed is read from it.
import type { ClaraCredentials } from '@org/clara-mx';

import { credentialsSource, type ConnectionOptions, type CountrySdk } from '../sdk.js';
import type { Checklist } from './checklist.js';

const RENEW = 'create new project credentials in the Clara dashboard (projects last at most 360 days) and switch to them';

export interface LoadedCredentials {
  credentials: ClaraCredentials;
}

export async function checkCredentials(list: Checklist, sdk: CountrySdk, options: ConnectionOptions): Promise<LoadedCredentials | undefined> {
  let loaded: LoadedCredentials;
  try {
    loaded = { credentials: await sdk.loadCredentials(credentialsSource(options)) };
    if (options.ca) await sdk.loadCaCertificates(options.ca); // checked here; the client reads it again
  } catch (error) {
    if (!(error instanceof sdk.ClaraCredentialsError)) throw error;
    reportFailure(list, error.message, options);
    return undefined;
  }

  const { clientId, projectName, certificate } = loaded.credentials;
  const project = projectName ? `project "${projectName}", ` : '';
  const ca = options.ca ? ` and the CA file ${options.ca}` : '';
  list.pass('files', `found and recognised in ${options.credentials}${ca} (${project}client id ${clientId})`);
  const matches = `the private key matches the certificate ${certificate.subject} (issued by ${certificate.issuer})`;
  const readable = loaded.credentials.warnings?.find((warning) => warning.code === 'private-key-readable');
  if (readable) list.warn('key', `${matches}, but other users may read its file`, readable.message);
  else list.pass('key', matches);
  const validity = `valid until ${day(certificate.notAfter)}, ${certificate.daysLeft} days left`;
  if (certificate.daysLeft < sdk.CERTIFICATE_WARNING_DAYS) list.warn('validity', validity, `renew it before it expires: ${RENEW}.`);
  else list.pass('validity', validity);
  return loaded;
}

function reportFailure(list: Checklist, message: string, options: ConnectionOptions): void {
  const found = `found and recognised in ${options.credentials}`;
  if (/ (expired on|is not valid yet)/.test(message)) {
    list.pass('files', found);
    list.pass('key', 'the private key matches the certificate');
    // An expired certificate's message already says to create new credentials.
    list.fail('validity', message, /expired/.test(message) ? undefined : 'check the clock of this computer.');
  } else if (/private key .*(does not match|is encrypted|cannot be opened)/.test(message)) {
    list.pass('files', found);
    const encrypted = /encrypted|cannot be opened/.test(message);
    list.fail('key', message, encrypted ? "set CLARA_KEY_PASSPHRASE to the key's passphrase." : 'use the certificate and the key of one project download.');
    list.skip(['validity'], 'needs a key that matches the certificate');
  } else {
    list.fail(
      'files',
      message,
      'pass with --credentials the folder downloaded from the Clara dashboard (certificate, private key, client-credentials JSON).',
    );
    list.skip(['key', 'validity'], 'needs the credential files');
  }
}

const day = (date: Date): string => date.toISOString().slice(0, 10);
