import { execFileSync } from 'node:child_process';
import { createHash, X509Certificate } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface CertificateAuthority {
  cert: string;
  key: string;
}

export interface IssuedCertificate {
  cert: string;
  key: string;
  /** RFC 8705 `x5t#S256`: base64url SHA-256 of the certificate's DER. */
  thumbprint: string;
}

// Extensions per certificate kind; the client certificate must carry clientAuth, the server one its SANs.
const OPENSSL_CONFIG = `
[req]
distinguished_name = dn
[dn]
[ca_ext]
basicConstraints = critical, CA:TRUE
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash
[server_ext]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature
extendedKeyUsage = serverAuth
subjectAltName = IP:127.0.0.1, DNS:localhost
authorityKeyIdentifier = keyid
[client_ext]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature
extendedKeyUsage = clientAuth
authorityKeyIdentifier = keyid
`;

export function thumbprintOf(der: Buffer): string {
  return createHash('sha256').update(der).digest('base64url');
}

/** Runs `openssl req` in a private temp folder (EC P-256 keys: each call takes a few milliseconds). */
function opensslRequest(extension: 'ca_ext' | 'server_ext' | 'client_ext', subject: string, days: number, issuer?: CertificateAuthority) {
  const dir = mkdtempSync(join(tmpdir(), 'clara-sandbox-cert-'));
  try {
    writeFileSync(join(dir, 'openssl.cnf'), OPENSSL_CONFIG);
    const args = ['req', '-x509', '-config', 'openssl.cnf', '-extensions', extension, '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256'];
    args.push('-nodes', '-keyout', 'out.key', '-out', 'out.crt', '-subj', subject, '-days', String(days));
    if (issuer) {
      writeFileSync(join(dir, 'ca.crt'), issuer.cert);
      writeFileSync(join(dir, 'ca.key'), issuer.key, { mode: 0o600 });
      args.push('-CA', 'ca.crt', '-CAkey', 'ca.key');
    }
    try {
      execFileSync('openssl', args, { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });
    } catch (error) {
      const stderr = (error as { stderr?: Buffer }).stderr?.toString().trim();
      const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'the openssl command is not installed' : stderr;
      throw new Error(`Could not mint the sandbox ${extension.replace('_ext', '')} certificate: ${reason}`);
    }
    return { cert: readFileSync(join(dir, 'out.crt'), 'utf8'), key: readFileSync(join(dir, 'out.key'), 'utf8') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function createCertificateAuthority(): CertificateAuthority {
  return opensslRequest('ca_ext', '/O=Clara Sandbox/CN=Clara API Certificate Authority (sandbox)', 825);
}

export function issueServerCertificate(ca: CertificateAuthority): IssuedCertificate {
  return withThumbprint(opensslRequest('server_ext', '/O=Clara Sandbox/CN=localhost', 825, ca));
}

/** A client certificate signed by the sandbox CA, as the dashboard's project download (≤ 360 days). */
export function issueClientCertificate(ca: CertificateAuthority, commonName: string, days = 360): IssuedCertificate {
  if (!/^[\w .@-]{1,64}$/.test(commonName)) throw new Error(`Invalid certificate common name "${commonName}": use letters, digits, space, . @ - _`);
  return withThumbprint(opensslRequest('client_ext', `/O=Clara Sandbox/CN=${commonName}`, days, ca));
}

function withThumbprint(pair: { cert: string; key: string }): IssuedCertificate {
  return { ...pair, thumbprint: thumbprintOf(new X509Certificate(pair.cert).raw) };
}
