// The one place requests leave the SDK: undici's `request` with an undici Agent carrying the client certificate.
// It speaks fetch on both sides (a global Request or URL + init in, a global Response out) but sends with
// `request`, not undici's `fetch`: the fetch machinery (a second Request and Response per call, spec
// algorithms) cost more than half of the client's time in the request-path benchmark (bench/RESULTS.md).
// `request` never follows redirects and never decompresses: Clara's small JSON answers need neither.
// (An undici-package Agent must never be handed to Node's global fetch: their handler APIs differ by version.)
import { rootCertificates } from 'node:tls';
import { Agent, buildConnector, request as undiciRequest, type Dispatcher } from 'undici';
import type { ClaraCredentials } from '../credentials/types.js';
import { credentialSecrets } from '../credentials/secrets.js';
import { ClaraConfigError, ClaraResponseError, ClaraValidationError } from '../errors.js';
import { log, type Logger } from '../logger.js';
import { toNetworkError } from './network-errors.js';
import { outgoing } from './outgoing.js';

export interface TransportOptions {
  credentials: ClaraCredentials;
  /** Extra CA certificates (PEM) trusted for the server, on top of Node's roots and the credentials' CA file. */
  ca?: string | string[];
  /** Most connections kept open to one origin; requests beyond it wait for a free one. Default 16. */
  connections?: number;
  /** Largest response body read, in bytes; a larger one is a ClaraResponseError. Default 16 MiB. */
  maxResponseBytes?: number;
  logger?: Logger;
}

export interface ClaraTransport {
  /** A fetch: takes a global Request (or URL + init), sends it over mTLS, returns a global Response. */
  fetch: (input: Request | string | URL, init?: RequestInit) => Promise<Response>;
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

export const DEFAULT_CONNECTIONS = 16;
export const DEFAULT_MAX_RESPONSE_BYTES = 16 * 1024 * 1024;
// Bodies of these statuses must be null in a Response.
const NULL_BODY_STATUSES = new Set([101, 204, 205, 304]);

export function createTransport(options: TransportOptions): ClaraTransport {
  const connections = options.connections ?? DEFAULT_CONNECTIONS;
  if (!Number.isInteger(connections) || connections < 1) {
    throw new ClaraConfigError(`connections must be a positive integer, got ${String(connections)}.`);
  }
  const maxResponseBytes = options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
  if (!Number.isInteger(maxResponseBytes) || maxResponseBytes < 1) {
    throw new ClaraConfigError(`maxResponseBytes must be a positive integer, got ${String(maxResponseBytes)}.`);
  }
  let agent = createAgent(options.credentials, options.ca, connections);
  /** Agents of rotated-out certificates, closing once their in-flight requests are done. */
  const draining = new Set<Promise<void>>();

  const fetch = async (input: Request | string | URL, init?: RequestInit): Promise<Response> => {
    const { href, method, headers, body, signal } = await outgoing(input, init);
    const url = new URL(href);
    if (url.protocol !== 'https:') {
      throw new ClaraValidationError({ status: 0, message: `Refusing to send a request to ${url.origin}: Clara is reached over HTTPS with mutual TLS only.` });
    }
    try {
      const response = await undiciRequest(href, {
        method: method as Dispatcher.HttpMethod,
        headers,
        ...(body ? { body: typeof body === 'string' ? body : Buffer.from(body as ArrayBuffer) } : {}),
        ...(signal ? { signal } : {}),
        dispatcher: agent, // redirects are not followed: credentials and tokens never go to another place
      });
      // Read whole here: a connection lost mid-body then fails inside the request (and its retries), not later
      // in the caller's JSON parse. Clara's answers are small JSON documents.
      const received = NULL_BODY_STATUSES.has(response.statusCode) ? (await response.body.dump(), null) : await readBounded(response, maxResponseBytes, method, url);
      return toGlobalResponse(response, received, href);
    } catch (error) {
      if (signal?.aborted) throw error; // the caller's abort or timeout, as the caller made it
      const mapped = toNetworkError(error, href);
      if (!mapped) throw error;
      log(options.logger, 'debug', 'Clara request failed', { method, url: `${url.origin}${url.pathname}`, error: mapped.message });
      throw mapped;
    }
  };

  const updateCredentials = (credentials: ClaraCredentials): Promise<void> => {
    const old = agent;
    agent = createAgent(credentials, options.ca, connections); // throws before the swap for foreign credentials
    const drained = old.close();
    draining.add(drained);
    return drained.finally(() => draining.delete(drained));
  };

  return {
    fetch,
    get agent() {
      return agent;
    },
    updateCredentials,
    close: async () => {
      await Promise.all([agent.close(), ...draining]);
    },
  };
}

function createAgent(credentials: ClaraCredentials, ca: TransportOptions['ca'], connections: number): Agent {
  const secrets = credentialSecrets(credentials);
  const extraCa = [secrets.caPem, ...[ca ?? []].flat()].filter((pem): pem is string => Boolean(pem));
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
}

/** The whole body, unless it is larger than `limit`: then the body is dropped and a ClaraResponseError thrown. */
async function readBounded(response: Dispatcher.ResponseData, limit: number, method: string, url: URL): Promise<ArrayBuffer> {
  const tooLarge = (size: string) =>
    new ClaraResponseError({
      status: response.statusCode,
      method,
      path: url.pathname,
      headers: new Headers(headerPairs(response.headers)),
      message: `The answer to ${method} ${url.pathname} is larger than the ${limit}-byte limit (${size}); it was not read. Raise maxResponseBytes if this answer is expected.`,
    });
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

/** hey-api and callers expect the global Response class (`instanceof Response`). */
function toGlobalResponse(response: Dispatcher.ResponseData, body: ArrayBuffer | null, url: string): Response {
  const converted = new Response(body, { status: response.statusCode, headers: headerPairs(response.headers) });
  Object.defineProperty(converted, 'url', { value: url });
  return converted;
}
