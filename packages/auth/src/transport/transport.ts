// The one place requests leave the SDK: undici's own fetch with an undici Agent carrying the client certificate.
// (An undici-package Agent must never be handed to Node's global fetch: their handler APIs differ by version.)
import { rootCertificates } from 'node:tls';
import { Agent, buildConnector, fetch as undiciFetch } from 'undici';
import type { ClaraCredentials } from '../credentials/types.js';
import { credentialSecrets } from '../credentials/secrets.js';
import { ClaraValidationError } from '../errors.js';
import { log, type Logger } from '../logger.js';
import { toNetworkError } from './network-errors.js';

export interface TransportOptions {
  credentials: ClaraCredentials;
  /** Extra CA certificates (PEM) trusted for the server, on top of Node's roots and the credentials' CA file. */
  ca?: string | string[];
  /** Most connections kept open to one origin; requests beyond it wait for a free one. Default 16. */
  connections?: number;
  logger?: Logger;
}

export interface ClaraTransport {
  /** A fetch for ky: takes a global Request (or URL + init), sends it over mTLS, returns a global Response. */
  fetch: (input: Request | string | URL, init?: RequestInit) => Promise<Response>;
  agent: Agent;
  /** Lets in-flight requests finish, then closes every connection. */
  close(): Promise<void>;
}

export const DEFAULT_CONNECTIONS = 16;
// Bodies of these statuses must be null in a Response.
const NULL_BODY_STATUSES = new Set([101, 204, 205, 304]);

export function createTransport(options: TransportOptions): ClaraTransport {
  const secrets = credentialSecrets(options.credentials);
  const connections = options.connections ?? DEFAULT_CONNECTIONS;
  if (!Number.isInteger(connections) || connections < 1) {
    throw new ClaraValidationError({ status: 0, message: `connections must be a positive integer, got ${String(connections)}.` });
  }
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
  const agent = new Agent({ connect, connections });

  const fetch = async (input: Request | string | URL, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    if (url.protocol !== 'https:') {
      throw new ClaraValidationError({ status: 0, message: `Refusing to send a request to ${url.origin}: Clara is reached over HTTPS with mutual TLS only.` });
    }
    // Buffered so that undici sends a Content-Length; API bodies are small.
    const body = request.body ? await request.arrayBuffer() : undefined;
    try {
      const response = await undiciFetch(request.url, {
        method: request.method,
        headers: [...request.headers],
        ...(body ? { body } : {}),
        signal: request.signal,
        redirect: 'manual', // never carry credentials or a token to another place
        dispatcher: agent,
      });
      // Read whole here: a connection lost mid-body then fails inside the request (and its retries), not later
      // in the caller's JSON parse. Clara's answers are small JSON documents.
      const received = NULL_BODY_STATUSES.has(response.status) ? null : await response.arrayBuffer();
      return toGlobalResponse(response, received);
    } catch (error) {
      if (request.signal.aborted) throw error; // the caller's abort or timeout, as the caller made it
      const mapped = toNetworkError(error, { clientCertificate: true, url: request.url });
      if (!mapped) throw error;
      log(options.logger, 'debug', 'Clara request failed', { method: request.method, url: `${url.origin}${url.pathname}`, error: mapped.message });
      throw mapped;
    }
  };

  return { fetch, agent, close: () => agent.close() };
}

/** undici's Response is not the global class; ky and callers test `instanceof Response`. */
function toGlobalResponse(response: Awaited<ReturnType<typeof undiciFetch>>, body: ArrayBuffer | null): Response {
  const converted = new Response(body, { status: response.status, statusText: response.statusText, headers: [...response.headers] });
  Object.defineProperty(converted, 'url', { value: response.url });
  return converted;
}
