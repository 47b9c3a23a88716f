// The request middleware the facade gives ky as its `fetch`: adds the Bearer token (and X-Tax-Identifier),
// and on a 401 retries once with a fresh token. A second 401 throws ClaraAuthError; never a loop.
import { ClaraAuthError } from './errors.js';
import { scrubSecrets } from './redact.js';
import type { TokenManager } from './tokens/token-manager.js';
import type { ClaraTransport } from './transport/transport.js';

export interface AuthFetchOptions {
  fetch: ClaraTransport['fetch'];
  tokens: TokenManager;
  /** RFC / CNPJ / NIT of the company a holding acts for; a request's own X-Tax-Identifier header wins. */
  taxIdentifier?: string;
}

export function createAuthFetch(options: AuthFetchOptions): typeof fetch {
  const send = (request: Request, token: string): Promise<Response> => {
    const headers = new Headers(request.headers);
    headers.set('authorization', `Bearer ${token}`);
    if (options.taxIdentifier && !headers.has('x-tax-identifier')) headers.set('x-tax-identifier', options.taxIdentifier);
    return options.fetch(new Request(request, { headers }));
  };

  return async (input: Request | string | URL, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    const replay = request.clone(); // cloned before the first send, so the body can be sent again
    const token = await options.tokens.getToken();
    const first = await send(request, token);
    if (first.status !== 401) return first;

    await first.body?.cancel();
    options.tokens.invalidate(token); // a no-op if another request already replaced this token
    const freshToken = await options.tokens.getToken();
    const second = await send(replay, freshToken);
    if (second.status !== 401) return second;
    throw await unauthorized(second, replay, [token, freshToken]);
  };
}

async function unauthorized(response: Response, request: Request, tokens: string[]): Promise<ClaraAuthError> {
  const text = await response.text().catch(() => '');
  let body: unknown = text.trim() === '' ? undefined : text.slice(0, 2000);
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON: keep the text
  }
  body = scrubSecrets(body, tokens);
  const fields = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  const code = typeof fields['code'] === 'string' ? fields['code'] : undefined;
  const claraMessage = typeof fields['message'] === 'string' ? fields['message'] : undefined;
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
