// The operations the client exposes, read from the effective document (effective.ts), whose operations already
// carry their names (naming.ts): operationId, `x-clara-resource`, `x-clara-method`, `x-clara-service`.
import { DEFAULT_VERSION, HTTP_METHODS, resolveRef as resolve } from './openapi.ts';
import type { OpenApiDocument } from './spec.ts';

export type Paging = 'page' | 'array' | undefined;

export interface ParameterDoc {
  name: string;
  description?: string;
  required: boolean;
  deprecated: boolean;
}

export interface Operation {
  operationId: string;
  httpMethod: string;
  path: string;
  version: string;
  resource: string;
  method: string;
  service: string;
  pathParams: string[];
  hasQuery: boolean;
  queryRequired: boolean;
  hasBody: boolean;
  bodyRequired: boolean;
  paging: Paging;
  summary?: string;
  description?: string;
  deprecated: boolean;
  /** Path and query parameters, for the method's documentation. */
  parameters: ParameterDoc[];
  bodyDescription?: string;
  /** Error statuses the operation documents (`400`, `404`, …). */
  errorStatuses: string[];
  /** Clara's reference for this operation (its `externalDocs`, else the document's). */
  reference?: string;
}

export function collectOperations(spec: OpenApiDocument): Operation[] {
  const operations: Operation[] = [];
  for (const [path, item] of Object.entries<Record<string, any>>(spec.paths ?? {})) {
    for (const httpMethod of HTTP_METHODS) {
      const op = item[httpMethod];
      if (op) operations.push(describe(spec, path, httpMethod, op, item.parameters ?? []));
    }
  }
  return operations.sort((a, b) => a.operationId.localeCompare(b.operationId));
}

function describe(spec: OpenApiDocument, path: string, httpMethod: string, op: Record<string, any>, sharedParameters: unknown[]): Operation {
  const where = `${httpMethod.toUpperCase()} ${path}`;
  for (const key of ['operationId', 'x-clara-resource', 'x-clara-method', 'x-clara-service']) {
    if (typeof op[key] !== 'string') throw new Error(`${where}: no ${key} — operations are named by tools/generate/naming.ts before this`);
  }
  const parameters = [...sharedParameters, ...(op.parameters ?? [])].map((p) => resolve(spec, p));
  const query = parameters.filter((p) => p.in === 'query');
  const body = op.requestBody ? resolve(spec, op.requestBody) : undefined;
  const version = /^\/(v\d+)\//.exec(path)?.[1] ?? DEFAULT_VERSION;
  const responses: Record<string, unknown> = op.responses ?? {};
  return {
    operationId: op.operationId,
    httpMethod: httpMethod.toUpperCase(),
    path,
    version,
    resource: op['x-clara-resource'],
    method: op['x-clara-method'],
    service: op['x-clara-service'],
    pathParams: [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!),
    hasQuery: query.length > 0,
    queryRequired: query.some((p) => p.required === true),
    hasBody: body !== undefined,
    bodyRequired: body?.required === true,
    paging: pagingOf(spec, httpMethod, op, query),
    ...(op.summary ? { summary: op.summary } : {}),
    ...(op.description ? { description: op.description } : {}),
    deprecated: op.deprecated === true,
    parameters: parameters
      .filter((p) => p.in === 'path' || p.in === 'query')
      .map((p) => ({ name: p.name, ...(p.description ? { description: p.description } : {}), required: p.required === true, deprecated: p.deprecated === true })),
    ...(body?.description ? { bodyDescription: body.description } : {}),
    errorStatuses: Object.keys(responses).filter((status) => /^[45]/.test(status)).sort(),
    ...(referenceOf(spec, op) ? { reference: referenceOf(spec, op) } : {}),
  };
}

/**
 * Lists page with `for await`: the overlay's hint (`x-clara-paging`) when it gives one; otherwise a GET with a
 * `page` query parameter whose success body — in whatever media type — is a Spring page (`content` array) or an
 * array.
 */
function pagingOf(spec: OpenApiDocument, httpMethod: string, op: Record<string, any>, query: Record<string, any>[]): Paging {
  const hint = op['x-clara-paging'];
  if (hint === 'page' || hint === 'array') return hint;
  if (hint === 'none' || httpMethod !== 'get' || !query.some((p) => p.name === 'page')) return undefined;
  const success = Object.entries<any>(op.responses ?? {}).find(([status]) => /^2/.test(status))?.[1];
  for (const media of Object.values<any>(resolve(spec, success ?? {}).content ?? {})) {
    const schema = resolve(spec, media?.schema ?? {});
    if (schema.type === 'array') return 'array';
    const content = resolve(spec, schema.properties?.content ?? {});
    if (content.type === 'array') return 'page';
  }
  return undefined;
}

function referenceOf(spec: OpenApiDocument, op: Record<string, any>): string | undefined {
  const url = op.externalDocs?.url ?? spec.externalDocs?.url;
  // It becomes `{@link <url> | …}` in a comment: no whitespace, braces, `|`, `*` or quotes.
  return typeof url === 'string' && /^https:\/\/[^\s{}|*`<>"]+$/.test(url) ? url : undefined;
}
