// The shared, lazily started part of a client: credentials, the mTLS transport, the token manager and the
// configured HTTP client. Started on the first request (loading credentials is async) and shared by every
// client derived with `withTaxIdentifier`, so they use one connection pool and one token.
import {
  ClaraResponseError,
  createAuthFetch,
  createTransport,
  isClaraCredentials,
  loadCredentials,
  log,
  TokenManager,
  type ClaraCredentials,
  type ClaraTransport,
  type CredentialsSource,
  type Logger,
} from '@org/clara-auth';
import ky from 'ky';

import { apiErrorFrom, claraErrorFrom } from './errors.js';
import type { ResolvedOptions } from './options.js';

/** The slice of a generated hey-api client the runtime relies on. */
export interface HttpClient {
  interceptors: {
    response: { use(fn: (response: Response, request: Request) => Response | Promise<Response>): unknown };
    error: { use(fn: (error: unknown, response: Response | undefined, request: Request | undefined) => unknown): unknown };
  };
}

export type HttpClientFactory = (config: Record<string, unknown>) => HttpClient;

export interface Connection {
  credentials: ClaraCredentials;
  transport: ClaraTransport;
  tokens: TokenManager;
  http: HttpClient;
}

export class ConnectionHandle {
  #options: ResolvedOptions;
  #createHttpClient: HttpClientFactory;
  #connection?: Promise<Connection>;
  #closed = false;

  constructor(options: ResolvedOptions, createHttpClient: HttpClientFactory) {
    this.#options = options;
    this.#createHttpClient = createHttpClient;
  }

  get(): Promise<Connection> {
    if (this.#closed) return Promise.reject(claraErrorFrom(new Error('the client is closed'), undefined));
    this.#connection ??= this.#open();
    return this.#connection;
  }

  /**
   * New credentials (a rotated certificate) for every later request: they are loaded and checked first, so
   * bad ones change nothing. New connections carry the new certificate, old ones drain and close (resolved
   * when they have), and no token of the old certificate is used again.
   */
  async rotate(source: CredentialsSource | ClaraCredentials): Promise<void> {
    const credentials = await this.#load(source);
    this.#options = { ...this.#options, credentials };
    const connection = await this.#connection?.catch(() => undefined);
    if (!connection) {
      this.#connection = undefined; // a failed or not yet started opening retries with the new credentials
      return;
    }
    connection.credentials = credentials;
    connection.tokens.updateCredentials(credentials);
    await connection.transport.updateCredentials(credentials);
  }

  async close(): Promise<void> {
    this.#closed = true;
    const connection = await this.#connection?.catch(() => undefined);
    await connection?.transport.close();
  }

  async #open(): Promise<Connection> {
    const { credentials: source, logger, ca, connections, tokenUrl, tokenStore, timeoutMs } = this.#options;
    const credentials = await this.#load(source);
    const transport = createTransport({ credentials, ca, connections, logger });
    const tokens = new TokenManager({ credentials, transport, tokenUrl, store: tokenStore, logger });
    const http = this.#createHttpClient({
      baseUrl: this.#options.apiBaseUrl,
      ky: ky.create({
        fetch: createAuthFetch({ fetch: transport.fetch, tokens }),
        timeout: timeoutMs,
        throwHttpErrors: true,
        hooks: { beforeRetry: [({ request, error, retryCount }) => logRetry(logger, request, error, retryCount)] },
      }),
      throwOnError: true,
      parseAs: 'json',
      redirect: 'manual',
    });
    http.interceptors.response.use(refuseNonJson);
    http.interceptors.error.use((error, response, request) => {
      if (response && !response.ok) return apiErrorFrom(error, response, request);
      if (response && error instanceof SyntaxError) return malformed(response, request, `is not valid JSON (truncated or damaged: ${error.message})`);
      return claraErrorFrom(error, request);
    });
    return { credentials, transport, tokens, http };
  }

  #load(source: CredentialsSource | ClaraCredentials): Promise<ClaraCredentials> {
    const { logger } = this.#options;
    return isClaraCredentials(source) ? Promise.resolve(source) : loadCredentials(source, { logger });
  }
}

function logRetry(logger: Logger | undefined, request: Request, error: unknown, attempt: number): void {
  const status = (error as { response?: Response }).response?.status;
  const reason = status ? `HTTP ${status}` : (error as Error).name;
  log(logger, 'warn', `Retrying ${request.method} ${new URL(request.url).pathname} (retry ${attempt}) after ${reason}`, { attempt, ...(status ? { status } : {}) });
}

/** Every operation answers JSON: a success in another declared content type (an HTML error page, say) is refused before parsing. */
function refuseNonJson(response: Response, request: Request): Response {
  const type = response.headers.get('content-type');
  if (!response.ok || response.status === 204 || type === null || /^application\/([\w.+-]+\+)?json\b/i.test(type)) return response;
  throw malformed(response, request, `has content type "${type.slice(0, 100)}", not JSON`);
}

function malformed(response: Response, request: Request | undefined, problem: string): ClaraResponseError {
  const method = request?.method;
  const path = request ? new URL(request.url).pathname : undefined;
  return new ClaraResponseError({ status: response.status, method, path, headers: response.headers, message: `Clara's answer (HTTP ${response.status}) to ${method} ${path} ${problem}.` });
}
