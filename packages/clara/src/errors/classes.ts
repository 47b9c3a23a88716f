// The errors of a call: everything that can go wrong between a method call and Clara's answer. Raised by the
// error mapper (map-error.ts) only. ClaraError, ClaraConfigError, ClaraCredentialsError and ClaraClosedError
// come from @org/clara-auth.
import { ClaraError, redact, type ClaraErrorOptions } from '@org/clara-auth';

/** Which call failed: set on every call error by the mapper. */
export interface CallInfo {
  /** The operationId, e.g. `listTransactions`. */
  operation?: string;
  method?: string;
  path?: string;
  /** The `X-Tax-Identifier` the call was made with. */
  taxIdentifier?: string;
  /** Requests sent for the call, retries included. */
  attempts?: number;
}

const CALL_FIELDS = ['operation', 'method', 'path', 'taxIdentifier', 'attempts'] as const;

/** A call failed: the base of HTTP, TLS, connection and timeout errors. */
export class ClaraCallError extends ClaraError implements CallInfo {
  override name = 'ClaraCallError';
  operation?: string;
  method?: string;
  path?: string;
  taxIdentifier?: string;
  attempts?: number;

  constructor(message: string, options: ClaraErrorOptions & CallInfo = {}) {
    super(message, options);
    this.addCallInfo(options);
  }

  /** Fills what is not known yet (the mapper learns the operation and attempts after the failure). */
  addCallInfo(info: CallInfo): this {
    for (const field of CALL_FIELDS) {
      if (this[field] === undefined && info[field] !== undefined) Object.assign(this, { [field]: info[field] });
    }
    return this;
  }

  override toJSON(): Record<string, unknown> {
    const info = Object.fromEntries(CALL_FIELDS.flatMap((field) => (this[field] === undefined ? [] : [[field, this[field]]])));
    return { ...super.toJSON(), ...info };
  }
}

export type ClaraTlsErrorSide = 'client-certificate-missing' | 'client-certificate-rejected' | 'server-untrusted' | 'handshake';

/** The TLS handshake failed; `side` says whose certificate (or what else) was the problem. Never retried. */
export class ClaraTlsError extends ClaraCallError {
  override name = 'ClaraTlsError';
  readonly side: ClaraTlsErrorSide;

  constructor(message: string, options: ClaraErrorOptions & CallInfo & { side: ClaraTlsErrorSide }) {
    super(message, options);
    this.side = options.side;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), side: this.side };
  }
}

/** A network failure that is not TLS: refused connection, reset, DNS, a connection lost before the answer. */
export class ClaraConnectionError extends ClaraCallError {
  override name = 'ClaraConnectionError';
  /**
   * True when the request may have reached Clara (the connection was lost after sending it): a write may have
   * been applied, so check before sending it again. False when the connection never opened.
   */
  readonly requestSent: boolean;

  constructor(message: string, options: ClaraErrorOptions & CallInfo & { requestSent: boolean }) {
    super(message, options);
    this.requestSent = options.requestSent;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), requestSent: this.requestSent };
  }
}

export type ClaraProxyProblem =
  /** The proxy asked for credentials, or refused the ones given (407 to CONNECT). */
  | 'authentication'
  /** The proxy refused to open a tunnel to Clara (403, 502... to CONNECT). */
  | 'refused'
  /** The proxy could not be reached (refused connection, unknown host, timeout), or closed the connection. */
  | 'unreachable'
  /** Through the tunnel came a certificate that is not Clara's: the proxy intercepts TLS. */
  | 'tls-intercepted';

/**
 * The proxy between this process and Clara failed the call; nothing reached Clara. Never retried: a proxy that
 * wants credentials or refuses Clara's host answers the same again. `proxy` is its URL without credentials.
 */
export class ClaraProxyError extends ClaraCallError {
  override name = 'ClaraProxyError';
  /** `http://proxy.internal:3128`: credentials are never part of it. */
  readonly proxy: string;
  /** Where the proxy was set: `the proxy option`, `HTTPS_PROXY`, `https_proxy`. */
  readonly source: string;
  readonly problem: ClaraProxyProblem;
  /** The proxy's answer to CONNECT, when it refused the tunnel. */
  readonly connectStatus?: number;
  readonly requestSent = false;

  constructor(message: string, options: ClaraErrorOptions & CallInfo & { proxy: string; source: string; problem: ClaraProxyProblem; connectStatus?: number }) {
    super(message, options);
    this.proxy = options.proxy;
    this.source = options.source;
    this.problem = options.problem;
    if (options.connectStatus !== undefined) this.connectStatus = options.connectStatus;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), proxy: this.proxy, source: this.source, problem: this.problem, ...(this.connectStatus === undefined ? {} : { connectStatus: this.connectStatus }), requestSent: false };
  }
}

/** The call's `timeoutMs` ran out (retries and waits included), or a connection could not be opened in time. */
export class ClaraTimeoutError extends ClaraCallError {
  override name = 'ClaraTimeoutError';
}

export interface ClaraApiErrorOptions extends ClaraErrorOptions, CallInfo {
  /** HTTP status; 0 for input refused client-side before anything was sent. */
  status: number;
  code?: string;
  message?: string;
  details?: unknown;
  body?: unknown;
  headers?: Headers;
}

/** An HTTP error answer from Clara (or, with status 0, input refused before sending). */
export class ClaraApiError extends ClaraCallError {
  override name = 'ClaraApiError';
  readonly status: number;
  readonly code?: string;
  readonly details?: unknown;
  readonly body?: unknown;
  /** The response headers, redacted: credential headers, and any secret or credential echoed in another header. */
  readonly headers?: Headers;

  constructor(options: ClaraApiErrorOptions) {
    super(options.message ?? defaultApiMessage(options), options);
    this.status = options.status;
    // What the server said goes through the redaction boundary, as the message did (ClaraError).
    if (options.code !== undefined) this.code = redact(options.code);
    if (options.details !== undefined) this.details = redact(options.details);
    if (options.body !== undefined) this.body = redact(options.body);
    if (options.headers !== undefined) this.headers = redact(options.headers);
  }

  override toJSON(): Record<string, unknown> {
    const fields = { status: this.status, code: this.code, details: this.details, body: this.body };
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
  /**
   * True when the 404 answered a retry of a DELETE: the earlier attempt may have deleted it, its answer lost on
   * the way — "not found" is then what success looks like.
   */
  readonly mayHaveSucceeded: boolean;

  constructor(options: ClaraApiErrorOptions & { mayHaveSucceeded?: boolean }) {
    super(options);
    this.mayHaveSucceeded = options.mayHaveSucceeded ?? false;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), ...(this.mayHaveSucceeded ? { mayHaveSucceeded: true } : {}) };
  }
}

/** 429. `retryAfterMs`: what Clara asked to wait, when it said. */
export class ClaraRateLimitError extends ClaraApiError {
  override name = 'ClaraRateLimitError';
  readonly retryAfterMs?: number;

  constructor(options: ClaraApiErrorOptions & { retryAfterMs?: number }) {
    super(options);
    if (options.retryAfterMs !== undefined) this.retryAfterMs = options.retryAfterMs;
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
 * The client's `requestBudget` is used up: this many requests (token requests included) have reached Clara.
 * Nothing was sent for this call.
 */
export class ClaraQuotaError extends ClaraCallError {
  override name = 'ClaraQuotaError';
  /** The budget that was set. */
  readonly budget: number;

  constructor(message: string, options: ClaraErrorOptions & CallInfo & { budget: number }) {
    super(message, options);
    this.budget = options.budget;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), budget: this.budget };
  }
}

/** What was wrong with a page of a list walk (`for await`, `pages()`). */
export type ClaraPaginationProblem =
  /** The page's `number` is not the page asked for (a server that ignores `page`). */
  | 'page-number'
  /** No `content` array (a Spring page), or not an array (a bare-array list). */
  | 'content'
  /** The list ended (an empty or short page, `last: true`) before the last page announced, or a short page says `last: false`. */
  | 'ended-early'
  /** The same items as the previous page. */
  | 'repeated-page'
  /** Past the last page the first page announced, plus one (a `totalPages` that keeps growing). */
  | 'too-many-pages'
  /** A page larger than the first, or a `size` other than the first page's: the offsets no longer line up. */
  | 'page-size';

/**
 * A list walk stopped on a page that would lose items or loop: nothing of that page was handed out, and
 * `itemsSoFar` items were before it. Never retried: the same walk meets the same page.
 */
export class ClaraPaginationError extends ClaraCallError {
  override name = 'ClaraPaginationError';
  readonly problem: ClaraPaginationProblem;
  /** The page number asked for (`page`). */
  readonly pageRequested: number;
  /** The page `number` the server sent, when it sent one. */
  readonly pageReceived?: number;
  /** Items handed out before this page. */
  readonly itemsSoFar: number;

  constructor(message: string, options: ClaraErrorOptions & CallInfo & { problem: ClaraPaginationProblem; pageRequested: number; pageReceived?: number; itemsSoFar: number }) {
    super(message, options);
    this.problem = options.problem;
    this.pageRequested = options.pageRequested;
    if (options.pageReceived !== undefined) this.pageReceived = options.pageReceived;
    this.itemsSoFar = options.itemsSoFar;
  }

  override toJSON(): Record<string, unknown> {
    const received = this.pageReceived === undefined ? {} : { pageReceived: this.pageReceived };
    return { ...super.toJSON(), problem: this.problem, pageRequested: this.pageRequested, ...received, itemsSoFar: this.itemsSoFar };
  }
}
