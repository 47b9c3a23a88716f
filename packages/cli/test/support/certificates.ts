// Certificates minted with openssl at test time, under a folder the test removes. Credentials folders the sandbox
// must refuse: a client certificate from a CA the sandbox does not know (valid for some days, or expired), the
// sandbox's certificate with another key, the sandbox's folder without its CA file. And a server certificate.
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
[server_ext]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature
extendedKeyUsage = serverAuth
subjectAltName = IP:127.0.0.1
`;

// `openssl req -x509` cannot back-date a certificate in OpenSSL 3.0; `openssl ca` can, given a tiny database.
const CA_CONFIG = `
[ca]
default_ca = test
[test]
database = index.txt
new_certs_dir = .
serial = ca.srl
default_md = sha256
policy = any
unique_subject = no
[any]
commonName = supplied
`;

const EC_KEY = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes'];

/**
 * The sandbox's client-credentials JSON and CA file, with a client certificate and key issued by a foreign CA: to
 * the sandbox, a project of another environment. Valid for `validity` days from now, or in the given past window.
 */
export function foreignCredentials(sandboxDir: string, parent: string, validity: number | { start: string; end: string }): string {
  const work = mkdtempSync(join(parent, 'foreign-ca-'));
  writeFileSync(join(work, 'openssl.cnf'), OPENSSL_CONFIG);
  const openssl = (args: string[]) => execFileSync('openssl', args, { cwd: work, stdio: ['ignore', 'ignore', 'pipe'] });
  const req = ['req', '-config', 'openssl.cnf', ...EC_KEY];
  openssl([...req, '-x509', '-extensions', 'ca_ext', '-keyout', 'ca.key', '-out', 'ca.crt', '-subj', '/CN=Foreign Test CA', '-days', '30']);
  const dir = join(work, 'credentials');
  mkdirSync(dir);
  const [key, cert] = [join(dir, 'private-key.key'), join(dir, 'public-key.crt')];
  if (typeof validity === 'number') {
    openssl([...req, '-x509', '-extensions', 'client_ext', '-keyout', key, '-out', cert, '-subj', '/CN=foreign-project', '-days', String(validity), '-CA', 'ca.crt', '-CAkey', 'ca.key']);
  } else {
    writeFileSync(join(work, 'ca.cnf'), CA_CONFIG);
    writeFileSync(join(work, 'index.txt'), '');
    writeFileSync(join(work, 'ca.srl'), '01\n');
    openssl([...req, '-keyout', key, '-out', 'client.csr', '-subj', '/CN=foreign-project']);
    openssl(['ca', '-batch', '-config', 'ca.cnf', '-cert', 'ca.crt', '-keyfile', 'ca.key', '-in', 'client.csr', '-extfile', 'openssl.cnf', '-extensions', 'client_ext']
      .concat(['-startdate', validity.start, '-enddate', validity.end, '-notext', '-out', cert]));
  }
  for (const file of ['client-credentials.json', 'ca-public-key.pem']) copyFileSync(join(sandboxDir, file), join(dir, file));
  return dir;
}

/** A server certificate for 127.0.0.1 from a CA of its own (`caFile`, to trust with --ca). */
export function serverCertificate(parent: string): { keyFile: string; certFile: string; caFile: string } {
  const work = mkdtempSync(join(parent, 'server-'));
  writeFileSync(join(work, 'openssl.cnf'), OPENSSL_CONFIG);
  const openssl = (args: string[]) => execFileSync('openssl', ['req', '-x509', '-config', 'openssl.cnf', ...EC_KEY, ...args], { cwd: work, stdio: ['ignore', 'ignore', 'pipe'] });
  openssl(['-extensions', 'ca_ext', '-keyout', 'ca.key', '-out', 'ca.crt', '-subj', '/CN=Server Test CA', '-days', '30']);
  openssl(['-extensions', 'server_ext', '-keyout', 'server.key', '-out', 'server.crt', '-subj', '/CN=127.0.0.1', '-days', '30', '-CA', 'ca.crt', '-CAkey', 'ca.key']);
  return { keyFile: join(work, 'server.key'), certFile: join(work, 'server.crt'), caFile: join(work, 'ca.crt') };
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
