// The one redaction boundary: everything that leaves the SDK as an error (message, body, headers, causes), a log
// line or a diagnostics event goes through `redact()` first. It replaces
//   - every live secret of the process — client secrets, the Basic credential (`clientId:clientSecret`), access
//     tokens, passphrases, proxy credentials: whatever was registered with `registerSecrets` — in each form a
//     server can echo it: plain, URL-encoded, form-encoded (`+` for space), JSON-escaped, base64 and base64url;
//   - any `Bearer …` / `Basic …` credential and any PEM private key, registered or not;
//   - the values of credential headers (Authorization, Proxy-Authorization, Cookie, Set-Cookie) whole.
// Errors never carry foreign error objects either: a foreign cause is copied into a plain Error holding only
// name, code and (redacted) message, because undici/tls errors can reference sockets whose connect options
// include the private key and passphrase.

export const REDACTED = '[REDACTED]';

/** Live secrets registered by one owner (a token manager, a transport...), until it releases them. */
export interface SecretRegistration {
  /** Adds secrets (undefined and strings under 4 characters are ignored: they would redact ordinary text). */
  add(...secrets: (string | undefined)[]): void;
  /**
   * This owner is done (its client is closed): its secrets join the last released ones, still redacted until
   * newer releases push them out — a closed client's token stays valid at Clara for its lifetime.
   */
  release(): void;
}

const SECRET_HEADERS = new Set(['authorization', 'proxy-authorization', 'cookie', 'set-cookie']);
const MIN_SECRET_LENGTH = 4;
/** Forms shorter than this are matched as whole words only (see live()). */
const WHOLE_WORD_BELOW = 12;
/** Secrets kept per registration: a long-lived client registers a token per hour; old ones age out. */
const MAX_SECRETS_PER_REGISTRATION = 16;
/** Released registrations whose secrets are still redacted, the newest kept (a closed client releases ~20 secrets). */
const MAX_RELEASED_REGISTRATIONS = 64;
const MAX_CAUSE_DEPTH = 8;
const MAX_REDACT_DEPTH = 10;
// `Bearer x`, `Basic x`, also URL- or form-encoded (`Bearer%20x`, `Bearer+x`): the credential is a token68
// (RFC 9110 §11.2), percent-encoded or not. A short lowercase word is prose ("Bearer token"), not one.
const CREDENTIAL = /\b(Bearer|Basic)((?:\s|%20|\+)+)((?:[A-Za-z0-9\-._~+/=]|%[0-9A-Fa-f]{2})+)/gi;
const PROSE = /^[a-z]{1,19}=?$/; // `realm=` of `Bearer realm="clara"`
// A marker in quotes is a message naming the format ('expected a "-----BEGIN PRIVATE KEY-----" block'), not a key.
const PRIVATE_KEY = /-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----(?!\\?")[\s\S]*?(?:-----END [A-Z0-9 ]*PRIVATE KEY-----|$)/g;

/**
 * One owner's secrets (each with the forms a server may echo it in) and the pattern of those forms. Each
 * registration compiles its own pattern, only when its own secrets change: a service with a client per customer
 * has hundreds of registrations, and a token refresh in one must not rebuild the others'.
 */
interface Owner {
  forms: Map<string, readonly string[]>;
  pattern: RegExp | null | undefined; // undefined: to compile; null: no secret
  /** Where the owner is in the index (see byPrefix): the first characters of its forms, lower-cased. */
  prefixes: Set<string>;
}

const owners = new Set<Owner>();
const released: Owner[] = [];
let compilations = 0;

// An index of the owners still redacted (live or recently released) by the first PREFIX characters of each of
// their forms, lower-cased: redact() runs only the patterns of owners one of whose forms may start in the text,
// not hundreds of patterns on every string. A form that starts with a character outside ASCII is not indexed (the
// pattern's case folding and toLowerCase() differ there): its owner's pattern runs on every text.
const PREFIX = MIN_SECRET_LENGTH;
const byPrefix = new Map<string, Set<Owner>>();
const unindexed = new Set<Owner>();
const ASCII_START = new RegExp(`^[\\x00-\\x7f]{${PREFIX}}`);

/** How many registration patterns have been compiled (for tests: a change in one registration compiles one). */
export const patternCompilations = (): number => compilations;

/** Registers secrets that `redact()` must replace from now on, wherever they appear. */
export function registerSecrets(...secrets: (string | undefined)[]): SecretRegistration {
  const owner: Owner = { forms: new Map(), pattern: null, prefixes: new Set() };
  owners.add(owner);
  const registration: SecretRegistration = {
    add(...more) {
      const fresh = more.filter((secret): secret is string => typeof secret === 'string' && secret.length >= MIN_SECRET_LENGTH && !owner.forms.has(secret));
      // After release too (a token that was in flight), as long as the released registration is still redacted.
      if (fresh.length === 0 || (!owners.has(owner) && !released.includes(owner))) return;
      for (const secret of fresh) owner.forms.set(secret, encodings(secret).filter((form) => form.length >= MIN_SECRET_LENGTH));
      for (const oldest of [...owner.forms.keys()].slice(0, Math.max(0, owner.forms.size - MAX_SECRETS_PER_REGISTRATION))) owner.forms.delete(oldest);
      owner.pattern = undefined;
      index(owner);
    },
    release() {
      if (!owners.delete(owner)) return;
      released.push(owner);
      for (const forgotten of released.splice(0, Math.max(0, released.length - MAX_RELEASED_REGISTRATIONS))) unindex(forgotten);
    },
  };
  registration.add(...secrets);
  return registration;
}

function index(owner: Owner): void {
  unindex(owner);
  for (const form of [...owner.forms.values()].flat()) {
    if (!ASCII_START.test(form)) {
      unindexed.add(owner);
      continue;
    }
    const prefix = form.slice(0, PREFIX).toLowerCase();
    owner.prefixes.add(prefix);
    const found = byPrefix.get(prefix);
    if (found) found.add(owner);
    else byPrefix.set(prefix, new Set([owner]));
  }
}

function unindex(owner: Owner): void {
  unindexed.delete(owner);
  for (const prefix of owner.prefixes) {
    const found = byPrefix.get(prefix);
    found?.delete(owner);
    if (found?.size === 0) byPrefix.delete(prefix);
  }
  owner.prefixes.clear();
}

/**
 * A copy of `value` that is safe to print: strings, Headers, arrays, plain objects (deeply) and Errors (as safe
 * copies) with every secret replaced by `[REDACTED]`. Anything else comes back as it is.
 */
export function redact<T>(value: T): T {
  return redactValue(value, 0) as T;
}

function redactValue(value: unknown, depth: number): unknown {
  if (typeof value === 'string') return redactText(value);
  if (value === null || typeof value !== 'object' || depth > MAX_REDACT_DEPTH) return value;
  if (value instanceof Headers) return redactHeaders(value);
  if (value instanceof Error) return safeCause(value);
  if (Array.isArray(value)) return value.map((item) => redactValue(item, depth + 1));
  const prototype = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) return value;
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, SECRET_HEADERS.has(key.toLowerCase()) && typeof item === 'string' ? redactCredential(item) : redactValue(item, depth + 1)]));
}

function redactText(text: string): string {
  return redactSecrets(text)
    .replace(CREDENTIAL, (match: string, scheme: string, _space: string, value: string) => (PROSE.test(value) ? match : `${scheme} ${REDACTED}`))
    .replace(PRIVATE_KEY, REDACTED);
}

/** A copy of `headers` in which credential headers are `Bearer [REDACTED]` and every other value is redacted. */
export function redactHeaders(headers: Headers): Headers {
  const copy = new Headers();
  for (const [name, value] of headers) copy.append(name, SECRET_HEADERS.has(name) ? redactCredential(value) : redactText(value));
  return copy;
}

/** `Bearer abc` → `Bearer [REDACTED]`; a value without a scheme, or a cookie, is all credential. */
function redactCredential(value: string): string {
  const scheme = /^([A-Za-z][A-Za-z0-9-]*) +\S/.exec(value.trim())?.[1];
  return scheme ? `${scheme} ${REDACTED}` : REDACTED;
}

/**
 * `text` with every form of every registered secret (live or recently released) replaced. Each registration's
 * pattern finds its own; where secrets of two registrations overlap (one contains the other), the whole span goes.
 */
function redactSecrets(text: string): string {
  if (byPrefix.size === 0 && unindexed.size === 0) return text;
  const candidates = new Set(unindexed);
  const lower = text.toLowerCase();
  for (let at = 0; at + PREFIX <= lower.length; at++) byPrefix.get(lower.slice(at, at + PREFIX))?.forEach((owner) => candidates.add(owner));
  const spans: [number, number][] = [];
  for (const owner of candidates) {
    const pattern = patternOf(owner);
    if (!pattern) continue;
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) spans.push([match.index, match.index + match[0].length]);
  }
  if (spans.length === 0) return text;
  spans.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  let out = '';
  let end = 0;
  for (const [from, to] of spans) {
    if (from < end) {
      end = Math.max(end, to); // inside (or across) the span just replaced
      continue;
    }
    out += text.slice(end, from) + REDACTED;
    end = to;
  }
  return out + text.slice(end);
}

/** One registration's forms in one pattern, longest first (a secret containing another is replaced whole). */
function patternOf(owner: Owner): RegExp | null {
  if (owner.pattern !== undefined) return owner.pattern;
  const sorted = [...new Set([...owner.forms.values()].flat())].sort((a, b) => b.length - a.length);
  // Case-insensitive: percent-encodings come in both cases (%2B, %2b); a little over-redaction is harmless. A short
  // form is replaced only as a whole word, so that a test token 'fresh' leaves "freshly issued" readable.
  const alternatives = sorted.map((form) => (form.length < WHOLE_WORD_BELOW ? `(?<![A-Za-z0-9])${escapeRegExp(form)}(?![A-Za-z0-9])` : escapeRegExp(form)));
  if (sorted.length > 0) compilations++;
  owner.pattern = sorted.length === 0 ? null : new RegExp(alternatives.join('|'), 'gi');
  return owner.pattern;
}

/** What a server may make of a secret when it echoes it. */
function encodings(secret: string): string[] {
  const base64 = Buffer.from(secret, 'utf8').toString('base64');
  const base64url = Buffer.from(secret, 'utf8').toString('base64url');
  const forms = [secret, JSON.stringify(secret).slice(1, -1), base64, base64.replace(/=+$/, ''), base64url];
  return forms.flatMap((form) => [form, encodeURIComponent(form), formEncode(form)]);
}

const formEncode = (text: string): string => new URLSearchParams({ v: text }).toString().slice(2);
const escapeRegExp = (text: string): string => text.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');

/**
 * A cause chain that is safe to keep: our own errors stay (they are built safe), anything else becomes a
 * plain Error with the original name, code and redacted message, and so on down the chain.
 */
export function safeCause(error: unknown, depth = 0): Error | undefined {
  if (error === undefined || error === null || depth >= MAX_CAUSE_DEPTH) return undefined;
  if (isSafeError(error)) return error;
  if (!(error instanceof Error)) return new Error(redactText(String(error)));
  const cause = safeCause(error.cause, depth + 1);
  const copy = new Error(redactText(error.message), cause ? { cause } : undefined);
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
