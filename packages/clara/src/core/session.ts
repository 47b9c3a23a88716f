// The client's connection to Clara, shared by every client derived with `withTaxIdentifier`: credentials, the
// mTLS transport, the token manager, and the two wires the engines send through — one for API calls (a
// connection slot, then the bearer token, a fresh token and one replay on a 401), one for token requests.
// Started on the first request (loading credentials is async); also where certificates rotate and all closes.
import {
  ClaraClosedError,
  ClaraConfigError,
  createTransport,
  isClaraCredentials,
  loadCaCertificates,
  loadCredentials,
  redact,
  requestWasSent,
  TokenManager,
  type ClaraCredentials,
  type ClaraTransport,
  type CredentialsSource,
  type TokenInfo,
} from '@org/clara-auth';

import { ClaraQuotaError } from '../errors/classes.js';
import { TOKEN_OPERATION, wireError } from '../errors/map-error.js';
import { isSafe } from '../errors/network.js';
import { callOf, type CallContext } from './call.js';
import { createEngine } from './engine.js';
import type { FleetMember, FleetUsage } from './fleet.js';
import type { ResolvedOptions } from './options.js';
import { Slots } from './slots.js';
import { tokenRequester, TOKEN_SERVICE } from './token-grant.js';
import { UsageMeter, type RequestEvent } from './usage.js';

interface Opened {
  transport: ClaraTransport;
  tokens: TokenManager;
  fleet?: FleetMember;
}

const TOKEN_REQUEST_TIMEOUT_MS = 30_000;

export class Session {
  #options: ResolvedOptions;
  readonly #slots: Slots;
  readonly #closing = new AbortController();
  #opening: Promise<Opened> | undefined;
  /** What #opening resolved to, once it has: calls skip waiting for it. */
  #opened: Opened | undefined;
  #closed: Promise<void> | undefined;
  /** Whether Clara has answered anything on this pool: a connection closed before any answer means a refused certificate. */
  #answered = false;
  /** Requests sent over the client's life, for `requestBudget`. */
  #sent = 0;
  /** This client's place in its fleet (`fleet` option), once opened: it keeps the budget instead of #sent. */
  #fleet: FleetMember | undefined;
  readonly usage = new UsageMeter(TOKEN_SERVICE);
  /** Also told of every request (telemetry). */
  readonly #observers: ((event: RequestEvent) => void)[] = [];

  constructor(options: ResolvedOptions) {
    this.#options = options;
    this.#slots = new Slots(options.connections);
  }

  /** `observer` is told of every request that reached Clara, after the usage meter. */
  observe(observer: (event: RequestEvent) => void): void {
    this.#observers.push(observer);
  }

  /** Aborted by close(), with a ClaraClosedError: every call in progress listens to it. */
  get closing(): AbortSignal {
    return this.#closing.signal;
  }

  /** The wire of API calls: what the API engine's `fetch` is. */
  readonly sendApiRequest = async (request: Request, init: unknown): Promise<Response> => {
    const { signal } = request;
    const call = callOf(init);
    const opened = this.#opened ?? (await untilAborted(this.#open(), signal));
    const body = request.body ? new Uint8Array(await request.arrayBuffer()) : undefined;
    const release = await this.#slots.acquire(signal);
    try {
      const token = opened.tokens.cachedToken() ?? (await untilAborted(opened.tokens.getToken(), signal));
      let response = await this.#send(opened.transport, request, body, call, token);
      if (response.status === 401) {
        // Refused: maybe expired or revoked. One fresh token (shared by every request refused with this one), one replay.
        await response.body?.cancel();
        opened.tokens.invalidate(token);
        response = await this.#send(opened.transport, request, body, call, await untilAborted(opened.tokens.getToken(), signal), true);
      }
      return response.ok ? response : await redacted(response);
    } finally {
      release();
    }
  };

  /** The wire of token requests: no slot (a request holding one may be waiting for this token), no bearer. */
  readonly #sendTokenRequest = async (request: Request, init: unknown): Promise<Response> => {
    const opened = await this.#opening!; // a token request only ever comes from an opened session
    const body = request.body ? new Uint8Array(await request.arrayBuffer()) : undefined;
    const response = await this.#send(opened.transport, request, body, callOf(init));
    return response.ok ? response : await redacted(response); // a rejection may echo the Basic credential
  };

  /** One request on the wire: refused after close() or past the budget, metered, its failure classified. */
  async #send(transport: ClaraTransport, request: Request, body: Uint8Array | undefined, call: CallContext | undefined, token?: string, replay = false): Promise<Response> {
    if (this.#closing.signal.aborted) throw this.#closing.signal.reason; // nothing leaves after close()
    const { requestBudget } = this.#options;
    if (this.#fleet) await this.#reserve(this.#fleet, request, call);
    else if (requestBudget !== undefined && this.#sent >= requestBudget) {
      throw new ClaraQuotaError(`The client's requestBudget of ${requestBudget} requests is used up: ${request.method} ${new URL(request.url).pathname} was not sent.`, { ...call, budget: requestBudget });
    }
    this.#sent++;
    const headers: string[] = [];
    for (const [name, value] of request.headers) if (token === undefined || name !== 'authorization') headers.push(name, value);
    if (token !== undefined) headers.push('authorization', `Bearer ${token}`);
    const started = performance.now();
    let response: Response | undefined;
    try {
      response = await transport.send({ url: request.url, method: request.method, headers, ...(body ? { body } : {}), signal: request.signal });
      this.#answered = true;
      return response;
    } catch (error) {
      if (request.signal.aborted) throw request.signal.reason; // the call's deadline, the caller's abort, close()
      const url = new URL(request.url);
      const operation = call?.operation;
      const sent = requestWasSent(error);
      const safe = isSafe(request.method) || operation === TOKEN_OPERATION;
      throw wireError(error, { origin: url.host, method: request.method, path: url.pathname, answeredBefore: this.#answered, safe, ...(sent === undefined ? {} : { requestSent: sent }), ...(operation ? { operation } : {}) });
    } finally {
      this.#record(request, call, response, performance.now() - started, replay);
    }
  }

  /** The fleet's go-ahead: after a rate-limit wait, or a ClaraQuotaError when the fleet's budget for the month is spent. */
  async #reserve(fleet: FleetMember, request: Request, call: CallContext | undefined): Promise<void> {
    const permit = await fleet.reserve(request.signal);
    if (permit.granted) return;
    throw new ClaraQuotaError(
      `The fleet's requestBudget of ${permit.budget} requests for ${permit.period} (UTC month) is used up: ${request.method} ${new URL(request.url).pathname} was not sent.`,
      { ...call, budget: permit.budget },
    );
  }

  /** The fleet's usage this billing period: `usage.fleet()`. */
  async fleetUsage(): Promise<FleetUsage> {
    if (!this.#options.fleet) throw new ClaraConfigError('usage.fleet() needs the fleet option: createClaraClient({ fleet: redisFleet({ url }) })');
    const { fleet } = await this.#open();
    return fleet!.usage();
  }

  #record(request: Request, call: CallContext | undefined, response: Response | undefined, durationMs: number, replay: boolean): void {
    const attempt = Math.max(1, call?.attempts ?? 1);
    const event: RequestEvent = {
      operationId: call?.operation ?? 'unknown',
      service: call?.service ?? 'unknown',
      method: request.method,
      path: call?.route.split(' ')[1] ?? new URL(request.url).pathname,
      status: response?.status ?? 0,
      durationMs: Math.round(durationMs * 10) / 10,
      attempt,
      retry: attempt > 1 || replay,
      ...(call?.taxIdentifier ? { taxIdentifier: call.taxIdentifier } : {}),
      bytes: Number(response?.headers.get('content-length') ?? 0),
    };
    this.usage.record(event);
    this.#fleet?.record(event);
    for (const observer of this.#observers) observer(event);
  }

  /**
   * New credentials (a rotated certificate) for every later request: they are loaded and checked first, so
   * bad ones change nothing. New connections carry the new certificate, old ones drain and close (resolved
   * when they have), and no token of the old certificate is used again.
   */
  async rotate(source: CredentialsSource | ClaraCredentials): Promise<void> {
    this.#throwIfClosed();
    const credentials = await this.#load(source);
    const opened = await this.#opening?.catch(() => undefined);
    this.#throwIfClosed(); // closed meanwhile: no new agent to leak
    this.#options = { ...this.#options, credentials };
    if (!opened) {
      this.#opening = undefined; // a failed or not yet started opening retries with the new credentials
      return;
    }
    opened.tokens.updateCredentials(credentials);
    this.#answered = false;
    await opened.transport.updateCredentials(credentials);
  }

  /**
   * Refuses new calls, rejects the queued and waiting ones, aborts those on the wire and every retry wait, then
   * closes the connections: the process can exit right after.
   */
  close(): Promise<void> {
    this.#closed ??= this.#close();
    return this.#closed;
  }

  async #close(): Promise<void> {
    const closed = new ClaraClosedError('The Clara client is closed: create a new one to send more requests.');
    this.#closing.abort(closed);
    this.#slots.close(closed);
    const opened = await this.#opening?.catch(() => undefined);
    opened?.tokens.close();
    await opened?.fleet?.close();
    await opened?.transport.close();
  }

  #throwIfClosed(): void {
    if (this.#closing.signal.aborted) throw this.#closing.signal.reason;
  }

  #open(): Promise<Opened> {
    this.#throwIfClosed();
    if (!this.#opening) {
      const opening = this.#start().then((opened) => (this.#opened = opened));
      // A failed start (credentials not there yet, say) is not kept: the next call tries again.
      opening.catch(() => {
        if (this.#opening === opening) this.#opening = undefined;
      });
      this.#opening = opening;
    }
    return this.#opening;
  }

  /** A token (the cached one, or a new one) and what it grants, without the token: proof the setup works. */
  async verifyCredentials(): Promise<TokenInfo> {
    const { tokens } = await this.#open();
    await tokens.getToken();
    return tokens.describe()!;
  }

  async #start(): Promise<Opened> {
    const { credentials: source, logger, ca, proxy, connections, tokenUrl, userAgent, maxRetries, fleet, environment, requestBudget } = this.#options;
    const credentials = await this.#load(source);
    const member = fleet ? await fleet.join({ clientId: credentials.clientId, environment, requestBudget, tokenService: TOKEN_SERVICE, logger }) : undefined;
    const tokenStore = this.#options.tokenStore ?? member?.tokenStore;
    let transport: ClaraTransport | undefined;
    try {
      transport = await createTransport({ credentials, ...(ca ? { ca: await loadCaCertificates(ca) } : {}), ...(proxy === undefined ? {} : { proxy }), connections });
      const engine = createEngine({ fetch: this.#sendTokenRequest, retry: { limit: maxRetries, everyMethod: true }, timeout: TOKEN_REQUEST_TIMEOUT_MS, userAgent, logger });
      const tokens = new TokenManager({ credentials, requestGrant: tokenRequester(engine, tokenUrl), tokenUrl, store: tokenStore, logger });
      this.#fleet = member;
      return { transport, tokens, ...(member ? { fleet: member } : {}) };
    } catch (error) {
      // Nothing will close what this start opened (the next call starts again): a fleet's Redis connection, the
      // transport's sockets would keep the process alive.
      await transport?.close().catch(() => undefined);
      await member?.close().catch(() => undefined);
      throw error;
    }
  }

  #load(source: CredentialsSource | ClaraCredentials): Promise<ClaraCredentials> {
    const { logger } = this.#options;
    return isClaraCredentials(source) ? Promise.resolve(source) : loadCredentials(source, { logger });
  }
}

/** `promise`, or the signal's reason as soon as it aborts (a token wait does not watch the call's signal itself). */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  let stop: () => void = () => undefined;
  const aborted = new Promise<never>((_, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    stop = () => signal.removeEventListener('abort', onAbort);
  });
  return Promise.race([promise, aborted]).finally(stop);
}

/**
 * An error answer through the redaction boundary, body and headers, before ky, the user's hooks or the mapper
 * see it: Clara (or a gateway) may echo the request's credentials in either.
 */
async function redacted(response: Response): Promise<Response> {
  const text = await response.text();
  const clean = redact(text);
  const headers = redact(response.headers);
  if (clean !== text) headers.delete('content-length');
  const copy = new Response(clean === '' ? null : clean, { status: response.status, statusText: response.statusText, headers });
  Object.defineProperty(copy, 'url', { value: response.url });
  return copy;
}
