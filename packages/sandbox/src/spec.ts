import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export type JsonSchema = Record<string, unknown>;
export type SpecDocument = {
  openapi: string;
  servers?: { url: string }[];
  paths: Record<string, Record<string, unknown>>;
  components?: Record<string, Record<string, unknown>>;
};

export interface OperationParameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required: boolean;
  schema: JsonSchema;
  /** JSON pointer of the parameter's schema inside the spec: validators reference it instead of copying it. */
  schemaPointer: string;
}

export interface Operation {
  operationId: string;
  method: string;
  /** The spec's path template, e.g. `/v3/cards/{uuid}`. */
  path: string;
  parameters: OperationParameter[];
  requestBody?: { required: boolean; schema: JsonSchema; schemaPointer: string };
  success: { status: number; schema?: JsonSchema; schemaPointer?: string };
}

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'];

/**
 * The spec of a country: the copy this package ships (`<package>/specs/<cc>`, written by the build), else the
 * repository's `specs/<cc>`. Run from source (the workspace: tests, demo) the repository's comes first, so an
 * edited spec is served without a build. The package root is found from this module's own location.
 */
export function defaultSpecPath(country: string): string {
  const here = fileURLToPath(import.meta.url);
  let dir = dirname(here);
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('Cannot locate the @org/clara-sandbox package root to find the specs');
    dir = parent;
  }
  const shipped = join(dir, 'specs', country, 'api-docs-v3.json');
  const repository = resolve(dir, '..', '..', 'specs', country, 'api-docs-v3.json');
  const candidates = here.endsWith('.ts') ? [repository, shipped] : [shipped, repository];
  const found = candidates.find((file) => existsSync(file));
  if (!found) throw new Error(`Spec for country "${country}" not found at ${candidates.join(' or ')}`);
  return found;
}

export function loadSpec(country: string, source?: string | object): SpecDocument {
  let document: unknown = source;
  if (source === undefined || typeof source === 'string') {
    const file = source ?? defaultSpecPath(country);
    if (!existsSync(file)) throw new Error(`Spec for country "${country}" not found at ${file}`);
    try {
      document = JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      throw new Error(`Spec ${file} is not valid JSON: ${(error as Error).message}`);
    }
  }
  const spec = document as SpecDocument;
  if (!spec || typeof spec !== 'object' || typeof spec.openapi !== 'string' || typeof spec.paths !== 'object') {
    throw new Error(`Spec for country "${country}" is not an OpenAPI document (missing "openapi" or "paths")`);
  }
  return spec;
}

const escapePointer = (segment: string) => segment.replace(/~/g, '~0').replace(/\//g, '~1');

export function resolvePointer(spec: SpecDocument, pointer: string): unknown {
  let node: unknown = spec;
  for (const raw of pointer.replace(/^#?\//, '').split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    node = (node as Record<string, unknown> | undefined)?.[key];
  }
  return node;
}

/** Follows `$ref`s (local ones only) and returns the target with its pointer. */
export function deref(spec: SpecDocument, node: unknown, pointer: string): { node: Record<string, unknown>; pointer: string } {
  let current = node as Record<string, unknown>;
  let at = pointer;
  for (let hops = 0; typeof current?.$ref === 'string'; hops++) {
    const ref = current.$ref as string;
    if (!ref.startsWith('#/') || hops > 20) throw new Error(`Unsupported or circular $ref "${ref}" at ${at}`);
    at = ref.slice(1);
    current = resolvePointer(spec, ref) as Record<string, unknown>;
    if (current === undefined) throw new Error(`Unresolvable $ref "${ref}" at ${pointer}`);
  }
  return { node: current, pointer: at };
}

function jsonContentSchema(spec: SpecDocument, content: unknown, pointer: string) {
  if (!content || typeof content !== 'object') return undefined;
  const types = Object.keys(content);
  const mediaType = types.find((t) => t.includes('json')) ?? types.find((t) => t === '*/*') ?? types[0];
  if (!mediaType) return undefined;
  const media = (content as Record<string, { schema?: unknown }>)[mediaType];
  if (!media?.schema) return undefined;
  const schemaPointer = `${pointer}/content/${escapePointer(mediaType)}/schema`;
  return { schema: deref(spec, media.schema, schemaPointer).node, schemaPointer };
}

/** Every operation of the spec, with parameters and schemas resolved once. */
export function listOperations(spec: SpecDocument): Operation[] {
  const operations: Operation[] = [];
  const seenIds = new Set<string>();
  for (const [path, pathItem] of Object.entries(spec.paths)) {
    const pathPointer = `/paths/${escapePointer(path)}`;
    const shared = (pathItem.parameters as unknown[] | undefined) ?? [];
    for (const method of METHODS) {
      const raw = pathItem[method] as Record<string, unknown> | undefined;
      if (!raw) continue;
      const opPointer = `${pathPointer}/${method}`;
      const operationId = raw.operationId as string | undefined;
      if (!operationId) throw new Error(`Spec operation ${method.toUpperCase()} ${path} has no operationId`);
      if (seenIds.has(operationId)) throw new Error(`Spec operationId "${operationId}" is used twice`);
      seenIds.add(operationId);

      const byKey = new Map<string, OperationParameter>();
      const addParameters = (list: unknown[], base: string) =>
        list.forEach((entry, index) => {
          const { node, pointer } = deref(spec, entry, `${base}/parameters/${index}`);
          const schema = node.schema ? deref(spec, node.schema, `${pointer}/schema`).node : {};
          const parameter: OperationParameter = {
            name: node.name as string,
            in: node.in as OperationParameter['in'],
            required: node.required === true,
            schema,
            schemaPointer: `${pointer}/schema`,
          };
          byKey.set(`${parameter.in}:${parameter.name}`, parameter);
        });
      addParameters(shared, pathPointer);
      addParameters((raw.parameters as unknown[] | undefined) ?? [], opPointer);

      let requestBody: Operation['requestBody'];
      if (raw.requestBody) {
        const { node, pointer } = deref(spec, raw.requestBody, `${opPointer}/requestBody`);
        const content = jsonContentSchema(spec, node.content, pointer);
        if (content) requestBody = { required: node.required === true, ...content };
      }

      const responses = (raw.responses ?? {}) as Record<string, unknown>;
      const successCode = Object.keys(responses).filter((code) => /^2\d\d$/.test(code)).sort()[0];
      if (!successCode) throw new Error(`Spec operation "${operationId}" declares no 2xx response`);
      const { node: response, pointer: responsePointer } = deref(spec, responses[successCode], `${opPointer}/responses/${successCode}`);
      const success = { status: Number(successCode), ...jsonContentSchema(spec, response.content, responsePointer) };

      operations.push({ operationId, method: method.toUpperCase(), path, parameters: [...byKey.values()], ...(requestBody ? { requestBody } : {}), success });
    }
  }
  return operations;
}

/** The path prefixes of the spec's servers (`/api`, `/api-test`), which the wire paths carry before the spec paths. */
export function serverPrefixes(spec: SpecDocument): string[] {
  const prefixes = new Set(['/api', '/api-test']);
  for (const server of spec.servers ?? []) {
    const match = /^[a-z]+:\/\/[^/]+(\/.*)?$/i.exec(server.url);
    const prefix = match?.[1]?.replace(/\/$/, '');
    if (prefix) prefixes.add(prefix);
  }
  return [...prefixes];
}
