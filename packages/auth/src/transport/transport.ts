// The one place requests leave the SDK: undici's `request` with an undici Agent carrying the client certificate.
// It sends what it is given and hands back a global Response, or fails with what undici threw: classifying a
// failure (TLS, connection, timeout) is the runtime's error mapper's job, which knows the call it belongs to.
// `request` rather than undici's `fetch`: the fetch machinery (a second Request and Response per call) cost more
// than half of the client's time in the request-path benchmark. It never follows redirects: credentials and
// tokens never go anywhere else. undici is loaded on first use, so that an unsupported Node fails with a clear
// error from the client instead of a crash at import.
// Every connection of a client, token and API requests alike, opens with the one SecureContext of its credentials
// (secure-context.ts), directly or through a proxy's CONNECT tunnel (proxy.ts).
import type { SecureContext } from 'node:tls';
import type { Dispatcher } from 'undici';
import type { ClaraCredentials } from '../credentials/types.js';
import { ClaraConfigError } from '../errors.js';
import { resolveProxy, taggingProxyFailures, type ProxyRoute, type ProxySetting, type ResolvedProxy } from './proxy.js';
import { trackingRequestSent } from './request-sent.js';
import { secureContextFor } from './secure-context.js';

export interface TransportOptions {
  credentials: ClaraCredentials;
  /** Extra CA certificates (PEM) trusted for the server, on top of Node's roots and the credentials' CA file. */
  ca?: string | string[];
  /** Most connections kept open to one origin; requests beyond it wait for a free one. Default 16. */
  connections?: number;
  /** Largest response body read, in bytes; a larger one fails with ResponseTooLargeError. Default 16 MiB. */
  maxResponseBytes?: number;
  /**
   * An HTTP(S) proxy URL (credentials in it are sent as Proxy-Authorization on CONNECT), or `false` for direct
   * connections whatever the environment says. Default: HTTPS_PROXY / https_proxy, with NO_PROXY / no_proxy.
   */
  proxy?: ProxySetting;
  /** Where the default proxy is read from. Default `process.env`. */
  env?: NodeJS.ProcessEnv;
}

/** Every undici agent (Agent, ProxyAgent, EnvHttpProxyAgent) says whether it is closed. */
export type ClaraDispatcher = Dispatcher & { readonly closed: boolean };

/** One request, as the transport sends it. */
export interface WireRequest {
  url: string;
  method: string;
  /** Flat: name, value, name, value... */
  headers: string[];
  body?: Uint8Array | string;
  signal?: AbortSignal;
}

export interface ClaraTransport {
  /** Sends over mTLS and returns the whole answer as a global Response. */
  send(request: WireRequest): Promise<Response>;
  /** The dispatcher new requests go through (replaced by updateCredentials): an undici Agent or proxy agent. */
  readonly agent: ClaraDispatcher;
  /** The proxy connections go through (credentials left out), or undefined when they go direct. */
  readonly proxy: ProxyRoute | undefined;
  /**
   * Rotates the client certificate: requests from now on open connections with `credentials`; connections of
   * the old certificate finish their in-flight requests and close. Resolves once they have.
   */
  updateCredentials(credentials: ClaraCredentials): Promise<void>;
  /** Lets in-flight requests finish, then closes every connection. */
  close(): Promise<void>;
}

/** An answer larger than `maxResponseBytes`: it was not read. */
export class ResponseTooLargeError extends Error {
  override name = 'ResponseTooLargeError';
  readonly status: number;
  readonly headers: Headers;
  readonly limit: number;
  /** What was seen of its size: `20971520 bytes announced`, `more than 16777216 bytes sent`. */
  readonly size: string;

  constructor(status: number, headers: Headers, limit: number, size: string) {
    super(`the answer is larger than the ${limit}-byte limit (${size})`);
    this.status = status;
    this.headers = headers;
    this.limit = limit;
    this.size = size;
  }
}

export const DEFAULT_CONNECTIONS = 16;
export const DEFAULT_MAX_RESPONSE_BYTES = 16 * 1024 * 1024;
/**
 * An idle connection is closed after this long (ms): a service holding a client per Clara customer does not keep
 * a TLS connection (some 50 KB each) open for every customer it called once. A server asking for less is obeyed.
 */
export const IDLE_CONNECTION_MS = 10_000;
/** The longest a server's `Keep-Alive: timeout=` hint may keep an idle connection open (ms). */
export const MAX_IDLE_CONNECTION_MS = 60_000;
// Bodies of these statuses must be null in a Response.
const NULL_BODY_STATUSES = new Set([101, 204, 205, 304]);

type Undici = typeof import('undici');
let undici: Promise<Undici> | undefined;

export async function createTransport(options: TransportOptions): Promise<ClaraTransport> {
  const connections = positiveInteger('connections', options.connections ?? DEFAULT_CONNECTIONS);
  const maxResponseBytes = positiveInteger('maxResponseBytes', options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES);
  const undiciModule = await (undici ??= import('undici'));
  const { request } = undiciModule;
  const proxy = resolveProxy(options.proxy, options.env);
  const extraCa = [options.ca ?? []].flat();
  const createAgent = (credentials: ClaraCredentials): ClaraDispatcher =>
    createDispatcher(undiciModule, secureContextFor(credentials, extraCa), proxy, { connections, keepAliveTimeout: IDLE_CONNECTION_MS, keepAliveMaxTimeout: MAX_IDLE_CONNECTION_MS });

  let agent: ClaraDispatcher;
  try {
    agent = createAgent(options.credentials);
  } catch (error) {
    proxy?.secrets.release(); // no transport: nothing will close it
    throw error;
  }
  /** Agents of rotated-out certificates, closing once their in-flight requests are done. */
  const draining = new Set<Promise<void>>();

  const send = async ({ url, method, headers, body, signal }: WireRequest): Promise<Response> => {
    if (!url.startsWith('https://')) {
      throw new ClaraConfigError(`Refusing to send a request to ${new URL(url).origin}: Clara is reached over HTTPS with mutual TLS only.`);
    }
    const response = await request(url, {
      method: method as Dispatcher.HttpMethod,
      headers,
      ...(body === undefined ? {} : { body }),
      ...(signal ? { signal } : {}),
      dispatcher: trackingRequestSent(agent), // failures then tell whether the request was written (requestWasSent)
    });
    // Read whole here: a connection lost mid-body then fails inside the request (and its retries), not later in
    // the caller's JSON parse. Clara's answers are small JSON documents.
    const received = NULL_BODY_STATUSES.has(response.statusCode) ? (await response.body.dump(), null) : await readBounded(response, maxResponseBytes);
    const answer = new Response(received, { status: response.statusCode, headers: headerPairs(response.headers) });
    Object.defineProperty(answer, 'url', { value: url });
    if (received) receivedBodies.set(answer, received);
    return answer;
  };

  return {
    send,
    get agent() {
      return agent;
    },
    proxy: proxy && publicRoute(proxy),
    updateCredentials: (credentials) => {
      const old = agent;
      agent = createAgent(credentials); // throws before the swap for foreign credentials
      const drained = old.close();
      draining.add(drained);
      return drained.finally(() => draining.delete(drained));
    },
    close: async () => {
      await Promise.all([agent.close(), ...draining]);
      proxy?.secrets.release();
    },
  };
}

interface PoolOptions {
  connections: number;
  keepAliveTimeout: number;
  keepAliveMaxTimeout: number;
}

/**
 * The dispatcher of one credential set. Direct: an Agent. Through a proxy: undici's ProxyAgent (the `proxy`
 * option) or EnvHttpProxyAgent (the environment's proxy, which applies NO_PROXY), with the SecureContext as the
 * TLS of the connection to Clara inside the tunnel (`requestTls`) — never of the connection to the proxy.
 */
function createDispatcher(undici: Undici, secureContext: SecureContext, proxy: ResolvedProxy | undefined, pool: PoolOptions): ClaraDispatcher {
  const tls = { secureContext, rejectUnauthorized: true };
  // A connector function rather than connect options: undici keeps option objects on the Agent.
  const connect = undici.buildConnector(tls);
  if (!proxy) return new undici.Agent({ ...pool, connect });
  const route = publicRoute(proxy);
  // Pools of tunnelled origins get the tunnel connector, the pool to the proxy its own: their failures are tagged
  // with the proxy (the direct connector of a NO_PROXY host stays as it is).
  const factory = (origin: string | URL, options: Record<string, unknown>): Dispatcher =>
    new undici.Pool(origin, { ...options, connect: options.connect === connect ? connect : taggingProxyFailures(options.connect as typeof connect, route, 'tunnel') });
  const clientFactory = (origin: URL, options: { connect: typeof connect }): Dispatcher =>
    new undici.Pool(origin, { ...options, connect: taggingProxyFailures(options.connect, route, 'proxy') });
  const tunnel = { ...pool, requestTls: tls, factory, clientFactory, ...(proxy.token ? { token: proxy.token } : {}) };
  // The URL handed to undici has no credentials (they travel as `token`): undici keeps it on the agent.
  if (proxy.noProxy === undefined) return new undici.ProxyAgent({ ...tunnel, uri: proxy.url }) as unknown as ClaraDispatcher;
  return new undici.EnvHttpProxyAgent({ ...tunnel, connect, httpProxy: '', httpsProxy: proxy.url, noProxy: proxy.noProxy }) as unknown as ClaraDispatcher;
}

const publicRoute = ({ url, source, authenticated, noProxy }: ResolvedProxy): ProxyRoute => ({ url, source, authenticated, ...(noProxy === undefined ? {} : { noProxy }) });

const receivedBodies = new WeakMap<Response, ArrayBuffer>();

/**
 * The bytes of an answer this transport received, without reading its body (which only its consumer may do):
 * lets the runtime check a success for an empty or blank body, and say where unparsable JSON broke, at no copy.
 * Undefined for a Response that did not come from a transport (a mock, a hook's own Response).
 */
export function receivedBody(response: Response): ArrayBuffer | undefined {
  return receivedBodies.get(response);
}

/** The whole body, unless it is larger than `limit`: then the body is dropped and ResponseTooLargeError thrown. */
async function readBounded(response: Dispatcher.ResponseData, limit: number): Promise<ArrayBuffer> {
  const tooLarge = (size: string) => new ResponseTooLargeError(response.statusCode, new Headers(headerPairs(response.headers)), limit, size);
  const declared = Number(response.headers['content-length'] ?? Number.NaN);
  if (declared > limit) {
    response.body.destroy();
    throw tooLarge(`${declared} bytes announced`);
  }
  if (!Number.isNaN(declared)) return response.body.arrayBuffer(); // the common, announced case
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of response.body as AsyncIterable<Buffer>) {
    size += chunk.byteLength;
    if (size > limit) throw tooLarge(`more than ${limit} bytes sent`); // leaving the loop destroys the body
    chunks.push(chunk);
  }
  const body = Buffer.concat(chunks);
  return body.buffer.slice(body.byteOffset, body.byteOffset + body.byteLength) as ArrayBuffer;
}

function headerPairs(headers: Dispatcher.ResponseData['headers']): [string, string][] {
  const pairs: [string, string][] = [];
  for (const [name, value] of Object.entries(headers)) {
    if (Array.isArray(value)) for (const item of value) pairs.push([name, item]);
    else if (value !== undefined) pairs.push([name, value]);
  }
  return pairs;
}

function positiveInteger(name: string, value: number): number {
  if (!Number.isInteger(value) || value < 1) throw new ClaraConfigError(`${name} must be a positive integer, got ${String(value)}.`);
  return value;
}
