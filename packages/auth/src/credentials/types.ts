import type { Logger } from '../logger.js';

/** The folder downloaded from the Clara dashboard (certificate, private key, client-credentials JSON, maybe a CA). */
export type FolderSource = string | { folder: string; passphrase?: string };

/** Explicit paths of each file. */
export interface FilesSource {
  certFile: string;
  keyFile: string;
  credentialsFile: string;
  caFile?: string;
  passphrase?: string;
}

/** PEM text and the client id/secret already in memory (from a secret manager, say). */
export interface PemSource {
  cert: string;
  key: string;
  clientId: string;
  clientSecret: string;
  ca?: string;
  passphrase?: string;
}

/**
 * Environment variables: CLARA_CLIENT_ID, CLARA_CLIENT_SECRET, CLARA_CERT (PEM) or CLARA_CERT_FILE (path),
 * CLARA_KEY or CLARA_KEY_FILE, optional CLARA_CA_FILE and CLARA_KEY_PASSPHRASE.
 */
export interface EnvSource {
  env: NodeJS.ProcessEnv;
}

export type CredentialsSource = FolderSource | FilesSource | PemSource | EnvSource;

export interface LoadCredentialsOptions {
  logger?: Logger;
  /** Wall clock for the certificate validity checks. */
  now?: () => Date;
}

export interface CertificateInfo {
  /** e.g. `CN=My Project, O=Clara` */
  subject: string;
  issuer: string;
  notBefore: Date;
  notAfter: Date;
  /** SHA-256 fingerprint, colon-separated upper-case hex (as `openssl x509 -fingerprint -sha256` prints it). */
  fingerprint256: string;
  /** Whole days left when the credentials were loaded. */
  daysLeft: number;
}

/**
 * Validated credentials. Only the public facts are properties; the client secret, private key and passphrase
 * are held outside the object, so `JSON.stringify`, `util.inspect` and loggers cannot print them.
 */
export interface ClaraCredentials {
  readonly clientId: string;
  readonly projectName?: string;
  readonly scopes?: readonly string[];
  readonly certificate: CertificateInfo;
  /** What is usable but unsafe (also logged at `warn` when loaded); absent when nothing is. */
  readonly warnings?: readonly CredentialsWarning[];
}

/** `private-key-readable`: the private key's file can be read by the group or others (`chmod 600` fixes it). */
export interface CredentialsWarning {
  readonly code: 'private-key-readable';
  readonly message: string;
  readonly file: string;
}
