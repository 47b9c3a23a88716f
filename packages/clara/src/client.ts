// Builds the client object a country package exports from its generated operation table: one method per
// operation, resources as plain objects, v2/v1 under their own namespaces.
import { ClaraValidationError, type ClaraCredentials, type CredentialsSource } from '@org/clara-auth';

import { ConnectionHandle, type HttpClient, type HttpClientFactory } from './core/connection.js';
import { callLimits, resolveOptions, type ClaraClientOptions, type CountryDefinition } from './core/options.js';
import { PagePromise, type Paging } from './core/pagination.js';
import { ClaraPromise, type WithResponse } from './core/promise.js';
import { checkTaxIdentifier, hasControlCharacters } from './core/tax-identifier.js';

export interface RequestOptions {
  /** Cancels the request (and its retries). */
  signal?: AbortSignal;
  /** Per-attempt timeout for this call, in milliseconds. */
  timeoutMs?: number;
  /** Retries for this call. */
  maxRetries?: number;
  /** Extra headers for this call. */
  headers?: Record<string, string>;
}

/** A generated SDK function (hey-api): takes request options, resolves to `{ data, response }`. */
// Each generated function has its own option type; the binding table is checked where it is generated.
type SdkFunction = (options: any) => Promise<any>;

export interface OperationDefinition {
  call: SdkFunction;
  path: readonly string[];
  input: 'none' | 'query' | 'body' | 'both';
  paging?: Paging;
}

export interface OperationTree {
  readonly [key: string]: OperationDefinition | OperationTree;
}

export interface ClientBinding {
  country: CountryDefinition;
  operations: OperationTree;
  createHttpClient: HttpClientFactory;
}

/** What every country client has besides its resources. `Http` is the country's generated hey-api client type. */
export interface ClaraClientBase<Self, Http = HttpClient> {
  /** A client acting for a subsidiary (`X-Tax-Identifier`), sharing this client's connections and token. */
  withTaxIdentifier(taxIdentifier: string): Self;
  /**
   * Switches to new credentials (e.g. a renewed certificate) without a restart; derived clients follow.
   * Resolves once connections of the old certificate have drained.
   */
  rotateCredentials(credentials: CredentialsSource | ClaraCredentials): Promise<void>;
  /** Closes the connections. Derived clients share them: close once. */
  close(): Promise<void>;
  /**
   * The configured hey-api client (mTLS, token, retries, timeouts, typed errors) for the raw generated
   * functions: `raw.listTransactions({ client: await clara.httpClient(), query })`. It is shared by derived
   * clients: `X-Tax-Identifier` is not added, pass it in `headers`.
   */
  httpClient(): Promise<Http>;
}

export function buildClient<Client>(binding: ClientBinding, options: ClaraClientOptions): Client {
  const resolved = resolveOptions(binding.country, options);
  const connection = new ConnectionHandle(resolved, binding.createHttpClient);

  const scoped = (taxIdentifier: string | undefined): Client => {
    const headers: Record<string, string> = taxIdentifier ? { 'X-Tax-Identifier': taxIdentifier } : {};
    const send = async (op: OperationDefinition, request: Record<string, unknown>, options: RequestOptions) => {
      checkHeaders(options.headers);
      const { http } = await connection.get();
      const { data, response } = await op.call({
        ...request,
        client: http,
        headers: options.headers ? { ...headers, ...options.headers } : headers,
        signal: options.signal,
        ...callLimits(options, resolved),
      });
      return { data, response } as WithResponse<any>;
    };
    return {
      ...bindTree(binding.operations, send),
      withTaxIdentifier: (id: string) => scoped(checkTaxIdentifier(binding.country.code, id)),
      rotateCredentials: (credentials: CredentialsSource | ClaraCredentials) => connection.rotate(credentials),
      close: () => connection.close(),
      httpClient: async () => (await connection.get()).http,
    } as Client;
  };
  return scoped(resolved.taxIdentifier);
}

type Send = (op: OperationDefinition, request: Record<string, unknown>, options: RequestOptions) => Promise<WithResponse<any>>;

function bindTree(tree: OperationTree, send: Send): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(tree).map(([name, node]) => [name, isOperation(node) ? bindOperation(name, node, send) : bindTree(node, send)]),
  );
}

const isOperation = (node: OperationDefinition | OperationTree): node is OperationDefinition =>
  typeof (node as OperationDefinition).call === 'function';

function bindOperation(name: string, op: OperationDefinition, send: Send) {
  return (...args: unknown[]) => {
    const path = Object.fromEntries(op.path.map((param, i) => [param, pathValue(name, param, args[i])]));
    const rest = args.slice(op.path.length);
    const input = op.input === 'none' ? undefined : rest.shift();
    const options = (rest.shift() ?? {}) as RequestOptions;
    const { query, body } = split(op.input, input);

    if (op.paging) {
      const fetchPage = (page: number) => send(op, { path, query: { ...query, page }, body }, options);
      return new PagePromise(fetchPage, op.paging, query);
    }
    return new ClaraPromise(() => send(op, { path, query, body }, options));
  };
}

function split(kind: OperationDefinition['input'], input: unknown): { query?: Record<string, unknown>; body?: unknown } {
  if (kind === 'query') return { query: input as Record<string, unknown> | undefined };
  if (kind === 'body') return { body: input };
  if (kind === 'both') return (input ?? {}) as { query?: Record<string, unknown>; body?: unknown };
  return {};
}

/** A control character in a header value could smuggle another header: refused before anything is sent. */
function checkHeaders(headers: Record<string, string> | undefined): void {
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (typeof value !== 'string' || hasControlCharacters(value)) {
      throw new ClaraValidationError({ status: 0, message: `The header "${name}" must be a string without control characters (CR, LF, NUL...).` });
    }
  }
}

function pathValue(method: string, param: string, value: unknown): string {
  if ((typeof value !== 'string' && typeof value !== 'number') || String(value).trim() === '') {
    throw new ClaraValidationError({ status: 0, message: `${method}: the path parameter "${param}" must be a non-empty string, got ${JSON.stringify(value)}` });
  }
  return String(value);
}
