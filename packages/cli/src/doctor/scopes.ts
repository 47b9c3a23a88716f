// The project's scopes as the doctor uses them: the token endpoint's `scope` (else the credentials file's) is text
// from the other end of the wire, so only values that are RFC 6749 scope tokens (printable ASCII, no space, `"`
// or `\`), of bounded length and number, and untouched by the redaction boundary (not a live secret such as the
// token) are printed; the rest is only counted. The read probe follows them: a project that may read transactions
// but not cards is probed on transactions.
import type { ClaraCredentials, TokenInfo } from '@org/clara-mx';

/** RFC 6749 §3.3: scope-token = 1*( %x21 / %x23-5B / %x5D-7E ). */
const SCOPE_TOKEN = /^[\x21\x23-\x5B\x5D-\x7E]+$/;
const MAX_SCOPE_LENGTH = 64;
const MAX_SCOPES = 32;

export interface ProjectScopes {
  /** Validated scope names, in the order received. */
  names: string[];
  /** Values not printed: not scope tokens, too long, past the count bound, or a secret. */
  omitted: number;
  source: 'token' | 'credentials file' | 'none';
}

export function projectScopes(token: TokenInfo, credentials: ClaraCredentials, redact: (text: string) => string): ProjectScopes {
  const [values, source] = token.scopes ? [token.scopes, 'token' as const] : credentials.scopes ? [credentials.scopes, 'credentials file' as const] : [[], 'none' as const];
  const valid = values.filter((value) => typeof value === 'string' && value.length <= MAX_SCOPE_LENGTH && SCOPE_TOKEN.test(value) && redact(value) === value);
  const distinct = [...new Set(valid)]; // a repeated name is not an invalid one
  return { names: distinct.slice(0, MAX_SCOPES), omitted: values.length - valid.length + Math.max(0, distinct.length - MAX_SCOPES), source };
}

/** `scopes: read:cards write:cards`, `scopes (from the credentials file): …`, with how many were omitted. */
export function describeScopes({ names, omitted, source }: ProjectScopes): string {
  if (source === 'none') return 'no scopes listed';
  const label = source === 'token' ? 'scopes' : 'scopes (from the credentials file)';
  const listed = names.length > 0 ? names.join(' ') : omitted > 0 ? 'none valid' : '(none)';
  return `${label}: ${listed}${omitted > 0 ? ` (${omitted} invalid scope value${omitted === 1 ? '' : 's'} omitted)` : ''}`;
}

/** The lists the read probe may call, in order of preference. */
export const PROBES = ['cards', 'transactions', 'users'] as const;
export type Probe = (typeof PROBES)[number];

/**
 * The list to probe: the first the scopes say the project may read (`read:transactions`, `transactions.read`,
 * `Read_Transactions`...), else cards (a 403 then says which permission is missing).
 */
export function probeFor(scopes: ProjectScopes): Probe {
  return PROBES.find((resource) => scopes.names.some((scope) => readsResource(scope, resource))) ?? 'cards';
}

function readsResource(scope: string, resource: Probe): boolean {
  const words = scope.toLowerCase().split(/[^a-z]+/);
  return words.includes('read') && (words.includes(resource) || words.includes(resource.slice(0, -1)));
}
