// Every option is resolved here, once: the client's at construction (a wrong one is a ClaraConfigError naming
// it, before any file is read or request sent), a call's own before it is sent (the same checks, against the
// client's as defaults; a wrong one rejects the call). Nothing downstream checks or renames them again.
// (Files named by options, the credentials and `ca`, are read on the first call.)
import {
  ClaraConfigError,
  DEFAULT_CONNECTIONS,
  type ClaraCredentials,
  type CredentialsSource,
  type Logger,
  type ProxySetting,
  type TokenStore,
} from '@org/clara-auth';
import type { Hooks } from 'ky';

import { ClaraValidationError } from '../errors/classes.js';
import type { Fleet } from './fleet.js';
import { assertSupportedNode } from './node-version.js';
import { checkTaxIdentifier, hasControlCharacters } from './tax-identifier.js';
import type { TelemetryOptions } from './telemetry.js';
import { userAgent, type AppInfo, type PackageInfo } from './user-agent.js';

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
  /**
   * Replaces the country host, e.g. `https://127.0.0.1:8443` for a local sandbox, or a proxy with a path prefix
   * (`https://proxy.internal/clara`). HTTPS only; the API path (`/api`, `/api-test`) follows `environment`.
   */
  baseUrl?: string;
  /** Extra CA certificate(s) to trust, as PEM text or a file path. */
  ca?: string | string[];
  /**
   * An HTTP(S) proxy for every connection to Clara, token requests included: `http://user:password@proxy:3128`
   * (credentials are sent to the proxy only, and redacted everywhere). The client certificate goes to Clara
   * through the proxy's CONNECT tunnel. Default: HTTPS_PROXY / https_proxy, minus the hosts in NO_PROXY /
   * no_proxy, read when the client starts; `false` ignores them.
   */
  proxy?: string | URL | false;
  /** Act for a subsidiary: sent as `X-Tax-Identifier` (RFC, CNPJ or NIT, checked against the country's format). */
  taxIdentifier?: string;
  /** Retries of a failed request (see the README for which ones). Default 2. */
  maxRetries?: number;
  /** Time limit of a whole call in milliseconds, retries and waits included. Default 60 000 (Clara's synchronous writes take up to 30 s). */
  timeoutMs?: number;
  logger?: Logger;
  tokenStore?: TokenStore;
  /** Upper bound on open connections (TLS handshakes) to Clara, and on requests in flight. Default 16. */
  connections?: number;
  /** ky hooks run on every API call (not on token requests): tracing headers, logging, metrics. */
  hooks?: Hooks;
  /** Your application, appended to the User-Agent: `{ name: 'my-erp', version: '3.1.0' }`. */
  appInfo?: AppInfo;
  /**
   * The most requests this client may send to Clara, token requests and retries included; past it, calls reject
   * with ClaraQuotaError before sending anything (a nightly job that must not eat the month's quota).
   */
  requestBudget?: number;
  /**
   * What this process shares with the others of the same Clara project and environment (`redisFleet` from
   * @org/clara-redis): the token, `requestBudget` as the whole fleet's budget per calendar month (UTC), a rate
   * limit and `usage.fleet()`.
   */
  fleet?: Fleet;
  /**
   * OpenTelemetry: spans per call and request metrics, on these providers — or on the global ones that
   * `@opentelemetry/api` holds, when it is installed. `false` turns it off.
   */
  telemetry?: TelemetryOptions | false;
  /**
   * Checks answers against the country's document and records where they differ (`clara.drift()`):
   * `report` (default) records and hands the data on unchanged — every operation's first 10 answers in full,
   * then one in 50; `strict` checks every answer and rejects one that differs with ClaraResponseError;
   * `off` checks nothing.
   */
  validateResponses?: ValidateResponses;
  /**
   * Drift entries never hold a value of an answer: an unknown enum value is described by its length and kind of
   * characters. `enum` adds the unknown enum value itself (`value`) to its entry. Default `none`.
   */
  driftValues?: DriftValues;
}

export type ValidateResponses = 'report' | 'strict' | 'off';
export type DriftValues = 'none' | 'enum';

export interface ResolvedOptions {
  credentials: CredentialsSource | ClaraCredentials;
  apiBaseUrl: string;
  tokenUrl: string;
  /** PEM text or file paths, read on the first call. */
  ca?: string[];
  /** Undefined: from the environment when the client starts. */
  proxy?: ProxySetting;
  taxIdentifier?: string;
  maxRetries: number;
  timeoutMs: number;
  logger?: Logger;
  tokenStore?: TokenStore;
  connections: number;
  hooks: Hooks;
  userAgent: string;
  requestBudget?: number;
  environment: 'production' | 'sandbox';
  fleet?: Fleet;
  telemetry: TelemetryOptions | false;
  validateResponses: ValidateResponses;
  driftValues: DriftValues;
}

export const MAX_RETRIES = 10;
export const MAX_TIMEOUT_MS = 2_147_483_647; // the longest timer Node keeps
const HOOK_NAMES = ['beforeRequest', 'beforeRetry', 'afterResponse', 'beforeError'] as const;

export function resolveOptions(country: CountryDefinition, sdk: PackageInfo, options: ClaraClientOptions): ResolvedOptions {
  assertSupportedNode();
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

  return {
    credentials,
    ...endpoints(country, environment, options.baseUrl),
    ca: options.ca === undefined ? undefined : caEntries(options.ca),
    ...(options.proxy === undefined ? {} : { proxy: checkProxy(options.proxy) }),
    taxIdentifier: options.taxIdentifier === undefined ? undefined : checkTaxIdentifier(country.code, options.taxIdentifier),
    maxRetries: integerOption('maxRetries', options.maxRetries, 2, MAX_RETRIES),
    timeoutMs: integerOption('timeoutMs', options.timeoutMs, 60_000, MAX_TIMEOUT_MS, 1),
    logger: options.logger,
    tokenStore: options.tokenStore,
    connections: integerOption('connections', options.connections, DEFAULT_CONNECTIONS, 1024, 1),
    hooks: checkHooks(options.hooks),
    userAgent: userAgent(sdk, options.appInfo),
    ...(options.requestBudget === undefined ? {} : { requestBudget: integerOption('requestBudget', options.requestBudget, 0, Number.MAX_SAFE_INTEGER, 1) }),
    environment,
    ...(options.fleet === undefined ? {} : { fleet: checkFleet(options.fleet) }),
    telemetry: checkTelemetry(options.telemetry),
    validateResponses: oneOf('validateResponses', options.validateResponses, ['report', 'strict', 'off']),
    driftValues: oneOf('driftValues', options.driftValues, ['none', 'enum']),
  };
}

/** `value`, or the first of `allowed` when undefined; anything else is a ClaraConfigError naming the option. */
function oneOf<T extends string>(name: string, value: unknown, allowed: readonly [T, ...T[]]): T {
  if (value === undefined) return allowed[0];
  if (!(allowed as readonly unknown[]).includes(value)) throw new ClaraConfigError(`options.${name} must be ${allowed.map((a) => `'${a}'`).join(', ')}, got ${JSON.stringify(value)}`);
  return value as T;
}

function checkFleet(fleet: unknown): Fleet {
  if (typeof (fleet as Fleet | null)?.join !== 'function') throw new ClaraConfigError('options.fleet must be a fleet, e.g. redisFleet({ url }) from @org/clara-redis');
  return fleet as Fleet;
}

/** The API base and token URLs: the country's, or `baseUrl` (a host, maybe with a proxy prefix) + the environment's API path. */
function endpoints(country: CountryDefinition, environment: 'production' | 'sandbox', baseUrl: unknown): { apiBaseUrl: string; tokenUrl: string } {
  const server = new URL(country.servers[environment]);
  const apiPath = server.pathname.replace(/\/$/, '');
  if (baseUrl === undefined) return { apiBaseUrl: server.origin + apiPath, tokenUrl: country.tokenUrl };
  let url: URL;
  try {
    url = new URL(String(baseUrl));
  } catch {
    throw new ClaraConfigError(`options.baseUrl is not a URL: ${JSON.stringify(baseUrl)}`);
  }
  if (url.protocol !== 'https:') {
    throw new ClaraConfigError(`options.baseUrl must use https: (Clara requires mutual TLS), got ${url.protocol}//${url.host}`);
  }
  if (url.search || url.hash || url.username || url.password) {
    throw new ClaraConfigError('options.baseUrl must be a host with an optional path prefix, without query, fragment or user info');
  }
  const prefix = url.pathname.replace(/\/+$/, '');
  if (/\/api(-test)?$/.test(prefix)) {
    throw new ClaraConfigError(
      `options.baseUrl ends with the API path (${prefix}): give the host (and a proxy prefix, if any) only; the API path follows options.environment ('production' → /api, 'sandbox' → /api-test).`,
    );
  }
  return { apiBaseUrl: url.origin + prefix + apiPath, tokenUrl: `${url.origin}${prefix}/oauth/token` };
}

/** The shape here; the URL is parsed, its credentials registered as secrets, when the client starts. */
function checkProxy(proxy: unknown): ProxySetting {
  if (proxy === false || (typeof proxy === 'string' && proxy.trim() !== '') || proxy instanceof URL) return proxy;
  throw new ClaraConfigError('options.proxy must be a proxy URL (http://host:port, credentials allowed) or false');
}

/** Only the shape here: the PEM is checked, and files are read, by auth's loadCaCertificates when the client starts. */
function caEntries(ca: unknown): string[] {
  const entries = Array.isArray(ca) ? ca : [ca];
  entries.forEach((entry, index) => {
    if (typeof entry !== 'string' || entry.trim() === '') throw new ClaraConfigError(`options.ca[${index}] must be PEM text or a file path`);
  });
  return entries as string[];
}

function checkHooks(hooks: unknown): Hooks {
  if (hooks === undefined) return {};
  if (typeof hooks !== 'object' || hooks === null) throw new ClaraConfigError('options.hooks must be an object of ky hook arrays');
  for (const [name, list] of Object.entries(hooks)) {
    if (!(HOOK_NAMES as readonly string[]).includes(name)) throw new ClaraConfigError(`options.hooks.${name} is not a ky hook: use ${HOOK_NAMES.join(', ')}`);
    if (!Array.isArray(list) || list.some((hook) => typeof hook !== 'function')) throw new ClaraConfigError(`options.hooks.${name} must be an array of functions`);
  }
  return hooks as Hooks;
}

function checkTelemetry(telemetry: unknown): TelemetryOptions | false {
  if (telemetry === undefined) return {};
  if (telemetry === false) return false;
  if (typeof telemetry !== 'object' || telemetry === null) throw new ClaraConfigError('options.telemetry must be { tracerProvider?, meterProvider? } or false');
  const { tracerProvider, meterProvider } = telemetry as TelemetryOptions;
  if (tracerProvider !== undefined && typeof tracerProvider?.getTracer !== 'function') throw new ClaraConfigError('options.telemetry.tracerProvider must have getTracer()');
  if (meterProvider !== undefined && typeof meterProvider?.getMeter !== 'function') throw new ClaraConfigError('options.telemetry.meterProvider must have getMeter()');
  return telemetry as TelemetryOptions;
}

/** What a call's own options resolve to. */
export interface CallSettings {
  timeoutMs: number;
  maxRetries: number;
  signal?: AbortSignal;
  headers: Record<string, string>;
  /** The `X-Tax-Identifier` in effect: the client's, or the call's own header. */
  taxIdentifier?: string;
}

/** Per-call options, as a method's last argument takes them. */
export interface RequestOptions {
  /** Cancels the call (and its retries). */
  signal?: AbortSignal;
  /** Time limit of this call in milliseconds, retries and waits included. */
  timeoutMs?: number;
  /** Retries for this call. */
  maxRetries?: number;
  /** Extra headers for this call. `X-Tax-Identifier` acts for another company of the holding (checked like the option). */
  headers?: Record<string, string>;
}

// Headers the SDK or the HTTP layer owns: set per call they would break framing, go to another host or replace
// the token.
const RESERVED_HEADERS = new Set(['host', 'content-length', 'transfer-encoding', 'connection', 'keep-alive', 'upgrade', 'te', 'trailer', 'authorization']);
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

export function resolveCallOptions(client: ResolvedOptions, country: string, taxIdentifier: string | undefined, options: unknown): CallSettings {
  if (options !== undefined && (typeof options !== 'object' || options === null)) {
    throw new ClaraConfigError(`A call's last argument must be an options object ({ signal, timeoutMs, maxRetries, headers }), got ${JSON.stringify(options)}`);
  }
  const call = (options ?? {}) as RequestOptions;
  if (call.signal !== undefined && !(call.signal instanceof AbortSignal)) throw new ClaraConfigError('options.signal must be an AbortSignal');
  const headers: Record<string, string> = {};
  let effectiveTaxIdentifier = taxIdentifier;
  if (call.headers !== undefined && (typeof call.headers !== 'object' || call.headers === null)) throw new ClaraConfigError('options.headers must be an object');
  for (const [name, value] of Object.entries(call.headers ?? {})) {
    if (!HEADER_NAME.test(name)) throw new ClaraValidationError({ status: 0, message: `The header name ${JSON.stringify(name)} is not a valid HTTP header name.` });
    if (RESERVED_HEADERS.has(name.toLowerCase())) {
      throw new ClaraValidationError({ status: 0, message: `The header "${name}" cannot be set per call: the SDK and the HTTP layer set it.` });
    }
    if (typeof value !== 'string' || hasControlCharacters(value)) {
      throw new ClaraValidationError({ status: 0, message: `The header "${name}" must be a string without control characters (CR, LF, NUL...).` });
    }
    if (name.toLowerCase() === 'x-tax-identifier') effectiveTaxIdentifier = checkTaxIdentifier(country, value);
    else headers[name] = value;
  }
  if (effectiveTaxIdentifier) headers['X-Tax-Identifier'] = effectiveTaxIdentifier;
  return {
    timeoutMs: integerOption('timeoutMs', call.timeoutMs, client.timeoutMs, MAX_TIMEOUT_MS, 1),
    maxRetries: integerOption('maxRetries', call.maxRetries, client.maxRetries, MAX_RETRIES),
    ...(call.signal ? { signal: call.signal } : {}),
    headers,
    ...(effectiveTaxIdentifier ? { taxIdentifier: effectiveTaxIdentifier } : {}),
  };
}

/** `value`, or `fallback` when undefined; anything but an integer from `min` to `max` is a ClaraConfigError naming the option. */
function integerOption(name: string, value: unknown, fallback: number, max: number, min = 0): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw new ClaraConfigError(`options.${name} must be an integer from ${min} to ${max}, got ${JSON.stringify(value)}`);
  }
  return value;
}
