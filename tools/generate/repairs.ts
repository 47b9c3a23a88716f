// What Clara's springdoc export needs before a generator can use it, each repair listed so nothing changes
// silently (tools/spec prints them on sync). Applied to the upstream document after the overlay:
//   - the empty country in its hosts (`https://public-api..clara.com/oauth/token`) filled in;
//   - the servlet prefix `/api` moved from every path into the servers (`<host>/api` production, `<host>/api-test`
//     sandbox), so paths start at the version (`/v3/...`); a path outside `/api` is not part of either environment
//     and is left out (listed), so it can never make the two base URLs collapse into one;
//   - springdoc's `*/*` media type: dropped next to `application/json`, otherwise read as JSON (Clara answers JSON);
//   - springdoc's `pageable` query object (a `Pageable` argument without `@ParameterObject`) replaced by the flat
//     `page`, `size`, `sort` parameters Spring actually reads;
//   - `oauth2` first in each security requirement (converters such as Postman's read only the first scheme).
import { defaultHost } from './hosts.ts';
import { codeSpan } from './markdown.ts';
import { HTTP_METHODS, resolveRef } from './openapi.ts';
import type { OpenApiDocument } from './spec.ts';

export const API_PREFIX = '/api';
export const SANDBOX_PREFIX = '/api-test';

export function repairUpstream(document: OpenApiDocument, code: string): { document: OpenApiDocument; repairs: string[] } {
  const repairs = new Map<string, number>();
  const note = (repair: string) => repairs.set(repair, (repairs.get(repair) ?? 0) + 1);

  // Clara's published document leaves the country out of its hosts.
  let doc = mapStrings(document, (value) => {
    if (!value.includes('public-api..clara.com')) return value;
    note(`filled in the empty country of ${codeSpan(value)}`);
    return value.replaceAll('public-api..clara.com', `public-api.${code}.clara.com`);
  }) as OpenApiDocument;

  doc = moveServletPrefix(doc, code, note);
  const pageableSchemas = new Set<string>();
  for (const operation of operationsOf(doc)) {
    for (const response of Object.values<any>(operation.responses ?? {})) repairMediaTypes(response, note);
    if (operation.requestBody) repairMediaTypes(operation.requestBody, note);
    const replaced = flattenPageable(doc, operation, note);
    if (replaced) pageableSchemas.add(replaced);
  }
  // The `Pageable` schema only described the object no request sends any more.
  for (const name of pageableSchemas) {
    if (!JSON.stringify(doc).includes(`"#/components/schemas/${name}"`)) delete doc.components.schemas[name];
  }
  doc.security = doc.security?.map((requirement: Record<string, string[]>) => oauth2First(requirement, note));
  if (doc.security === undefined) delete doc.security;
  return { document: doc, repairs: [...repairs].map(([repair, count]) => (count > 1 ? `${repair} (${count}×)` : repair)) };
}

function moveServletPrefix(doc: OpenApiDocument, code: string, note: (repair: string) => void): OpenApiDocument {
  const paths = Object.keys(doc.paths ?? {});
  const prefixed = paths.filter((path) => path.startsWith(`${API_PREFIX}/`));
  if (prefixed.length === 0) return doc;
  const outside = paths.filter((path) => !path.startsWith(`${API_PREFIX}/`));
  const host = originOf(doc.servers?.[0]?.url) ?? defaultHost(code);
  doc.paths = Object.fromEntries(prefixed.map((path) => [path.slice(API_PREFIX.length), doc.paths[path]]));
  doc.servers = [
    { url: `${host}${API_PREFIX}`, description: 'Production' },
    { url: `${host}${SANDBOX_PREFIX}`, description: 'Sandbox' },
  ];
  note(`moved the "${API_PREFIX}" prefix of ${prefixed.length} paths into the servers (${host}${API_PREFIX}, ${host}${SANDBOX_PREFIX})`);
  if (outside.length > 0) note(`left out ${outside.length} path(s) outside ${API_PREFIX}, in neither environment: ${outside.map(codeSpan).join(', ')}`);
  return doc;
}

function repairMediaTypes(holder: Record<string, any>, note: (repair: string) => void): void {
  const content = holder?.content;
  if (!content?.['*/*']) return;
  if (content['application/json']) {
    delete content['*/*'];
    note('removed the "*/*" media type next to "application/json"');
  } else {
    holder.content = Object.fromEntries(Object.entries(content).map(([type, media]) => [type === '*/*' ? 'application/json' : type, media]));
    note('read the "*/*" media type as "application/json"');
  }
}

/**
 * springdoc's `pageable` object parameter → `page`, `size`, `sort` (Spring reads them flat: `?page=1&size=100&sort=a,DESC`).
 * Returns the name of the component schema the object referenced, if any.
 */
function flattenPageable(doc: OpenApiDocument, operation: Record<string, any>, note: (repair: string) => void): string | undefined {
  const parameters: unknown[] = operation.parameters ?? [];
  const index = parameters.findIndex((p) => {
    const parameter = resolveRef(doc, p);
    return parameter.in === 'query' && parameter.name === 'pageable';
  });
  if (index < 0) return undefined;
  const schemaRef: unknown = resolveRef(doc, parameters[index]).schema?.$ref;
  const pageable = resolveRef(doc, resolveRef(doc, parameters[index]).schema ?? {});
  const fields: Record<string, any> = pageable.properties ?? {};
  const integer = (field: string, minimum: number) => {
    const { type: _, format: __, ...bounds } = resolveRef(doc, fields[field] ?? {});
    return { type: 'integer', format: 'int32', ...bounds, minimum: bounds.minimum ?? minimum };
  };
  const flat = [
    { name: 'page', in: 'query', required: false, description: 'Zero-based page index (0..N)', schema: { ...integer('page', 0), default: 0 } },
    { name: 'size', in: 'query', required: false, description: 'The size of the page to be returned', schema: integer('size', 1) },
    {
      name: 'sort',
      in: 'query',
      required: false,
      description: 'Sorting criteria in the format: property,(asc|desc). Default sort order is ascending. Multiple sort criteria are supported.',
      schema: { anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }] },
    },
  ];
  operation.parameters = [...parameters.slice(0, index), ...flat, ...parameters.slice(index + 1)];
  note('replaced the "pageable" query object by the flat page, size and sort parameters Spring reads');
  return typeof schemaRef === 'string' && schemaRef.startsWith('#/components/schemas/') ? schemaRef.slice('#/components/schemas/'.length) : undefined;
}

function oauth2First(requirement: Record<string, string[]>, note: (repair: string) => void): Record<string, string[]> {
  const keys = Object.keys(requirement);
  if (!('oauth2' in requirement) || keys[0] === 'oauth2') return requirement;
  note('listed oauth2 first in the security requirement');
  return { oauth2: requirement.oauth2!, ...requirement };
}

export function* operationsOf(doc: OpenApiDocument): Generator<Record<string, any>> {
  for (const item of Object.values<Record<string, any>>(doc.paths ?? {})) {
    for (const method of HTTP_METHODS) if (item?.[method]) yield item[method];
  }
}

function originOf(url: unknown): string | undefined {
  if (typeof url !== 'string') return undefined;
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
}

function mapStrings(value: unknown, map: (text: string) => string): unknown {
  if (typeof value === 'string') return map(value);
  if (Array.isArray(value)) return value.map((item) => mapStrings(item, map));
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, mapStrings(item, map)]));
  }
  return value;
}
