// Credentials folders the sandbox must refuse, minted with openssl at test time under a folder the test removes:
// a client certificate from a CA the sandbox does not know, the sandbox's certificate with another key, and the
// sandbox's folder without its CA file.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const OPENSSL_CONFIG = `
[req]
distinguished_name = dn
[dn]
[ca_ext]
basicConstraints = critical, CA:TRUE
keyUsage = critical, keyCertSign
[client_ext]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature
extendedKeyUsage = clientAuth
`;

const EC_KEY = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes'];

/**
 * The sandbox's client-credentials JSON and CA file, with a client certificate (valid `days` days) and key
 * issued by a foreign CA: to the sandbox, a project of another environment.
 */
export function foreignCredentials(sandboxDir: string, parent: string, days: number): string {
  const work = mkdtempSync(join(parent, 'foreign-ca-'));
  writeFileSync(join(work, 'openssl.cnf'), OPENSSL_CONFIG);
  const openssl = (args: string[]) => execFileSync('openssl', ['req', '-x509', '-config', 'openssl.cnf', ...EC_KEY, ...args], { cwd: work, stdio: ['ignore', 'ignore', 'pipe'] });
  openssl(['-extensions', 'ca_ext', '-keyout', 'ca.key', '-out', 'ca.crt', '-subj', '/CN=Foreign Test CA', '-days', '30']);
  const dir = join(work, 'credentials');
  mkdirSync(dir);
  openssl(['-extensions', 'client_ext', '-keyout', join(dir, 'private-key.key'), '-out', join(dir, 'public-key.crt'), '-subj', '/CN=foreign-project', '-days', String(days), '-CA', 'ca.crt', '-CAkey', 'ca.key']);
  for (const file of ['client-credentials.json', 'ca-public-key.pem']) copyFileSync(join(sandboxDir, file), join(dir, file));
  return dir;
}

/** The sandbox's folder with a private key that is not the certificate's. */
export function mismatchedKeyCredentials(sandboxDir: string, parent: string): string {
  const dir = foreignCredentials(sandboxDir, parent, 30);
  copyFileSync(join(sandboxDir, 'public-key.crt'), join(dir, 'public-key.crt'));
  return dir;
}

/** The sandbox's folder without its CA file: the sandbox's server certificate is then untrusted. */
export function credentialsWithoutCa(sandboxDir: string, parent: string): string {
  const dir = mkdtempSync(join(parent, 'no-ca-'));
  for (const file of ['client-credentials.json', 'public-key.crt', 'private-key.key']) copyFileSync(join(sandboxDir, file), join(dir, file));
  return dir;
}
