// The error mapper: every failure of a call becomes one of the SDK's error classes here, and only here — an
// error answer (by status), a failure on the wire (TLS, connection, timeouts, an answer too large), a success
// that is not JSON. Errors that are already the SDK's pass through and learn which call they belong to; the
// caller's own abort reason comes back unchanged.
import { ClaraConfigError, ResponseTooLargeError } from '@org/clara-auth';
import { TimeoutError } from 'ky';

import {
  ClaraApiError,
  ClaraAuthError,
  ClaraCallError,
  ClaraNotFoundError,
  ClaraPermissionError,
  ClaraRateLimitError,
  ClaraResponseError,
  ClaraServerError,
  ClaraTimeoutError,
  ClaraValidationError,
  type CallInfo,
} from './classes.js';
import { causeChain } from './cause.js';
import { errorBodyFields } from './error-body.js';
import { notJson } from './json-answer.js';
import { networkFailure, type WireContext } from './network.js';
import { proxyError } from './proxy.js';
import { MAX_RETRY_AFTER_MS, retryAfterFromHeaders } from './retry-after.js';

/** The operation name of token requests, in errors and logs. */
export const TOKEN_OPERATION = 'oauthToken';

/**
 * What Clara's 511 means: its gateway got no client certificate. The SDK always sends one, so something in
 * between took it off.
 */
export const CERTIFICATE_NOT_RECEIVED =
  'Clara did not receive the client certificate (HTTP 511): a proxy that intercepts TLS between this process and Clara removes it; connect directly, or exempt Clara from the proxy.';

export interface Answer {
  status: number;
  /** Parsed JSON, or the start of the text. */
  body: unknown;
  headers: Headers;
}

/** The error for an HTTP error answer: the ClaraApiError subclass of its status, with a message that says what to do. */
export function answerError(answer: Answer, call: CallInfo & { url?: string }): ClaraApiError {
  const { status, body, headers } = answer;
  const token = call.operation === TOKEN_OPERATION;
  const { code, message: detail, details } = errorBodyFields(body, { oauth: token });
  const target = token ? `the token endpoint ${call.url ?? call.path}` : `${call.method} ${call.path}`;
  const options = { ...call, status, body, headers, ...(code ? { code } : {}), ...(details === undefined ? {} : { details }) };
  const said = [code, detail].filter(Boolean).join(': ');
  const retryAfterMs = retryAfterFromHeaders(headers);
  const waitTooLong = retryAfterMs !== undefined && retryAfterMs > MAX_RETRY_AFTER_MS;

  let message = `Clara answered ${status}${code ? ` ${code}` : ''} to ${target}${detail ? `: ${detail}` : ''}`;
  if (status === 511) message = `${CERTIFICATE_NOT_RECEIVED} (${target})`;
  else if (token && (status === 400 || status === 401 || status === 403)) {
    message = `${target} rejected the client credentials (HTTP ${status}${said ? `, ${said}` : ''}): check the client id and secret, and that the client certificate belongs to the same Clara project.`;
  } else if (status === 401) {
    message = `${message}. It was refused even with a freshly issued token: the project may lack the scope for this call, or the token is not accepted for this certificate.`;
  } else if (waitTooLong) {
    message = `${message}. Clara asked to wait ${Math.ceil(retryAfterMs / 1000)} s (Retry-After), longer than the ${MAX_RETRY_AFTER_MS / 1000} s the client waits: try again later.`;
  }
  if (status === 400 || status === 422) return new ClaraValidationError({ ...options, message });
  if (status === 401 || status === 511 || (token && status === 403)) return new ClaraAuthError({ ...options, message });
  if (status === 403) return new ClaraPermissionError({ ...options, message });
  if (status === 404) {
    const mayHaveSucceeded = call.method === 'DELETE' && (call.attempts ?? 1) > 1;
    if (mayHaveSucceeded) message = `${message}. This answered attempt ${call.attempts}: an earlier attempt may have deleted it (its answer was lost), so it may be gone because of this call.`;
    return new ClaraNotFoundError({ ...options, message, mayHaveSucceeded });
  }
  if (status === 429) return new ClaraRateLimitError({ ...options, message, ...(retryAfterMs === undefined ? {} : { retryAfterMs }) });
  if (status >= 500) return new ClaraServerError({ ...options, message });
  return new ClaraApiError({ ...options, message });
}

/** The error for a request that failed on the wire; anything that is not a network failure comes back as it is. */
export function wireError(error: unknown, context: WireContext): unknown {
  if (causeChain(error).some((link) => (link.error as Error | undefined)?.name === 'NetConnectNotAllowedError')) {
    // In a test, nock refused a host it does not mock: a setup mistake, not a network failure to retry.
    return new ClaraConfigError(`nock refused the connection to ${context.origin} (${context.method} ${context.path}): nothing is mocked for this host, and nock does not let unmocked requests out.`);
  }
  if (error instanceof ResponseTooLargeError) {
    const { method, path } = context;
    return new ClaraResponseError({
      ...context,
      status: error.status,
      headers: error.headers,
      message: `The answer to ${method} ${path} is larger than the ${error.limit}-byte limit (${error.size}); it was not read.`,
    });
  }
  const code = causeChain(error).find((link) => link.code === 'UND_ERR_INVALID_ARG' || link.code === 'UND_ERR_HEADERS_OVERFLOW');
  if (code?.code === 'UND_ERR_INVALID_ARG') {
    // undici refused to write the request (a header value with CR/LF, say): nothing left, and the same request
    // would be refused again. Its message names the header, never the value.
    return new ClaraValidationError({ ...context, status: 0, cause: error, message: `${context.method} ${context.path} was refused before sending, nothing reached Clara: ${code.message}.` });
  }
  if (code) {
    const { method, path } = context;
    const applied = context.safe ? '' : ' Clara received the request and may have applied it: check before sending it again.';
    return new ClaraResponseError({ ...context, status: 0, cause: error, message: `The answer to ${method} ${path} has more header bytes than the client reads (undici's maxHeaderSize); it was not read.${applied}` });
  }
  return proxyError(error, context) ?? networkFailure(error, context) ?? error;
}

/**
 * Where every failure of a generated function's call ends (the hey-api error interceptor): `error` is the parsed
 * body of an error answer, or what was thrown.
 */
export function toClaraError(error: unknown, response: Response | undefined, request: Request | undefined, context: CallInfo = {}): unknown {
  const call: CallInfo = { ...(request ? { method: request.method, path: new URL(request.url).pathname } : {}), ...context };
  if (response && !response.ok) return answerError({ status: response.status, body: error, headers: response.headers }, call);
  if (response && error instanceof SyntaxError) return notJson(response, call);
  if (error instanceof ClaraCallError) return error.addCallInfo(call);
  // ky's own per-attempt timeout: raw calls and token requests (the client's methods bound the whole call themselves).
  // By class: ky's isTimeoutError goes by name, and the caller's AbortSignal.timeout() reason is a TimeoutError too.
  if (error instanceof TimeoutError) return new ClaraTimeoutError(`Clara did not answer ${call.method} ${call.path} within its per-attempt timeout.`, call);
  return error; // the SDK's other errors, the caller's abort reason, a programming error
}
