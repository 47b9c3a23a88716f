// Turns the generated operation table into the client's methods: `clara.cards.toggleLock(uuid, body, options)`.
// A method takes its path parameters in order, then its query or body (or `{ query, body }`), then the call's
// options; it returns a lazy ClaraPromise (a PagePromise for lists). Bad input rejects that promise with a
// ClaraValidationError; nothing is ever thrown synchronously.
import { ClaraValidationError } from './errors/classes.js';
import { PagePromise, type Paging } from './core/pagination.js';
import { ClaraPromise, type WithResponse } from './core/promise.js';

/**
 * What a generated SDK function (hey-api) takes, as far as the client passes it: each function's exact option
 * type is checked where it is generated; here every field only has to accept what the client gives.
 */
export interface SdkCallOptions {
  client?: unknown;
  path?: unknown;
  query?: unknown;
  body?: unknown;
  headers?: unknown;
  signal?: unknown;
  timeout?: unknown;
  retry?: unknown;
  kyOptions?: unknown;
  throwOnError?: unknown;
}

export interface OperationDefinition {
  /** The operationId. */
  id: string;
  /** `GET /v3/cards/{uuid}`: the HTTP method and path template. */
  route: string;
  /** Clara's service name (`CardsRead`); derived from the route when absent. */
  service?: string;
  /** The largest `size` the operation allows, for iterating lists; 100 when absent. */
  maxPageSize?: number;
  /** The generated SDK function (a method signature, so that its own, narrower option type is accepted). */
  call(options: SdkCallOptions): Promise<{ data?: unknown; request?: Request; response?: Response }>;
  /** Names of the path parameters, in the order the method takes them. */
  path: readonly string[];
  input: 'none' | 'query' | 'body' | 'both';
  paging?: Paging;
}

export interface OperationTree {
  readonly [key: string]: OperationDefinition | OperationTree;
}

/** One call as a method received it. */
export interface CallInput {
  path: Record<string, string>;
  query?: Record<string, unknown>;
  body?: unknown;
  /** The last argument, unchecked (the client resolves it). */
  options: unknown;
}

export type Send = (op: OperationDefinition, input: CallInput) => Promise<WithResponse<unknown>>;

const SEND = Symbol('send');
/** Per operation tree, the prototype its bound objects share. */
const prototypes = new WeakMap<OperationTree, object>();

/**
 * The tree's methods, bound to `send`. Each method is made on first use, by a getter on a prototype shared by
 * every client of the tree, then kept on the object: a service with a client per Clara customer does not build
 * every operation of the country for every customer.
 */
export function bindOperations(tree: OperationTree, send: Send): Record<string, unknown> {
  const bound = Object.create(prototypeOf(tree)) as Record<string | symbol, unknown>;
  Object.defineProperty(bound, SEND, { value: send });
  return bound;
}

function prototypeOf(tree: OperationTree): object {
  let prototype = prototypes.get(tree);
  if (prototype) return prototype;
  prototype = {};
  for (const [name, node] of Object.entries(tree)) {
    Object.defineProperty(prototype, name, {
      enumerable: true,
      get(this: Record<string | symbol, unknown>) {
        const send = this[SEND] as Send;
        const value = isOperation(node) ? bindOperation(name, node, send) : bindOperations(node, send);
        Object.defineProperty(this, name, { value, enumerable: true });
        return value;
      },
    });
  }
  prototypes.set(tree, prototype);
  return prototype;
}

export const isOperation = (node: OperationDefinition | OperationTree): node is OperationDefinition => typeof node.call === 'function';

/** Every operation of the tree with the client method that calls it: `['cards.list', op]`, `['v1.users.get', op]`. */
export function namedOperations(tree: OperationTree, prefix = ''): [string, OperationDefinition][] {
  return Object.entries(tree).flatMap(([key, node]): [string, OperationDefinition][] => (isOperation(node) ? [[`${prefix}${key}`, node]] : namedOperations(node, `${prefix}${key}.`)));
}

function bindOperation(name: string, op: OperationDefinition, send: Send) {
  return (...args: unknown[]) => {
    // Read once, when first sent (bad input rejects the promise, never throws); a list's pages share it.
    let read: CallInput | undefined;
    const input = () => (read ??= readArguments(name, op, args));
    if (op.paging) {
      const query = queryArgument(args[op.path.length], op.input);
      const fetchPage = async (page: number) => send(op, withPage(input(), page));
      // Walking a whole list costs the fewest requests with the largest page the API allows; a size (or a
      // starting page, which is counted in pages of the server's size) the caller chose is kept.
      const iteratePage =
        query?.size === undefined && query?.page === undefined
          ? async (page: number) => send(op, withPage(input(), page, op.maxPageSize ?? DEFAULT_MAX_PAGE_SIZE))
          : fetchPage;
      return new PagePromise(fetchPage, op.paging, typeof query?.page === 'number' ? query.page : 0, iteratePage, { operation: op.id, method: op.route.split(' ')[0]! });
    }
    return new ClaraPromise(async () => send(op, input()));
  };
}

const DEFAULT_MAX_PAGE_SIZE = 100;

function readArguments(name: string, op: OperationDefinition, args: unknown[]): CallInput {
  const path = Object.fromEntries(op.path.map((param, i) => [param, pathValue(name, param, args[i])]));
  const rest = args.slice(op.path.length);
  const input = op.input === 'none' ? undefined : rest.shift();
  const options = rest.shift();
  if (op.input === 'query') return { path, query: queryOf(name, input), options };
  if (op.input === 'body') return { path, body: input, options };
  if (op.input === 'both') {
    const { query, body } = (input ?? {}) as { query?: unknown; body?: unknown };
    return { path, query: queryOf(name, query), body, options };
  }
  return { path, options };
}

const withPage = (input: CallInput, page: number, size?: number): CallInput => ({ ...input, query: { ...input.query, page, ...(size === undefined ? {} : { size }) } });

/** A list's query as the caller gave it (unchecked: only its `page` and `size` are read). */
function queryArgument(input: unknown, kind: OperationDefinition['input']): { page?: unknown; size?: unknown } | undefined {
  const query = kind === 'both' ? (input as { query?: unknown } | undefined)?.query : input;
  return typeof query === 'object' && query !== null ? (query as { page?: unknown; size?: unknown }) : undefined;
}

/** Keys are encoded here (hey-api encodes values only): a key can never add another parameter. */
function queryOf(method: string, query: unknown): Record<string, unknown> | undefined {
  if (query === undefined || query === null) return undefined;
  if (typeof query !== 'object' || Array.isArray(query)) throw invalid(`${method}: the query must be an object of parameters, got ${JSON.stringify(query)}`);
  return Object.fromEntries(Object.entries(query).map(([key, value]) => [encodeURIComponent(key), value]));
}

/**
 * A path parameter becomes one path segment. `.` and `..` (also percent-encoded) would be resolved as segments
 * by the URL parser or a proxy — `cards.toggleLock('.')` would hit the bulk endpoint — so they are refused.
 */
function pathValue(method: string, param: string, value: unknown): string {
  if ((typeof value !== 'string' && typeof value !== 'number') || String(value).trim() === '') {
    throw invalid(`${method}: the path parameter "${param}" must be a non-empty string, got ${JSON.stringify(value)}`);
  }
  const text = String(value);
  if (/^(\.|%2e){1,2}$/i.test(text)) throw invalid(`${method}: the path parameter "${param}" cannot be ${JSON.stringify(text)} (a relative path segment)`);
  return text;
}

const invalid = (message: string) => new ClaraValidationError({ status: 0, message });
