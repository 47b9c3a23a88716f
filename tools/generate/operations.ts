// Turns a spec into the list of operations the client exposes, and names them.
//
// The naming rule (documented in the country packages' READMEs):
//   namespace  = the version of the path (`/v3/...` is the default surface; `/v2/...` → `v2`, `/v1/...` → `v1`)
//   resource   = the operation's first tag in camelCase ("Billing Statements" → `billingStatements`)
//   method     = `x-clara-method` when the operation has one; otherwise the operationId without its version
//                suffix (`V2`) and without the first occurrence of the tag's noun, singular or plural
//                (`toggleCardLock` in "Cards" → `toggleLock`, `listTransactions` → `list`).
// Two operations that end up with the same name are a generation error — never a silent `_1` suffix.
import { DEFAULT_VERSION, HTTP_METHODS, resolveRef as resolve } from './openapi.ts';
import type { OpenApiDocument } from './spec.ts';

export type Paging = 'page' | 'array' | undefined;

export interface Operation {
  operationId: string;
  httpMethod: string;
  path: string;
  version: string;
  resource: string;
  method: string;
  pathParams: string[];
  hasQuery: boolean;
  queryRequired: boolean;
  hasBody: boolean;
  bodyRequired: boolean;
  paging: Paging;
  summary?: string;
  deprecated: boolean;
}

export class NamingError extends Error {
  override name = 'NamingError';
}

export function collectOperations(spec: OpenApiDocument): Operation[] {
  const operations: Operation[] = [];
  for (const [path, item] of Object.entries<Record<string, any>>(spec.paths ?? {})) {
    for (const httpMethod of HTTP_METHODS) {
      const op = item[httpMethod];
      if (op) operations.push(describe(spec, path, httpMethod, op, item.parameters ?? []));
    }
  }
  assertUniqueNames(operations);
  return operations.sort((a, b) => a.operationId.localeCompare(b.operationId));
}

function describe(
  spec: OpenApiDocument,
  path: string,
  httpMethod: string,
  op: Record<string, any>,
  sharedParameters: unknown[],
): Operation {
  const where = `${httpMethod.toUpperCase()} ${path}`;
  const operationId: unknown = op.operationId;
  if (typeof operationId !== 'string' || !/^[a-z][A-Za-z0-9]*$/.test(operationId)) {
    throw new NamingError(`${where}: operationId must be camelCase, found ${JSON.stringify(operationId)}`);
  }
  const tag: unknown = op.tags?.[0];
  if (typeof tag !== 'string' || tag.trim() === '') throw new NamingError(`${where} (${operationId}): no tag`);

  const parameters = [...sharedParameters, ...(op.parameters ?? [])].map((p) => resolve(spec, p));
  const query = parameters.filter((p) => p.in === 'query');
  const body = op.requestBody ? resolve(spec, op.requestBody) : undefined;
  const version = /^\/(v\d+)\//.exec(path)?.[1] ?? DEFAULT_VERSION;

  return {
    operationId,
    httpMethod: httpMethod.toUpperCase(),
    path,
    version,
    resource: camelCase(tag),
    method: op['x-clara-method'] ?? methodName(operationId, tag),
    pathParams: [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!),
    hasQuery: query.length > 0,
    queryRequired: query.some((p) => p.required === true),
    hasBody: body !== undefined,
    bodyRequired: body?.required === true,
    paging: paging(spec, op, query),
    summary: op.summary,
    deprecated: op.deprecated === true,
  };
}

/** Spring pages (`page` query + `content` array in the 200 body) or bare arrays paged with `page`. */
function paging(spec: OpenApiDocument, op: Record<string, any>, query: Record<string, any>[]): Paging {
  if (!query.some((p) => p.name === 'page')) return undefined;
  const schema = resolve(spec, resolve(spec, op.responses?.['200'] ?? {}).content?.['application/json']?.schema ?? {});
  if (schema.type === 'array') return 'array';
  return schema.properties?.content?.type === 'array' ? 'page' : undefined;
}

function methodName(operationId: string, tag: string): string {
  const base = operationId.replace(/V\d+$/, '');
  const plural = pascalCase(tag);
  const singular = plural.replace(/ies$/, 'y').replace(/s$/, '');
  for (const noun of [plural, singular]) {
    const index = base.toLowerCase().indexOf(noun.toLowerCase()); // "DDA Payments" matches `listDdaPayments`
    if (index > 0) {
      const rest = base.slice(0, index) + base.slice(index + noun.length);
      return rest.charAt(0).toLowerCase() + rest.slice(1);
    }
  }
  return base;
}

function assertUniqueNames(operations: Operation[]): void {
  const seen = new Map<string, Operation>();
  for (const op of operations) {
    if (!/^[a-z][A-Za-z0-9]*$/.test(op.method)) {
      throw new NamingError(`${op.operationId}: derived method name ${JSON.stringify(op.method)} is not an identifier`);
    }
    const key = `${op.version}.${op.resource}.${op.method}`;
    const other = seen.get(key);
    if (other) {
      throw new NamingError(
        `${op.operationId} and ${other.operationId} would both be ${key.replace(`${DEFAULT_VERSION}.`, '')}: ` +
          'rename one operationId or give it an "x-clara-method"',
      );
    }
    seen.set(key, op);
  }
}

const words = (text: string): string[] => text.split(/[^A-Za-z0-9]+/).filter(Boolean);
const pascalCase = (text: string): string => words(text).map((w) => w[0]!.toUpperCase() + w.slice(1)).join('');
const camelCase = (text: string): string => {
  const [first = '', ...rest] = words(text);
  // An all-caps first word is an acronym: "DDA Payments" → `ddaPayments`.
  const head = first === first.toUpperCase() ? first.toLowerCase() : first[0]!.toLowerCase() + first.slice(1);
  return head + pascalCase(rest.join(' '));
};
