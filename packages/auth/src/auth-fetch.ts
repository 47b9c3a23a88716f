// The request middleware the facade gives ky as its `fetch`: adds the Bearer token, and on a 401 retries once
// with a fresh token. A second 401 throws ClaraAuthError; never a loop.
import { errorBodyFields, parseErrorBody } from './error-body.js';
import { ClaraAuthError } from './errors.js';
import { scrubSecrets } from './redact.js';
import type { TokenManager } from './tokens/token-manager.js';
import type { ClaraTransport } from './transport/transport.js';

export interface AuthFetchOptions {
  fetch: ClaraTransport['fetch'];
  tokens: TokenManager;
}

export function createAuthFetch(options: AuthFetchOptions): typeof fetch {
  // Each attempt goes to the transport as a URL and init: no Request objects to build, clone or tee per call.
  const send = (request: Request, body: ArrayBuffer | undefined, token: string): Promise<Response> => {
    const headers: [string, string][] = [];
    for (const [name, value] of request.headers) if (name !== 'authorization') headers.push([name, value]);
    headers.push(['authorization', `Bearer ${token}`]);
    return options.fetch(request.url, { method: request.method, headers, ...(body ? { body } : {}), signal: request.signal });
  };

  return async (input: Request | string | URL, init?: RequestInit): Promise<Response> => {
    const request = input instanceof Request && !changesRequest(init) ? input : new Request(input, init);
    const body = request.body ? await request.arrayBuffer() : undefined; // read once: sent, and sent again after a 401
    const token = await options.tokens.getToken();
    const first = await send(request, body, token);
    if (first.status !== 401) return first;

    await first.body?.cancel();
    options.tokens.invalidate(token); // a no-op if another request already replaced this token
    const freshToken = await options.tokens.getToken();
    const second = await send(request, body, freshToken);
    if (second.status !== 401) return second;
    throw await unauthorized(second, request, [token, freshToken]);
  };
}

// The fields of RequestInit. ky calls fetch with its Request and, as init, only the options fetch does not know:
// such an init changes nothing, and copying the Request for it would cost a Request per call.
const REQUEST_INIT_FIELDS = new Set(['method', 'headers', 'body', 'signal', 'redirect', 'credentials', 'cache', 'mode', 'referrer', 'referrerPolicy', 'integrity', 'keepalive', 'duplex', 'priority', 'window']);
const changesRequest = (init: RequestInit | undefined): boolean => init !== undefined && Object.keys(init).some((field) => REQUEST_INIT_FIELDS.has(field));

async function unauthorized(response: Response, request: Request, tokens: string[]): Promise<ClaraAuthError> {
  const body = scrubSecrets(parseErrorBody(await response.text().catch(() => '')), tokens);
  const { code, message: claraMessage } = errorBodyFields(body);
  const url = new URL(request.url);
  return new ClaraAuthError({
    status: 401,
    method: request.method,
    path: url.pathname,
    headers: response.headers,
    ...(code ? { code } : {}),
    ...(body === undefined ? {} : { body }),
    message: `${request.method} ${url.pathname} was refused with HTTP 401 even with a freshly issued token${claraMessage ? `: ${claraMessage}` : ''}${code ? ` (${code})` : ''}. The project may lack the scope for this call, or the token is not accepted for this certificate.`,
  });
}
