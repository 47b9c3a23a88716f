// Drift entries → OpenAPI Overlay 1.0 actions for specs/<cc>/overlay.yaml, each ready to review:
//   unknown field     → the property, with the JSON type(s) seen, on the schema that lacks it; keys that are
//                       not field names (`{key}`: the client saw a map) → `additionalProperties` of that type
//   type              → the declared type widened by the type(s) seen (`type: [string, number]`)
//   missing required  → the field taken out of `required`
//   undeclared status → the status declared on the operation (its body is unknown: a description only)
//   enum value        → no action: the value is never recorded, so a person has to find it (listed for review)
// Entries that land on the same node become one action. Nothing here carries a value from a response.
import type { DriftEntry } from './entries.js';
import {
  findOperation,
  jsonPath,
  jsonPathString,
  objectSchema,
  pointerTokens,
  requiringSchema,
  resolvePointer,
  responseSchema,
  type Located,
  type OpenApiDocument,
} from './locate.js';

/** How the client writes a key that is not a field name (an id, an e-mail: the keys of a map) in a pointer. */
const MAP_KEY = '{key}';

export interface OverlayAction {
  target: string;
  description: string;
  update?: unknown;
  remove?: true;
}

/** An entry no action can express, and why. */
export interface ReviewItem {
  entry: string;
  reason: string;
}

export interface DriftPatch {
  actions: OverlayAction[];
  review: ReviewItem[];
}

/** JSON types in the order a widened `type` lists them: `null` last. */
const TYPE_ORDER = ['object', 'array', 'string', 'number', 'integer', 'boolean', 'null'];

interface Group {
  kind: DriftEntry['kind'];
  /** What the action changes, e.g. the schema and the field. */
  key: string;
  site: Located;
  field?: string;
  seen: Set<string>;
  routes: Set<string>;
  count: number;
}

export function buildDriftPatch(document: OpenApiDocument, entries: readonly DriftEntry[]): DriftPatch {
  const groups = new Map<string, Group>();
  const review: ReviewItem[] = [];
  for (const entry of entries) {
    const placed = place(document, entry);
    if ('reason' in placed) {
      review.push({ entry: describeEntry(entry), reason: placed.reason });
      continue;
    }
    const key = `${entry.kind} ${placed.key}`;
    const group = groups.get(key) ?? { kind: entry.kind, key: placed.key, site: placed.site, ...(placed.field ? { field: placed.field } : {}), seen: new Set(), routes: new Set(), count: 0 };
    if (entry.seen) group.seen.add(entry.seen);
    group.routes.add(`${entry.method.toUpperCase()} ${entry.path}`);
    group.count += entry.count;
    groups.set(key, group);
  }
  const actions = [...groups.values()].sort((a, b) => (a.kind === b.kind ? (a.key < b.key ? -1 : 1) : (a.kind < b.kind ? -1 : 1))).flatMap(actionsOf);
  return { actions, review };
}

type Placement = { key: string; site: Located; field?: string } | { reason: string };

function place(document: OpenApiDocument, entry: DriftEntry): Placement {
  const operation = findOperation(document, entry);
  if (!operation) return { reason: `the document has no operation ${entry.operationId} (${entry.method.toUpperCase()} ${entry.path})` };
  if (entry.kind === 'undeclared status') {
    const at = ['paths', operation.path, operation.method, 'responses'];
    return { key: `${jsonPath(at)} ${entry.status}`, site: { node: operation.operation.responses ?? {}, at }, field: String(entry.status) };
  }
  if (entry.kind === 'enum value') return { reason: `a value outside the declared enum${entry.seen ? ` (${entry.seen})` : ''}: the value is not recorded, so the enum needs a person who knows it` };

  const body = responseSchema(operation, entry.status);
  if (!body) return { reason: `the document declares no body for status ${entry.status} of ${entry.operationId}` };
  const tokens = pointerTokens(entry.pointer);
  const fieldOf = entry.kind === 'unknown field' || entry.kind === 'missing required';
  const field = fieldOf ? tokens.at(-1) : undefined;
  if (fieldOf && (field === undefined || field === '[]')) return { reason: `the pointer "${entry.pointer}" names no field` };
  const resolved = resolvePointer(document, body, fieldOf ? tokens.slice(0, -1) : tokens);
  if ('missing' in resolved) return { reason: `the schema has no "${resolved.missing}"` };

  if (entry.kind === 'type') {
    // A widened type does not let a value past an inline enum: null can join it, another value only by name.
    if (Array.isArray(resolved.node.enum) && typeof resolved.node.$ref !== 'string' && entry.seen !== 'null') {
      return { reason: `"${entry.pointer || '(the body)'}" declares an enum, and a ${entry.seen ?? 'value'} of another type is not in it: the value is not recorded, so the enum needs a person who knows it` };
    }
    return { key: jsonPath(resolved.at), site: resolved };
  }
  const object = objectSchema(document, resolved);
  if (!object) return { reason: `"${entry.pointer || '(the body)'}" is not in an object schema of the document` };
  if (entry.kind === 'unknown field') return { key: `${jsonPath(object.at)} ${field}`, site: object, field: field! };
  const requiring = requiringSchema(document, object, field!);
  if (!requiring) return { reason: `no schema at "${entry.pointer}" lists "${field}" as required` };
  return { key: `${jsonPath(requiring.at)} ${field}`, site: requiring, field: field! };
}

function actionsOf(group: Group): OverlayAction[] {
  const where = `${[...group.routes].sort().join(', ')}; ${group.count} response${group.count === 1 ? '' : 's'}`;
  // An integer is a number: `number` alone when both were seen.
  const seen = [...group.seen].filter((type) => type !== 'integer' || !group.seen.has('number')).sort((a, b) => TYPE_ORDER.indexOf(a) - TYPE_ORDER.indexOf(b));
  switch (group.kind) {
    case 'unknown field': {
      const description = `Not in Clara's documentation: seen as ${seen.join(' or ')} in responses (clara drift).`;
      return [
        group.field === MAP_KEY
          ? {
              target: jsonPath(group.site.at),
              description: `clara drift: keys that are not field names (a map of ${seen.join(' or ')}), seen in ${where}`,
              update: { additionalProperties: { type: seen.length === 1 ? seen[0] : seen, description: `Not in Clara's documentation: a map, its values seen as ${seen.join(' or ')} in responses (clara drift).` } },
            }
          : {
              target: jsonPath(group.site.at),
              description: `clara drift: new field "${group.field}" (${seen.join(' or ')}), seen in ${where}`,
              update: { properties: { [group.field!]: { type: seen.length === 1 ? seen[0] : seen, description } } },
            },
      ];
    }
    case 'missing required':
      return [
        {
          target: jsonPath([...group.site.at, 'required'], `[?@ == ${jsonPathString(group.field!)}]`),
          description: `clara drift: "${group.field}" is declared required but was missing in ${where}`,
          remove: true,
        },
      ];
    case 'undeclared status':
      return [{ target: jsonPath(group.site.at), description: `clara drift: status ${group.field} is not declared, seen in ${where}`, update: { [group.field!]: undeclaredResponse(group) } }];
    case 'type':
      return widen(group, seen, where);
    case 'enum value':
      return [];
  }
}

/**
 * The response to declare. A 2xx with a body is given the body of the operation's declared success: the runtime
 * checks no body of an undeclared status, and a success without one would make the method's result type `unknown`.
 */
function undeclaredResponse(group: Group): Record<string, unknown> {
  const status = Number(group.field);
  const responses: Record<string, { content?: unknown }> = group.site.node;
  const success = Object.entries(responses).find(([key, response]) => /^2/.test(key) && response.content !== undefined);
  if (status < 200 || status > 299 || status === 204 || status === 205 || !success) {
    return { description: "Not in Clara's documentation: seen in responses (clara drift); its body is not known." };
  }
  return { description: `Not in Clara's documentation: seen in responses (clara drift); the body is assumed to be the ${success[0]} one.`, content: success[1].content };
}

/**
 * A type widened by the types seen. Overlay updates merge arrays by appending, so a `type` is replaced (removed,
 * then set); a `$ref` cannot take another type, so the reference becomes `anyOf: [the reference, the type seen]`.
 * An inline enum (only null reaches here, see place) gets null appended, else null would still fail it.
 */
function widen(group: Group, seen: string[], where: string): OverlayAction[] {
  const { node, at } = group.site;
  const description = `clara drift: seen as ${seen.join(' or ')} at ${jsonPath(at)}, in ${where}`;
  if (typeof node.$ref === 'string') {
    const { $ref, ...siblings } = node;
    return [
      { target: jsonPath(at), description, remove: true },
      { target: jsonPath(at.slice(0, -1)), description, update: { [at.at(-1)!]: { ...siblings, anyOf: [{ $ref }, ...seen.map((type) => ({ type }))] } } },
    ];
  }
  const enumNull = Array.isArray(node.enum) && !node.enum.includes(null) ? { enum: [null] } : {};
  if (node.type !== undefined) {
    const declared: string[] = Array.isArray(node.type) ? node.type : [node.type];
    const type = [...new Set([...declared, ...seen])].sort((a, b) => TYPE_ORDER.indexOf(a) - TYPE_ORDER.indexOf(b));
    return [
      { target: jsonPath([...at, 'type']), description, remove: true },
      { target: jsonPath(at), description, update: { type, ...enumNull } },
    ];
  }
  if (Array.isArray(node.enum)) return [{ target: jsonPath(at), description, update: enumNull }];
  const keyword = Array.isArray(node.oneOf) ? 'oneOf' : 'anyOf';
  return [{ target: jsonPath(at), description, update: { [keyword]: seen.map((type) => ({ type })) } }];
}

/** `cards.list 200 content[].x: unknown field` — names and kinds only. */
export function describeEntry(entry: DriftEntry): string {
  return `${entry.operation} (${entry.method.toUpperCase()} ${entry.path}) ${entry.status} ${entry.pointer || '(the body)'}: ${entry.kind}`;
}
