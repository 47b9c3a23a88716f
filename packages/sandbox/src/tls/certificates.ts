// The sandbox's PKI, minted in-process: node:crypto makes the EC P-256 keys and signs, @peculiar/asn1-x509 describes
// the certificates (as the SDK's test credentials do). A CA, a server and a client certificate take a few
// milliseconds, synchronously, and the machine needs no openssl command.
import { AsnConvert, OctetString } from '@peculiar/asn1-schema';
import {
  AlgorithmIdentifier,
  AttributeTypeAndValue,
  AttributeValue,
  AuthorityKeyIdentifier,
  BasicConstraints,
  Certificate,
  ExtendedKeyUsage,
  Extension,
  Extensions,
  GeneralName,
  id_ce_authorityKeyIdentifier,
  id_ce_basicConstraints,
  id_ce_extKeyUsage,
  id_ce_keyUsage,
  id_ce_subjectAltName,
  id_ce_subjectKeyIdentifier,
  id_kp_clientAuth,
  id_kp_serverAuth,
  KeyIdentifier,
  KeyUsage,
  KeyUsageFlags,
  Name,
  RelativeDistinguishedName,
  SubjectAlternativeName,
  SubjectKeyIdentifier,
  SubjectPublicKeyInfo,
  TBSCertificate,
  Validity,
  Version,
} from '@peculiar/asn1-x509';
import { createHash, generateKeyPairSync, randomBytes, sign, X509Certificate, type KeyObject } from 'node:crypto';

export interface CertificateAuthority {
  cert: string;
  /** What it signs with. */
  signer: Signer;
}

export interface IssuedCertificate {
  cert: string;
  key: string;
  /** RFC 8705 `x5t#S256`: base64url SHA-256 of the certificate's DER. */
  thumbprint: string;
}

interface Signer {
  name: Name;
  key: KeyObject;
  keyIdentifier: ArrayBuffer;
}

export function thumbprintOf(der: Buffer): string {
  return createHash('sha256').update(der).digest('base64url');
}

const ECDSA_WITH_SHA256 = '1.2.840.10045.4.3.2';
const ORGANIZATION = '2.5.4.10';
const COMMON_NAME = '2.5.4.3';

export function createCertificateAuthority(): CertificateAuthority {
  const { cert, signer } = mint('Clara API Certificate Authority (sandbox)', 825, (subjectKeyIdentifier) => [
    extension(id_ce_basicConstraints, true, new BasicConstraints({ cA: true })),
    extension(id_ce_keyUsage, true, new KeyUsage(KeyUsageFlags.keyCertSign | KeyUsageFlags.cRLSign)),
    extension(id_ce_subjectKeyIdentifier, false, new SubjectKeyIdentifier(subjectKeyIdentifier)),
  ]);
  return { cert, signer };
}

export function issueServerCertificate(ca: CertificateAuthority): IssuedCertificate {
  const names = new SubjectAlternativeName([new GeneralName({ iPAddress: '127.0.0.1' }), new GeneralName({ dNSName: 'localhost' })]);
  return issue(ca, 'localhost', 825, id_kp_serverAuth, [extension(id_ce_subjectAltName, false, names)]);
}

/** A client certificate signed by the sandbox CA, as the dashboard's project download (≤ 360 days). */
export function issueClientCertificate(ca: CertificateAuthority, commonName: string, days = 360): IssuedCertificate {
  if (!/^[\w .@-]{1,64}$/.test(commonName)) throw new Error(`Invalid certificate common name "${commonName}": use letters, digits, space, . @ - _`);
  return issue(ca, commonName, days, id_kp_clientAuth);
}

/** An end-entity certificate: a digital-signature key for `usage`, naming its issuer's key. */
function issue(ca: CertificateAuthority, commonName: string, days: number, usage: string, more: Extension[] = []): IssuedCertificate {
  const { cert, key } = mint(
    commonName,
    days,
    () => [
      extension(id_ce_basicConstraints, true, new BasicConstraints({ cA: false })),
      extension(id_ce_keyUsage, true, new KeyUsage(KeyUsageFlags.digitalSignature)),
      extension(id_ce_extKeyUsage, false, new ExtendedKeyUsage([usage])),
      ...more,
      extension(id_ce_authorityKeyIdentifier, false, new AuthorityKeyIdentifier({ keyIdentifier: new KeyIdentifier(ca.signer.keyIdentifier) })),
    ],
    ca.signer,
  );
  return { cert, key, thumbprint: thumbprintOf(new X509Certificate(cert).raw) };
}

/** A new key and a certificate for it (`O=Clara Sandbox, CN=<commonName>`), signed by `issuer` or self-signed. */
function mint(commonName: string, days: number, extensions: (keyIdentifier: ArrayBuffer) => Extension[], issuer?: Signer): { cert: string; key: string; signer: Signer } {
  const { publicKey, privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const subjectPublicKeyInfo = AsnConvert.parse(publicKey.export({ type: 'spki', format: 'der' }), SubjectPublicKeyInfo);
  // RFC 5280 §4.2.1.2, method 1: the SHA-1 of the public key's bits.
  const keyIdentifier = toArrayBuffer(createHash('sha1').update(new Uint8Array(subjectPublicKeyInfo.subjectPublicKey)).digest());
  const name = new Name([attribute(ORGANIZATION, 'Clara Sandbox'), attribute(COMMON_NAME, commonName)]);
  const signature = new AlgorithmIdentifier({ algorithm: ECDSA_WITH_SHA256 });
  const now = Date.now();
  const tbsCertificate = new TBSCertificate({
    version: Version.v3,
    serialNumber: positiveSerialNumber(),
    signature,
    issuer: issuer?.name ?? name,
    subject: name,
    validity: new Validity({ notBefore: new Date(now), notAfter: new Date(now + days * 86_400_000) }),
    subjectPublicKeyInfo,
    extensions: new Extensions(extensions(keyIdentifier)),
  });
  // An ECDSA signature from node:crypto is DER (r, s): the form X.509 carries.
  const signatureValue = sign('sha256', Buffer.from(AsnConvert.serialize(tbsCertificate)), issuer?.key ?? privateKey);
  const certificate = new Certificate({ tbsCertificate, signatureAlgorithm: signature, signatureValue: toArrayBuffer(signatureValue) });
  return {
    cert: pem('CERTIFICATE', Buffer.from(AsnConvert.serialize(certificate))),
    key: privateKey.export({ type: 'pkcs8', format: 'pem' }) as string,
    signer: { name, key: privateKey, keyIdentifier },
  };
}

const attribute = (type: string, value: string) => new RelativeDistinguishedName([new AttributeTypeAndValue({ type, value: new AttributeValue({ utf8String: value }) })]);

const extension = (extnID: string, critical: boolean, value: object) => new Extension({ extnID, critical, extnValue: new OctetString(AsnConvert.serialize(value)) });

/** 16 random bytes, a positive integer in minimal DER (first byte 0x01–0x7f), as RFC 5280 §4.1.2.2 asks. */
function positiveSerialNumber(): ArrayBuffer {
  const bytes = randomBytes(16);
  bytes[0] = bytes[0]! & 0x7f || 1;
  return toArrayBuffer(bytes);
}

const toArrayBuffer = (bytes: Uint8Array): ArrayBuffer => new Uint8Array(bytes).buffer;

const pem = (label: string, der: Buffer): string => `-----BEGIN ${label}-----\n${der.toString('base64').replace(/.{64}/g, '$&\n').replace(/\n?$/, '\n')}-----END ${label}-----\n`;
