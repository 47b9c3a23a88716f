// The one place requests leave the SDK: undici's `request` with an undici Agent carrying the client certificate.
// It sends what it is given and hands back a global Response, or fails with what undici threw: classifying a
// failure (TLS, connection, timeout) is the runtime's error mapper's job, which knows the call it belongs to.
// `request` rather than undici's `fetch`: the fetch machinery (a second Request and Response per call) cost more
// than half of the client's time in the request-path benchmark. It never follows redirects: credentials and
// tokens never go anywhere else. undici is loaded on first use, so that an unsupported Node fails with a clear
// error from the client instead of a crash at import.
import { rootCertificates } from 'node:tls';
import type { Agent, Dispatcher } from 'undici';
import type { ClaraCredentials } from '../credentials/types.js';
import { credentialSecrets } from '../credentials/secrets.js';
import { ClaraConfigError } from '../errors.js';
import { trackingRequestSent } from './request-sent.js';

export interface TransportOptions {
  credentials: ClaraCredentials;
  /** Extra CA certificates (PEM) trusted for the server, on top of Node's roots and the credentials' CA file. */
  ca?: string | string[];
  /** Most connections kept open to one origin; requests beyond it wait for a free one. Default 16. */
  connections?: number;
  /** Largest response body read, in bytes; a larger one fails with ResponseTooLargeError. Default 16 MiB. */
  maxResponseBytes?: number;
}

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
  /** The agent new requests go through (replaced by updateCredentials). */
  readonly agent: Agent;
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
// Bodies of these statuses must be null in a Response.
const NULL_BODY_STATUSES = new Set([101, 204, 205, 304]);

type Undici = typeof import('undici');
let undici: Promise<Undici> | undefined;

export async function createTransport(options: TransportOptions): Promise<ClaraTransport> {
  const connections = positiveInteger('connections', options.connections ?? DEFAULT_CONNECTIONS);
  const maxResponseBytes = positiveInteger('maxResponseBytes', options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES);
  const { Agent, buildConnector, request } = await (undici ??= import('undici'));

  const createAgent = (credentials: ClaraCredentials): Agent => {
    const secrets = credentialSecrets(credentials);
    const extraCa = [secrets.caPem, ...[options.ca ?? []].flat()].filter((pem): pem is string => Boolean(pem));
    // A connector function rather than connect options: undici keeps option objects on the Agent, where
    // util.inspect(agent) would print the key; a closure keeps it out of sight.
    const connect = buildConnector({
      cert: secrets.certPem,
      key: secrets.keyPem,
      ...(secrets.passphrase ? { passphrase: secrets.passphrase } : {}),
      // Extra CAs are added to Node's roots, not substituted for them.
      ...(extraCa.length > 0 ? { ca: [...rootCertificates, ...extraCa] } : {}),
      minVersion: 'TLSv1.2',
      rejectUnauthorized: true,
    });
    return new Agent({ connect, connections });
  };

  let agent = createAgent(options.credentials);
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
    return answer;
  };

  return {
    send,
    get agent() {
      return agent;
    },
    updateCredentials: (credentials) => {
      const old = agent;
      agent = createAgent(credentials); // throws before the swap for foreign credentials
      const drained = old.close();
      draining.add(drained);
      return drained.finally(() => draining.delete(drained));
    },
    close: async () => {
      await Promise.all([agent.close(), ...draining]);
    },
  };
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
