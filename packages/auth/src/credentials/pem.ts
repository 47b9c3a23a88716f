// Recognises PEM content by its armour labels, so files are identified by what they hold, not by their names.
import { X509Certificate } from 'node:crypto';

export type PemKind = 'certificate' | 'private-key' | 'public-key' | 'other';
export type KeyFormat = 'pkcs8' | 'pkcs1' | 'sec1' | 'pkcs8-encrypted' | 'pkcs1-encrypted' | 'sec1-encrypted';

export interface PemBlock {
  label: string;
  kind: PemKind;
  /** The whole block including its BEGIN/END lines. */
  text: string;
  keyFormat?: KeyFormat;
}

const BLOCK = /-----BEGIN ([A-Z0-9 ]+)-----\r?\n([\s\S]*?)-----END \1-----/g;
const CERTIFICATE_LABELS = new Set(['CERTIFICATE', 'X509 CERTIFICATE', 'TRUSTED CERTIFICATE']);
const PLAIN_KEY_FORMATS: Record<string, 'pkcs8' | 'pkcs1' | 'sec1'> = {
  'PRIVATE KEY': 'pkcs8',
  'RSA PRIVATE KEY': 'pkcs1',
  'EC PRIVATE KEY': 'sec1',
};

export function parsePem(text: string): PemBlock[] {
  return [...text.matchAll(BLOCK)].map(([block, label = '', body = '']) => {
    if (CERTIFICATE_LABELS.has(label)) return { label, kind: 'certificate', text: block };
    if (label === 'ENCRYPTED PRIVATE KEY') return { label, kind: 'private-key', text: block, keyFormat: 'pkcs8-encrypted' };
    const plain = PLAIN_KEY_FORMATS[label];
    if (plain) {
      // Traditional (OpenSSL) encryption keeps the label and adds a Proc-Type header.
      const encrypted = /^Proc-Type:\s*4,\s*ENCRYPTED/m.test(body);
      return { label, kind: 'private-key', text: block, keyFormat: encrypted ? (`${plain}-encrypted` as KeyFormat) : plain };
    }
    if (label.endsWith('PUBLIC KEY')) return { label, kind: 'public-key', text: block };
    return { label, kind: 'other', text: block };
  });
}

/**
 * Why text with no complete PEM block is not PEM: a BEGIN line without its END line is a truncated file,
 * which deserves a different fix than a file of another format.
 */
export function notPemReason(text: string, expected: string): string {
  const begin = /-----BEGIN ([A-Z0-9 ]+)-----/.exec(text);
  if (begin) return `is a truncated or damaged PEM file: it has a "-----BEGIN ${begin[1]}-----" line but no matching "-----END ${begin[1]}-----" line`;
  return `is not PEM: expected a "-----BEGIN ${expected}-----" block`;
}

export const isEncrypted = (format: KeyFormat): boolean => format.endsWith('-encrypted');

/** Whether the first certificate of a file is a CA (basicConstraints CA:TRUE): a CA bundle, not a client certificate. */
export function isCaCertificate(block: PemBlock): boolean {
  try {
    return new X509Certificate(block.text).ca;
  } catch {
    return false;
  }
}

/** Same PEM content regardless of line endings and surrounding whitespace. */
export const normalizePem = (text: string): string => text.replace(/\r\n/g, '\n').trim();
