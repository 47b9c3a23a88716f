// The secret half of ClaraCredentials lives in a WeakMap keyed by the public object: nothing reachable from the
// object (enumerable or not, symbol or not) leads to a secret, so no serialiser can print one.
import { ClaraCredentialsError } from '../errors.js';
import type { ClaraCredentials } from './types.js';

export interface CredentialSecrets {
  clientSecret: string;
  certPem: string;
  keyPem: string;
  passphrase?: string;
  /** Extra CA certificates (PEM) from the credentials folder or source. */
  caPem?: string;
}

const secrets = new WeakMap<ClaraCredentials, CredentialSecrets>();

export function sealCredentials(credentials: ClaraCredentials, secret: CredentialSecrets): ClaraCredentials {
  secrets.set(Object.freeze(credentials), Object.freeze(secret));
  return credentials;
}

/** True for credentials returned by `loadCredentials` (a look-alike object carries no secrets). */
export function isClaraCredentials(value: unknown): value is ClaraCredentials {
  return typeof value === 'object' && value !== null && secrets.has(value as ClaraCredentials);
}

/** Package-internal: the secrets of credentials made by `loadCredentials`. */
export function credentialSecrets(credentials: ClaraCredentials): CredentialSecrets {
  const secret = secrets.get(credentials);
  if (!secret) throw new ClaraCredentialsError('These credentials were not created by loadCredentials(); pass its result unchanged.');
  return secret;
}
