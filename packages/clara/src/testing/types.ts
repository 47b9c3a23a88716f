// The mock's types, read off a country's generated operation table: each leaf's `call` (the hey-api function)
// says what the operation takes (`path`, `query`, `body`) and answers (`data`), so `mock.cards.get.reply(200, …)`
// is checked against the card schema and `replyWith` gets the request typed — without anything generated.
import type { ClaraClientOptions } from '../core/options.js';
import type { OperationTree } from '../operations.js';

/** What an operation takes and answers, in the mock's terms. */
export interface OperationShape {
  path: object;
  query: object;
  body: unknown;
  data: unknown;
}

/** Any operation: what `mock.requests` holds. */
export interface AnyOperation extends OperationShape {
  path: Record<string, string>;
  query: Record<string, unknown>;
}

type CallOf<Op> = Op extends { call: infer F } ? F : never;
type SdkOptions<Op> = CallOf<Op> extends (options: infer O) => unknown ? O : never;

/** The shape of one leaf of a generated operation table. */
export type ShapeOf<Op> = {
  path: SdkOptions<Op> extends { path: infer P extends object } ? P : Record<never, string>;
  query: SdkOptions<Op> extends { query?: infer Q } ? (NonNullable<Q> extends object ? NonNullable<Q> : Record<never, unknown>) : Record<never, unknown>;
  body: SdkOptions<Op> extends { body?: infer B } ? B : undefined;
  // hey-api's result: `{ data, request, response }` (or `{ data, error }`); the error member's data is undefined.
  data: CallOf<Op> extends (...args: never[]) => Promise<infer R> ? (R extends { data: infer D } ? Exclude<D, undefined> : never) : never;
};

type Digit = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;
type ToNumber<S> = S extends `${infer N extends number}` ? N : never;
/** 200–299: the answer's body is the operation's response type. */
export type SuccessStatus = ToNumber<`2${Digit}${Digit}`>;
/** 300–599: the answer's body is an error body. */
export type FailureStatus = ToNumber<`${3 | 4 | 5}${Digit}${Digit}`>;

/** An error answer's body: Clara's `{ code, message, details }` (anything else goes too), or text. */
export type ErrorBody = { code?: string; message?: string; details?: unknown; [field: string]: unknown } | string;
export type ReplyHeaders = Record<string, string>;

type SuccessArgs<Data> = undefined extends Data ? [body?: Data, headers?: ReplyHeaders] : [body: Data, headers?: ReplyHeaders];
type FailureArgs = [body?: ErrorBody, headers?: ReplyHeaders];
/** What follows the status in `reply(status, …)`: the response type for a 2xx, an error body otherwise. */
export type ReplyArgs<Status extends number, Data> = Status extends SuccessStatus ? SuccessArgs<Data> : FailureArgs;
/** What a `replyWith` function returns: `[status, body?, headers?]`, typed as `reply` takes them. */
export type MockReply<Data> = readonly [SuccessStatus, ...SuccessArgs<Data>] | readonly [FailureStatus, ...FailureArgs];

/**
 * The query as sent: every value a string (`page: '0'`); an array parameter comma-separated, as the client
 * sends Clara's array parameters (`labels: 'a,b'`).
 */
export type SentQuery<Query> = { [Name in keyof Query]?: string };

/** A request the mock answered, parsed. */
export interface MockedRequest<Shape extends OperationShape = AnyOperation> {
  /** Where the method lives on the client: `cards.get`, `v2.cards.list`. */
  operation: string;
  /** The operationId: `getCard`. */
  operationId: string;
  method: string;
  url: string;
  /** The path parameters, decoded: `{ uuid: 'c-1' }`. */
  path: Shape['path'];
  query: SentQuery<Shape['query']>;
  /** The JSON body, parsed (undefined when there was none). */
  body: Shape['body'];
  /** Lower-case names. */
  headers: Record<string, string>;
}

/**
 * One operation of the mock, e.g. `mock.cards.get`. `reply`, `replyWith` and `replyWithError` add a mocked
 * answer (for one call, unless `times` or `persist` says otherwise); `times`, `persist`, `delay`, `query` and
 * `path` return a refined copy to add it with (`mock.cards.get.times(2).reply(…)`). Answers are used in the
 * order they were added, as nock does.
 */
export interface OperationMock<Shape extends OperationShape = AnyOperation> {
  /** Answers with this status and body: the operation's response type for a 2xx, an error body otherwise. */
  reply<Status extends SuccessStatus | FailureStatus>(status: Status, ...args: ReplyArgs<Status, Shape['data']>): void;
  /** Answers with what `reply` returns for the request (path parameters, query, body), maybe asynchronously. */
  replyWith(reply: (request: MockedRequest<Shape>) => MockReply<Shape['data']> | Promise<MockReply<Shape['data']>>): void;
  /**
   * Fails the request on the wire (nock's `replyWithError`) with a network error of this `code`: `ECONNRESET`
   * (the default: the connection was lost after the request was sent), `ECONNREFUSED` (it never left),
   * `ETIMEDOUT`... A string is the error's message.
   */
  replyWithError(error: string | { code?: string; message?: string } | Error): void;
  /** The answer serves this many calls (default 1). */
  times(count: number): OperationMock<Shape>;
  /** The answer serves every call, for the mock's whole life. */
  persist(): OperationMock<Shape>;
  /** The answer's body arrives after this many milliseconds (nock's `delay`). */
  delay(ms: number): OperationMock<Shape>;
  /**
   * Only requests whose query has these values (others in the query are allowed), or for which the function
   * says true. Without it, any query matches.
   */
  query(match: { [Name in keyof Shape['query']]?: Shape['query'][Name] } | ((query: SentQuery<Shape['query']>) => boolean)): OperationMock<Shape>;
  /** Only requests for these path parameters: `mock.cards.get.path({ uuid: 'c-1' })`. */
  path(params: Partial<Shape['path']>): OperationMock<Shape>;
}

/** The mock's tree of operations: the client's resources and namespaces (`v2`, `v1`), each method an OperationMock. */
export type OperationMocks<Ops> = {
  readonly [Name in keyof Ops]: Ops[Name] extends { route: string; call: unknown } ? OperationMock<ShapeOf<Ops[Name]>> : OperationMocks<Ops[Name]>;
};

/** What the token endpoint takes and answers. */
export interface TokenShape {
  path: Record<never, string>;
  query: Record<never, unknown>;
  /** `grant_type=client_credentials`, form-encoded. */
  body: string;
  data: { access_token: string; token_type?: string; expires_in?: number | string; scope?: string };
}

/** A request to the token endpoint. */
export interface TokenRequest {
  /** From the Basic authorization. */
  clientId: string;
  grantType: string;
}

export interface MockClaraOptions {
  /** `sandbox` mocks Clara's `/api-test/...` paths, for a client created with `environment: 'sandbox'`. */
  environment?: 'production' | 'sandbox';
  /** Another host (a proxy, say), as the client option: the mock intercepts it instead of the country's. */
  baseUrl?: string;
}

export interface ClaraMockControls {
  /**
   * Options for `createClaraClient`: in-memory test credentials (see `testCredentials()`) and the environment and
   * base URL the mock intercepts. Add your own (`{ ...mock.clientOptions, maxRetries: 0 }`).
   */
  readonly clientOptions: ClaraClientOptions;
  /** The token endpoint: answered with a fresh fake token on every request, unless you mock it here. */
  readonly token: OperationMock<TokenShape>;
  /** Every request an operation mock answered, in order. */
  readonly requests: readonly MockedRequest[];
  /** Every request to the token endpoint, in order. */
  readonly tokenRequests: readonly TokenRequest[];
  /**
   * Requests nothing was mocked for: `GET /api/v3/users (answered 501)` on the mocked host, or a request to
   * another host, which nock refused.
   */
  readonly unmatched: readonly string[];
  /** Whether every mocked answer was used (a persisted one at least once) and no request went unmatched. */
  isDone(): boolean;
  /** What keeps the mock from being done: answers not used up (`cards.get (GET /api/v3/cards/{uuid}): 1 of 2 calls left`), unmatched requests. */
  pendingMocks(): string[];
  /** Throws an AssertionError naming the unused answers and the unmatched requests, unless `isDone()`. */
  done(): void;
  /** Removes the mock's interceptors and allows network connections again. The mock cannot be used afterwards. */
  restore(): void;
}

/** A mock of Clara for one country: `mock.<resource>.<method>` for every operation, and its controls. */
export type ClaraMock<Ops extends OperationTree = OperationTree> = OperationMocks<Ops> & ClaraMockControls;
