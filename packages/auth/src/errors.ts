// The whole error hierarchy of the SDK. The facade re-exports these classes. Every error is safe to print:
// causes are copied through `safeCause`, kept headers are redacted, and `toJSON()` lists only known fields.
import { errorChannel } from './diagnostics.js';
import { markSafe, redactHeaders, safeCause } from './redact.js';

export interface ClaraErrorOptions {
  cause?: unknown;
}

export class ClaraError extends Error {
  override name = 'ClaraError';

  constructor(message: string, options: ClaraErrorOptions = {}) {
    const cause = safeCause(options.cause);
    super(message, cause ? { cause } : undefined);
    markSafe(this);
    if (errorChannel.hasSubscribers) errorChannel.publish(this);
  }

  toJSON(): Record<string, unknown> {
    return { name: this.name, message: this.message, ...(this.cause ? { cause: causeToJSON(this.cause) } : {}) };
  }
}

function causeToJSON(cause: unknown): unknown {
  if (cause instanceof ClaraError) return cause.toJSON();
  if (!(cause instanceof Error)) return String(cause);
  const code = (cause as { code?: unknown }).code;
  return { name: cause.name, message: cause.message, ...(code === undefined ? {} : { code }), ...(cause.cause ? { cause: causeToJSON(cause.cause) } : {}) };
}

/**
 * An option is missing or wrong (createClaraClient, createTransport, TokenManager...): a programming or
 * deployment mistake, raised at construction. Bad input values of a call (a tax identifier, a path parameter)
 * are ClaraValidationError with status 0 instead.
 */
export class ClaraConfigError extends ClaraError {
  override name = 'ClaraConfigError';
}

/** The client (or token manager) was closed: it sends nothing any more. */
export class ClaraClosedError extends ClaraError {
  override name = 'ClaraClosedError';
}

/** Credentials that cannot be used: names the file (when there is one) and the problem. */
export class ClaraCredentialsError extends ClaraError {
  override name = 'ClaraCredentialsError';
  readonly file?: string;

  constructor(message: string, options: ClaraErrorOptions & { file?: string } = {}) {
    super(message, options);
    if (options.file !== undefined) this.file = options.file;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), ...(this.file === undefined ? {} : { file: this.file }) };
  }
}

export type ClaraTlsErrorSide = 'client-certificate-missing' | 'client-certificate-rejected' | 'server-untrusted' | 'handshake';

/** The TLS handshake failed; `side` says whose certificate (or what else) was the problem. */
export class ClaraTlsError extends ClaraError {
  override name = 'ClaraTlsError';
  readonly side: ClaraTlsErrorSide;

  constructor(message: string, options: ClaraErrorOptions & { side: ClaraTlsErrorSide }) {
    super(message, options);
    this.side = options.side;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), side: this.side };
  }
}

/** A network failure that is not TLS: refused connection, reset, DNS, closed socket. */
export class ClaraConnectionError extends ClaraError {
  override name = 'ClaraConnectionError';
}

export class ClaraTimeoutError extends ClaraError {
  override name = 'ClaraTimeoutError';
}

export interface ClaraApiErrorOptions extends ClaraErrorOptions {
  /** HTTP status; 0 for errors raised client-side before anything was sent. */
  status: number;
  code?: string;
  message?: string;
  details?: unknown;
  body?: unknown;
  method?: string;
  path?: string;
  headers?: Headers;
}

/** An HTTP error answer from Clara (or, with status 0, input refused before sending). */
export class ClaraApiError extends ClaraError {
  override name = 'ClaraApiError';
  readonly status: number;
  readonly code?: string;
  readonly details?: unknown;
  readonly body?: unknown;
  readonly method?: string;
  readonly path?: string;
  /** The response headers, with credential headers redacted. */
  readonly headers?: Headers;

  constructor(options: ClaraApiErrorOptions) {
    super(options.message ?? defaultApiMessage(options), options);
    this.status = options.status;
    if (options.code !== undefined) this.code = options.code;
    if (options.details !== undefined) this.details = options.details;
    if (options.body !== undefined) this.body = options.body;
    if (options.method !== undefined) this.method = options.method;
    if (options.path !== undefined) this.path = options.path;
    if (options.headers !== undefined) this.headers = redactHeaders(options.headers);
  }

  override toJSON(): Record<string, unknown> {
    const fields = { status: this.status, code: this.code, details: this.details, body: this.body, method: this.method, path: this.path };
    const defined = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
    return { ...super.toJSON(), ...defined, ...(this.headers ? { headers: Object.fromEntries(this.headers) } : {}) };
  }
}

function defaultApiMessage({ status, code, method, path }: ClaraApiErrorOptions): string {
  const request = method && path ? `${method} ${path}` : (path ?? 'Request');
  return `${request} failed with HTTP ${status}${code ? ` (${code})` : ''}`;
}

/** 400 / 422, or input refused client-side (status 0). */
export class ClaraValidationError extends ClaraApiError {
  override name = 'ClaraValidationError';
}

/** 401, 511 (Clara did not receive the client certificate) and rejections by the token endpoint. */
export class ClaraAuthError extends ClaraApiError {
  override name = 'ClaraAuthError';
}

/** 403: the project lacks the scope, or the API user lacks the Company Owner role. */
export class ClaraPermissionError extends ClaraApiError {
  override name = 'ClaraPermissionError';
}

export class ClaraNotFoundError extends ClaraApiError {
  override name = 'ClaraNotFoundError';
}

export class ClaraRateLimitError extends ClaraApiError {
  override name = 'ClaraRateLimitError';
  /** From `retry-after-ms` or `Retry-After` (seconds or HTTP date) when the answer carried one. */
  readonly retryAfterMs?: number;

  constructor(options: ClaraApiErrorOptions & { retryAfterMs?: number }) {
    super(options);
    const retryAfterMs = options.retryAfterMs ?? (options.headers ? retryAfterFromHeaders(options.headers) : undefined);
    if (retryAfterMs !== undefined) this.retryAfterMs = retryAfterMs;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), ...(this.retryAfterMs === undefined ? {} : { retryAfterMs: this.retryAfterMs }) };
  }
}

export class ClaraServerError extends ClaraApiError {
  override name = 'ClaraServerError';
}

/**
 * An answer that arrived but cannot be used: larger than the transport's limit, of a content type that is not
 * JSON, or JSON that does not parse (a truncated body). Never retried: the same request gets the same answer.
 */
export class ClaraResponseError extends ClaraApiError {
  override name = 'ClaraResponseError';
}

/**
 * Milliseconds to wait according to `retry-after-ms` or `Retry-After` (whole seconds or an HTTP date, RFC 9110;
 * a date in the past is 0). Undefined when absent or anything else: `Date.parse` alone would read "5, 10" or "-1"
 * as dates in the past, i.e. "retry now".
 */
export function retryAfterFromHeaders(headers: Headers, now: number = Date.now()): number | undefined {
  const milliseconds = headers.get('retry-after-ms')?.trim() ?? '';
  if (/^\d+(\.\d+)?$/.test(milliseconds)) return Number.parseFloat(milliseconds);
  const value = headers.get('retry-after')?.trim() ?? '';
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  const date = / GMT$/.test(value) ? Date.parse(value) : Number.NaN;
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/**
 * What Clara's 511 means: its gateway got no client certificate. The SDK always sends one, so something in
 * between took it off.
 */
export const CERTIFICATE_NOT_RECEIVED =
  'Clara did not receive the client certificate (HTTP 511): a proxy that intercepts TLS between this process and Clara removes it; connect directly, or exempt Clara from the proxy.';

/** The ClaraApiError subclass for an HTTP status (the facade builds its errors through this). */
export function createApiError(options: ClaraApiErrorOptions): ClaraApiError {
  const { status } = options;
  if (status === 400 || status === 422) return new ClaraValidationError(options);
  if (status === 401 || status === 511) return new ClaraAuthError(options);
  if (status === 403) return new ClaraPermissionError(options);
  if (status === 404) return new ClaraNotFoundError(options);
  if (status === 429) return new ClaraRateLimitError(options);
  if (status >= 500) return new ClaraServerError(options);
  return new ClaraApiError(options);
}
