// The response schemas the client checks answers against (`validateResponses`, packages/clara/src/core/
// response-check.ts), cut from the effective document: per operation, its path as in Clara's document (what
// drift entries and overlay targets name) and each declared status with its JSON body schema; plus the
// component schemas those reach. Only the keywords drift reports on are kept (types, properties, required,
// items, enums and composition), so the file is small and holds no examples or descriptions.
import { jsonBodySchema, operationEntries, resolveRef } from './openapi.ts';
import type { OpenApiDocument } from './spec.ts';

export const RESPONSES_FILE = 'responses.json';

/** Keywords of a schema the check uses; the rest (descriptions, examples, formats, patterns, bounds) is left out. */
const KEPT = new Set(['type', 'properties', 'required', 'items', 'enum', 'const', '$ref', 'oneOf', 'anyOf', 'allOf', 'additionalProperties']);
const SCHEMA_REF = /^#\/components\/schemas\/(.+)$/;

/** `curated`: the document in Clara's shape (paths with `/api`), for each operation's path by operationId. */
export function renderResponses(document: OpenApiDocument, curated: OpenApiDocument): string {
  const curatedPaths = new Map(operationEntries(curated).map(({ path, op }) => [op.operationId as string, path]));
  const reached = new Set<string>();
  const operations: Record<string, { path: string; responses: Record<string, unknown> }> = {};
  for (const { path, op } of operationEntries(document).sort((a, b) => String(a.op.operationId).localeCompare(String(b.op.operationId)))) {
    const responses: Record<string, unknown> = {};
    for (const [status, value] of Object.entries<unknown>(op.responses ?? {}).sort(([a], [b]) => a.localeCompare(b))) {
      const schema = /^2/.test(status) ? jsonBodySchema(document, value) : undefined;
      responses[status] = schema === undefined ? null : compact(schema, reached);
    }
    operations[op.operationId] = { path: curatedPaths.get(op.operationId) ?? path, responses };
  }
  const schemas: Record<string, unknown> = {};
  const all = document.components?.schemas ?? {};
  // A Set's iteration visits what is added during it: the schemas the reached ones refer to, and so on.
  for (const name of reached) if (name in all) schemas[name] = compact(all[name], reached);
  const sorted = Object.fromEntries(Object.entries(schemas).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  const output = { components: { schemas: sorted }, operations };
  checkRefs(output);
  return `${JSON.stringify(output, null, 1)}\n`;
}

export class ResponsesError extends Error {
  override name = 'ResponsesError';
}

/** Every `$ref` of the file points at a schema in it: one into a part of a schema the file leaves out (`…/A/example`) or outside the schemas is refused by its place. */
function checkRefs(output: object): void {
  const pending: [unknown, string][] = [[output, '#']];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [node, at] = next;
    if (typeof node !== 'object' || node === null) continue;
    const ref = (node as { $ref?: unknown }).$ref;
    if (typeof ref === 'string' && resolveRef(output, { $ref: ref }).$ref === ref) {
      throw new ResponsesError(`${RESPONSES_FILE}: $ref ${JSON.stringify(ref)} at ${at} points at nothing the response check keeps (only #/components/schemas/<name>, or a path through its ${[...KEPT].filter((key) => key !== '$ref').join(', ')})`);
    }
    for (const [key, child] of Object.entries(node)) pending.push([child, `${at}/${key.replaceAll('~', '~0').replaceAll('/', '~1')}`]);
  }
}

/** The schema with only the kept keywords; names of component schemas it refers to are added to `reached`. */
function compact(schema: unknown, reached: Set<string>): unknown {
  if (typeof schema !== 'object' || schema === null) return schema;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) {
    if (!KEPT.has(key)) continue;
    if (key === '$ref') {
      // `#/components/schemas/A/properties/b` reaches A: the whole schema is kept, the reference as it is.
      const name = SCHEMA_REF.exec(String(value))?.[1]?.split('/')[0];
      if (name !== undefined) reached.add(name.replaceAll('~1', '/').replaceAll('~0', '~'));
      out[key] = value;
    } else if (key === 'properties') {
      out[key] = Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([name, property]) => [name, compact(property, reached)]));
    } else if (key === 'oneOf' || key === 'anyOf' || key === 'allOf') {
      out[key] = (value as unknown[]).map((branch) => compact(branch, reached));
    } else if (key === 'items' || (key === 'additionalProperties' && typeof value === 'object')) {
      out[key] = compact(value, reached);
    } else {
      out[key] = value;
    }
  }
  return out;
}
