// The project's permissions, as Clara's dashboard grants them (read and write, per resource): the sandbox writes
// them to the credentials JSON, grants them in the token's `scope`, and answers 403 to a call on a resource the
// project may not read (GET) or write (any other method). Resources without a scope here are open to every project.
export const DEFAULT_SCOPES: readonly string[] = ['read:transactions', 'write:transactions', 'read:cards', 'write:cards', 'read:users', 'write:users'];

const SCOPED_RESOURCES = new Set(['transactions', 'cards', 'users']);

export function checkScopes(scopes: readonly string[] | undefined): readonly string[] {
  if (scopes === undefined) return DEFAULT_SCOPES;
  if (!Array.isArray(scopes) || scopes.some((scope) => typeof scope !== 'string' || !/^[\x21\x23-\x5B\x5D-\x7E]+$/.test(scope))) {
    throw new Error(`scopes must be an array of OAuth scope names (printable ASCII, no spaces or quotes), got ${JSON.stringify(scopes)}`);
  }
  return [...scopes];
}

/** The scope a request needs (`read:cards` for `GET /v3/cards/…`), or undefined when its resource needs none. */
export function requiredScope(method: string, specPath: string): string | undefined {
  const resource = specPath.split('/')[2] ?? '';
  if (!SCOPED_RESOURCES.has(resource)) return undefined;
  return `${method === 'GET' ? 'read' : 'write'}:${resource}`;
}
