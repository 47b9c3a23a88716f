// DNS, TCP and a TLS probe to the API host, with plain Node sockets: each failure is named at its own layer
// before the SDK's transport is involved. The probe sends no client certificate; it only learns what the server
// presents (protocol, certificate). Whether that certificate is trusted is decided by the SDK's own transport in
// the next check, which also trusts the CA file of the credentials folder.
import { lookup } from 'node:dns/promises';
import { connect as tcpConnect, isIP } from 'node:net';
import { connect as tlsConnect, type PeerCertificate } from 'node:tls';

import type { Checklist } from './checklist.js';

const TIMEOUT_MS = 10_000;

export async function checkDns(list: Checklist, host: string): Promise<string | undefined> {
  if (isIP(host)) {
    list.pass('dns', `${host} is an IP address, nothing to resolve`);
    return host;
  }
  try {
    const addresses = await lookup(host, { all: true });
    list.pass('dns', `${host} → ${addresses.map((entry) => entry.address).join(', ')}`);
    return addresses[0]?.address;
  } catch (error) {
    list.fail('dns', `${host} does not resolve (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`, 'check the network connection and DNS (VPN, proxy settings), or the host of --base-url.');
    return undefined;
  }
}

export async function checkTcp(list: Checklist, address: string, port: number): Promise<boolean> {
  const started = performance.now();
  const target = `${address.includes(':') ? `[${address}]` : address}:${port}`;
  try {
    await new Promise<void>((resolve, reject) => {
      const socket = tcpConnect({ host: address, port, timeout: TIMEOUT_MS });
      socket.once('connect', () => {
        socket.destroy();
        resolve();
      });
      socket.once('timeout', () => socket.destroy(Object.assign(new Error('timed out'), { code: 'ETIMEDOUT' })));
      socket.once('error', reject);
    });
    list.pass('tcp', `connected to ${target} in ${Math.round(performance.now() - started)} ms`);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ECONNREFUSED') list.fail('tcp', `${target} refused the connection`, 'nothing listens there: check the port of --base-url, or that the server runs.');
    else if (code === 'ETIMEDOUT') list.fail('tcp', `no answer from ${target} within ${TIMEOUT_MS / 1000} s`, `a firewall or proxy may block outgoing connections to port ${port}.`);
    else list.fail('tcp', `cannot connect to ${target} (${code ?? (error as Error).message})`, 'check the network connection.');
    return false;
  }
}

export interface TlsProbe {
  protocol?: string;
  /** What the server presented (an empty object when nothing was received). */
  certificate?: PeerCertificate;
  /** The handshake did not complete (e.g. a TLS 1.2 server that ends it when no client certificate comes). */
  error?: Error;
}

export function probeTls(host: string, port: number): Promise<TlsProbe> {
  return new Promise((resolve) => {
    const socket = tlsConnect({ host, port, ...(isIP(host) ? {} : { servername: host }), rejectUnauthorized: false, timeout: TIMEOUT_MS });
    const peer = (): PeerCertificate | undefined => {
      const certificate = socket.getPeerCertificate();
      return certificate && Object.keys(certificate).length > 0 ? certificate : undefined;
    };
    socket.once('secureConnect', () => {
      resolve({ protocol: socket.getProtocol() ?? undefined, certificate: peer() });
      socket.destroy();
    });
    socket.once('timeout', () => socket.destroy(new Error(`no TLS handshake within ${TIMEOUT_MS / 1000} s`)));
    socket.once('error', (error) => resolve({ error, certificate: peer() }));
  });
}

/** `CN=localhost (issued by CN=Clara CA), valid until 2027-05-01` */
export function describeServerCertificate(certificate: PeerCertificate | undefined): string {
  if (!certificate) return 'no server certificate received';
  const name = (dn: PeerCertificate['subject'] | undefined): string => (dn?.CN ? `CN=${dn.CN}` : dn?.O ? `O=${dn.O}` : 'an unnamed certificate');
  const until = new Date(certificate.valid_to).toISOString().slice(0, 10);
  return `${name(certificate.subject)} (issued by ${name(certificate.issuer)}), valid until ${until}`;
}
