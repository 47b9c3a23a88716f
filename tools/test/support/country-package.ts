// What the country-package suites (country-clients, country-kits) use of a country package, typed here: tools
// is not compiled with the DOM types the generated code needs, and the packages' own types are checked in
// country-types.test.ts. And the operations table walked: where each method lives on the client.
import { join } from 'node:path';

import { listCountries } from '../../generate/countries.ts';

export const repo = join(import.meta.dirname, '..', '..', '..');

export interface Definition {
  call: unknown;
  path: readonly string[];
  input: 'none' | 'query' | 'body' | 'both';
  paging?: 'page' | 'array';
}
export interface Tree {
  readonly [name: string]: Definition | Tree;
}
/** One row of the operations table: where its method lives on the client (`['v2', 'cards', 'list']`). */
export interface Entry {
  at: string[];
  operationId: string;
  definition: Definition;
}

export interface Page {
  content?: { uuid: string }[];
  totalPages?: number;
  totalElements?: number;
}
export type PagePromise = PromiseLike<Page> & AsyncIterable<{ uuid: string }>;
export interface Client {
  transactions: { list(query?: { size?: number }): PagePromise; get(uuid: string): PromiseLike<unknown> };
  cards: { get(uuid: string): PromiseLike<unknown> };
  withTaxIdentifier(taxIdentifier: string): Client;
  close(): Promise<void>;
}
export type ErrorClass = new (...args: never[]) => Error;
export interface CountryPackage {
  createClaraClient(options: object): Client;
  operations: Tree;
  raw: Record<string, unknown>;
  ClaraNotFoundError: ErrorClass;
  ClaraValidationError: ErrorClass;
}
export interface MockedRequest {
  operation?: string;
  path?: Record<string, string>;
}
export interface MethodMock {
  reply(status: number, body?: unknown): void;
  replyWith(reply: (request: MockedRequest) => readonly [number, unknown?]): void;
}
export interface ClaraMock {
  clientOptions: object;
  cards: { get: MethodMock };
  done(): void;
  restore(): void;
}
export interface TestingKit {
  mockClara(): ClaraMock;
}

function entriesOf(tree: Tree, operationIdOf: Map<unknown, string>, at: string[] = []): Entry[] {
  return Object.entries(tree).flatMap(([name, node]) =>
    'call' in node
      ? [{ at: [...at, name], operationId: operationIdOf.get(node.call) ?? `<not in raw: ${[...at, name].join('.')}>`, definition: node as Definition }]
      : entriesOf(node as Tree, operationIdOf, [...at, name]),
  );
}

export const walk = (root: unknown, at: readonly string[]) => at.reduce<unknown>((node, name) => (node as Record<string, unknown>)[name], root);

/** `clara.v2.cards.list(...)`: the method at `at`, called on its resource object as a user would. */
export function callMethod(client: Client, at: readonly string[], args: unknown[]): PromiseLike<unknown> {
  const resource = walk(client, at.slice(0, -1)) as Record<string, unknown>;
  const method = resource[at.at(-1) as string];
  if (typeof method !== 'function') throw new Error(`clara.${at.join('.')} is not a method`);
  return method.apply(resource, args) as PromiseLike<unknown>;
}

/** A method's arguments: the path parameters first, then the query, the body or both, as its signature takes them. */
export function argumentsOf(definition: Definition, { pathParams, query, body }: { pathParams: readonly unknown[]; query?: unknown; body?: unknown }): unknown[] {
  const input = { none: [], query: [query], body: [body], both: [{ query, body }] }[definition.input];
  return [...pathParams, ...input];
}

export const errorOf = (promise: PromiseLike<unknown>) => Promise.resolve(promise).then(() => undefined, (error: unknown) => error);

/** A country package and the rows of its operations table. */
export async function loadPackage(code: string): Promise<{ pkg: CountryPackage; entries: Entry[] }> {
  const pkg = (await import(`@org/clara-${code}`)) as CountryPackage;
  const operationIdOf = new Map(Object.entries(pkg.raw).map(([operationId, call]) => [call, operationId]));
  return { pkg, entries: entriesOf(pkg.operations, operationIdOf) };
}

export const countries = await listCountries(repo);
