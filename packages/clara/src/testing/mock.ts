// A mock of one country's Clara on nock. Each mocked answer is one nock interceptor (in its own scope, so that
// `persist` is per answer) on the country's host: nock matches, counts (`times`, `persist`) and fails requests,
// and uses the answers in the order they were added. Behind them, always last, the mock's own defaults: the
// token endpoint, answered with a fresh fake token every time, and for anything else on the host a 501 naming
// the request and the operation it is for. While a mock is active nock refuses every other connection: nothing
// leaves the process.
import { AssertionError } from 'node:assert';

import { ClaraConfigError } from '@org/clara-auth';
import nock from 'nock';

import { resolveOptions, type ClaraClientOptions, type CountryDefinition } from '../core/options.js';
import type { OperationTree } from '../operations.js';
import { testCredentials } from './credentials.js';
import { operationMock, type Answer, type Reply, type Settings } from './operation-mock.js';
import { fromParsedQuery, hasQueryValues, sentBody, sentHeaders, sentQuery } from './requests.js';
import { Router, type Route } from './routes.js';
import type { ClaraMock, MockClaraOptions, MockedRequest, TokenRequest } from './types.js';

export interface MockBinding<Ops extends OperationTree> {
  country: CountryDefinition;
  operations: Ops;
}

/** The mock's own members: a resource of one of these names would be hidden. */
const CONTROLS = new Set(['clientOptions', 'token', 'requests', 'tokenRequests', 'unmatched', 'isDone', 'pendingMocks', 'done', 'restore']);
const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'];
const TOKEN_LIFETIME_SECONDS = 3600;
/** The origins mocked right now: one mock per host at a time, or they would answer each other's calls. */
const activeOrigins = new Set<string>();

/** One mocked answer: what it is for, how many calls it serves, how many it had. */
interface Registration {
  label: string;
  interceptor: nock.Interceptor;
  times: number;
  persist: boolean;
  used: number;
}

/** What an OperationMock mocks: an operation of the API, or the token endpoint. */
interface Target {
  label: string;
  origin: string;
  method: string;
  /** Whether a request to `pathname` (no query) is for this target, given the pinned path parameters. */
  matches(pathname: string, pinned: Record<string, string> | undefined): boolean;
  /** Keeps the request in the mock's records; returns it parsed. */
  record(request: Request, body: string): MockedRequest;
}

export function createClaraMock<Ops extends OperationTree>(binding: MockBinding<Ops>, options: MockClaraOptions = {}): ClaraMock<Ops> {
  return new ClaraMockState(binding, options).mock as ClaraMock<Ops>;
}

class ClaraMockState {
  readonly mock: Record<string, unknown>;
  readonly #router: Router;
  readonly #apiOrigin: string;
  readonly #apiPath: string;
  readonly #registrations: Registration[] = [];
  readonly #requests: MockedRequest[] = [];
  readonly #tokenRequests: TokenRequest[] = [];
  readonly #unmatched: string[] = [];
  /** Requests being answered, parsed once: nock's 'request' event hands over the body, the answer only the request. */
  readonly #parsed = new WeakMap<Request, MockedRequest>();
  readonly #token: Target;
  #defaults: nock.Interceptor[] = [];
  #tokensIssued = 0;
  #restored = false;

  constructor(binding: MockBinding<OperationTree>, options: MockClaraOptions) {
    const clientOptions: ClaraClientOptions = { credentials: testCredentials(), ...options };
    // The client's own resolution of environment and baseUrl: the mock intercepts exactly where the client sends.
    const { apiBaseUrl, tokenUrl } = resolveOptions(binding.country, { name: '@org/clara', version: 'testing' }, clientOptions);
    const api = new URL(apiBaseUrl);
    this.#apiOrigin = api.origin;
    this.#apiPath = api.pathname;
    this.#router = new Router(binding.operations, this.#apiPath);
    if (activeOrigins.has(this.#apiOrigin)) {
      throw new ClaraConfigError(`mockClara: ${this.#apiOrigin} is already mocked by another mock: call its restore() first (in an afterEach, say).`);
    }
    for (const route of this.#router.routes) {
      if (CONTROLS.has(route.name.split('.')[0]!)) throw new ClaraConfigError(`mockClara: the resource of ${route.name} has the name of one of the mock's own members`);
    }

    this.#token = this.#tokenTarget(new URL(tokenUrl));
    this.mock = {
      ...this.#operationMocks(binding.operations),
      clientOptions: Object.freeze(clientOptions),
      token: operationMock('mock.token', [], (settings, answer) => this.#add(this.#token, settings, answer)),
      requests: this.#requests,
      tokenRequests: this.#tokenRequests,
      unmatched: this.#unmatched,
      isDone: () => this.#pending().length === 0,
      pendingMocks: () => this.#pending(),
      done: () => this.#done(),
      restore: () => this.#restore(),
    };
    activeOrigins.add(this.#apiOrigin);
    nock.disableNetConnect();
    nock.emitter.on('no match', this.#refused);
    this.#placeDefaults();
  }

  /** `mock.cards.get`, `mock.v2.cards.list`...: the same tree as the client's. */
  #operationMocks(tree: OperationTree, at: string[] = []): Record<string, unknown> {
    return Object.fromEntries(
      Object.entries(tree).map(([key, node]) => {
        const name = [...at, key].join('.');
        const route = this.#router.routes.find((candidate) => candidate.name === name);
        if (!route) return [key, this.#operationMocks(node as OperationTree, [...at, key])];
        const target = this.#operationTarget(route);
        return [key, operationMock(`mock.${name}`, route.operation.path, (settings, answer) => this.#add(target, settings, answer))];
      }),
    );
  }

  #operationTarget(route: Route): Target {
    return {
      label: `${route.name} (${route.method} ${route.template})`,
      origin: this.#apiOrigin,
      method: route.method,
      matches: (pathname, pinned) => {
        const match = this.#router.resolve(route.method, pathname);
        return match?.route === route && Object.entries(pinned ?? {}).every(([name, value]) => match.params[name] === value);
      },
      record: (request, body) => {
        const url = new URL(request.url);
        const parsed: MockedRequest = {
          operation: route.name,
          operationId: route.operation.id,
          method: request.method,
          url: request.url,
          path: this.#router.resolve(request.method, url.pathname)?.params ?? {},
          query: sentQuery(url),
          body: sentBody(body),
          headers: sentHeaders(request),
        };
        this.#requests.push(parsed);
        return parsed;
      },
    };
  }

  #tokenTarget(tokenUrl: URL): Target {
    return {
      label: `token (POST ${tokenUrl.pathname})`,
      origin: tokenUrl.origin,
      method: 'POST',
      matches: (pathname) => pathname === tokenUrl.pathname,
      record: (request, body) => {
        const form = new URLSearchParams(body);
        const basic = /^Basic\s+(.+)$/i.exec(request.headers.get('authorization') ?? '')?.[1] ?? '';
        this.#tokenRequests.push({ clientId: Buffer.from(basic, 'base64').toString().split(':')[0] ?? '', grantType: form.get('grant_type') ?? '' });
        const parsed: MockedRequest = { operation: 'token', operationId: 'oauthToken', method: 'POST', url: request.url, path: {}, query: {}, body, headers: sentHeaders(request) };
        return parsed;
      },
    };
  }

  /** Adds one mocked answer as a nock interceptor, before the defaults. */
  #add(target: Target, settings: Settings, answer: Answer): void {
    if (this.#restored) throw new ClaraConfigError('mockClara: this mock was restored; create a new one with mockClara().');
    const scope = nock(target.origin);
    if (settings.persist) scope.persist();
    const interceptor = scope
      .intercept((pathname: string) => target.matches(pathname, settings.path), target.method)
      .query(queryMatcher(settings.query))
      .times(settings.times);
    const registration: Registration = { label: target.label + pinnedLabel(settings), interceptor, times: settings.times, persist: settings.persist, used: 0 };
    scope.on('request', (request: Request, _interceptor: nock.Interceptor, body: string) => {
      registration.used += 1;
      this.#parsed.set(request, target.record(request, body));
    });
    // The whole answer waits (not only its body, as nock's delay): a call that gives up meanwhile aborts
    // cleanly, and the wait runs on the global setTimeout, so a test's fake clock drives it.
    interceptor.reply(async (request: Request) => {
      if (settings.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, settings.delayMs));
      return answer(this.#parsed.get(request)!);
    });
    this.#registrations.push(registration);
    this.#placeDefaults();
  }

  /** (Re)adds the defaults behind every mocked answer: nock uses the first interceptor that matches. */
  #placeDefaults(): void {
    for (const interceptor of this.#defaults) nock.removeInterceptor(interceptor);
    const token = this.#token;
    const tokenScope = nock(token.origin).persist();
    tokenScope.on('request', (request: Request, _interceptor: nock.Interceptor, body: string) => token.record(request, body));
    const issue = tokenScope.intercept((pathname: string) => token.matches(pathname, undefined), token.method).optionally();
    issue.reply(() => [200, { access_token: `clara-test-token-${++this.#tokensIssued}`, token_type: 'Bearer', expires_in: TOKEN_LIFETIME_SECONDS }]);
    const noReplyScope = nock(this.#apiOrigin).persist();
    const noReply = METHODS.map((method) => noReplyScope.intercept(() => true, method).optionally());
    for (const interceptor of noReply) interceptor.reply((request: Request) => this.#noReply(request));
    this.#defaults = [issue, ...noReply];
  }

  /** The answer to a request nothing was mocked for: a 501 (never retried) saying what to mock; noted for done(). */
  #noReply(request: Request): Reply {
    const url = new URL(request.url);
    const call = `${request.method} ${url.pathname}`;
    this.#unmatched.push(`${call} (answered 501)`);
    const match = this.#router.resolve(request.method, url.pathname);
    const why = !url.pathname.startsWith(`${this.#apiPath}/`)
      ? `: the mock answers under ${this.#apiPath} (mockClara({ environment: 'sandbox' }) mocks /api-test, the default /api)`
      : match
        ? ` (clara.${match.route.name}): add one with mock.${match.route.name}.reply(…); an answer serves one call unless .times(n) or .persist()`
        : ': no operation of the API has this method and path';
    return [501, { code: 'CLARA_MOCK_NO_REPLY', message: `mockClara has no reply for ${call}${why}` }];
  }

  /** A request to a host nothing mocks: nock refuses it (ENETUNREACH), and the mock keeps a note for done(). */
  readonly #refused = (request: Request): void => {
    const url = new URL(request.url);
    if (url.origin !== this.#apiOrigin) this.#unmatched.push(`${request.method} ${url.origin}${url.pathname} (another host: nock refused the connection)`);
  };

  #pending(): string[] {
    const unused = this.#registrations.flatMap(({ label, times, persist, used }) => {
      if (persist) return used > 0 ? [] : [`${label}: persisted, never called`];
      return used < times ? [`${label}: ${times - used} of ${times} call${times === 1 ? '' : 's'} left`] : [];
    });
    return [...unused, ...this.#unmatched.map((call) => `no mock for ${call}`)];
  }

  #done(): void {
    const pending = this.#pending();
    if (pending.length > 0) throw new AssertionError({ message: `mockClara: not done:\n${pending.map((line) => `  ${line}`).join('\n')}` });
  }

  #restore(): void {
    if (this.#restored) return;
    this.#restored = true;
    for (const { interceptor } of this.#registrations) nock.removeInterceptor(interceptor);
    for (const interceptor of this.#defaults) nock.removeInterceptor(interceptor);
    nock.emitter.off('no match', this.#refused);
    activeOrigins.delete(this.#apiOrigin);
    if (activeOrigins.size === 0) nock.enableNetConnect();
  }
}

/** nock's query option: any query, the pinned values (others allowed), or the caller's test. */
function queryMatcher(pin: Settings['query']): true | ((query: Record<string, string | string[] | undefined>) => boolean) {
  if (pin === undefined) return true;
  if (typeof pin === 'function') return (query) => pin(fromParsedQuery(query));
  return (query) => hasQueryValues(fromParsedQuery(query), pin);
}

function pinnedLabel({ path, query }: Settings): string {
  const pins = [...Object.entries(path ?? {}).map(([name, value]) => `${name}=${value}`), ...(query === undefined ? [] : [typeof query === 'function' ? 'query matched by a function' : `query ${JSON.stringify(query)}`])];
  return pins.length > 0 ? ` [${pins.join(', ')}]` : '';
}
