// Turns each accepted source shape into CredentialsMaterial (text plus where it came from); validation of the
// contents happens afterwards, the same way for every source.
import { resolve } from 'node:path';
import { ClaraCredentialsError } from '../errors.js';
import { parseClientJson } from './client-json.js';
import { readFolder } from './folder.js';
import type { CredentialsMaterial, PemInput } from './material.js';
import { readCredentialFile } from './read-file.js';
import type { CredentialsSource, EnvSource, FilesSource, PemSource } from './types.js';

export async function resolveSource(source: CredentialsSource): Promise<CredentialsMaterial> {
  if (typeof source === 'string') return readFolder(resolve(source));
  if (typeof source !== 'object' || source === null) throw unknownShape();
  if ('folder' in source) return readFolder(resolve(source.folder), source.passphrase);
  if ('env' in source) return fromEnv(source);
  if ('certFile' in source) return fromFiles(source);
  if ('cert' in source) return fromMemory(source);
  throw unknownShape();
}

const unknownShape = (): ClaraCredentialsError =>
  new ClaraCredentialsError(
    'Unknown credentials source: pass a folder path, { certFile, keyFile, credentialsFile }, { cert, key, clientId, clientSecret } or { env: process.env }.',
  );

async function fileInput(path: string, role: string): Promise<PemInput> {
  const file = resolve(path);
  const { text, mode } = await readCredentialFile(file, role);
  return { pem: text, origin: file, file, mode };
}

async function fromFiles(source: FilesSource): Promise<CredentialsMaterial> {
  for (const name of ['certFile', 'keyFile', 'credentialsFile'] as const) {
    if (typeof source[name] !== 'string' || source[name] === '') throw new ClaraCredentialsError(`The credentials source has no ${name}.`);
  }
  const credentialsFile = resolve(source.credentialsFile);
  const { client } = parseClientJson((await readCredentialFile(credentialsFile, 'client-credentials file')).text, credentialsFile, credentialsFile);
  return {
    cert: await fileInput(source.certFile, 'certificate file'),
    key: await fileInput(source.keyFile, 'private key file'),
    client,
    ...(source.caFile ? { ca: await fileInput(source.caFile, 'CA file') } : {}),
    ...(source.passphrase ? { passphrase: source.passphrase } : {}),
  };
}

function fromMemory(source: PemSource): CredentialsMaterial {
  const missing = (['cert', 'key', 'clientId', 'clientSecret'] as const).filter((name) => typeof source[name] !== 'string' || source[name].trim() === '');
  if (missing.length > 0) throw new ClaraCredentialsError(`The in-memory credentials have no ${missing.join(', ')}.`);
  return {
    cert: { pem: source.cert, origin: 'the in-memory certificate' },
    key: { pem: source.key, origin: 'the in-memory private key' },
    client: { clientId: source.clientId.trim(), clientSecret: source.clientSecret.trim(), origin: 'the in-memory credentials' },
    ...(source.ca ? { ca: { pem: source.ca, origin: 'the in-memory CA bundle' } } : {}),
    ...(source.passphrase ? { passphrase: source.passphrase } : {}),
  };
}

async function fromEnv({ env }: EnvSource): Promise<CredentialsMaterial> {
  const value = (name: string): string | undefined => (env[name]?.trim() ? env[name] : undefined);
  const required = (name: string): string => {
    const found = value(name);
    if (!found) throw new ClaraCredentialsError(`The environment variable ${name} is not set.`);
    return found.trim();
  };
  // PEM text or a path, never both; PEM in a variable often has its newlines written as "\n".
  const pemOrFile = async (inline: string, path: string, role: string): Promise<PemInput> => {
    const text = value(inline);
    const file = value(path);
    if (text && file) throw new ClaraCredentialsError(`Both ${inline} and ${path} are set: set only one.`);
    if (file) return fileInput(file.trim(), `${role} file (${path})`);
    if (text) return { pem: text.replace(/\\n/g, '\n'), origin: `the ${role} in ${inline}` };
    throw new ClaraCredentialsError(`Neither ${inline} nor ${path} is set: the ${role} is required.`);
  };
  const ca = value('CLARA_CA_FILE');
  const passphrase = value('CLARA_KEY_PASSPHRASE');
  return {
    client: { clientId: required('CLARA_CLIENT_ID'), clientSecret: required('CLARA_CLIENT_SECRET'), origin: 'CLARA_CLIENT_ID / CLARA_CLIENT_SECRET' },
    cert: await pemOrFile('CLARA_CERT', 'CLARA_CERT_FILE', 'certificate'),
    key: await pemOrFile('CLARA_KEY', 'CLARA_KEY_FILE', 'private key'),
    ...(ca ? { ca: await fileInput(ca.trim(), 'CA file (CLARA_CA_FILE)') } : {}),
    ...(passphrase ? { passphrase } : {}),
  };
}
