// The fetch the facade sends requests through: adds the Bearer token, and on a 401 retries once with a fresh
// token. A second 401 throws ClaraAuthError; never a loop.
import { errorBodyFields, parseErrorBody } from './error-body.js';
import { ClaraAuthError } from './errors.js';
import { scrubSecrets } from './redact.js';
import type { TokenManager } from './tokens/token-manager.js';
import { outgoing, type Outgoing } from './transport/outgoing.js';
import type { ClaraTransport } from './transport/transport.js';

export interface AuthFetchOptions {
  fetch: ClaraTransport['fetch'];
  tokens: TokenManager;
}

export function createAuthFetch(options: AuthFetchOptions): typeof fetch {
  // Each attempt goes to the transport as a URL and init: no Request objects to build, clone or tee per call.
  const send = ({ href, method, headers, body, signal }: Outgoing, token: string): Promise<Response> => {
    const withToken: [string, string][] = [];
    for (let i = 0; i < headers.length; i += 2) {
      if (headers[i]!.toLowerCase() !== 'authorization') withToken.push([headers[i]!, headers[i + 1]!]);
    }
    withToken.push(['authorization', `Bearer ${token}`]);
    return options.fetch(href, { method, headers: withToken, ...(body ? { body: body as NonNullable<RequestInit['body']> } : {}), ...(signal ? { signal } : {}) });
  };

  return async (input: Request | string | URL, init?: RequestInit): Promise<Response> => {
    const request = await outgoing(input, init); // its body is buffered: sent, and sent again after a 401
    const token = await options.tokens.getToken();
    const first = await send(request, token);
    if (first.status !== 401) return first;

    await first.body?.cancel();
    options.tokens.invalidate(token); // a no-op if another request already replaced this token
    const freshToken = await options.tokens.getToken();
    const second = await send(request, freshToken);
    if (second.status !== 401) return second;
    throw await unauthorized(second, request, [token, freshToken]);
  };
}

async function unauthorized(response: Response, { method, href }: Outgoing, tokens: string[]): Promise<ClaraAuthError> {
  const body = scrubSecrets(parseErrorBody(await response.text().catch(() => '')), tokens);
  const { code, message: claraMessage } = errorBodyFields(body);
  const path = new URL(href).pathname;
  return new ClaraAuthError({
    status: 401,
    method,
    path,
    headers: response.headers,
    ...(code ? { code } : {}),
    ...(body === undefined ? {} : { body }),
    message: `${method} ${path} was refused with HTTP 401 even with a freshly issued token${claraMessage ? `: ${claraMessage}` : ''}${code ? ` (${code})` : ''}. The project may lack the scope for this call, or the token is not accepted for this certificate.`,
  });
}
