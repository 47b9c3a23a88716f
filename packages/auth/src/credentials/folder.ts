// Finds the credentials in the folder downloaded from the Clara dashboard by what each file holds: names vary
// between downloads (`public-key.crt`, `private-key.key`, `ca_....pem`, `<project>.json`, ...).
import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { ClaraCredentialsError } from '../errors.js';
import { hasClientFields, readClientJson } from './client-json.js';
import type { ClientInput, CredentialsMaterial, PemInput } from './material.js';
import { isCaCertificate, normalizePem, notPemReason, parsePem } from './pem.js';
import { MAX_CREDENTIAL_FILE_BYTES, readCredentialFile, type CredentialFile } from './read-file.js';

const PEM_EXTENSIONS = new Set(['.pem', '.crt', '.cer', '.key']);
const CREDENTIAL_EXTENSIONS = new Set([...PEM_EXTENSIONS, '.json']);

interface Found {
  certs: PemInput[];
  keys: PemInput[];
  cas: PemInput[];
  clients: ClientInput[];
  /** JSON files that hold no client id/secret, to name them when no credentials JSON is found. */
  otherJson: string[];
  seen: string[];
  /** Files over the size limit whose names do not look like credentials, with their size. */
  skipped: string[];
}

export async function readFolder(dir: string, passphrase?: string): Promise<CredentialsMaterial> {
  const found: Found = { certs: [], keys: [], cas: [], clients: [], otherJson: [], seen: [], skipped: [] };
  for (const name of await listFolder(dir)) {
    const path = join(dir, name);
    const info = await stat(path).catch(() => undefined);
    if (!info?.isFile()) continue; // sub-folders, pipes, sockets: not part of a download
    // An oversized file named like credentials is refused by name (by readCredentialFile); any other is set aside.
    if (info.size > MAX_CREDENTIAL_FILE_BYTES && !CREDENTIAL_EXTENSIONS.has(extname(name).toLowerCase())) {
      found.skipped.push(`${name}: ${info.size} bytes`);
      continue;
    }
    found.seen.push(name);
    classify(await readCredentialFile(path, 'file'), path, found);
  }

  const skipped = found.skipped.length > 0 ? `; skipped as too big: ${found.skipped.join(', ')}` : '';
  const where = `in ${dir} (files: ${found.seen.join(', ') || 'none'}${skipped})`;
  const cert = pickOne(found.certs, 'client certificate');
  const key = pickOne(found.keys, 'private key');
  const ca = pickOne(found.cas, 'CA certificate');
  const clients = found.clients;
  if (clients.length > 1) throw twoCandidates('client-credentials JSON', clients.map((client) => client.origin));
  const [client] = clients;

  if (!client) {
    const [jsonFile] = found.otherJson;
    if (found.otherJson.length === 1 && jsonFile) throw new ClaraCredentialsError(`${jsonFile} has no clientId and clientSecret (looked at the top level and under "credentials").`, { file: jsonFile });
    throw new ClaraCredentialsError(`No client-credentials JSON (with clientId and clientSecret) found ${where}.`);
  }
  if (!cert) throw new ClaraCredentialsError(`No client certificate (PEM "BEGIN CERTIFICATE" that is not a CA) found ${where}.`);
  if (!key) throw new ClaraCredentialsError(`No private key (PEM "BEGIN ... PRIVATE KEY") found ${where}.`);
  return { cert, key, client, ...(ca ? { ca } : {}), ...(passphrase ? { passphrase } : {}) };
}

async function listFolder(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir)).filter((name) => !name.startsWith('.')).sort();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const problem = code === 'ENOENT' ? 'does not exist' : code === 'ENOTDIR' ? 'is a file, not a folder (pass { certFile, keyFile, credentialsFile } for single files)' : `cannot be read (${code ?? 'unknown error'})`;
    throw new ClaraCredentialsError(`The credentials folder ${dir} ${problem}.`, { file: dir, cause: error });
  }
}

/** Sorts one file into the roles it can play; a file may play several (a certificate with its key). */
function classify({ text, mode }: CredentialFile, path: string, found: Found): void {
  const blocks = parsePem(text);
  if (blocks.length > 0) {
    const [firstCertificate] = blocks.filter((block) => block.kind === 'certificate');
    if (firstCertificate) (isCaCertificate(firstCertificate) ? found.cas : found.certs).push({ pem: text, origin: path, file: path });
    if (blocks.some((block) => block.kind === 'private-key')) found.keys.push({ pem: text, origin: path, file: path, mode });
    return;
  }
  if (extname(path).toLowerCase() === '.json' || text.trimStart().startsWith('{')) {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      if (extname(path).toLowerCase() === '.json') throw new ClaraCredentialsError(`${path} is not valid JSON.`, { file: path });
      return;
    }
    if (!hasClientFields(value)) {
      found.otherJson.push(path);
      return;
    }
    const json = readClientJson(value, path, path);
    found.clients.push(json.client);
    if (json.embeddedCert) found.certs.push(json.embeddedCert);
    if (json.embeddedKey) found.keys.push({ ...json.embeddedKey, mode });
    return;
  }
  // Whatever its name, a file with a BEGIN line is meant as PEM: a truncated one must not be silently skipped.
  if (/-----BEGIN [A-Z0-9 ]+-----/.test(text)) throw new ClaraCredentialsError(`${path} ${notPemReason(text, '...')}.`, { file: path });
  if (PEM_EXTENSIONS.has(extname(path).toLowerCase())) {
    throw new ClaraCredentialsError(`${path} is not PEM (no "-----BEGIN ...-----" block; a binary DER file must be converted with openssl).`, { file: path });
  }
}

/** The single candidate for a role; copies of the same PEM count once. */
function pickOne(candidates: PemInput[], role: string): PemInput | undefined {
  const distinct = candidates.filter((candidate, index) => candidates.findIndex((other) => normalizePem(other.pem) === normalizePem(candidate.pem)) === index);
  if (distinct.length > 1) throw twoCandidates(role, distinct.map((candidate) => candidate.origin));
  return distinct[0];
}

const twoCandidates = (role: string, origins: string[]): ClaraCredentialsError =>
  new ClaraCredentialsError(`Found ${origins.length} candidates for the ${role}: ${origins.join(' and ')}. Keep one, or pass the files explicitly.`, {
    ...(origins[0] ? { file: origins[0] } : {}),
  });
