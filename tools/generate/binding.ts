// Writes the country binding: the typed `ClaraClient` interface and the table that wires each generated SDK
// function into the facade runtime of @org/clara. Pure string building from the operation list: names were checked
// by naming.ts, every other spec string is a JSON string literal in code and made inert (doc-text.ts) in comments.
import { docText } from './doc-text.ts';
import { RESERVED_WORDS } from './naming.ts';
import { DEFAULT_VERSION } from './openapi.ts';
import type { Operation } from './operations.ts';
import { RESPONSES_FILE } from './responses.ts';

export interface Country {
  code: string;
  name: string;
  servers: { production: string; sandbox: string };
  tokenUrl: string;
}

export function renderBinding(country: Country, operations: Operation[], header: string): string {
  const tree = groupOperations(operations);
  return [
    header,
    "import { buildClient, type ClaraClientBase, type ClaraClientOptions, type ClaraPromise, type ClientBinding, type PagePromise, type RequestOptions, type ResponseSchemas } from '@org/clara/binding';",
    '',
    "import packageJson from '../../package.json' with { type: 'json' };",
    "import { createClient, createConfig, type Client } from './api/client/index.js';",
    "import * as sdk from './api/sdk.gen.js';",
    "import type * as api from './api/types.gen.js';",
    '',
    `/** ${country.name}: hosts and token endpoint, from the spec's \`servers\` and \`securitySchemes\`. */`,
    `export const country = ${JSON.stringify(country, null, 2)} as const;`,
    '',
    `/** The Clara API of ${country.name}. v3 at the top level; older versions under \`v2\`, \`v1\`. */`,
    'export interface ClaraClient extends ClaraClientBase<ClaraClient, Client> {',
    ...renderInterface(tree, '  '),
    '}',
    '',
    '/** Every operation wired into the client, by namespace, resource and method (introspection, tests). */',
    'export const operations = {',
    ...renderTable(tree, '  '),
    '} as const;',
    '',
    '// One binding for every client of the package: what the runtime builds from it (the response checker) is shared.',
    'const binding: ClientBinding<Client> = {',
    '  country,',
    '  package: { name: packageJson.name, version: packageJson.version },',
    '  operations,',
    '  createHttpClient: (config) => createClient(createConfig(config)),',
    "  // Loaded on the first answer checked (validateResponses), never at import.",
    `  responses: async () => (await import('./${RESPONSES_FILE}', { with: { type: 'json' } })).default as ResponseSchemas,`,
    '};',
    '',
    `/** Creates a client for Clara ${country.name}. See the package README for the options. */`,
    'export function createClaraClient(options: ClaraClientOptions): ClaraClient {',
    '  return buildClient<ClaraClient, Client>(binding, options);',
    '}',
    '',
  ].join('\n');
}

type Tree = Map<string, Map<string, Operation[]>>; // namespace ('' = default) → resource → operations

function groupOperations(operations: Operation[]): Tree {
  const tree: Tree = new Map();
  const sorted = [...operations].sort((a, b) =>
    `${a.version}.${a.resource}.${a.method}`.localeCompare(`${b.version}.${b.resource}.${b.method}`),
  );
  for (const op of sorted) {
    const namespace = op.version === DEFAULT_VERSION ? '' : op.version;
    const resources = tree.get(namespace) ?? tree.set(namespace, new Map()).get(namespace)!;
    (resources.get(op.resource) ?? resources.set(op.resource, []).get(op.resource)!).push(op);
  }
  return new Map([...tree].sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : b.localeCompare(a))));
}

function renderInterface(tree: Tree, indent: string): string[] {
  const lines: string[] = [];
  for (const [namespace, resources] of tree) {
    const inner = namespace ? `${indent}  ` : indent;
    if (namespace) lines.push(`${indent}readonly ${namespace}: {`);
    for (const [resource, ops] of resources) {
      lines.push(`${inner}readonly ${resource}: {`);
      for (const op of ops) lines.push(...renderSignature(op, `${inner}  `));
      lines.push(`${inner}};`);
    }
    if (namespace) lines.push(`${indent}};`);
  }
  return lines;
}

function renderSignature(op: Operation, indent: string): string[] {
  const type = pascal(op.operationId);
  const params = parameterNames(op.pathParams).map((name) => `${name}: string`);
  if (op.hasQuery && op.hasBody) {
    const optional = op.queryRequired || op.bodyRequired ? '' : '?';
    params.push(`input${optional}: { query${op.queryRequired ? '' : '?'}: api.${type}Data['query']; body${op.bodyRequired ? '' : '?'}: api.${type}Data['body'] }`);
  } else if (op.hasQuery) {
    params.push(`query${op.queryRequired ? '' : '?'}: api.${type}Data['query']`);
  } else if (op.hasBody) {
    params.push(`body${op.bodyRequired ? '' : '?'}: api.${type}Data['body']`);
  }
  params.push('options?: RequestOptions');
  const result = op.paging ? `PagePromise<api.${type}Response>` : `ClaraPromise<api.${type}Response>`;
  return [...renderDoc(op, indent), `${indent}${op.method}(${params.join(', ')}): ${result};`];
}

/** What an editor shows on hover: the spec's summary and description, parameters, errors, deprecation, a link. */
function renderDoc(op: Operation, indent: string): string[] {
  const lines: string[] = [];
  if (op.summary) lines.push(...docLines(op.summary), '');
  if (op.description && op.description !== op.summary) lines.push(...docLines(op.description.trim()), '');
  lines.push(`\`${docText(`${op.httpMethod} ${op.path}`)}\` — raw function \`${op.operationId}\`${op.paging ? '; `for await` walks every page' : ''}.`);
  const described = (name: string) => op.parameters.find((p) => p.name === name);
  const pathNames = parameterNames(op.pathParams);
  op.pathParams.forEach((name, i) => lines.push(`@param ${pathNames[i]} - ${firstSentence(described(name)?.description) ?? `the \`${docText(name)}\` path parameter`}`));
  const query = op.parameters.filter((p) => !op.pathParams.includes(p.name));
  const queryDoc = query.map((p) => `\`${docText(p.name)}\`${p.required ? ' (required)' : ''}${p.deprecated ? ' (deprecated)' : ''}${p.description ? `: ${firstSentence(p.description)}` : ''}`).join('; ');
  const bodyDoc = firstSentence(op.bodyDescription) ?? 'the request body';
  if (op.hasQuery && op.hasBody) lines.push(`@param input - \`query\`: ${queryDoc}; \`body\`: ${bodyDoc}`);
  else if (op.hasQuery) lines.push(`@param query - ${queryDoc}`);
  else if (op.hasBody) lines.push(`@param body - ${bodyDoc}`);
  lines.push('@param options - this call\'s options (timeout, retries, signal, headers, tax identifier)');
  for (const [error, statuses] of errorClasses(op.errorStatuses)) lines.push(`@throws {${error}} HTTP ${statuses.join(', ')}`);
  if (op.deprecated) lines.push(`@deprecated ${firstSentence(op.description) && /deprecat/i.test(op.description ?? '') ? firstSentence(op.description) : 'Clara marks this operation as deprecated.'}`);
  if (op.reference) lines.push(`@see {@link ${op.reference} | Clara API reference}`);
  return [`${indent}/**`, ...lines.map((line) => `${indent} *${line ? ` ${line}` : ''}`), `${indent} */`];
}

/** Spec text as comment lines, inert (doc-text.ts). */
const docLines = (text: string): string[] => docText(text).split(/\r\n|[\n\r\u2028\u2029]/);

/** The runtime's error classes by status (packages/clara/src/errors/map-error.ts). */
function errorClasses(statuses: string[]): [string, string[]][] {
  const classOf = (status: string): string => {
    if (status === '400' || status === '422') return 'ClaraValidationError';
    if (status === '401' || status === '511') return 'ClaraAuthError'; // 511: Clara got no client certificate
    if (status === '403') return 'ClaraPermissionError';
    if (status === '404') return 'ClaraNotFoundError';
    if (status === '429') return 'ClaraRateLimitError';
    return status.startsWith('5') ? 'ClaraServerError' : 'ClaraApiError';
  };
  const grouped = new Map<string, string[]>();
  for (const status of statuses) grouped.set(classOf(status), [...(grouped.get(classOf(status)) ?? []), status]);
  return [...grouped];
}

/** The first sentence of spec text, inert in a comment. */
const firstSentence = (text: string | undefined): string | undefined => {
  const line = text === undefined ? undefined : docLines(text.trim())[0]?.trim();
  if (!line) return undefined;
  return /^(.+?[.!?])(\s|$)/.exec(line)?.[1] ?? line;
};

function renderTable(tree: Tree, indent: string): string[] {
  const lines: string[] = [];
  for (const [namespace, resources] of tree) {
    const inner = namespace ? `${indent}  ` : indent;
    if (namespace) lines.push(`${indent}${namespace}: {`);
    for (const [resource, ops] of resources) {
      lines.push(`${inner}${resource}: {`);
      for (const op of ops) {
        const input = op.hasQuery && op.hasBody ? 'both' : op.hasQuery ? 'query' : op.hasBody ? 'body' : 'none';
        const fields = [
          `id: ${JSON.stringify(op.operationId)}`,
          `route: ${JSON.stringify(`${op.httpMethod} ${op.path}`)}`,
          `service: ${JSON.stringify(op.service)}`,
          `call: sdk.${op.operationId}`,
          `path: ${JSON.stringify(op.pathParams)}`,
          `input: ${JSON.stringify(input)}`,
          ...(op.paging ? [`paging: ${JSON.stringify(op.paging)}`] : []),
        ];
        lines.push(`${inner}  ${op.method}: { ${fields.join(', ')} },`);
      }
      lines.push(`${inner}},`);
    }
    if (namespace) lines.push(`${indent}},`);
  }
  return lines;
}

const pascal = (id: string): string => id.charAt(0).toUpperCase() + id.slice(1);
/** The method's own parameters: a path parameter cannot take their names. */
const OWN_PARAMETERS = new Set(['input', 'query', 'body', 'options']);

/** Path parameter names → distinct parameter identifiers (`{tax-id}` → `tax_id`, `{class}` → `_class`). */
function parameterNames(names: string[]): string[] {
  const used = new Set<string>();
  return names.map((name) => {
    let id = name.replace(/[^A-Za-z0-9_$]/g, '_');
    if (/^[0-9]/.test(id) || RESERVED_WORDS.has(id) || OWN_PARAMETERS.has(id)) id = `_${id}`;
    while (used.has(id)) id = `${id}_`;
    used.add(id);
    return id;
  });
}
