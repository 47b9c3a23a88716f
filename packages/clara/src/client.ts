// Builds the client a country package exports from its generated operation table. One call, top to bottom:
//   method (operations.ts: arguments → path, query, body)  →  call options resolved once (core/options.ts)
//   → the generated hey-api function  →  the ky engine (core/engine.ts: retries, hooks; deadline in core/call.ts)
//   → the session's wire (core/session.ts: connection slot, bearer token, mTLS transport)
//   → the answer checked against the country's document (core/answer-check.ts: drift, validateResponses)
// and every failure comes back through one mapper (errors/map-error.ts).
import type { ClaraCredentials, CredentialsSource, TokenInfo } from '@org/clara-auth';
import type { KyInstance, Options as KyOptions } from 'ky';

import { AnswerCheck } from './core/answer-check.js';
import { CallContext, callOf, callOption, serviceOf } from './core/call.js';
import { DriftLog, type ClaraDriftEntry } from './core/drift.js';
import { createEngine } from './core/engine.js';
import { resolveCallOptions, resolveOptions, type ClaraClientOptions, type CountryDefinition, type ResolvedOptions } from './core/options.js';
import type { WithResponse } from './core/promise.js';
import { Session } from './core/session.js';
import { checkTaxIdentifier } from './core/tax-identifier.js';
import type { ResponseSchemas } from './core/response-check.js';
import { Telemetry } from './core/telemetry.js';
import type { FleetUsage } from './core/fleet.js';
import type { ClaraUsage } from './core/usage.js';
import type { PackageInfo } from './core/user-agent.js';
import { checkJsonAnswer } from './errors/json-answer.js';
import { toClaraError } from './errors/map-error.js';
import { bindOperations, type CallInput, type OperationDefinition, type OperationTree } from './operations.js';

/** The configuration the runtime gives the generated hey-api client (`createClient(createConfig(config))`). */
export interface HttpClientConfig {
  baseUrl: string;
  ky: KyInstance;
  throwOnError: true;
  parseAs: 'json';
  redirect: 'manual';
  /** For raw calls: an object, so that ky keeps the SDK's policy (a number would reset it to ky's defaults). */
  retry: { limit: number };
  /** For raw calls: ky's per-attempt timeout (the client's methods bound the whole call instead). */
  timeout: number;
}

/** The slice of a generated hey-api client the runtime relies on. */
export interface HttpClient {
  interceptors: {
    response: { use(fn: (response: Response, request: Request) => Response | Promise<Response>): unknown };
    error: { use(fn: (error: unknown, response: Response | undefined, request: Request | undefined, options: { kyOptions?: KyOptions }) => unknown): unknown };
  };
}

export interface ClientBinding<Http extends HttpClient = HttpClient> {
  country: CountryDefinition;
  /** The country package, for the User-Agent. */
  package: PackageInfo;
  operations: OperationTree;
  createHttpClient(config: HttpClientConfig): Http;
  /** The country's response schemas (generated from its effective document), loaded on the first answer checked. */
  responses?: () => Promise<ResponseSchemas>;
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
  /**
   * Closes the client and those derived from it: queued and waiting calls are rejected with ClaraClosedError,
   * calls on the wire aborted, nothing is sent afterwards, and the process can exit.
   */
  close(): Promise<void>;
  /**
   * The configured hey-api client (mTLS, token, retries, typed errors) for the raw generated functions:
   * `raw.listTransactions({ client: clara.httpClient(), throwOnError: true, query })`. It is shared by derived
   * clients: `X-Tax-Identifier` is not added, pass it in `headers`.
   */
  httpClient(): Http;
  /**
   * Gets a token through the whole pipeline (the cached one, or a new one) and tells what it grants — never the
   * token. A setup check: it fails with the error that any call would (a refused certificate, rejected client
   * credentials...).
   */
  verifyCredentials(): Promise<TokenInfo>;
  /** Where this client sends: the API base URL (`…/api` or `…/api-test`) and the token endpoint. */
  readonly endpoints: { readonly api: string; readonly token: string };
  /**
   * What this client (and those derived from it: Clara counts per project) has sent to Clara since it was
   * created or `usage.reset()`: requests, success rate, retries, token requests, by service and by company.
   */
  readonly usage: {
    (): ClaraUsage;
    reset(): void;
    /** With the `fleet` option: what every process of the fleet has spent this billing period (UTC month). */
    fleet(): Promise<FleetUsage>;
  };
  /**
   * Where Clara's answers to this client (and those derived from it) differed from the country's document
   * (`validateResponses`): by operation, JSON path and kind, with counts — never a value of an answer.
   * At most 1 000 distinct entries are kept.
   */
  drift(): ClaraDriftEntry[];
}

export function buildClient<Client, Http extends HttpClient = HttpClient>(binding: ClientBinding<Http>, options: ClaraClientOptions): Client {
  const settings = resolveOptions(binding.country, binding.package, options);
  const session = new Session(settings);
  const http = createHttpClient(binding, settings, session);
  const endpoints = Object.freeze({ api: settings.apiBaseUrl, token: settings.tokenUrl });
  const runtime: Runtime = { http, settings, session, apiUrl: new URL(settings.apiBaseUrl), telemetry: undefined, answers: undefined };
  const driftLog = new DriftLog(settings.logger, (entry) => runtime.telemetry?.drift(entry));
  if (settings.validateResponses !== 'off' && binding.responses) {
    runtime.answers = new AnswerCheck({ schemas: binding.responses, mode: settings.validateResponses, values: settings.driftValues, log: driftLog, operations: binding.operations, logger: settings.logger });
  }
  const drift = () => driftLog.entries();
  // Calls wait for the telemetry providers only until they are found (once, at the start).
  let telemetryFound: Promise<void> | undefined = Telemetry.resolve(settings.telemetry, binding.package).then((found) => {
    if (found) session.observe(found.request);
    runtime.telemetry = found;
    telemetryFound = undefined;
  });
  const usage = Object.assign(() => session.usage.snapshot(), { reset: () => session.usage.reset(), fleet: () => session.fleetUsage() });

  const scoped = (taxIdentifier: string | undefined): Client => {
    const send = async (op: OperationDefinition, input: CallInput) => {
      if (telemetryFound) await telemetryFound;
      return call(runtime, binding.country.code, taxIdentifier, op, input);
    };
    return Object.assign(bindOperations(binding.operations, send), {
      withTaxIdentifier: (id: string) => scoped(checkTaxIdentifier(binding.country.code, id)),
      rotateCredentials: (credentials: CredentialsSource | ClaraCredentials) => session.rotate(credentials),
      close: () => session.close(),
      httpClient: () => http,
      verifyCredentials: () => session.verifyCredentials(),
      endpoints,
      usage,
      drift,
    }) as unknown as Client;
  };
  return scoped(settings.taxIdentifier);
}

function createHttpClient<Http extends HttpClient>(binding: ClientBinding<Http>, settings: ResolvedOptions, session: Session): Http {
  const { maxRetries, timeoutMs, userAgent, hooks, logger } = settings;
  const engine = createEngine({ fetch: session.sendApiRequest, retry: { limit: maxRetries }, timeout: timeoutMs, userAgent, hooks, logger });
  const http = binding.createHttpClient({ baseUrl: settings.apiBaseUrl, ky: engine, throwOnError: true, parseAs: 'json', redirect: 'manual', retry: { limit: maxRetries }, timeout: timeoutMs });
  http.interceptors.response.use(checkJsonAnswer);
  http.interceptors.error.use((error, response, request, opts) => toClaraError(error, response, request, callOf(opts)));
  return http;
}

/** What every call of a client uses. */
interface Runtime {
  http: HttpClient;
  settings: ResolvedOptions;
  session: Session;
  /** `settings.apiBaseUrl`, parsed. */
  apiUrl: URL;
  telemetry: Telemetry | undefined;
  /** Checks answers against the document; undefined with `validateResponses: 'off'`. */
  answers: AnswerCheck | undefined;
}

/** One call of a client method: its options resolved, its deadline running, the generated function called. */
async function call(runtime: Runtime, country: string, taxIdentifier: string | undefined, op: OperationDefinition, input: CallInput): Promise<WithResponse<unknown>> {
  const { http, settings, session, apiUrl, telemetry, answers } = runtime;
  const { timeoutMs, maxRetries, signal, headers, taxIdentifier: effective } = resolveCallOptions(settings, country, taxIdentifier, input.options);
  const service = op.service ?? serviceOf(op.route);
  const context = new CallContext({ operation: op.id, service, route: op.route, timeoutMs, signals: [signal, session.closing], ...(effective ? { taxIdentifier: effective } : {}) });
  const endSpan = telemetry?.startCall(context, apiUrl);
  try {
    const { data, request, response } = await op.call({
      client: http,
      ...(op.path.length > 0 ? { path: input.path } : {}),
      ...(input.query ? { query: input.query } : {}),
      ...(input.body === undefined ? {} : { body: input.body }),
      headers,
      signal: context.signal,
      timeout: false,
      ...(maxRetries === settings.maxRetries ? {} : { retry: { limit: maxRetries } }), // else the client's
      kyOptions: callOption(context),
      throwOnError: true,
    });
    const checking = answers?.success(op, response!, data, request);
    if (checking) await checking;
    endSpan?.({ status: response!.status, url: response!.url, attempts: context.attempts });
    return { data, response: response! };
  } catch (error) {
    await answers?.failure(op, error);
    endSpan?.({ status: (error as { status?: number }).status ?? 0, attempts: context.attempts, error });
    throw error;
  } finally {
    context.dispose();
  }
}
