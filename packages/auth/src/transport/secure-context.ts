// The TLS side of one credential set, built once: the client certificate, its key (decrypted with the
// passphrase) and the trusted CAs in one opaque SecureContext, which every connection of the client — token and
// API alike, direct or through a proxy's tunnel — is opened with. Handed to undici instead of PEM options:
// tls.connect would otherwise build a context per connection from the PEM, and keep those options (key and
// passphrase included) on the socket, where every diagnostics-channel subscriber can read them.
//
// Trust is Node's root certificates plus the extra CAs. Node parses its roots once per process; a context
// created with a `ca` list parses the whole list again (some 140 roots: 835 KB and 4 ms per context, measured),
// while `addCACert` on a context that starts from Node's roots shares the parsed roots and parses only the
// extra CA (43 KB and 0.3 ms). It also keeps NODE_EXTRA_CA_CERTS and --use-system-ca working as for Node.
import { createSecureContext, rootCertificates, type SecureContext } from 'node:tls';

import { credentialSecrets } from '../credentials/secrets.js';
import type { ClaraCredentials } from '../credentials/types.js';
import { ClaraCredentialsError } from '../errors.js';

interface NativeContext {
  addCACert(pem: string): void;
}

/** One SecureContext for `credentials`, trusting Node's roots, the credentials' CA file and `extraCa`. */
export function secureContextFor(credentials: ClaraCredentials, extraCa: readonly string[] = []): SecureContext {
  const { certPem, keyPem, passphrase, caPem } = credentialSecrets(credentials);
  const options = { cert: certPem, key: keyPem, ...(passphrase ? { passphrase } : {}), minVersion: 'TLSv1.2' as const };
  const extra = [caPem, ...extraCa].filter((pem): pem is string => Boolean(pem));
  let context: SecureContext;
  try {
    context = createSecureContext(options);
  } catch (error) {
    // OpenSSL's message ("bad decrypt", "key values mismatch") quotes nothing of the key.
    throw new ClaraCredentialsError(`The client certificate and private key cannot be used for TLS: ${(error as Error).message}.`);
  }
  const native = (context as unknown as { context?: Partial<NativeContext> }).context;
  if (typeof native?.addCACert === 'function') for (const pem of extra) native.addCACert(pem);
  // addCACert is Node's own, undocumented: without it the roots are listed again (larger, just as correct).
  else if (extra.length > 0) context = createSecureContext({ ...options, ca: [...rootCertificates, ...extra] });
  return context;
}
