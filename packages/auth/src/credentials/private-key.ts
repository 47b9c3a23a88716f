// Opens the private key the same way TLS will (PEM + optional passphrase) and checks it belongs to the
// certificate, so a wrong file or passphrase fails here with a clear message instead of as a TLS error.
// Returns the key block alone (the file may also hold other blocks). Errors from node:crypto are not kept as causes: their text is generic and nothing of the key may leak.
import { createPrivateKey, type KeyObject, type X509Certificate } from 'node:crypto';
import { ClaraCredentialsError } from '../errors.js';
import { fileOf } from './certificate.js';
import type { PemInput } from './material.js';
import { isEncrypted, notPemReason, parsePem } from './pem.js';

export function checkPrivateKey(input: PemInput, passphrase: string | undefined, certificate: X509Certificate, certificateOrigin: string): string {
  const blocks = parsePem(input.pem);
  if (blocks.length === 0) throw new ClaraCredentialsError(`${input.origin} ${notPemReason(input.pem, 'PRIVATE KEY')}.`, fileOf(input));
  const keys = blocks.filter((block) => block.kind === 'private-key');
  const [block] = keys;
  if (!block?.keyFormat) {
    const swapped = blocks.some((b) => b.kind === 'certificate') ? ' (this is a certificate: are the certificate and the key swapped?)' : '';
    throw new ClaraCredentialsError(`${input.origin} holds no private key, only: ${blocks.map((b) => b.label).join(', ')}${swapped}.`, fileOf(input));
  }
  if (keys.length > 1) throw new ClaraCredentialsError(`${input.origin} holds ${keys.length} private keys; keep only the project's key.`, fileOf(input));
  const encrypted = isEncrypted(block.keyFormat);
  if (encrypted && !passphrase) {
    throw new ClaraCredentialsError(
      `The private key in ${input.origin} is encrypted: give its passphrase (the "passphrase" option or CLARA_KEY_PASSPHRASE).`,
      fileOf(input),
    );
  }

  let key: KeyObject;
  try {
    key = createPrivateKey(encrypted ? { key: block.text, format: 'pem', passphrase: passphrase ?? '' } : { key: block.text, format: 'pem' });
  } catch {
    const problem = encrypted ? 'the passphrase is wrong' : 'it is damaged or in an unsupported format';
    throw new ClaraCredentialsError(`The private key in ${input.origin} cannot be opened: ${problem}.`, fileOf(input));
  }
  if (!certificate.checkPrivateKey(key)) {
    throw new ClaraCredentialsError(
      `The private key in ${input.origin} does not match the certificate in ${certificateOrigin}: they come from different projects or downloads.`,
      fileOf(input),
    );
  }
  return block.text;
}

/**
 * The warning due when the key's file can be read by the group or others (what ssh refuses); undefined for a key
 * that is not from a file, a private file, or on Windows (whose files carry no such bits).
 */
export function keyPermissionWarning(input: PemInput, platform: NodeJS.Platform = process.platform): string | undefined {
  if (input.file === undefined || input.mode === undefined || platform === 'win32' || (input.mode & 0o077) === 0) return undefined;
  const mode = input.mode.toString(8).padStart(4, '0');
  const who = input.mode & 0o007 ? 'any user of this computer' : 'the users of its group';
  return `The private key file ${input.file} can be read by ${who} (permissions ${mode}): restrict it to its owner with chmod 600 ${input.file}.`;
}
