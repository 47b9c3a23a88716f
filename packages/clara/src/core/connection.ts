// The shared, lazily started part of a client: credentials, the mTLS transport, the token manager and the
// configured HTTP client. Started on the first request (loading credentials is async) and shared by every
// client derived with `withTaxIdentifier`, so they use one connection pool and one token.
import {
  createAuthFetch,
  createTransport,
  isClaraCredentials,
  loadCredentials,
  TokenManager,
  type ClaraCredentials,
  type ClaraTransport,
} from '@org/clara-auth';
import ky from 'ky';

import { apiErrorFrom, claraErrorFrom } from './errors.js';
import type { ResolvedOptions } from './options.js';

/** The slice of a generated hey-api client the runtime relies on. */
export interface HttpClient {
  interceptors: {
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

  async close(): Promise<void> {
    this.#closed = true;
    const connection = await this.#connection?.catch(() => undefined);
    await connection?.transport.close();
  }

  async #open(): Promise<Connection> {
    const { credentials: source, logger, ca, connections, tokenUrl, tokenStore, timeoutMs } = this.#options;
    const credentials = isClaraCredentials(source) ? source : await loadCredentials(source, { logger });
    const transport = createTransport({ credentials, ca, connections, logger });
    const tokens = new TokenManager({ credentials, transport, tokenUrl, store: tokenStore, logger });
    const http = this.#createHttpClient({
      baseUrl: this.#options.apiBaseUrl,
      ky: ky.create({ fetch: createAuthFetch({ fetch: transport.fetch, tokens }), timeout: timeoutMs, throwHttpErrors: true }),
      throwOnError: true,
      parseAs: 'json',
      redirect: 'manual',
    });
    http.interceptors.error.use((error, response, request) =>
      response && !response.ok ? apiErrorFrom(error, response, request) : claraErrorFrom(error, request),
    );
    return { credentials, transport, tokens, http };
  }
}
