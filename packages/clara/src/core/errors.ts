// Turns what the HTTP stack produces into the SDK's error classes: an HTTP error answer becomes the
// ClaraApiError subclass of its status; a timeout, a refused connection or a reset becomes
// ClaraTimeoutError / ClaraConnectionError. Errors the auth layer already classified pass through.
import { ClaraConnectionError, ClaraError, ClaraTimeoutError, createApiError, type ClaraApiError } from '@org/clara-auth';
import { TimeoutError } from 'ky';

interface ClaraErrorBody {
  code?: unknown;
  message?: unknown;
  error?: unknown;
  details?: unknown;
}

export function apiErrorFrom(body: unknown, response: Response, request: Request | undefined): ClaraApiError {
  const { status } = response;
  const fields = (typeof body === 'object' && body !== null ? body : {}) as ClaraErrorBody;
  const code = typeof fields.code === 'string' ? fields.code : undefined;
  const detail =
    typeof fields.message === 'string' ? fields.message : typeof fields.error === 'string' ? fields.error : undefined;
  const method = request?.method;
  const path = request ? new URL(request.url).pathname : undefined;
  const message = [`Clara answered ${status}${code ? ` ${code}` : ''}`, method && path ? ` to ${method} ${path}` : '', detail ? `: ${detail}` : ''].join('');
  return createApiError({ status, code, message, details: fields.details, body, method, path, headers: response.headers });
}

export function claraErrorFrom(error: unknown, request: Request | undefined): unknown {
  if (error instanceof ClaraError) return error;
  if (isAbort(error)) return error; // the caller's own AbortSignal: theirs to recognise
  const target = request ? ` (${request.method} ${new URL(request.url).pathname})` : '';
  if (error instanceof TimeoutError) {
    return new ClaraTimeoutError(`Clara did not answer within the timeout${target}`);
  }
  const code = causeCode(error);
  return new ClaraConnectionError(
    `Could not reach Clara${target}: ${code ?? (error instanceof Error ? error.message : String(error))}`,
    code ? { cause: Object.assign(new Error(code), { code }) } : undefined,
  );
}

function isAbort(error: unknown): boolean {
  return error instanceof Error && error.name === 'AbortError';
}

/** The first `code` along the cause chain (ECONNRESET, UND_ERR_SOCKET, ...). */
export function causeCode(error: unknown): string | undefined {
  for (let current = error, depth = 0; current instanceof Error && depth < 8; current = current.cause, depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') return code;
  }
  return undefined;
}
