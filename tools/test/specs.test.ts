// Checks the three countries' documents: the upstream files (specs/<cc>/api-docs-v3.json) have the shape Clara's
// springdoc export has and carry no curation; the effective documents generated from them and their overlays
// (packages/clara-<cc>/src/generated/openapi.json: what the clients are made from) pass swagger-parser, cover
// Clara's endpoint catalogue (fixtures/clara-endpoints.json, a verbatim copy of the research reference) and follow
// the conventions of specs/README.md.
import SwaggerParser from '@apidevtools/swagger-parser';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

import { effectiveCountry } from '../generate/generate.ts';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

interface Parameter {
  $ref?: string;
  name?: string;
  in?: string;
  required?: boolean;
  schema?: JsonObject;
}
interface ResponseObject {
  $ref?: string;
  description?: string;
  content?: Record<string, { schema?: JsonObject }>;
}
interface Operation {
  operationId?: string;
  tags?: string[];
  summary?: string;
  parameters?: Parameter[];
  requestBody?: { content?: Record<string, { schema?: JsonObject }> };
  responses?: Record<string, ResponseObject>;
  'x-clara-method'?: string;
  'x-clara-resource'?: string;
  'x-clara-service'?: string;
  'x-clara-confidence'?: string;
}
interface Spec {
  openapi: string;
  info: { title: string; version: string; description?: string };
  servers?: { url: string; description?: string }[];
  security?: Record<string, string[]>[];
  tags?: { name: string; description?: string }[];
  paths: Record<string, Record<string, Operation>>;
  components: {
    securitySchemes?: Record<string, JsonObject>;
    parameters?: Record<string, Parameter & { description?: string }>;
    responses?: Record<string, ResponseObject>;
    schemas?: Record<string, JsonObject>;
  };
}
interface CatalogueEntry {
  method: string;
  path: string;
  version: string;
  countries: string[];
  summary: string;
}
interface Op {
  method: string;
  path: string;
  version: string;
  operation: Operation;
  label: string;
}

const repo = new URL('../../', import.meta.url);
const repoRoot = fileURLToPath(repo);
const catalogue = JSON.parse(readFileSync(new URL('fixtures/clara-endpoints.json', import.meta.url), 'utf8')) as CatalogueEntry[];

const COUNTRIES = [
  { cc: 'mx', code: 'MX', name: 'Mexico', currency: 'MXN', taxId: 'RFC', minThreshold: 'MXN 500.00' },
  { cc: 'br', code: 'BR', name: 'Brazil', currency: 'BRL', taxId: 'CNPJ', minThreshold: 'R$ 50.00' },
  { cc: 'co', code: 'CO', name: 'Colombia', currency: 'COP', taxId: 'NIT', minThreshold: 'COP 100,000.00' },
] as const;

/** The four v3 operations whose paths Clara does not document: the reference's own guesses. */
const GUESSED = ['POST /v3/transactions/comments', 'POST /v3/transactions/{}/comments', 'DELETE /v3/transactions/{}/comments', 'POST /v3/transactions/labels'];
/**
 * Operations the spec audit found documented that the catalogue lacks (reference/spec-audit.md §1.8: the webhook
 * subscriber operations on developers.clara.team/api-reference/webhooks and clara-api.readme.io/reference/how-to-use-it-4).
 */
const AUDITED = ['GET /v1/subscribers', 'DELETE /v1/subscribers/{}', 'DELETE /v1/subscribers/delete-event'];
/** Clara's hybrid card writes: 200 with the result when finished within ~30 s, 204 No Content when continued in the background. */
const HYBRID_WRITES = ['POST /v3/cards', 'POST /v3/cards/bulk-create', 'DELETE /v3/cards/{}', 'POST /v3/cards/delete', 'PATCH /v3/cards/{}/lock', 'PATCH /v3/cards/lock', 'PATCH /v3/cards/{}/threshold', 'PATCH /v3/cards/threshold'];
/** operationIds Clara publishes; kept verbatim (updateCard is a v2 operation without the V2 suffix). */
const KNOWN_OPERATION_IDS: Record<string, string> = {
  toggleCardLock: 'PATCH /v3/cards/{}/lock',
  updateCardThreshold: 'PATCH /v3/cards/{}/threshold',
  createCards: 'POST /v3/cards/bulk-create',
  deleteCard: 'DELETE /v3/cards/{}',
  updateCard: 'PATCH /v2/cards/{}',
};
const VERBS = ['list', 'get', 'create', 'update', 'delete', 'toggle', 'submit', 'cancel', 'add', 'generate'];
const HTTP_METHODS = ['get', 'put', 'post', 'patch', 'delete', 'head', 'options', 'trace'];
const IDENTIFIER = /^[a-z][A-Za-z0-9]*$/;

// Names a schema must not take: the generator exports one type per schema, which would shadow these.
const BROWSER_AND_TS_GLOBALS = [
  'Array', 'ArrayLike', 'Attr', 'Audio', 'Awaited', 'Blob', 'Boolean', 'Comment', 'Credential', 'Crypto', 'Date',
  'Document', 'Element', 'Error', 'Event', 'Exclude', 'Extract', 'File', 'FileList', 'FormData', 'Function',
  'Headers', 'History', 'Image', 'InstanceType', 'Location', 'Lock', 'Map', 'Navigator', 'Node', 'NonNullable',
  'Notification', 'Number', 'Object', 'Omit', 'Option', 'Parameters', 'Partial', 'PaymentRequest',
  'PaymentResponse', 'Performance', 'Pick', 'Promise', 'PromiseLike', 'PropertyKey', 'Range', 'Readonly', 'Record',
  'Request', 'Required', 'Response', 'ReturnType', 'Screen', 'Selection', 'Set', 'Storage', 'String', 'Symbol',
  'Text', 'URL', 'Window', 'Worker', 'ClientOptions',
];
const FORBIDDEN_SCHEMA_NAMES = new Set([
  ...Object.getOwnPropertyNames(globalThis).filter((name) => /^[A-Z]/.test(name)),
  ...BROWSER_AND_TS_GLOBALS,
]);

const normalise = (path: string): string => path.replace(/^\/api(?=\/)/, '').replace(/\{[^}]*\}/g, '{}');
const keyOf = (method: string, path: string): string => `${method.toUpperCase()} ${normalise(path)}`;
const isObject = (value: unknown): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);
const pascal = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** The effective document (upstream + overlay), as generated. */
function loadSpec(cc: string): { text: string; spec: Spec } {
  const text = readFileSync(new URL(`packages/clara-${cc}/src/generated/openapi.json`, repo), 'utf8');
  return { text, spec: JSON.parse(text) as Spec };
}

/** specs/<cc>/api-docs-v3.json: Clara's document as published (our reconstruction, in springdoc's shape). */
function loadUpstream(cc: string): { text: string; spec: Spec } {
  const text = readFileSync(new URL(`specs/${cc}/api-docs-v3.json`, repo), 'utf8');
  return { text, spec: JSON.parse(text) as Spec };
}

function operationsOf(spec: Spec): Op[] {
  const ops: Op[] = [];
  for (const [path, item] of Object.entries(spec.paths)) {
    for (const [method, operation] of Object.entries(item)) {
      if (!HTTP_METHODS.includes(method)) continue;
      const version = /^\/(v\d+)\//.exec(path)?.[1] ?? '?';
      ops.push({ method, path, version, operation, label: `${method.toUpperCase()} ${path} (${operation.operationId ?? 'no operationId'})` });
    }
  }
  return ops;
}

/** The tag's noun in PascalCase: "Billing Statements" → plural "BillingStatements", singular "BillingStatement". */
function nounOf(tag: string): { plural: string; singular: string } {
  const plural = tag.split(' ').map(pascal).join('');
  return { plural, singular: plural.replace(/s$/, '') };
}
const methodNameOf = (op: Op): string => op.operation['x-clara-method'] ?? '';

/** Every `$ref` string in the document, with where it occurs. */
function refsOf(node: Json, at = '#'): { ref: string; at: string }[] {
  if (Array.isArray(node)) return node.flatMap((child, i) => refsOf(child, `${at}/${i}`));
  if (!isObject(node)) return [];
  return Object.entries(node).flatMap(([key, value]) =>
    key === '$ref' && typeof value === 'string' ? [{ ref: value, at }] : key === 'example' ? [] : refsOf(value, `${at}/${key}`),
  );
}
function resolvePointer(doc: Json, ref: string): Json | undefined {
  if (!ref.startsWith('#/')) return undefined;
  let node: Json | undefined = doc;
  for (const raw of ref.slice(2).split('/')) {
    const token = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
    node = isObject(node) ? node[token] : Array.isArray(node) ? node[Number(token)] : undefined;
    if (node === undefined) return undefined;
  }
  return node;
}
/** Every schema object in components.schemas, nested ones included, with its location. */
function schemasOf(spec: Spec): { schema: JsonObject; at: string }[] {
  const out: { schema: JsonObject; at: string }[] = [];
  const walk = (schema: Json, at: string): void => {
    if (!isObject(schema)) return;
    out.push({ schema, at });
    if (isObject(schema.properties)) for (const [k, v] of Object.entries(schema.properties)) walk(v, `${at}.${k}`);
    if (schema.items) walk(schema.items, `${at}[]`);
    if (isObject(schema.additionalProperties)) walk(schema.additionalProperties, `${at}{}`);
    for (const k of ['oneOf', 'anyOf', 'allOf']) {
      const list = schema[k];
      if (Array.isArray(list)) list.forEach((s, i) => walk(s, `${at}.${k}[${i}]`));
    }
  };
  for (const [name, schema] of Object.entries(spec.components.schemas ?? {})) walk(schema, name);
  return out;
}
function successOf(op: Op): [string, ResponseObject][] {
  return Object.entries(op.operation.responses ?? {}).filter(([status]) => /^2\d\d$/.test(status));
}
function schemaByRef(spec: Spec, schema: JsonObject | undefined): JsonObject | undefined {
  const ref = schema?.$ref;
  return typeof ref === 'string' ? spec.components.schemas?.[ref.split('/').pop() ?? ''] : schema;
}

const validate = SwaggerParser.validate.bind(SwaggerParser) as unknown as (api: object) => Promise<unknown>;

describe.each(COUNTRIES)('specs/$cc/api-docs-v3.json', (country) => {
  const { text, spec } = loadSpec(country.cc);
  const ops = operationsOf(spec);
  const declaredTags = new Set((spec.tags ?? []).map((t) => t.name));

  it('upstream: springdoc\'s shape, stored canonically, with no curation inside', async () => {
    const upstream = loadUpstream(country.cc);
    expect(upstream.text === `${JSON.stringify(upstream.spec, null, 2)}\n`, 'the file is not JSON.stringify(doc, null, 2) + "\\n"').toBe(true);
    expect(Object.keys(upstream.spec.paths), 'paths in alphabetical order').toEqual(Object.keys(upstream.spec.paths).sort());
    expect(upstream.spec.servers).toEqual([{ url: `https://public-api.${country.cc}.clara.com`, description: 'Generated server url' }]);
    expect(Object.keys(upstream.spec.paths).filter((path) => !path.startsWith('/api/')), 'paths outside /api').toEqual([]);
    expect(upstream.spec.components.securitySchemes?.oauth2).toMatchObject({ flows: { clientCredentials: { tokenUrl: 'https://public-api..clara.com/oauth/token' } } });
    expect(upstream.text.match(/"x-clara-[a-z-]+"/g) ?? [], 'curation belongs in specs/<cc>/overlay.yaml').toEqual([]);
    const mediaTypes = new Set(operationsOf(upstream.spec).flatMap((op) => Object.values(op.operation.responses ?? {}).flatMap((r) => Object.keys(r.content ?? {}))));
    expect([...mediaTypes]).toEqual(['*/*']);
    const pageable = operationsOf(upstream.spec).filter((op) => (op.operation.parameters ?? []).some((p) => p.name === 'pageable'));
    expect(pageable.length, 'lists taking springdoc\'s pageable object').toBeGreaterThan(0);
    await expect(validate(structuredClone(upstream.spec))).resolves.toBeDefined();
  });

  it('is formatted JSON (2-space indentation, trailing newline)', () => {
    expect(text === `${JSON.stringify(JSON.parse(text), null, 2)}\n`, 'the file is not JSON.stringify(doc, null, 2) + "\\n"').toBe(true);
    const sorted = (keys: string[]): string[] => [...keys].sort();
    expect(Object.keys(spec.paths), 'paths in alphabetical order').toEqual(sorted(Object.keys(spec.paths)));
    const schemaNames = Object.keys(spec.components.schemas ?? {});
    expect(schemaNames, 'components.schemas in alphabetical order').toEqual(sorted(schemaNames));
  });

  it('passes swagger-parser validation', async () => {
    await expect(validate(structuredClone(spec))).resolves.toBeDefined();
  });

  it('is OpenAPI 3.1.0 with the country title, servers and security', () => {
    expect(spec.openapi).toBe('3.1.0');
    expect(spec.info.title).toBe(`Clara API — ${country.name}`);
    expect(spec.info.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(spec.servers).toEqual([
      { url: `https://public-api.${country.cc}.clara.com/api`, description: 'Production' },
      { url: `https://public-api.${country.cc}.clara.com/api-test`, description: 'Sandbox' },
    ]);
    const schemes = spec.components.securitySchemes ?? {};
    expect(schemes.mutualTLS?.type).toBe('mutualTLS');
    expect(schemes.oauth2).toMatchObject({
      type: 'oauth2',
      flows: { clientCredentials: { tokenUrl: `https://public-api.${country.cc}.clara.com/oauth/token`, scopes: {} } },
    });
    // oauth2 first: Postman's converter reads only the first scheme of a requirement.
    expect(spec.security).toEqual([{ oauth2: [], mutualTLS: [] }]);
    const withOwnSecurity = ops.filter((op) => 'security' in op.operation).map((op) => op.label);
    expect(withOwnSecurity, 'operations overriding the global security').toEqual([]);
  });

  it('states the country facts and declares the X-Tax-Identifier header', () => {
    const description = spec.info.description ?? '';
    for (const fact of [country.currency, country.taxId, country.minThreshold, 'X-Tax-Identifier']) {
      expect(description, `info.description should mention ${fact}`).toContain(fact);
    }
    const header = spec.components.parameters?.XTaxIdentifier;
    expect(header).toMatchObject({ name: 'X-Tax-Identifier', in: 'header', required: false, schema: { type: 'string' } });
    expect(header?.description ?? '').toContain(country.taxId);
  });

  it('has every catalogue endpoint of this country, and no endpoint of another country', () => {
    const present = new Set(ops.map((op) => keyOf(op.method, op.path)));
    const known = catalogue.filter((e) => e.version !== 'auth' && !e.path.startsWith('UNKNOWN'));
    const mine = new Set([...known.filter((e) => e.countries.includes(country.code)).map((e) => keyOf(e.method, e.path)), ...AUDITED]);
    const missing = [...mine].filter((key) => !present.has(key));
    const foreign = known
      .filter((e) => !e.countries.includes(country.code))
      .map((e) => keyOf(e.method, e.path))
      .filter((key) => present.has(key) && !mine.has(key));
    expect(missing, 'catalogue endpoints missing from the spec').toEqual([]);
    expect(foreign, 'endpoints of other countries present in the spec').toEqual([]);

    const guessedUnmarked = GUESSED.filter((key) => {
      const op = ops.find((o) => keyOf(o.method, o.path) === key);
      return op?.operation['x-clara-confidence'] !== 'low';
    });
    expect(guessedUnmarked, 'guessed v3 comment/label operations missing or not marked x-clara-confidence: low').toEqual([]);

    const extra = ops.filter((op) => !mine.has(keyOf(op.method, op.path)) && !GUESSED.includes(keyOf(op.method, op.path)));
    expect(extra.map((op) => op.label), 'operations not in the catalogue').toEqual([]);
    expect(Object.keys(spec.paths).filter((p) => p.startsWith('/api') || p.includes('oauth')), 'paths must be relative to the /api base URL').toEqual([]);
  });

  it('has unique camelCase operationIds following <verb><Noun>[<Qualifier>][V2|V1]', () => {
    const ids = ops.map((op) => op.operation.operationId ?? '');
    expect(ops.filter((op) => !op.operation.operationId).map((op) => op.label), 'operations without operationId').toEqual([]);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i), 'duplicate operationIds').toEqual([]);
    expect(ops.filter((op) => !IDENTIFIER.test(op.operation.operationId ?? '')).map((op) => op.label), 'operationIds not camelCase').toEqual([]);
    expect(ops.filter((op) => !VERBS.some((v) => new RegExp(`^${v}[A-Z]`).test(op.operation.operationId ?? ''))).map((op) => op.label), 'operationIds not starting with a known verb').toEqual([]);

    const badSuffix = ops.filter((op) => {
      const id = op.operation.operationId ?? '';
      if (id in KNOWN_OPERATION_IDS) return false;
      return op.version === 'v3' ? /V\d+$/.test(id) : !id.endsWith(op.version.toUpperCase());
    });
    expect(badSuffix.map((op) => op.label), 'v2/v1 operationIds must end in V2/V1, v3 ones in no version').toEqual([]);

    const withoutNoun = ops.filter((op) => !(op.operation.operationId ?? '').includes(nounOf(op.operation.tags?.[0] ?? '?').singular));
    expect(withoutNoun.map((op) => op.label), 'operationIds not containing their tag noun').toEqual([]);

    const wrongKnown = Object.entries(KNOWN_OPERATION_IDS)
      .filter(([id, key]) => ops.find((op) => op.operation.operationId === id && keyOf(op.method, op.path) === key) === undefined)
      .map(([id, key]) => `${id} should be ${key}`);
    expect(wrongKnown, "Clara's known operationIds").toEqual([]);
  });

  it('tags every operation with exactly one declared tag', () => {
    expect(ops.filter((op) => op.operation.tags?.length !== 1).map((op) => op.label), 'operations without exactly one tag').toEqual([]);
    expect(ops.filter((op) => !declaredTags.has(op.operation.tags?.[0] ?? '')).map((op) => op.label), 'operations with an undeclared tag').toEqual([]);
    const used = new Set(ops.map((op) => op.operation.tags?.[0]));
    expect([...declaredTags].filter((t) => !used.has(t)), 'declared tags no operation uses').toEqual([]);
    expect((spec.tags ?? []).filter((t) => !t.description).map((t) => t.name), 'tags without description').toEqual([]);
    expect([...declaredTags].filter((t) => !/^([A-Z][A-Za-z]*)( [A-Z][A-Za-z]*)*s$/.test(t)), 'tags not in plural Title Case').toEqual([]);
  });

  it('names every operation in the overlay, by method and path, with valid and unique client names', async () => {
    const uncurated = (await effectiveCountry(repoRoot, country.cc)).effective.naming.uncurated.map((op) => op.route);
    expect(uncurated, 'operations without an overlay entry').toEqual([]);
    const names = ops.map((op) => `${op.version}.${op.operation['x-clara-resource']}.${methodNameOf(op)}`);
    expect(ops.filter((op) => !IDENTIFIER.test(methodNameOf(op)) || !IDENTIFIER.test(String(op.operation['x-clara-resource']))).map((op) => op.label), 'invalid names').toEqual([]);
    expect(names.filter((name, i) => names.indexOf(name) !== i), 'client methods named twice').toEqual([]);
    expect(ops.filter((op) => !/^[A-Z][A-Za-z]+(Read|Write)$/.test(String(op.operation['x-clara-service']))).map((op) => op.label), 'services').toEqual([]);
  });

  it('resolves every $ref', () => {
    const dangling = refsOf(spec as unknown as Json).filter(({ ref }) => resolvePointer(spec as unknown as Json, ref) === undefined);
    expect(dangling.map(({ ref, at }) => `${at}: ${ref}`), 'unresolvable $refs').toEqual([]);
  });

  it('names no schema after a JS global or a generated type, and leaves none unused', () => {
    const names = Object.keys(spec.components.schemas ?? {});
    const generated = new Set(ops.flatMap((op) => ['Data', 'Error', 'Errors', 'Response', 'Responses'].map((s) => `${pascal(op.operation.operationId ?? '')}${s}`)));
    expect(names.filter((n) => FORBIDDEN_SCHEMA_NAMES.has(n) || generated.has(n)), 'schema names shadowing globals or generated types').toEqual([]);
    expect(names.filter((n) => !/^[A-Z][A-Za-z0-9]*$/.test(n)), 'schema names not PascalCase').toEqual([]);
    const referenced = new Set(refsOf(spec as unknown as Json).map(({ ref }) => ref));
    expect(names.filter((n) => !referenced.has(`#/components/schemas/${n}`)), 'unused schemas').toEqual([]);
  });

  it('gives every operation one success response (hybrid card writes: 200 and 204), the shared error responses and the X-Tax-Identifier header', () => {
    const problems: string[] = [];
    for (const op of ops) {
      const responses = op.operation.responses ?? {};
      const success = successOf(op).map(([status]) => status);
      const expectedSuccess = HYBRID_WRITES.includes(keyOf(op.method, op.path)) ? ['200', '204'] : undefined;
      if (expectedSuccess ? success.join() !== expectedSuccess.join() : success.length !== 1) problems.push(`${op.label}: success responses ${success.join(', ')}`);
      const expected = ['400', '401', '403', '429'];
      // Single-resource operations: an identifier in the path (usage logs of a date are not a resource), or the current statement.
      const singleResource = /\{/.test(op.path) && !op.path.startsWith('/v1/logs/');
      if (singleResource || op.path.endsWith('/billing-statements/current')) expected.push('404');
      if (op.operation.tags?.[0] === 'Cards' && op.method !== 'get') expected.push('422');
      for (const status of expected) {
        const schema = responses[status]?.content?.['application/json']?.schema;
        if (schema?.$ref !== '#/components/schemas/ErrorResponse') problems.push(`${op.label}: no ${status} response with an ErrorResponse body`);
      }
      for (const [status, response] of Object.entries(responses)) {
        const content = response.content;
        if (content && !content['application/json']) problems.push(`${op.label}: ${status} has a body but no application/json`);
        if (/^2/.test(status) && status !== '204' && !content?.['application/json']?.schema) problems.push(`${op.label}: ${status} without a JSON schema`);
        if (status === '204' && content) problems.push(`${op.label}: 204 with content`);
      }
      const body = op.operation.requestBody;
      if (body && !body.content?.['application/json']?.schema?.$ref) problems.push(`${op.label}: request body is not a named application/json schema`);
      if (!(op.operation.parameters ?? []).some((p) => p.$ref === '#/components/parameters/XTaxIdentifier')) problems.push(`${op.label}: no XTaxIdentifier parameter`);
    }
    expect(problems).toEqual([]);

    const error = spec.components.schemas?.ErrorResponse;
    expect(error?.required).toEqual(['message']);
    expect(Object.keys(isObject(error?.properties) ? error.properties : {}).sort()).toEqual(['code', 'details', 'error', 'message', 'timestamp']);
    expect(resolvePointer(spec as unknown as Json, '#/components/schemas/ErrorResponse/properties/timestamp/format')).toBe('date-time');
  });

  it('declares path parameters as required, with format uuid for UUIDs', () => {
    const problems: string[] = [];
    for (const op of ops) {
      const inPath = [...op.path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1] ?? '');
      const declared = (op.operation.parameters ?? []).filter((p) => p.in === 'path');
      const names = declared.map((p) => p.name ?? '');
      if (inPath.join() !== [...names].sort((a, b) => inPath.indexOf(a) - inPath.indexOf(b)).join() || names.length !== inPath.length) {
        problems.push(`${op.label}: path parameters ${names.join(',')} do not match the template`);
      }
      for (const p of declared) {
        if (p.required !== true) problems.push(`${op.label}: path parameter ${p.name} not required`);
        if (/uuid/i.test(p.name ?? '') && p.schema?.format !== 'uuid') problems.push(`${op.label}: ${p.name} without format uuid`);
      }
      const queryNames = (op.operation.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name);
      if (new Set(queryNames).size !== queryNames.length) problems.push(`${op.label}: duplicate query parameters`);
      for (const p of op.operation.parameters ?? []) {
        if (!p.$ref && !p.schema) problems.push(`${op.label}: parameter ${p.name} without schema`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('pages lists the Spring way', () => {
    const problems: string[] = [];
    const param = (op: Op, name: string): Parameter | undefined => (op.operation.parameters ?? []).find((p) => p.in === 'query' && p.name === name);
    for (const op of ops.filter((o) => param(o, 'page'))) {
      const page = param(op, 'page');
      const size = param(op, 'size');
      if (page?.schema?.type !== 'integer' || page.schema.minimum !== 0) problems.push(`${op.label}: page is not an integer >= 0`);
      if (!page?.required && page?.schema?.default !== 0) problems.push(`${op.label}: optional page without default 0`);
      if (!/Zero-based page index \(0\.\.N\)/.test(String((page as { description?: string } | undefined)?.description))) problems.push(`${op.label}: page description`);
      if (size?.schema?.type !== 'integer' || size.schema.minimum !== 1) problems.push(`${op.label}: size is not an integer >= 1`);
      const [, response] = successOf(op)[0] ?? [];
      let schema = schemaByRef(spec, response?.content?.['application/json']?.schema);
      if (op.path === '/v3/digital-accounts') {
        if (schema?.type !== 'array') problems.push(`${op.label}: should return a bare array`);
        continue;
      }
      // A single resource whose paging parameters page an embedded list (the transactions of a billing statement).
      if (isObject(schema?.properties) && !('content' in schema.properties)) {
        const embedded = Object.values(schema.properties)
          .map((p) => (isObject(p) ? schemaByRef(spec, p) : undefined))
          .find((p) => isObject(p?.properties) && 'content' in p.properties);
        if (embedded) schema = embedded;
      }
      const required = Array.isArray(schema?.required) ? schema.required : [];
      const properties = isObject(schema?.properties) ? schema.properties : {};
      for (const field of ['content', 'totalElements', 'totalPages', 'size', 'number']) {
        if (!required.includes(field)) problems.push(`${op.label}: page envelope does not require ${field}`);
      }
      for (const field of ['first', 'last', 'numberOfElements', 'empty']) {
        if (!(field in properties)) problems.push(`${op.label}: page envelope lacks ${field}`);
      }
      const content = properties.content;
      if (!isObject(content) || content.type !== 'array' || !isObject(content.items) || typeof content.items.$ref !== 'string') {
        problems.push(`${op.label}: page content is not an array of a named schema`);
      }
    }
    expect(problems).toEqual([]);

    const sizeOf = (path: string): JsonObject | undefined => {
      const op = ops.find((o) => o.method === 'get' && o.path === path);
      return op && param(op, 'size')?.schema;
    };
    expect(sizeOf('/v3/transactions')).toMatchObject({ default: 20, maximum: 100 });
    expect(sizeOf('/v3/users')).toMatchObject({ default: 50 });
    expect(sizeOf('/v3/reimbursements')).toMatchObject({ default: 20 });
    expect(sizeOf('/v3/transactions/{uuid}/extracted-documents')).toMatchObject({ default: 20 });
  });

  it('keeps schemas consistent: required properties exist, confidence values are known', () => {
    const problems: string[] = [];
    for (const { schema, at } of schemasOf(spec)) {
      const properties = isObject(schema.properties) ? schema.properties : {};
      if (Array.isArray(schema.required)) {
        for (const name of schema.required) if (typeof name !== 'string' || !(name in properties)) problems.push(`${at}: required ${String(name)} is not a property`);
      }
      if (schema.type === 'array' && !schema.items) problems.push(`${at}: array without items`);
    }
    const confidences = JSON.stringify(spec).match(/"x-clara-confidence":"[^"]*"/g) ?? [];
    const unknown = confidences.filter((c) => !/"(medium|low)"$/.test(c));
    expect(problems).toEqual([]);
    expect(unknown, 'x-clara-confidence must be "medium" or "low" (absent = high)').toEqual([]);
  });

  it('names the main schemas as Clara does', () => {
    const schemas = spec.components.schemas ?? {};
    const expected = ['TransactionResponseV3', 'BillingStatementResponse', 'BillingStatementPageV3', 'CardV2', 'TransactionV2', 'CompanyResponseVO', 'ErrorResponse', 'CardRequest'];
    if (country.code === 'MX') expected.push('InvoiceResponse', 'TransactionInvoiceResponse');
    expect(expected.filter((name) => !(name in schemas)), 'missing schemas').toEqual([]);
    const cardRequest = schemas.CardRequest;
    const properties = isObject(cardRequest?.properties) ? cardRequest.properties : {};
    expect(Object.keys(properties).sort()).toEqual(['alias', 'periodicityType', 'threshold', 'type', 'userUUID']);
    expect(properties.type).toMatchObject({ type: 'integer', enum: [1, 2] });
    expect(properties.periodicityType).toMatchObject({ type: 'integer', enum: [1, 2] });
    const lock = ops.find((op) => op.operation.operationId === 'toggleCardLock')?.operation.requestBody?.content?.['application/json']?.schema;
    expect(schemaByRef(spec, lock)).toMatchObject({ required: ['locked'], properties: { locked: { type: 'boolean' } }, 'x-clara-confidence': 'medium' });
  });
});

describe('the three specs together', () => {
  const specs = COUNTRIES.map((c) => ({ country: c, ops: operationsOf(loadSpec(c.cc).spec) }));

  it('give the same operationId, tag and client method to the same endpoint in every country', () => {
    const seen = new Map<string, { country: string; id: string; tag: string; method: string }>();
    const mismatches: string[] = [];
    for (const { country, ops } of specs) {
      for (const op of ops) {
        const key = keyOf(op.method, op.path);
        const mine = { country: country.code, id: op.operation.operationId ?? '', tag: op.operation.tags?.[0] ?? '', method: methodNameOf(op) };
        const other = seen.get(key);
        if (!other) seen.set(key, mine);
        else if (other.id !== mine.id || other.tag !== mine.tag || other.method !== mine.method) {
          mismatches.push(`${op.label}: ${mine.country} ${mine.id}/${mine.tag}/${mine.method} vs ${other.country} ${other.id}/${other.tag}/${other.method}`);
        }
      }
    }
    expect(mismatches).toEqual([]);
  });
});
