// Reads and validates an upstream spec: the ingestion boundary. A spec is untrusted input that ends up in published
// code and decides where credentials are sent, so everything here happens before any resolver sees it: a size
// limit, a nesting limit (depth.ts), a parse that says what the text is (OpenAPI 3.1 JSON or YAML, Swagger 2.0,
// empty, truncated), and only local `$ref`s (`#/...`) — an external one is refused before swagger-parser could
// read a file or contact a host.
// Every failure names the document and, where it can, the line, column and JSON pointer of the problem.
import SwaggerParser from '@apidevtools/swagger-parser';
import { findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { open } from 'node:fs/promises';
import { parse as parseYaml } from 'yaml';

import { depthExceededAt, tooDeep, tooDeepThroughAliases, valueTooDeep } from './depth.ts';
import { openApi31Errors } from './openapi-schema.ts';

export type OpenApiDocument = Record<string, any>;

/** Larger documents are refused (Clara's whole v3 document is well under 1 MB). */
export const MAX_SPEC_BYTES = 20 * 1024 * 1024;

export class SpecError extends Error {
  override name = 'SpecError';
  readonly file: string;
  readonly problems: string[];
  constructor(file: string, problems: string[]) {
    super(`${file}: invalid OpenAPI document\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.file = file;
    this.problems = problems;
  }
}

/** Reads, parses and validates a spec file. */
export async function loadSpec(file: string): Promise<OpenApiDocument> {
  const text = await readSpecFile(file);
  const document = parseSpecText(file, text);
  await validateSpec(file, document, text);
  return document;
}

/** A file's text, refused before reading when it exceeds the size limit. */
export async function readSpecFile(file: string, origin = file): Promise<string> {
  let handle;
  try {
    handle = await open(file, 'r');
  } catch (error) {
    throw new SpecError(origin, [`cannot read the file (${(error as NodeJS.ErrnoException).code ?? String(error)})`]);
  }
  try {
    const { size } = await handle.stat();
    if (size > MAX_SPEC_BYTES) throw new SpecError(origin, [tooLarge(size)]);
    return await handle.readFile('utf8');
  } finally {
    await handle.close();
  }
}

export const tooLarge = (bytes: number): string =>
  `the document is ${(bytes / 1024 / 1024).toFixed(1)} MB, more than the ${MAX_SPEC_BYTES / 1024 / 1024} MB limit`;

/**
 * Text → document: JSON (positions in errors) or YAML, Swagger 2.0 named as such, OpenAPI 3.1 required, and every
 * `$ref` local. Nothing here reads a file or the network.
 */
export function parseSpecText(origin: string, text: string): OpenApiDocument {
  if (Buffer.byteLength(text) > MAX_SPEC_BYTES) throw new SpecError(origin, [tooLarge(Buffer.byteLength(text))]);
  if (text.trim() === '') throw new SpecError(origin, ['the document is empty']);
  const deepAt = depthExceededAt(text, looksLikeJson(text));
  if (deepAt >= 0) throw new SpecError(origin, [`${lineColumn(text, deepAt)}: ${tooDeep()}`]);
  const document = (looksLikeJson(text) ? parseJson(origin, text) : parseYamlDocument(origin, text)) as OpenApiDocument | null;
  if (typeof document !== 'object' || document === null || Array.isArray(document)) {
    throw new SpecError(origin, ['the document is not an object (an OpenAPI document starts with {"openapi": "3.1.0", …})']);
  }
  if (typeof document.swagger === 'string') {
    throw new SpecError(origin, [`Clara publishes OpenAPI 3.1; this is Swagger ${document.swagger} — fetch the OpenAPI 3.1 document (api-docs-v3.json)`]);
  }
  if (typeof document.openapi !== 'string' || !document.openapi.startsWith('3.1')) {
    throw new SpecError(origin, [`"openapi" must be a 3.1.x version, found ${JSON.stringify(document.openapi)}`]);
  }
  const external = externalRefs(document);
  if (external.length > 0) {
    throw new SpecError(origin, external.map(({ ref, at }) => `${at}: $ref ${JSON.stringify(ref)} is not local: only "#/..." references are accepted (nothing outside the document is read)`));
  }
  return document;
}

/**
 * Validates an OpenAPI 3.1 document (parseSpecText checked the version) as swagger-parser's `validate` does: every
 * `$ref` resolved (circular ones left in place), then the 3.1 schema, compiled once. `text`, when given as JSON,
 * locates problems in it.
 */
export async function validateSpec(origin: string, document: OpenApiDocument, text?: string): Promise<void> {
  try {
    // The dereferencer mutates its input: give it a copy. Its resolvers are off: references are local.
    const options: SwaggerParser.Options = { resolve: { external: false, file: false, http: false }, dereference: { circular: 'ignore' } };
    const dereferenced = await SwaggerParser.dereference(structuredClone(document) as Exclude<Parameters<typeof SwaggerParser.dereference>[0], string>, options);
    const details = openApi31Errors(dereferenced);
    if (details.length > 0) throw Object.assign(new Error('OpenAPI 3.1 schema validation failed'), { details });
  } catch (error) {
    const details = (error as { details?: { instancePath: string; message?: string }[] }).details;
    const tree = text === undefined || !looksLikeJson(text) ? undefined : parseTree(text);
    const problems = details?.length
      ? details.map((d) => `${tree && text ? locate(text, tree, d.instancePath) : `#${d.instancePath}`}: ${d.message ?? 'invalid'}`)
      : [(error as Error).message];
    throw new SpecError(origin, [...new Set(problems)]);
  }
}

/** Every `$ref` that does not start with `#/`, with the JSON pointer of where it is. */
export function externalRefs(node: unknown, at = '#'): { ref: string; at: string }[] {
  if (Array.isArray(node)) return node.flatMap((child, i) => externalRefs(child, `${at}/${i}`));
  if (typeof node !== 'object' || node === null) return [];
  return Object.entries(node).flatMap(([key, value]) => {
    const here = `${at}/${key.replaceAll('~', '~0').replaceAll('/', '~1')}`;
    // Anywhere, examples included: a resolver does not tell data from references.
    if (key === '$ref' && typeof value === 'string') return value.startsWith('#/') || value === '#' ? [] : [{ ref: value, at }];
    return externalRefs(value, here);
  });
}

const looksLikeJson = (text: string): boolean => /^\s*[{[]/.test(text);

function parseJson(origin: string, text: string): unknown {
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
  if (errors.length > 0 || !tree) {
    const truncated = errors.some((e) => e.offset >= text.trimEnd().length - 1);
    const problems = errors.map((e) => `${lineColumn(text, e.offset)}: JSON syntax error: ${printParseErrorCode(e.error)}`);
    throw new SpecError(origin, truncated ? [...problems, 'the document ends early: the file or download is truncated'] : problems);
  }
  return JSON.parse(text);
}

function parseYamlDocument(origin: string, text: string): unknown {
  let document: unknown;
  try {
    // The core schema has no custom tags (nothing is instantiated); aliases are capped against expansion bombs.
    document = parseYaml(text, { schema: 'core', maxAliasCount: 100, uniqueKeys: true });
  } catch (error) {
    throw new SpecError(origin, [`neither JSON nor valid YAML: ${(error as Error).message.split('\n')[0]}`]);
  }
  if (valueTooDeep(document)) throw new SpecError(origin, [tooDeepThroughAliases()]);
  return document;
}

function locate(text: string, tree: Node, pointer: string): string {
  const path = pointer
    .split('/')
    .slice(1)
    .map((segment) => segment.replaceAll('~1', '/').replaceAll('~0', '~'))
    .map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
  const node = findNodeAtLocation(tree, path);
  return `${node ? lineColumn(text, node.offset) : 'document'} (#${pointer})`;
}

export function lineColumn(text: string, offset: number): string {
  const before = text.slice(0, offset).split('\n');
  return `line ${before.length}, column ${before.at(-1)!.length + 1}`;
}
