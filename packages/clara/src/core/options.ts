// Everything `createClaraClient` accepts, checked synchronously: a wrong option fails at construction with a
// ClaraConfigError naming it, before any file is read or any request is sent. (Files named by options, the
// credentials and `ca`, are read on the first call; a bad one is a ClaraCredentialsError naming it.)
import {
  ClaraConfigError,
  DEFAULT_CONNECTIONS,
  type ClaraCredentials,
  type CredentialsSource,
  type Logger,
  type TokenStore,
} from '@org/clara-auth';

import { checkTaxIdentifier } from './tax-identifier.js';

export interface CountryDefinition {
  code: string;
  name: string;
  servers: { production: string; sandbox: string };
  tokenUrl: string;
}

export interface ClaraClientOptions {
  /** The folder downloaded from the Clara dashboard, explicit file paths, in-memory PEMs, `{ env: process.env }`, or loaded credentials. */
  credentials: CredentialsSource | ClaraCredentials;
  /** `production` (default) calls `/api/...`; `sandbox` calls `/api-test/...` with sandbox credentials. */
  environment?: 'production' | 'sandbox';
  /** Replaces the country host, e.g. `https://127.0.0.1:8443` for a local sandbox. HTTPS only. */
  baseUrl?: string;
  /** Extra CA certificate(s) to trust, as PEM text or a file path. */
  ca?: string | string[];
  /** Act for a subsidiary: sent as `X-Tax-Identifier` (RFC, CNPJ or NIT, checked against the country's format). */
  taxIdentifier?: string;
  /** Retries of a failed request (see the README for which ones). Default 2. */
  maxRetries?: number;
  /** Per-attempt timeout in milliseconds. Default 60 000 (Clara's synchronous writes can take 30 s). */
  timeoutMs?: number;
  logger?: Logger;
  tokenStore?: TokenStore;
  /** Upper bound on open connections (TLS handshakes) to Clara. Default 16 (auth's DEFAULT_CONNECTIONS). */
  connections?: number;
}

export interface ResolvedOptions {
  credentials: CredentialsSource | ClaraCredentials;
  apiBaseUrl: string;
  tokenUrl: string;
  /** PEM text or file paths, read on the first call. */
  ca?: string[];
  taxIdentifier?: string;
  maxRetries: number;
  timeoutMs: number;
  logger?: Logger;
  tokenStore?: TokenStore;
  connections: number;
}

export function resolveOptions(country: CountryDefinition, options: ClaraClientOptions): ResolvedOptions {
  if (typeof options !== 'object' || options === null) throw new ClaraConfigError('createClaraClient needs an options object');
  const { credentials, environment = 'production' } = options;
  if (credentials === undefined || credentials === null || credentials === '') {
    throw new ClaraConfigError(
      'options.credentials is required: the folder downloaded from the Clara dashboard, file paths, PEM strings, or { env: process.env }',
    );
  }
  if (typeof credentials !== 'string' && typeof credentials !== 'object') {
    throw new ClaraConfigError(`options.credentials must be a folder path or an object, got ${typeof credentials}`);
  }
  if (environment !== 'production' && environment !== 'sandbox') {
    throw new ClaraConfigError(`options.environment must be 'production' or 'sandbox', got ${JSON.stringify(environment)}`);
  }

  const server = new URL(country.servers[environment]);
  const host = options.baseUrl === undefined ? server.origin : httpsOrigin(options.baseUrl);
  const apiBaseUrl = host + server.pathname.replace(/\/$/, '');
  const tokenUrl = options.baseUrl === undefined ? country.tokenUrl : `${host}/oauth/token`;

  return {
    credentials,
    apiBaseUrl,
    tokenUrl,
    ca: options.ca === undefined ? undefined : caEntries(options.ca),
    taxIdentifier: options.taxIdentifier === undefined ? undefined : checkTaxIdentifier(country.code, options.taxIdentifier),
    maxRetries: integerOption('maxRetries', options.maxRetries, 2, MAX_RETRIES),
    timeoutMs: integerOption('timeoutMs', options.timeoutMs, 60_000, MAX_TIMEOUT_MS, 1),
    logger: options.logger,
    tokenStore: options.tokenStore,
    connections: integerOption('connections', options.connections, DEFAULT_CONNECTIONS, 1024, 1),
  };
}

function httpsOrigin(baseUrl: unknown): string {
  let url: URL;
  try {
    url = new URL(String(baseUrl));
  } catch {
    throw new ClaraConfigError(`options.baseUrl is not a URL: ${JSON.stringify(baseUrl)}`);
  }
  if (url.protocol !== 'https:') {
    throw new ClaraConfigError(`options.baseUrl must use https: (Clara requires mutual TLS), got ${url.protocol}//${url.host}`);
  }
  return url.origin;
}

/** Only the shape here: the PEM is checked, and files are read, by auth's loadCaCertificates when the client starts. */
function caEntries(ca: unknown): string[] {
  const entries = Array.isArray(ca) ? ca : [ca];
  entries.forEach((entry, index) => {
    if (typeof entry !== 'string' || entry.trim() === '') throw new ClaraConfigError(`options.ca[${index}] must be PEM text or a file path`);
  });
  return entries as string[];
}

export const MAX_RETRIES = 10;
export const MAX_TIMEOUT_MS = 2_147_483_647; // the longest timer Node keeps

/** A call's own `timeoutMs` and `maxRetries`, checked like the client's, with the client's as defaults. */
export function callLimits(call: { timeoutMs?: unknown; maxRetries?: unknown }, client: ResolvedOptions): { timeout: number; retry: number } {
  return {
    timeout: integerOption('timeoutMs', call.timeoutMs, client.timeoutMs, MAX_TIMEOUT_MS, 1),
    retry: integerOption('maxRetries', call.maxRetries, client.maxRetries, MAX_RETRIES),
  };
}

/** `value`, or `fallback` when undefined; anything but an integer from `min` to `max` is a ClaraConfigError naming the option. */
export function integerOption(name: string, value: unknown, fallback: number, max: number, min = 0): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw new ClaraConfigError(`options.${name} must be an integer from ${min} to ${max}, got ${JSON.stringify(value)}`);
  }
  return value;
}
