// The sandbox's PKI, minted in-process: EC P-256 keys from node:crypto, X.509 structures encoded by pkijs, signed
// by node:crypto (synchronously: a CA, a server and a client certificate take a few milliseconds, and no openssl
// command is needed on the machine).
import { BitString, fromBER, Integer, OctetString, PrintableString, Sequence, Set, Utf8String } from 'asn1js';
import { createHash, generateKeyPairSync, randomBytes, sign, X509Certificate, type KeyObject } from 'node:crypto';
import {
  AltName,
  AttributeTypeAndValue,
  AuthorityKeyIdentifier,
  BasicConstraints,
  Certificate,
  Extension,
  ExtKeyUsage,
  GeneralName,
  PublicKeyInfo,
  RelativeDistinguishedNames,
} from 'pkijs';

export interface CertificateAuthority {
  cert: string;
  /** What it signs with: its name, key and key identifier. */
  signer: Signer;
}

export interface IssuedCertificate {
  cert: string;
  key: string;
  /** RFC 8705 `x5t#S256`: base64url SHA-256 of the certificate's DER. */
  thumbprint: string;
}

export function thumbprintOf(der: Buffer): string {
  return createHash('sha256').update(der).digest('base64url');
}

const OID = {
  organization: '2.5.4.10',
  commonName: '2.5.4.3',
  basicConstraints: '2.5.29.19',
  keyUsage: '2.5.29.15',
  extKeyUsage: '2.5.29.37',
  subjectAltName: '2.5.29.17',
  subjectKeyIdentifier: '2.5.29.14',
  authorityKeyIdentifier: '2.5.29.35',
  serverAuth: '1.3.6.1.5.5.7.3.1',
  clientAuth: '1.3.6.1.5.5.7.3.2',
  ecdsaWithSha256: '1.2.840.10045.4.3.2',
} as const;

// KeyUsage bits (RFC 5280 4.2.1.3) as DER BIT STRINGs: digitalSignature (bit 0); keyCertSign + cRLSign (bits 5, 6).
const DIGITAL_SIGNATURE = new BitString({ valueHex: new Uint8Array([0x80]), unusedBits: 7 });
const CERTIFICATE_AND_CRL_SIGNING = new BitString({ valueHex: new Uint8Array([0x06]), unusedBits: 1 });

interface Signer {
  name: RelativeDistinguishedNames;
  key: KeyObject;
  keyIdentifier: ArrayBuffer;
}

interface Request {
  commonName: string;
  days: number;
  extensions: (keyIdentifier: ArrayBuffer) => Extension[];
  issuer?: Signer;
}

/** A new key and a certificate for it, signed by `issuer` (self-signed without one). */
function mint({ commonName, days, extensions, issuer }: Request): { cert: string; key: string; signer: Signer } {
  const { publicKey, privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const certificate = new Certificate();
  certificate.version = 2;
  const serial = randomBytes(16);
  serial[0] = (serial[0]! & 0x7f) | 0x40; // a positive INTEGER in minimal DER (no leading zero byte)
  certificate.serialNumber = new Integer({ valueHex: serial });
  const name = distinguishedName(commonName);
  certificate.subject = name;
  certificate.issuer = issuer?.name ?? name;
  const now = Date.now();
  certificate.notBefore.value = new Date(now);
  certificate.notAfter.value = new Date(now + days * 86_400_000);
  certificate.subjectPublicKeyInfo = new PublicKeyInfo({ schema: fromBER(publicKey.export({ type: 'spki', format: 'der' })).result });
  const keyIdentifier = createHash('sha1').update(new Uint8Array(certificate.subjectPublicKeyInfo.subjectPublicKey.valueBlock.valueHexView)).digest();
  certificate.extensions = extensions(toArrayBuffer(issuer?.keyIdentifier ?? keyIdentifier));
  certificate.signature.algorithmId = OID.ecdsaWithSha256;
  certificate.signatureAlgorithm.algorithmId = OID.ecdsaWithSha256;
  const tbs = certificate.encodeTBS().toBER();
  certificate.tbsView = new Uint8Array(tbs);
  certificate.signatureValue = new BitString({ valueHex: sign('sha256', new Uint8Array(tbs), { key: issuer?.key ?? privateKey, dsaEncoding: 'der' }) });
  const der = Buffer.from(certificate.toSchema().toBER());
  return {
    cert: `-----BEGIN CERTIFICATE-----\n${der.toString('base64').replace(/.{64}/g, '$&\n').replace(/\n?$/, '\n')}-----END CERTIFICATE-----\n`,
    key: privateKey.export({ type: 'pkcs8', format: 'pem' }) as string,
    signer: { name, key: privateKey, keyIdentifier: toArrayBuffer(keyIdentifier) },
  };
}

/** `O=Clara Sandbox, CN=<commonName>`: one attribute per RDN (pkijs would put both in one multi-valued RDN). */
function distinguishedName(commonName: string): RelativeDistinguishedNames {
  const rdn = (type: string, value: PrintableString | Utf8String) => new Set({ value: [new AttributeTypeAndValue({ type, value }).toSchema()] });
  const sequence = new Sequence({ value: [rdn(OID.organization, new PrintableString({ value: 'Clara Sandbox' })), rdn(OID.commonName, new Utf8String({ value: commonName }))] });
  return new RelativeDistinguishedNames({ schema: fromBER(sequence.toBER()).result });
}

const toArrayBuffer = (bytes: ArrayBuffer | Uint8Array): ArrayBuffer => (bytes instanceof ArrayBuffer ? bytes : new Uint8Array(bytes).buffer);

const extension = (extnID: string, critical: boolean, value: { toSchema(): { toBER(): ArrayBuffer } } | OctetString | BitString): Extension =>
  new Extension({ extnID, critical, extnValue: 'toSchema' in value ? value.toSchema().toBER() : value.toBER() });

/** Extensions of an end-entity certificate: a digital signature key for `usage`, and the issuer's key identifier. */
const leafExtensions = (usage: string, more: Extension[] = []) => (authorityKeyIdentifier: ArrayBuffer) => [
  extension(OID.basicConstraints, true, new BasicConstraints({ cA: false })),
  extension(OID.keyUsage, true, DIGITAL_SIGNATURE),
  extension(OID.extKeyUsage, false, new ExtKeyUsage({ keyPurposes: [usage] })),
  ...more,
  extension(OID.authorityKeyIdentifier, false, new AuthorityKeyIdentifier({ keyIdentifier: new OctetString({ valueHex: authorityKeyIdentifier }) })),
];

export function createCertificateAuthority(): CertificateAuthority {
  const minted = mint({
    commonName: 'Clara API Certificate Authority (sandbox)',
    days: 825,
    extensions: (subjectKeyIdentifier) => [
      extension(OID.basicConstraints, true, new BasicConstraints({ cA: true })),
      extension(OID.keyUsage, true, CERTIFICATE_AND_CRL_SIGNING),
      extension(OID.subjectKeyIdentifier, false, new OctetString({ valueHex: subjectKeyIdentifier })),
    ],
  });
  return { cert: minted.cert, signer: minted.signer };
}

export function issueServerCertificate(ca: CertificateAuthority): IssuedCertificate {
  const subjectAltName = new AltName({
    altNames: [new GeneralName({ type: 7, value: new OctetString({ valueHex: new Uint8Array([127, 0, 0, 1]) }) }), new GeneralName({ type: 2, value: 'localhost' })],
  });
  return issue(ca, 'localhost', 825, leafExtensions(OID.serverAuth, [extension(OID.subjectAltName, false, subjectAltName)]));
}

/** A client certificate signed by the sandbox CA, as the dashboard's project download (≤ 360 days). */
export function issueClientCertificate(ca: CertificateAuthority, commonName: string, days = 360): IssuedCertificate {
  if (!/^[\w .@-]{1,64}$/.test(commonName)) throw new Error(`Invalid certificate common name "${commonName}": use letters, digits, space, . @ - _`);
  return issue(ca, commonName, days, leafExtensions(OID.clientAuth));
}

function issue(ca: CertificateAuthority, commonName: string, days: number, extensions: Request['extensions']): IssuedCertificate {
  const { cert, key } = mint({ commonName, days, extensions, issuer: ca.signer });
  return { cert, key, thumbprint: thumbprintOf(new X509Certificate(cert).raw) };
}
