import { log } from '../logger.js';
import { assertClientAuthUsage, assertCurrentlyValid, describeCertificate, expiryWarning, readCaBundle, readCertificate } from './certificate.js';
import { checkPrivateKey, keyPermissionWarning } from './private-key.js';
import { sealCredentials } from './secrets.js';
import { resolveSource } from './sources.js';
import type { ClaraCredentials, CredentialsSource, CredentialsWarning, LoadCredentialsOptions } from './types.js';

/**
 * Reads and validates Clara credentials; every problem is a ClaraCredentialsError naming the file and what is
 * wrong, raised before anything goes on the wire.
 */
export async function loadCredentials(source: CredentialsSource, options: LoadCredentialsOptions = {}): Promise<ClaraCredentials> {
  const now = options.now?.() ?? new Date();
  const material = await resolveSource(source);
  const { certificate, pem: certPem } = readCertificate(material.cert);
  assertClientAuthUsage(certificate, material.cert);
  const keyPem = checkPrivateKey(material.key, material.passphrase, certificate, material.cert.origin);
  assertCurrentlyValid(certificate, material.cert, now);
  const caPem = material.ca ? readCaBundle(material.ca) : undefined;

  const info = describeCertificate(certificate, now);
  const { clientId, clientSecret, projectName, scopes } = material.client;
  const keyWarning = keyPermissionWarning(material.key);
  const warnings: CredentialsWarning[] = keyWarning ? [{ code: 'private-key-readable', message: keyWarning, file: material.key.file! }] : [];
  const credentials = sealCredentials(
    {
      clientId,
      ...(projectName ? { projectName } : {}),
      ...(scopes ? { scopes: Object.freeze(scopes) } : {}),
      certificate: Object.freeze(info),
      ...(warnings.length > 0 ? { warnings: Object.freeze(warnings.map((warning) => Object.freeze(warning))) } : {}),
    },
    { clientSecret, certPem, keyPem, ...(material.passphrase ? { passphrase: material.passphrase } : {}), ...(caPem ? { caPem } : {}) },
  );
  const warning = expiryWarning(info.notAfter, now);
  if (warning) log(options.logger, 'warn', warning.message, { clientId, notAfter: info.notAfter.toISOString(), daysLeft: warning.daysLeft });
  if (keyWarning) log(options.logger, 'warn', keyWarning, { clientId, file: material.key.file });
  log(options.logger, 'debug', 'Clara credentials loaded', { clientId, subject: info.subject, fingerprint256: info.fingerprint256 });
  return credentials;
}
