// Turns what the HTTP stack produces into the SDK's error classes: an HTTP error answer becomes the
// ClaraApiError subclass of its status, a success that is not JSON a ClaraResponseError. Errors the auth layer
// and the request engine already classified pass through, and so does anything that is not Clara's doing (the
// caller's own abort or timeout signal, a body that cannot be serialised).
import {
  causeCode,
  CERTIFICATE_NOT_RECEIVED,
  ClaraConnectionError,
  ClaraError,
  ClaraResponseError,
  createApiError,
  errorBodyFields,
  type ClaraApiError,
} from '@org/clara-auth';

import type { HttpClient } from './connection.js';

/** Installs the response and error interceptors on a generated client. */
export function mapErrors(http: HttpClient): void {
  http.interceptors.response.use(refuseNonJson);
  http.interceptors.error.use((error, response, request) => {
    if (response && !response.ok) return apiErrorFrom(error, response, request);
    if (response && error instanceof SyntaxError) return malformed(response, request, `is not valid JSON (truncated or damaged: ${error.message})`);
    return claraErrorFrom(error, request);
  });
}

export function apiErrorFrom(body: unknown, response: Response, request: Request | undefined): ClaraApiError {
  const { status } = response;
  const { code, message: detail, details } = errorBodyFields(body);
  const { method, path } = target(request);
  const call = method && path ? `${method} ${path}` : '';
  const message =
    status === 511
      ? `${CERTIFICATE_NOT_RECEIVED}${call ? ` (${call})` : ''}`
      : [`Clara answered ${status}${code ? ` ${code}` : ''}`, call ? ` to ${call}` : '', detail ? `: ${detail}` : ''].join('');
  return createApiError({ status, code, message, details, body, method, path, headers: response.headers });
}

export function claraErrorFrom(error: unknown, request: Request | undefined): unknown {
  if (error instanceof ClaraError || isCallersSignal(error)) return error; // the caller's abort is theirs to recognise
  const { method, path } = target(request);
  const where = method ? ` (${method} ${path})` : '';
  const code = causeCode(error);
  return code ? new ClaraConnectionError(`Could not reach Clara${where}: ${code}`, { cause: error }) : error;
}

/** An abort by the caller's AbortSignal: `AbortError`, or `TimeoutError` from `AbortSignal.timeout()`. */
function isCallersSignal(error: unknown): boolean {
  const name = (error as { name?: unknown } | null)?.name;
  return name === 'AbortError' || name === 'TimeoutError';
}

/** Every operation answers JSON: a success in another declared content type (an HTML error page, say) is refused before parsing. */
function refuseNonJson(response: Response, request: Request): Response {
  const type = response.headers.get('content-type');
  if (!response.ok || response.status === 204 || type === null || /^application\/([\w.+-]+\+)?json\b/i.test(type)) return response;
  throw malformed(response, request, `has content type "${type.slice(0, 100)}", not JSON`);
}

function malformed(response: Response, request: Request | undefined, problem: string): ClaraResponseError {
  const { method, path } = target(request);
  return new ClaraResponseError({ status: response.status, method, path, headers: response.headers, message: `Clara's answer (HTTP ${response.status}) to ${method} ${path} ${problem}.` });
}

/** Method and path of the request an error is about, for messages and error properties. */
function target(request: Request | undefined): { method?: string; path?: string } {
  return request ? { method: request.method, path: new URL(request.url).pathname } : {};
}
