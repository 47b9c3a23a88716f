// Throwaway credentials for tests: a self-signed client certificate (clientAuth extended key usage, as Clara's
// are) and its key, made in memory, plus a client id and secret. They pass the SDK's credential checks, so a
// client starts exactly as in production; nock answers before any TLS, so no server ever sees them.
// Node's crypto makes the key and signs; @peculiar/asn1-x509 describes the certificate (no hand-written ASN.1,
// no openssl). Made once per process: a key pair costs milliseconds, tests create many clients.
import { AsnConvert, OctetString } from '@peculiar/asn1-schema';
import {
  AlgorithmIdentifier,
  AttributeTypeAndValue,
  AttributeValue,
  Certificate,
  ExtendedKeyUsage,
  Extension,
  Extensions,
  id_ce_extKeyUsage,
  id_kp_clientAuth,
  Name,
  RelativeDistinguishedName,
  SubjectPublicKeyInfo,
  TBSCertificate,
  Validity,
  Version,
} from '@peculiar/asn1-x509';
import { generateKeyPairSync, randomBytes, sign } from 'node:crypto';

import type { PemSource } from '@org/clara-auth';

const ECDSA_WITH_SHA256 = '1.2.840.10045.4.3.2';
const COMMON_NAME = '2.5.4.3';
// Valid from 2000 to the end of 9999 (RFC 5280's "no well-defined expiration date"): whatever date a test's fake
// clock is set to, the certificate is valid and never close to expiry (no expiry warning in the test's logs).
const NOT_BEFORE = new Date('2000-01-01T00:00:00Z');
const NOT_AFTER = new Date('9999-12-31T23:59:59Z');

let cached: PemSource | undefined;

/**
 * In-memory credentials for tests (`{ cert, key, clientId, clientSecret }`, the in-memory `credentials` source):
 * a self-signed client certificate and its private key, made once per process. Nothing is written to disk.
 */
export function testCredentials(): PemSource {
  cached ??= Object.freeze({ ...selfSignedClientCertificate('Clara SDK test client'), clientId: 'clara-test-client', clientSecret: 'clara-test-secret' });
  return { ...cached };
}

function selfSignedClientCertificate(commonName: string): { cert: string; key: string } {
  const { publicKey, privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const name = new Name([new RelativeDistinguishedName([new AttributeTypeAndValue({ type: COMMON_NAME, value: new AttributeValue({ utf8String: commonName }) })])]);
  const signature = new AlgorithmIdentifier({ algorithm: ECDSA_WITH_SHA256 });
  const tbsCertificate = new TBSCertificate({
    version: Version.v3,
    serialNumber: positiveSerialNumber(),
    signature,
    issuer: name,
    subject: name,
    validity: new Validity({ notBefore: NOT_BEFORE, notAfter: NOT_AFTER }),
    subjectPublicKeyInfo: AsnConvert.parse(publicKey.export({ type: 'spki', format: 'der' }), SubjectPublicKeyInfo),
    extensions: new Extensions([
      new Extension({ extnID: id_ce_extKeyUsage, critical: false, extnValue: new OctetString(AsnConvert.serialize(new ExtendedKeyUsage([id_kp_clientAuth]))) }),
    ]),
  });
  // An ECDSA signature from node:crypto is DER (r, s): the form X.509 carries.
  const signatureValue = sign('sha256', Buffer.from(AsnConvert.serialize(tbsCertificate)), privateKey);
  const certificate = new Certificate({ tbsCertificate, signatureAlgorithm: signature, signatureValue: toArrayBuffer(signatureValue) });
  return {
    cert: pem('CERTIFICATE', Buffer.from(AsnConvert.serialize(certificate))),
    key: privateKey.export({ type: 'pkcs8', format: 'pem' }) as string,
  };
}

/** 16 random bytes, a positive integer in minimal DER (first byte 0x01–0x7f), as RFC 5280 §4.1.2.2 asks. */
function positiveSerialNumber(): ArrayBuffer {
  const bytes = randomBytes(16);
  bytes[0] = bytes[0]! & 0x7f || 1;
  return toArrayBuffer(bytes);
}

const toArrayBuffer = (bytes: Uint8Array): ArrayBuffer => new Uint8Array(bytes).buffer;

const pem = (label: string, der: Buffer): string => `-----BEGIN ${label}-----\n${der.toString('base64').replace(/.{64}/g, '$&\n').replace(/\n?$/, '\n')}-----END ${label}-----\n`;
