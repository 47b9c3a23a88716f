// The shared, lazily started part of a client: credentials, the mTLS transport, the token manager and the
// configured HTTP client. Started on the first request (loading credentials is async) and shared by every
// client derived with `withTaxIdentifier`, so they use one connection pool and one token. Also where the
// certificate is rotated and everything is closed.
import {
  ClaraClosedError,
  createAuthFetch,
  createTransport,
  isClaraCredentials,
  loadCaCertificates,
  loadCredentials,
  TokenManager,
  type ClaraCredentials,
  type ClaraTransport,
  type CredentialsSource,
} from '@org/clara-auth';

import { mapErrors } from './errors.js';
import type { ResolvedOptions } from './options.js';
import { createRequestEngine } from './request-engine.js';

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
    if (this.#closed) return Promise.reject(closedError());
    if (!this.#connection) {
      const opening = this.#open();
      // A failed start (credentials not there yet, say) is not kept: the next call tries again.
      opening.catch(() => {
        if (this.#connection === opening) this.#connection = undefined;
      });
      this.#connection = opening;
    }
    return this.#connection;
  }

  /**
   * New credentials (a rotated certificate) for every later request: they are loaded and checked first, so
   * bad ones change nothing. New connections carry the new certificate, old ones drain and close (resolved
   * when they have), and no token of the old certificate is used again.
   */
  async rotate(source: CredentialsSource | ClaraCredentials): Promise<void> {
    if (this.#closed) throw closedError();
    const credentials = await this.#load(source);
    const connection = await this.#connection?.catch(() => undefined);
    if (this.#closed) throw closedError(); // closed meanwhile: no new agent to leak
    this.#options = { ...this.#options, credentials };
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
    connection?.tokens.close(); // a refresh in flight would keep retrying on a closed agent
    await connection?.transport.close();
  }

  async #open(): Promise<Connection> {
    const { credentials: source, logger, ca, connections, tokenUrl, tokenStore, timeoutMs, maxRetries } = this.#options;
    const credentials = await this.#load(source);
    const transport = createTransport({ credentials, ...(ca ? { ca: await loadCaCertificates(ca) } : {}), connections, logger });
    const tokens = new TokenManager({ credentials, transport, tokenUrl, store: tokenStore, logger });
    const http = this.#createHttpClient({
      baseUrl: this.#options.apiBaseUrl,
      ky: createRequestEngine(createAuthFetch({ fetch: transport.fetch, tokens }), { timeoutMs, maxRetries, logger }),
      retry: maxRetries, // hey-api's own default (2) would reach the engine for raw calls that set none
      throwOnError: true,
      parseAs: 'json',
      redirect: 'manual',
    });
    mapErrors(http);
    return { credentials, transport, tokens, http };
  }

  #load(source: CredentialsSource | ClaraCredentials): Promise<ClaraCredentials> {
    const { logger } = this.#options;
    return isClaraCredentials(source) ? Promise.resolve(source) : loadCredentials(source, { logger });
  }
}

const closedError = (): ClaraClosedError => new ClaraClosedError('The Clara client is closed: create a new one to send more requests.');
