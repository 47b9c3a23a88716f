import { X509Certificate } from 'node:crypto';
import { ClaraCredentialsError } from '../errors.js';
import type { PemInput } from './material.js';
import type { CertificateInfo } from './types.js';
import { notPemReason, parsePem } from './pem.js';

/** The extended key usage a TLS client certificate needs, and the catch-all one. */
const CLIENT_AUTH = '1.3.6.1.5.5.7.3.2';
const ANY_EXTENDED_KEY_USAGE = '2.5.29.37.0';

const DAY_MS = 86_400_000;

/** Clara projects are valid for at most 360 days; warn this many days before the certificate ends. */
export const CERTIFICATE_WARNING_DAYS = 30;

/**
 * Parses the client certificate: the first certificate of the input, any others being its chain. Returns it
 * with the PEM of the certificate blocks alone (the file may also hold the key).
 */
export function readCertificate(input: PemInput): { certificate: X509Certificate; pem: string } {
  const blocks = parsePem(input.pem);
  if (blocks.length === 0) throw new ClaraCredentialsError(`${input.origin} ${notPemReason(input.pem, 'CERTIFICATE')}.`, fileOf(input));
  const certificates = blocks.filter((block) => block.kind === 'certificate');
  const [first] = certificates;
  if (!first) {
    const found = blocks.map((block) => block.label).join(', ');
    const hint = blocks.some((block) => block.kind === 'public-key')
      ? ' (a bare public key is not enough: use the certificate Clara issued)'
      : blocks.some((block) => block.kind === 'private-key')
        ? ' (this is a private key: are the certificate and the key swapped?)'
        : '';
    throw new ClaraCredentialsError(`${input.origin} holds no certificate, only: ${found}${hint}.`, fileOf(input));
  }
  try {
    return { certificate: new X509Certificate(first.text), pem: certificates.map((block) => block.text).join('\n') };
  } catch (error) {
    throw new ClaraCredentialsError(`${input.origin} holds a certificate block that cannot be parsed.`, { ...fileOf(input), cause: error });
  }
}

/** Parses every certificate of a CA bundle (to fail early on a broken one); returns the bundle's PEM. */
export function readCaBundle(input: PemInput): string {
  const certificates = parsePem(input.pem).filter((block) => block.kind === 'certificate');
  if (certificates.length === 0) throw new ClaraCredentialsError(`${input.origin} is not a PEM CA bundle: no "-----BEGIN CERTIFICATE-----" block.`, fileOf(input));
  for (const block of certificates) {
    try {
      new X509Certificate(block.text);
    } catch (error) {
      throw new ClaraCredentialsError(`${input.origin} holds a CA certificate that cannot be parsed.`, { ...fileOf(input), cause: error });
    }
  }
  return certificates.map((block) => block.text).join('\n');
}

/** A certificate restricted to other uses (a server certificate, say) would be refused in the handshake. */
export function assertClientAuthUsage(certificate: X509Certificate, input: PemInput): void {
  const usages = certificate.keyUsage; // extended key usages; undefined when the certificate does not restrict them
  if (!usages || usages.includes(CLIENT_AUTH) || usages.includes(ANY_EXTENDED_KEY_USAGE)) return;
  throw new ClaraCredentialsError(
    `The certificate in ${input.origin} is not for TLS client authentication: its extended key usage (${usages.join(', ')}) lacks clientAuth (${CLIENT_AUTH}). Use the client certificate from the Clara dashboard.`,
    fileOf(input),
  );
}

export function assertCurrentlyValid(certificate: X509Certificate, input: PemInput, now: Date): void {
  const notBefore = new Date(certificate.validFrom);
  const notAfter = new Date(certificate.validTo);
  if (now < notBefore) {
    throw new ClaraCredentialsError(`The client certificate in ${input.origin} is not valid yet: it starts on ${notBefore.toISOString()}.`, fileOf(input));
  }
  if (now > notAfter) {
    throw new ClaraCredentialsError(
      `The client certificate in ${input.origin} expired on ${notAfter.toISOString()}: create new project credentials in the Clara dashboard (projects last at most 360 days).`,
      fileOf(input),
    );
  }
}

export function describeCertificate(certificate: X509Certificate, now: Date): CertificateInfo {
  const notAfter = new Date(certificate.validTo);
  return {
    subject: oneLine(certificate.subject),
    issuer: oneLine(certificate.issuer),
    notBefore: new Date(certificate.validFrom),
    notAfter,
    fingerprint256: certificate.fingerprint256,
    daysLeft: daysLeft(notAfter, now),
  };
}

/** The warning due when fewer than CERTIFICATE_WARNING_DAYS of validity remain; undefined before that. */
export function expiryWarning(notAfter: Date, now: Date): { daysLeft: number; message: string } | undefined {
  const left = daysLeft(notAfter, now);
  if (left >= CERTIFICATE_WARNING_DAYS) return undefined;
  return { daysLeft: left, message: `Clara client certificate expires in ${left} days: create new project credentials in the Clara dashboard.` };
}

/** Whole days between `now` and `notAfter` (negative once expired). */
export const daysLeft = (notAfter: Date, now: Date): number => Math.floor((notAfter.getTime() - now.getTime()) / DAY_MS);

const oneLine = (distinguishedName: string): string => distinguishedName.split('\n').filter(Boolean).join(', ');

export const fileOf = (input: { file?: string }): { file?: string } => (input.file === undefined ? {} : { file: input.file });
