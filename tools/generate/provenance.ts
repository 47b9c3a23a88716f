// Where the facts of the effective document come from, told where users read them: the hover text (descriptions,
// which hey-api and the binding turn into JSDoc) and the package README. Two curation marks (specs/README.md):
//   - `x-clara-confidence: low`: reconstructed from Clara's guides, no documented schema behind it;
//   - `x-clara-contested: { kept, other, alternative? }` on a schema: two official pages disagree; `kept` is what
//     the SDK sends or expects, `other` the other page's form (the sandbox accepts `alternative` in request bodies).
import { codeSpan } from './markdown.ts';
import { DEFAULT_VERSION, HTTP_METHODS, jsonBodySchema, operationEntries } from './openapi.ts';
import type { OpenApiDocument } from './spec.ts';

export const RECONSTRUCTED = "unverified: reconstructed from Clara's guides";

export interface Contested {
  kept: string;
  other: string;
}

export interface ReconstructedOperation {
  /** `GET /v1/subscribers` */
  route: string;
  /** `clara.v1.subscribers.list` */
  call: string;
  /** What is reconstructed, as Markdown: `the operation`, `` the request body `CardsLockRequest` ``, … */
  parts: string[];
}

type Node = Record<string, any>;
const isObject = (value: unknown): value is Node => typeof value === 'object' && value !== null && !Array.isArray(value);
const schemaName = (ref: unknown): string | undefined => (typeof ref === 'string' && ref.startsWith('#/components/schemas/') ? ref.slice(21) : undefined);

const successesOf = (op: Node): Node[] => Object.entries<Node>(op.responses ?? {}).filter(([status]) => /^2/.test(status)).map(([, response]) => response);

/** The named schema of a body, and for a page or an array the named schema of its items. */
function namedSchemas(document: OpenApiDocument, schema: unknown): string[] {
  if (!isObject(schema)) return [];
  const name = schemaName(schema.$ref);
  const resolved = name ? document.components?.schemas?.[name] : schema;
  const items = resolved?.type === 'array' ? resolved.items : resolved?.properties?.content?.items;
  return [...(name ? [name] : []), ...(schemaName(items?.$ref) ? [schemaName(items.$ref)!] : [])];
}

/** The schemas a node refers to, transitively (examples and extensions are not followed). */
function reachableSchemas(document: OpenApiDocument, start: unknown): Set<string> {
  const seen = new Set<string>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!isObject(node)) return;
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && schemaName(value) && !seen.has(schemaName(value)!)) {
        seen.add(schemaName(value)!);
        visit(document.components?.schemas?.[schemaName(value)!]);
      } else if (key !== 'example' && key !== 'examples' && !key.startsWith('x-')) visit(value);
    }
  };
  visit(start);
  return seen;
}

const isLow = (node: unknown): boolean => isObject(node) && node['x-clara-confidence'] === 'low';
const callOf = (path: string, op: Node): string => {
  const version = /^\/(v\d+)\//.exec(path)?.[1] ?? DEFAULT_VERSION;
  return ['clara', ...(version === DEFAULT_VERSION ? [] : [version]), op['x-clara-resource'], op['x-clara-method']].join('.');
};

/** Operations that are, or whose request body or response is, reconstructed rather than documented. */
export function reconstructedOperations(document: OpenApiDocument): ReconstructedOperation[] {
  const schemas = document.components?.schemas ?? {};
  const result: ReconstructedOperation[] = [];
  for (const { method, path, op } of operationEntries(document)) {
    const lowNamed = (schema: unknown) => namedSchemas(document, schema).filter((name) => isLow(schemas[name]));
    const body = lowNamed(jsonBodySchema(document, op.requestBody));
    const response = [...new Set(successesOf(op).flatMap((success) => lowNamed(jsonBodySchema(document, success))))];
    const parts = [
      ...(isLow(op) ? ['the operation'] : []),
      ...(body.length ? [`the request body ${body.map(codeSpan).join(', ')}`] : []),
      ...(response.length ? [`the response ${response.map(codeSpan).join(', ')}`] : []),
    ];
    if (parts.length) result.push({ route: `${method.toUpperCase()} ${path}`, call: callOf(path, op), parts });
  }
  return result.sort((a, b) => a.call.localeCompare(b.call));
}

const appended = (description: unknown, note: string): string => (typeof description === 'string' && description.trim() ? `${description.trim()}\n\n${note}` : note);
const contestedNote = ({ kept, other }: Contested, subject = ''): string =>
  `Contested${subject}: Clara's official pages give two readings. This SDK follows one: ${kept}; the other: ${other}.`;

/**
 * Writes the marks into the descriptions of the effective document (in place): every node marked `low` and every
 * reconstructed operation says `unverified: reconstructed from Clara's guides`; a contested schema, and each
 * operation whose request body or response reaches it, names both readings.
 */
export function annotateProvenance(document: OpenApiDocument): void {
  const schemas: Record<string, Node> = document.components?.schemas ?? {};
  const reconstructed = new Map(reconstructedOperations(document).map((entry) => [entry.route, entry]));
  const contested = Object.entries(schemas).filter(([, schema]) => isObject(schema['x-clara-contested'])) as [string, Node][];

  for (const { method, path, op } of operationEntries(document)) {
    const entry = reconstructed.get(`${method.toUpperCase()} ${path}`);
    if (entry) op.description = appended(op.description, `${RECONSTRUCTED} (${entry.parts.join('; ')}): expect drift here first.`);
    const inBody = reachableSchemas(document, op.requestBody);
    const inResponse = reachableSchemas(document, successesOf(op));
    for (const [name, schema] of contested) {
      const sandbox = inBody.has(name) ? 'The sandbox accepts both forms.' : inResponse.has(name) ? 'The sandbox answers in the form this SDK follows.' : undefined;
      if (sandbox) op.description = appended(op.description, `${contestedNote(schema['x-clara-contested'], ` (\`${name}\`)`)} ${sandbox}`);
    }
  }
  for (const [, schema] of contested) schema.description = appended(schema.description, contestedNote(schema['x-clara-contested']));
  markLowNodes(document.paths);
  markLowNodes(schemas);
}

/** Parameters, schemas and properties marked `low` (operations are told above, with the reason). */
function markLowNodes(node: unknown, isOperation = false): void {
  if (Array.isArray(node)) return node.forEach((child) => markLowNodes(child));
  if (!isObject(node)) return;
  if (isLow(node) && !isOperation) node.description = appended(node.description, `${RECONSTRUCTED}.`);
  for (const [key, value] of Object.entries(node)) {
    if (key !== 'example' && key !== 'examples' && !key.startsWith('x-')) markLowNodes(value, (HTTP_METHODS as readonly string[]).includes(key) && isObject(value) && 'responses' in value);
  }
}

/** A table cell: a GFM table splits its rows at every `|` not escaped, in code spans too. */
const cell = (markdown: string): string => markdown.replaceAll('|', '\\|');

/** The README's table of reconstructed operations; names and routes are code spans (codeSpan), whatever upstream put in them. */
export function renderReconstructed(entries: ReconstructedOperation[]): string {
  if (entries.length === 0) return 'None: every operation, request body and response of this package is documented by Clara.';
  return [
    '| Call | Route | Reconstructed |',
    '|---|---|---|',
    ...entries.map((entry) => `| ${[codeSpan(entry.call), codeSpan(entry.route), entry.parts.join('; ')].map(cell).join(' | ')} |`),
  ].join('\n');
}
