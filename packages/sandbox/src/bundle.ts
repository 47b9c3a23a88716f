import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export interface ClientCredentials {
  projectName: string;
  clientId: string;
  clientSecret: string;
  scopes: string[];
}

export const BUNDLE_FILES = {
  certificate: 'public-key.crt',
  privateKey: 'private-key.key',
  credentials: 'client-credentials.json',
  ca: 'ca-public-key.pem',
} as const;

/** Writes the files of Clara's dashboard download (plus the CA to trust) into `dir`, or a fresh temp folder. */
export function writeCredentialsBundle(
  dir: string | undefined,
  contents: { cert: string; key: string; credentials: ClientCredentials; caCert: string },
): string {
  const target = dir ? resolve(dir) : mkdtempSync(join(tmpdir(), 'clara-sandbox-credentials-'));
  mkdirSync(target, { recursive: true });
  writeFileSync(join(target, BUNDLE_FILES.certificate), contents.cert);
  writeFileSync(join(target, BUNDLE_FILES.privateKey), contents.key, { mode: 0o600 });
  writeFileSync(join(target, BUNDLE_FILES.credentials), `${JSON.stringify(contents.credentials, null, 2)}\n`, { mode: 0o600 });
  writeFileSync(join(target, BUNDLE_FILES.ca), contents.caCert);
  return target;
}
