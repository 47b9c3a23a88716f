// OpenAPI helpers shared by generation (tools/generate) and spec sync (tools/spec).
import type { OpenApiDocument } from './spec.ts';

/** The operation keys of an OpenAPI path item. */
export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

/** The API version of the client's top-level surface: `/v3/...` paths; `/v2`, `/v1` get a namespace. */
export const DEFAULT_VERSION = 'v3';

const MAX_REF_HOPS = 32;

/**
 * Follows local `$ref`s (`#/components/...`) to what they point at. A chain of references is followed up to
 * 32 hops (a reference cycle stops there); a reference that points nowhere is returned as it is.
 */
export function resolveRef(spec: OpenApiDocument, value: any): any {
  let current = value;
  for (let hops = 0; current && typeof current.$ref === 'string' && hops < MAX_REF_HOPS; hops++) {
    const target = (current.$ref as string)
      .slice(2)
      .split('/')
      .reduce((node: any, key: string) => node?.[key.replaceAll('~1', '/').replaceAll('~0', '~')], spec);
    if (target === undefined) return current;
    current = target;
  }
  return current ?? {};
}

/** Every operation of the document with its method and path, in the document's order. */
export function operationEntries(document: OpenApiDocument): { method: HttpMethod; path: string; op: Record<string, any> }[] {
  return Object.entries<Record<string, any>>(document.paths ?? {}).flatMap(([path, item]) =>
    HTTP_METHODS.filter((method) => typeof item?.[method] === 'object' && item[method] !== null && !Array.isArray(item[method])).map((method) => ({ method, path, op: item[method] })),
  );
}

const JSON_MEDIA = /^application\/([\w.+-]+\+)?json\b/i;

/**
 * The schema of a request body's or a response's JSON content, `$ref`s followed: `application/json`, else the
 * first `application/*+json`; undefined when it has none. What the response check validates and what provenance
 * judges is this one schema.
 */
export function jsonBodySchema(document: OpenApiDocument, carrier: unknown): unknown {
  const content: Record<string, { schema?: unknown }> = resolveRef(document, carrier)?.content ?? {};
  const media = content['application/json'] ?? Object.entries(content).find(([type]) => JSON_MEDIA.test(type))?.[1];
  return media?.schema;
}
