// The client-credentials JSON from the Clara dashboard: `clientId` and `clientSecret`, flat or nested under
// `credentials` (which may also embed the certificate and key as `publicKey` / `privateKey`), with
// `projectName` and scopes when present.
import { ClaraCredentialsError } from '../errors.js';
import type { ClientInput, PemInput } from './material.js';

export interface ClientJson {
  client: ClientInput;
  /** PEM text embedded in the JSON, if any. */
  embeddedCert?: PemInput;
  embeddedKey?: PemInput;
}

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const firstString = (object: Json, names: string[]): string | undefined => {
  for (const name of names) {
    const value = object[name];
    if (typeof value === 'string' && value.trim() !== '') return value.trim();
  }
  return undefined;
};

const ID_NAMES = ['clientId', 'client_id', 'clientID'];
const SECRET_NAMES = ['clientSecret', 'client_secret'];

/** Whether parsed JSON looks like client credentials at all (used to pick the right file in a folder). */
export function hasClientFields(value: unknown): boolean {
  return isObject(value) && [value, value['credentials']].some((part) => isObject(part) && firstString(part, [...ID_NAMES, ...SECRET_NAMES]) !== undefined);
}

export function parseClientJson(text: string, origin: string, file?: string): ClientJson {
  const where = file === undefined ? {} : { file };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new ClaraCredentialsError(`${origin} is not valid JSON.`, where);
  }
  return readClientJson(value, origin, file);
}

export function readClientJson(value: unknown, origin: string, file?: string): ClientJson {
  const where = file === undefined ? {} : { file };
  if (!isObject(value)) throw new ClaraCredentialsError(`${origin} must hold a JSON object with clientId and clientSecret.`, where);
  const nested = isObject(value['credentials']) ? value['credentials'] : {};
  const pick = (names: string[]): string | undefined => firstString(nested, names) ?? firstString(value, names);

  const clientId = pick(ID_NAMES);
  const clientSecret = pick(SECRET_NAMES);
  if (!clientId || !clientSecret) {
    const missing = [clientId ? undefined : 'clientId', clientSecret ? undefined : 'clientSecret'].filter(Boolean).join(' and ');
    throw new ClaraCredentialsError(`${origin} has no ${missing} (looked at the top level and under "credentials").`, where);
  }
  const projectName = pick(['projectName', 'project_name']);
  const scopes = readScopes(nested['scopes'] ?? value['scopes'] ?? nested['scope'] ?? value['scope']);
  const embedded = (name: string, label: string): PemInput | undefined => {
    const pem = firstString(nested, [name]) ?? firstString(value, [name]);
    return pem?.includes('-----BEGIN ') ? { pem, origin: `${origin} (${label})`, ...where } : undefined;
  };
  const embeddedCert = embedded('publicKey', 'publicKey');
  const embeddedKey = embedded('privateKey', 'privateKey');
  return {
    client: { clientId, clientSecret, ...(projectName ? { projectName } : {}), ...(scopes ? { scopes } : {}), origin, ...where },
    ...(embeddedCert ? { embeddedCert } : {}),
    ...(embeddedKey ? { embeddedKey } : {}),
  };
}

/** Scopes as an array, a space- or comma-separated string; undefined when absent or empty. */
function readScopes(value: unknown): string[] | undefined {
  const list = Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : typeof value === 'string' ? value.split(/[\s,]+/) : [];
  const scopes = list.map((scope) => scope.trim()).filter(Boolean);
  return scopes.length > 0 ? scopes : undefined;
}
