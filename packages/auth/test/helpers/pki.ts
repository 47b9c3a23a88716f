// Mints a throw-away PKI with the openssl CLI: two CAs, server certificates, client certificates and the key
// formats Clara users meet (PKCS#8, PKCS#1, encrypted), plus certificates outside their validity window.
// Everything lives in one temp dir that `remove()` deletes. Minting takes about a second (some twenty openssl
// runs): in a test run (test/global-setup.ts), the first test file to need a PKI mints the run's and the others
// copy it.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface TestPki {
  dir: string;
  /** Path of a file in the PKI dir. */
  path(name: string): string;
  /** Contents of a file in the PKI dir. */
  read(name: string): string;
  passphrase: string;
  remove(): void;
}

// Files written (all PEM):
//   ca.crt / ca.key                 the CA the server trusts for clients and the client trusts for the server
//   other-ca.crt / other-ca.key     an unrelated CA
//   server.crt / server.key         SAN 127.0.0.1 + localhost, signed by ca
//   rogue-server.crt / .key         same SANs, signed by other-ca (an untrusted server)
//   client.crt / client.key         clientAuth, signed by ca, PKCS#8 key
//   client.rsa.key                  the same key as PKCS#1 ("BEGIN RSA PRIVATE KEY")
//   client.enc.key                  the same key, encrypted PKCS#8 (passphrase)
//   client.enc-rsa.key              the same key, encrypted PKCS#1 (Proc-Type: 4,ENCRYPTED)
//   other-client.crt / .key         clientAuth, signed by other-ca
//   second-client.crt / .key        another client of ca (for rotation tests)
//   expired.crt / future.crt        client.key's public key, validity window in the past / in the future
//   expiring.crt                    client.key's public key, valid for 10 more days
const passphrase = 'correct horse battery staple';

export function createTestPki(): TestPki {
  const dir = mkdtempSync(join(tmpdir(), 'clara-auth-pki-'));
  const shared = process.env.CLARA_TEST_PKI_DIR;
  if (shared) cpSync(runPki(shared), dir, { recursive: true });
  else mintPki(dir);
  const path = (name: string): string => join(dir, name);
  return {
    dir,
    path,
    read: (name) => readFileSync(path(name), 'utf8'),
    passphrase,
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** The run's PKI in `shared`: the first test file to need it mints it, the others wait for it (a lock folder). */
function runPki(shared: string): string {
  const pki = join(shared, 'pki');
  const lock = join(shared, 'minting');
  for (const deadline = Date.now() + 60_000; Date.now() < deadline; ) {
    if (existsSync(pki)) return pki;
    try {
      mkdirSync(lock);
    } catch {
      // Another file is minting: wait (blocking this worker, not a core) rather than mint a second PKI.
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20);
      continue;
    }
    try {
      const minted = mkdtempSync(join(shared, 'minted-'));
      mintPki(minted);
      renameSync(minted, pki);
      return pki;
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  }
  throw new Error(`the run's test PKI did not appear in ${pki} within a minute`);
}

function mintPki(dir: string): void {
  const path = (name: string): string => join(dir, name);
  const openssl = (...args: string[]): void => {
    execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' });
  };
  // The client key is RSA, as the dashboard's, in every format users meet; the others are EC P-256 (minted in
  // milliseconds, where a 2048-bit RSA key takes up to half a second).
  const newKey = (name: string): void =>
    name === 'client.key'
      ? openssl('genpkey', '-algorithm', 'RSA', '-pkeyopt', 'rsa_keygen_bits:2048', '-out', name)
      : openssl('genpkey', '-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-256', '-out', name);

  const ca = (name: string, cn: string): void => {
    newKey(`${name}.key`);
    openssl('req', '-x509', '-new', '-key', `${name}.key`, '-subj', `/CN=${cn}`, '-days', '400',
      '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign,cRLSign',
      '-out', `${name}.crt`);
  };
  const leaf = (name: string, issuer: string, cn: string, extensions: string, days = 365, key = `${name}.key`): void => {
    if (key === `${name}.key`) newKey(key);
    writeFileSync(path(`${name}.ext`), extensions);
    openssl('req', '-new', '-key', key, '-subj', `/CN=${cn}/O=Clara Test`, '-out', `${name}.csr`);
    openssl('x509', '-req', '-in', `${name}.csr`, '-CA', `${issuer}.crt`, '-CAkey', `${issuer}.key`, '-CAcreateserial',
      '-days', String(days), '-extfile', `${name}.ext`, '-out', `${name}.crt`);
  };
  const serverExt = 'basicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\nsubjectAltName=IP:127.0.0.1,DNS:localhost\n';
  const clientExt = 'basicConstraints=CA:FALSE\nextendedKeyUsage=clientAuth\n';

  ca('ca', 'Clara Test CA');
  ca('other-ca', 'Other Test CA');
  leaf('server', 'ca', 'localhost', serverExt);
  leaf('rogue-server', 'other-ca', 'localhost', serverExt);
  leaf('client', 'ca', 'Clara Test Client', clientExt);
  leaf('other-client', 'other-ca', 'Other Client', clientExt);
  leaf('second-client', 'ca', 'Clara Second Client', clientExt);
  leaf('expiring', 'ca', 'Clara Expiring Client', clientExt, 10, 'client.key');

  openssl('rsa', '-in', 'client.key', '-traditional', '-out', 'client.rsa.key');
  openssl('pkcs8', '-topk8', '-in', 'client.key', '-v2', 'aes-256-cbc', '-passout', `pass:${passphrase}`, '-out', 'client.enc.key');
  openssl('rsa', '-in', 'client.key', '-traditional', '-aes256', '-passout', `pass:${passphrase}`, '-out', 'client.enc-rsa.key');

  // `openssl x509` cannot back-date a certificate in OpenSSL 3.0; `openssl ca` can, given a tiny database.
  writeFileSync(path('index.txt'), '');
  writeFileSync(path('ca.cnf'), [
    '[ca]', 'default_ca = test', '[test]', `dir = ${dir}`, 'database = $dir/index.txt', 'new_certs_dir = $dir',
    'serial = $dir/ca.srl', 'default_md = sha256', 'policy = any', 'unique_subject = no', 'copy_extensions = none',
    '[any]', 'commonName = supplied', 'organizationName = optional', '',
  ].join('\n'));
  openssl('req', '-new', '-key', 'client.key', '-subj', '/CN=Clara Window Client/O=Clara Test', '-out', 'window.csr');
  const signWindow = (out: string, start: string, end: string): void =>
    openssl('ca', '-batch', '-config', 'ca.cnf', '-cert', 'ca.crt', '-keyfile', 'ca.key', '-in', 'window.csr',
      '-startdate', start, '-enddate', end, '-extfile', 'client.ext', '-notext', '-out', out);
  signWindow('expired.crt', '20200101000000Z', '20210101000000Z');
  signWindow('future.crt', '20990101000000Z', '20991231000000Z');
}
