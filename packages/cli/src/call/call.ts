// `clara call <resource.method> [--json …]`: one method of the country client, its result as JSON on stdout.
// The method's shape (path parameters, then a query or a body) comes from the country package's operation
// table, so arguments can be given positionally, as the SDK method takes them, or by name.
import { readFile } from 'node:fs/promises';
import { text } from 'node:stream/consumers';

import type { CliIo } from '../io.js';
import { clientOptions, type ConnectionOptions, type CountrySdk } from '../sdk.js';

/** A leaf of the country package's `operations` table. */
interface Operation {
  path: readonly string[];
  input: 'none' | 'query' | 'body' | 'both';
}

export async function call(sdk: CountrySdk, options: ConnectionOptions, method: string, json: string | undefined, io: CliIo): Promise<number> {
  const operation = findOperation(sdk.operations, method);
  const given = json === undefined ? [] : await parseArguments(json, io.stdin);
  const args = Array.isArray(given) ? checkPositional(given, operation, method) : namedArguments(given, operation, method);

  const client = sdk.createClaraClient(clientOptions(options));
  try {
    const data = await clientMethod(client, method)(...args);
    io.stdout.write(`${JSON.stringify(data ?? null, null, 2)}\n`);
    return 0;
  } finally {
    await client.close();
  }
}

/** The client's method at `cards.get`: the client mirrors the operations table, and its methods need no `this`. */
export function clientMethod(client: object, method: string): (...args: unknown[]) => PromiseLike<unknown> {
  return method.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], client) as (...args: unknown[]) => PromiseLike<unknown>;
}

function findOperation(operations: object, method: string): Operation {
  let node: Record<string, unknown> = operations as Record<string, unknown>;
  const walked: string[] = [];
  for (const key of method.split('.')) {
    const next = Object.hasOwn(node, key) ? node[key] : undefined;
    if (typeof next !== 'object' || next === null) {
      const where = walked.length > 0 ? `${walked.join('.')} has` : 'the resources are';
      throw new Error(`Unknown method "${method}": ${where} ${Object.keys(node).sort().join(', ')}.`);
    }
    node = next as Record<string, unknown>;
    walked.push(key);
  }
  if (!isOperation(node)) {
    const methods = Object.keys(node).sort().map((name) => `${method}.${name}`);
    throw new Error(`"${method}" is a resource, not a method: pick one of ${methods.join(', ')}.`);
  }
  return node;
}

const isOperation = (node: Record<string, unknown>): node is Operation & Record<string, unknown> => typeof node.call === 'function';

/** The parameters of an operation, as its signature reads: `uuid, body`. */
function parameterNames(operation: Operation): string[] {
  const input = { none: [], query: ['query'], body: ['body'], both: ['{ query, body }'] }[operation.input];
  return [...operation.path, ...input];
}

function checkPositional(args: unknown[], operation: Operation, method: string): unknown[] {
  const names = parameterNames(operation);
  if (args.length > names.length) throw new Error(`${method}(${names.join(', ')}) takes ${names.length} argument(s), got ${args.length}.`);
  return args;
}

function namedArguments(given: unknown, operation: Operation, method: string): unknown[] {
  if (typeof given !== 'object' || given === null) throw new Error('--json must be a JSON array (the arguments in order) or an object (the arguments by name).');
  const named = given as Record<string, unknown>;
  const takesQuery = operation.input === 'query' || operation.input === 'both';
  const takesBody = operation.input === 'body' || operation.input === 'both';
  const allowed = [...operation.path, ...(takesQuery ? ['query'] : []), ...(takesBody ? ['body'] : [])];
  const unknown = Object.keys(named).filter((key) => !allowed.includes(key));
  if (unknown.length > 0) throw new Error(`${method} takes ${allowed.length > 0 ? allowed.join(', ') : 'no arguments'}; unknown: ${unknown.join(', ')}.`);
  const missing = operation.path.filter((name) => named[name] === undefined);
  if (missing.length > 0) throw new Error(`${method} needs the path parameter(s) ${missing.join(', ')}.`);

  const args = operation.path.map((name) => named[name]);
  if (operation.input === 'both') args.push({ query: named.query, body: named.body });
  else if (takesQuery) args.push(named.query);
  else if (takesBody) args.push(named.body);
  return args;
}

/** `--json` as given: JSON text, `@file` (a file's JSON) or `-` (stdin). */
async function parseArguments(json: string, stdin: NodeJS.ReadableStream): Promise<unknown> {
  const [source, content] =
    json === '-' ? ['stdin', await text(stdin)] : json.startsWith('@') ? [json.slice(1), await readFile(json.slice(1), 'utf8')] : ['--json', json];
  try {
    return JSON.parse(content);
  } catch (error) {
    throw new Error(`${source} is not valid JSON: ${(error as Error).message}`);
  }
}
