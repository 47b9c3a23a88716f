// What makes an access token usable: it goes into `Authorization: Bearer <token>` as it is, so it must be an
// RFC 6750 b64token (letters, digits, `-._~+/`, then `=` padding) of a size a request header can carry. A
// token endpoint or a token store handing anything else is reported (never the value) instead of being sent.

/**
 * The longest token accepted. Clara's tokens are JWTs of one to two kilobytes; 8 KiB is what common gateways
 * take for a whole header line (nginx's default `large_client_header_buffers`), so a longer token could not
 * reach Clara anyway — and a store's value of a megabyte is a damaged store, not a token.
 */
export const MAX_TOKEN_LENGTH = 8192;

const B64TOKEN = /^[A-Za-z0-9\-._~+/]+=*$/;

/** Why `token` cannot be sent as a Bearer token, or undefined when it can. Never quotes the value. */
export function tokenProblem(token: unknown): string | undefined {
  if (typeof token !== 'string') return `is ${token === null ? 'null' : `a ${typeof token}`}, not a string`;
  if (token === '') return 'is empty';
  if (token.length > MAX_TOKEN_LENGTH) return `is ${token.length} characters long, more than the ${MAX_TOKEN_LENGTH} a request header can carry`;
  if (/[\r\n]/.test(token)) return 'contains a line break (CR/LF), which would split the request headers';
  if (!B64TOKEN.test(token)) return 'contains characters a Bearer token cannot have (RFC 6750: letters, digits, -._~+/ and trailing =)';
  return undefined;
}
