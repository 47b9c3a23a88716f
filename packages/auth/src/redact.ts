// Keeps secrets (client secret, tokens, private key, passphrase) out of everything that can be printed: error
// properties, `cause` chains, logged data. Errors never carry foreign error objects: a foreign cause is copied
// into a plain Error holding only name, code and message, because undici/tls errors can reference sockets whose
// connect options include the private key and passphrase.

export const REDACTED = '[REDACTED]';

const SECRET_HEADERS = new Set(['authorization', 'proxy-authorization', 'cookie', 'set-cookie']);
const MAX_CAUSE_DEPTH = 8;
const MAX_SCRUB_DEPTH = 10;

/** A copy of `headers` in which credentials are replaced: `Authorization: Bearer [REDACTED]`. */
export function redactHeaders(headers: Headers): Headers {
  const copy = new Headers();
  for (const [name, value] of headers) {
    if (!SECRET_HEADERS.has(name)) copy.append(name, value);
    else if (name.endsWith('authorization')) copy.append(name, redactCredentials(value));
    else copy.append(name, REDACTED);
  }
  return copy;
}

/** `Bearer abc` → `Bearer [REDACTED]`; a value without a scheme is all credential. */
function redactCredentials(value: string): string {
  const space = value.indexOf(' '); // Headers trims values
  return space === -1 ? REDACTED : `${value.slice(0, space)} ${REDACTED}`;
}

/** Replaces every occurrence of a known secret inside strings of `value` (objects and arrays are copied). */
export function scrubSecrets<T>(value: T, secrets: readonly (string | undefined)[]): T {
  const known = secrets.filter((secret): secret is string => typeof secret === 'string' && secret.length >= 4);
  return known.length === 0 ? value : (scrub(value, known, 0) as T);
}

function scrub(value: unknown, secrets: string[], depth: number): unknown {
  if (typeof value === 'string') return secrets.reduce((text, secret) => text.replaceAll(secret, REDACTED), value);
  if (value === null || typeof value !== 'object' || depth > MAX_SCRUB_DEPTH) return value;
  if (Array.isArray(value)) return value.map((item) => scrub(item, secrets, depth + 1));
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, scrub(item, secrets, depth + 1)]));
}

/**
 * A cause chain that is safe to keep: our own errors stay (they are built safe), anything else becomes a
 * plain Error with the original name, code and message, and so on down the chain.
 */
export function safeCause(error: unknown, depth = 0): Error | undefined {
  if (error === undefined || error === null || depth >= MAX_CAUSE_DEPTH) return undefined;
  if (isSafeError(error)) return error;
  if (!(error instanceof Error)) return new Error(String(error));
  const cause = safeCause(error.cause, depth + 1);
  const copy = new Error(error.message, cause ? { cause } : undefined);
  copy.name = error.name;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' || typeof code === 'number') Object.assign(copy, { code });
  copy.stack = `${copy.name}: ${copy.message}`; // the original frames point into undici internals
  return copy;
}

const SAFE = Symbol.for('clara.safe-error');

/** Marks instances of a class as already safe to keep in a cause chain (used by ClaraError). */
export function markSafe(target: object): void {
  Object.defineProperty(target, SAFE, { value: true });
}

function isSafeError(error: unknown): error is Error {
  return typeof error === 'object' && error !== null && (error as { [SAFE]?: boolean })[SAFE] === true;
}
