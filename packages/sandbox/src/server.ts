import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { Api, type ApiContext } from './api.js';
import type { AsyncWrite } from './api-request.js';
import { handleControl, type SandboxControl } from './control.js';
import type { Dataset } from './data/dataset.js';
import type { Behaviour } from './data/resources.js';
import { ERROR_CODES, ERROR_MESSAGES, errorBody } from './errors.js';
import { applyDrift } from './drift.js';
import type { Faults } from './faults.js';
import type { TokenIssuer } from './oauth.js';
import type { Router } from './router.js';
import type { Operation } from './spec.js';
import { parseJsonBody } from './json-body.js';
import { BodyTooLargeError, readText } from './request-body.js';
import type { Stats } from './stats.js';
import type { UsageLog } from './usage-log.js';
import { describeErrors, unsafeKeys, type SpecValidator } from './validation.js';

export interface HandlerContext {
  router: Router;
  prefixes: readonly string[];
  behaviours: Map<Operation, Behaviour>;
  validator: SpecValidator;
  dataset: Dataset;
  holdingTaxId: string;
  tokens: TokenIssuer;
  tokenTtlSeconds: () => number;
  faults: Faults;
  stats: Stats;
  control: SandboxControl;
  /** Client-certificate thumbprint per TLS connection, recorded at handshake. */
  thumbprints: WeakMap<object, string>;
  api: ApiContext;
  usageLog: UsageLog;
  /** The delay of hybrid card writes without an `X-Sandbox-Async` header; undefined: they finish synchronously. */
  asyncWriteDelayMs: () => number | undefined;
}

const JSON_HEADERS = { 'content-type': 'application/json' };
const BODY_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

interface Reply {
  status: number;
  body?: string;
  headers?: Record<string, string>;
}

/** One request as the sandbox answers it: its method and the paths fault rules match (wire path, then spec path). */
interface Exchange {
  method: string;
  paths: string[];
}

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function createRequestHandler(context: HandlerContext): (request: IncomingMessage, response: ServerResponse) => void {
  const { router, prefixes, faults, stats } = context;
  const api = new Api(context.api);

  const send = (response: ServerResponse, reply: Reply, { method, paths }: Exchange) => {
    stats.count('responsesByStatus', reply.status);
    context.usageLog.record(method, paths[0] as string, reply.status);
    const headers: Record<string, string | number> = { ...(reply.body !== undefined ? JSON_HEADERS : {}), ...reply.headers };
    if (reply.body === undefined) {
      response.writeHead(reply.status, headers).end();
      return;
    }
    const body = Buffer.from(reply.body);
    headers['content-length'] = body.length;
    if (faults.takeReset(paths)) {
      // A connection reset mid-response: the headers promise more bytes than ever arrive.
      response.writeHead(reply.status, headers);
      response.write(body.subarray(0, Math.floor(body.length / 2)), () => response.socket?.destroy());
      return;
    }
    response.writeHead(reply.status, headers).end(body);
  };

  const handle = async (request: IncomingMessage, response: ServerResponse, exchange: Exchange): Promise<void> => {
    const url = request.url ?? '/';
    const queryStart = url.indexOf('?');
    const { method, paths } = exchange;
    const wirePath = paths[0] as string;

    stats.requests++;
    const prefix = prefixes.find((p) => wirePath.startsWith(`${p}/`));
    const specPath = prefix ? wirePath.slice(prefix.length) : wirePath;
    paths.push(specPath);
    // Counted before faults apply, so a test sees every attempt a client made (retries included).
    const route = prefix ? router.match(method, specPath) : undefined;
    if (route?.kind === 'found') stats.count('byOperation', route.operation.operationId);

    if (faults.latencyMs > 0) await delay(faults.latencyMs);
    if (!faults.admit()) return send(response, failure(429, 1), exchange);
    const injected = faults.takeFailure(paths);
    if (injected) return send(response, failure(injected.status, injected.retryAfterSeconds), exchange);

    const thumbprint = context.thumbprints.get(request.socket) ?? '';
    if (wirePath === '/oauth/token') return send(response, await token(request, method, thumbprint), exchange);
    if (!prefix) return send(response, clara(404, `No endpoint ${method} ${wirePath}: API paths start with ${prefixes.join(' or ')}`), exchange);

    const tokenState = context.tokens.check(request.headers.authorization, thumbprint);
    if (tokenState !== 'valid') return send(response, unauthorized(tokenState), exchange);

    if (!route || route.kind === 'not-found') return send(response, clara(404, `No endpoint ${method} ${wirePath}`), exchange);
    if (route.kind === 'method-not-allowed') {
      return send(response, { ...clara(405, `Request method '${method}' is not supported`), headers: { allow: route.allowed.join(', ') } }, exchange);
    }
    const { operation, pathParams } = route;

    const taxHeader = request.headers['x-tax-identifier'];
    const taxId = typeof taxHeader === 'string' && taxHeader !== '' ? taxHeader : context.holdingTaxId;
    const data = context.dataset.forEntity(taxId);
    if (!data) return send(response, clara(403, `Access denied: tax identifier '${taxId}' is not a company of this project`), exchange);
    stats.count('byEntity', taxId);

    // Compiled on an operation's first request (then cached): a sandbox starts without compiling every schema.
    const operationValidators = context.validator.forOperation(operation);
    const problems: string[] = [];
    if (operationValidators.path && !operationValidators.path(pathParams)) problems.push(...describeErrors('path', operationValidators.path.errors));
    const query = queryStart < 0 ? {} : parseQuery(url.slice(queryStart + 1), operation);
    if (operationValidators.query && !operationValidators.query(query)) problems.push(...describeErrors('query', operationValidators.query.errors));

    let body: unknown;
    let unparsable: string | undefined;
    if (BODY_METHODS.has(method) && (request.headers['content-length'] !== undefined || request.headers['transfer-encoding'] !== undefined)) {
      const text = await readText(request);
      if (text.length > 0) {
        if (!/json/i.test(request.headers['content-type'] ?? '')) {
          return send(response, clara(415, `Content-Type '${request.headers['content-type'] ?? ''}' is not supported: send application/json`), exchange);
        }
        const parsed = parseJsonBody(text);
        if ('problem' in parsed) problems.push((unparsable = parsed.problem));
        else body = parsed.value;
        // Refused rather than stripped: a client sending them has a bug worth seeing (and nothing stores them).
        problems.push(...unsafeKeys(body, 'body').map((path) => `${path} is not allowed`));
      }
    }
    if (operation.requestBody && body === undefined && !unparsable) {
      if (operation.requestBody.required) problems.push('body is required');
    } else if (operationValidators.body && body !== undefined && !operationValidators.body(body)) {
      problems.push(...describeErrors('body', operationValidators.body.errors));
    }
    if (problems.length > 0) return send(response, clara(400, `Invalid request: ${problems[0]}`, problems), exchange);

    const behaviour = context.behaviours.get(operation) as Behaviour;
    const asyncWrite = 'hybrid' in behaviour && behaviour.hybrid ? asyncWriteOf(request, context.asyncWriteDelayMs()) : undefined;
    if (typeof asyncWrite === 'string') return send(response, clara(400, `Invalid request: ${asyncWrite}`, [asyncWrite]), exchange);
    const reply = api.handle({ operation, behaviour, data, path: specPath, pathParams, query, body, ...(asyncWrite ? { asyncWrite } : {}) });
    const drift = reply.status >= 200 && reply.status < 300 && reply.body !== undefined ? faults.driftFor(paths) : undefined;
    send(response, drift ? { ...reply, ...applyDrift(drift, reply.status, reply.body!) } : reply, exchange);
  };

  const token = async (request: IncomingMessage, method: string, thumbprint: string): Promise<Reply> => {
    stats.tokenRequests++;
    if (method !== 'POST') return { status: 405, body: oauthError('invalid_request', 'Use POST'), headers: { allow: 'POST' } };
    const form = new URLSearchParams(await readText(request));
    if (!context.tokens.authenticateClient(request.headers.authorization)) {
      return { status: 401, body: oauthError('invalid_client', 'Client authentication failed'), headers: { 'www-authenticate': 'Basic realm="clara"' } };
    }
    if (form.get('grant_type') !== 'client_credentials') {
      return { status: 400, body: oauthError('unsupported_grant_type', 'grant_type must be client_credentials') };
    }
    const issued = await context.tokens.issue(thumbprint, context.tokenTtlSeconds());
    return { status: 200, body: JSON.stringify(issued), headers: { 'cache-control': 'no-store' } };
  };

  return (request, response) => {
    const exchange: Exchange = { method: request.method ?? 'GET', paths: [(request.url ?? '/').split('?')[0] as string] };
    // The control API is no part of the emulated API: not counted, not in the usage log.
    const control = (exchange.paths[0] as string).startsWith('/__sandbox/');
    const answer = (reply: Reply) => {
      if (!control) return send(response, reply, exchange);
      response.writeHead(reply.status, { ...(reply.body !== undefined ? JSON_HEADERS : {}), ...reply.headers }).end(reply.body);
    };
    const answered = control ? handleControl(exchange.method, exchange.paths[0] as string, request, context.control, stats).then(answer) : handle(request, response, exchange);
    answered.catch((error: unknown) => {
      if (response.headersSent) response.destroy();
      // The rest of the body is drained (readText), so the client reads the 413 before the connection closes.
      else if (error instanceof BodyTooLargeError) answer({ ...clara(413, error.message), headers: { connection: 'close' } });
      else answer(clara(500, `Sandbox error: ${(error as Error).message}`));
    });
  };
}

/**
 * How a hybrid card write runs: `X-Sandbox-Async: <ms>` continues it in the background (`sync` forces it to finish
 * now), else the sandbox's `asyncWrites` setting; `X-Sandbox-Async-Error: <message>` makes the background write fail.
 * A string is what is wrong with the headers.
 */
function asyncWriteOf(request: IncomingMessage, defaultDelayMs: number | undefined): AsyncWrite | undefined | string {
  const header = request.headers['x-sandbox-async'];
  const error = request.headers['x-sandbox-async-error'];
  let delayMs = defaultDelayMs;
  if (typeof header === 'string') {
    const value = header.trim();
    if (value.toLowerCase() === 'sync') delayMs = undefined;
    else if (/^\d+$/.test(value)) delayMs = Number(value);
    else return `X-Sandbox-Async must be a whole number of milliseconds or "sync", got "${header}"`;
  }
  if (typeof error === 'string' && delayMs === undefined) {
    return 'X-Sandbox-Async-Error needs a write that continues asynchronously (X-Sandbox-Async: <ms> or the asyncWrites option)';
  }
  if (delayMs === undefined) return undefined;
  return { delayMs, ...(typeof error === 'string' ? { error: error.trim() || 'Card request failed' } : {}) };
}

/** What Node itself answers for each client error, with Clara's error body. */
const CLIENT_ERRORS: Record<string, [status: number, reason: string, code: string]> = {
  HPE_HEADER_OVERFLOW: [431, 'Request Header Fields Too Large', 'REQUEST_HEADER_FIELDS_TOO_LARGE'],
  ERR_HTTP_REQUEST_TIMEOUT: [408, 'Request Timeout', 'REQUEST_TIMEOUT'],
};

/**
 * Node answers an oversized request head (over 16 KiB) with 431 and destroys the socket at once: with the head
 * still arriving, the client gets a connection reset instead. Answer, then read and discard the rest briefly.
 */
export function answerClientError(stats: Stats): (error: NodeJS.ErrnoException, socket: Socket) => void {
  const answered = new WeakSet<Socket>();
  return (error, socket) => {
    if (answered.has(socket)) return;
    answered.add(socket);
    if (!socket.writable) {
      socket.destroy();
      return;
    }
    const [status, reason, code] = CLIENT_ERRORS[error.code ?? ''] ?? [400, 'Bad Request', 'VALIDATION_ERROR'];
    stats.count('responsesByStatus', status);
    const body = errorBody(code, `${reason} (${error.code ?? error.message})`);
    socket.end(`HTTP/1.1 ${status} ${reason}\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`);
    socket.on('data', () => {});
    socket.resume();
    setTimeout(() => socket.destroy(), 1_000).unref();
  };
}

function clara(status: number, message: string, details?: string[]): Reply {
  return { status, body: errorBody(ERROR_CODES[status] ?? 'ERROR', message, details) };
}

function failure(status: number, retryAfterSeconds: number | undefined): Reply {
  const retryAfter = retryAfterSeconds ?? (status === 429 ? 1 : undefined);
  return {
    ...clara(status, ERROR_MESSAGES[status] ?? 'Injected failure'),
    ...(retryAfter !== undefined ? { headers: { 'retry-after': String(retryAfter) } } : {}),
  };
}

function unauthorized(state: string): Reply {
  const reasons: Record<string, string> = {
    missing: 'Full authentication is required to access this resource: send Authorization: Bearer <token>',
    unknown: 'Invalid access token',
    expired: 'The access token has expired',
    'wrong-certificate': 'The access token is bound to another client certificate',
  };
  return { ...clara(401, reasons[state] ?? 'Unauthorized'), headers: { 'www-authenticate': 'Bearer' } };
}

function oauthError(error: string, description: string): string {
  return JSON.stringify({ error, error_description: description });
}

/** Query string → object for the validator: arrays for array parameters (repeated or comma-separated), else the first value. */
function parseQuery(text: string, operation: Operation): Record<string, unknown> {
  const query: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(text)) {
    const parameter = operation.parameters.find((p) => p.in === 'query' && p.name === key);
    if (!parameter) continue; // Spring ignores unknown parameters.
    if (parameter.schema.type === 'array') {
      const list = (query[key] as string[] | undefined) ?? [];
      list.push(...value.split(','));
      query[key] = list;
    } else if (!(key in query)) query[key] = value;
  }
  return query;
}

