// Where a drift entry lands in the country's document. The runtime checks responses against the effective document
// (`/v3/...` paths, the `/api` prefix in the servers); the overlay is applied to Clara's own shape (`/api/v3/...`
// paths, any media type). Both share the component schemas, so a location is kept as the path of segments in
// the curated document: a component schema when the pointer passes through a `$ref` (the usual case), else the
// operation's response under any media type (`content.*`).

/** An OpenAPI document, as far as this module reads it. */
export type OpenApiDocument = Record<string, any>;
export type Schema = Record<string, any>;

/** A node of the document and where it is in the curated document (segments; `*` is any key). */
export interface Located {
  node: Schema;
  at: string[];
}

export interface LocatedOperation {
  /** The path in the curated (upstream-shaped) document: `/api/v3/invoices`. */
  path: string;
  method: string;
  operation: Record<string, any>;
}

const SCHEMA_REF = '#/components/schemas/';
const MAX_REF_HOPS = 32;

/** The operation of an entry: by operationId, else by method and path template (with or without the servlet prefix). */
export function findOperation(document: OpenApiDocument, entry: { operationId: string; method: string; path: string }): LocatedOperation | undefined {
  const prefix = servletPrefix(document);
  const paths: Record<string, Record<string, any>> = document.paths ?? {};
  for (const [path, item] of Object.entries(paths)) {
    for (const [method, operation] of Object.entries(item)) {
      if (operation?.operationId === entry.operationId) return { path: prefix + path, method, operation };
    }
  }
  const method = entry.method.toLowerCase();
  const path = entry.path.startsWith(`${prefix}/`) && !paths[entry.path] ? entry.path.slice(prefix.length) : entry.path;
  const operation = paths[path]?.[method];
  return operation ? { path: prefix + path, method, operation } : undefined;
}

/** The path prefix the repairs moved from the paths into the servers (`/api`), from the production server. */
function servletPrefix(document: OpenApiDocument): string {
  const servers: { url: string; description?: string }[] = document.servers ?? [];
  const production = servers.find((server) => /production/i.test(server.description ?? '')) ?? servers[0];
  if (!production) return '';
  try {
    return new URL(production.url).pathname.replace(/\/$/, '');
  } catch {
    return '';
  }
}

/** The body schema of the response with this status (exact, then `2XX`-style, then `default`). */
export function responseSchema(operation: LocatedOperation, status: number): Located | undefined {
  const responses: Record<string, any> = operation.operation.responses ?? {};
  const key = [String(status), `${String(status)[0]}XX`, 'default'].find((candidate) => responses[candidate] !== undefined);
  if (key === undefined) return undefined;
  const media = Object.values<Record<string, any>>(responses[key].content ?? {}).find((content) => content?.schema);
  if (!media) return undefined;
  return { node: media.schema, at: ['paths', operation.path, operation.method, 'responses', key, 'content', '*', 'schema'] };
}

/** `content[].taxDetails` → `['content', '[]', 'taxDetails']`. */
export function pointerTokens(pointer: string): string[] {
  return pointer.match(/\[\]|[^.[\]]+/g) ?? [];
}

/** Follows `$ref`s to the component they name. */
export function deref(document: OpenApiDocument, located: Located): Located {
  let current = located;
  for (let hops = 0; typeof current.node?.$ref === 'string' && hops < MAX_REF_HOPS; hops++) {
    const ref: string = current.node.$ref;
    if (!ref.startsWith(SCHEMA_REF)) return current;
    const name = decodeURIComponent(ref.slice(SCHEMA_REF.length)).replaceAll('~1', '/').replaceAll('~0', '~');
    const node = document.components?.schemas?.[name];
    if (!node) return current;
    current = { node, at: ['components', 'schemas', name] };
  }
  return current;
}

/** The schemas a value of `located` must also match: itself and its `allOf`/`anyOf`/`oneOf` members, dereferenced. */
function members(document: OpenApiDocument, located: Located): Located[] {
  const self = deref(document, located);
  const nested = (['allOf', 'anyOf', 'oneOf'] as const).flatMap((keyword) =>
    Array.isArray(self.node[keyword]) ? self.node[keyword].map((node: Schema, index: number) => members(document, { node, at: [...self.at, keyword, String(index)] })).flat() : [],
  );
  return [self, ...nested];
}

/**
 * The reference site of one step down: a property, the items of an array, or the values of a map (a key no
 * member declares, `{key}` as the client writes map keys, under a schema `additionalProperties`).
 */
function step(document: OpenApiDocument, from: Located, token: string): Located | undefined {
  const all = members(document, from);
  for (const member of all) {
    if (token === '[]' && member.node.items) return { node: member.node.items, at: [...member.at, 'items'] };
    if (token !== '[]' && member.node.properties && Object.hasOwn(member.node.properties, token)) {
      return { node: member.node.properties[token], at: [...member.at, 'properties', token] };
    }
  }
  if (token === '[]') return undefined;
  const map = all.find((member) => typeof member.node.additionalProperties === 'object' && member.node.additionalProperties !== null);
  return map && { node: map.node.additionalProperties, at: [...map.at, 'additionalProperties'] };
}

/** The node a pointer names, as referenced (a `$ref` stays one), or the first token that names nothing. */
export function resolvePointer(document: OpenApiDocument, body: Located, tokens: string[]): Located | { missing: string } {
  let current = body;
  for (const [index, token] of tokens.entries()) {
    const next = step(document, current, token);
    if (!next) return { missing: tokens.slice(0, index + 1).join('.').replaceAll('.[]', '[]') || token };
    current = next;
  }
  return current;
}

/**
 * The object schema that gets a new property: the node itself (dereferenced) when it describes an object, or
 * its one object alternative (`anyOf: [{ $ref }, { type: 'null' }]`).
 */
export function objectSchema(document: OpenApiDocument, located: Located): Located | undefined {
  const self = deref(document, located);
  const isObject = (node: Schema) => node.type === 'object' || (Array.isArray(node.type) && node.type.includes('object')) || node.properties !== undefined || node.allOf !== undefined;
  if (isObject(self.node)) return self;
  for (const keyword of ['anyOf', 'oneOf'] as const) {
    if (!Array.isArray(self.node[keyword])) continue;
    const objects = (self.node[keyword] as Schema[]).map((node, index) => deref(document, { node, at: [...self.at, keyword, String(index)] })).filter((m) => isObject(m.node));
    if (objects.length === 1) return objects[0];
  }
  return undefined;
}

/** The schema among the object's members whose `required` lists `field`. */
export function requiringSchema(document: OpenApiDocument, object: Located, field: string): Located | undefined {
  return members(document, object).find((member) => Array.isArray(member.node.required) && member.node.required.includes(field));
}

/** Segments → a JSONPath (RFC 9535) as the overlays write them: `$.components.schemas.Card.properties['x-y']`. */
export function jsonPath(at: string[], suffix = ''): string {
  const rendered = at.map((segment) => (segment === '*' ? '.*' : /^[A-Za-z_][A-Za-z0-9_]*$/.test(segment) ? `.${segment}` : `['${segment.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}']`));
  return `$${rendered.join('')}${suffix}`;
}

/** `'x'` in a JSONPath filter. */
export const jsonPathString = (value: string): string => `'${value.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`;
