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
