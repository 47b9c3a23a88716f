import type { IncomingMessage, ServerResponse } from 'node:http';
import { Api } from './api.js';
import { handleControl, readText, type SandboxControl } from './control.js';
import type { Dataset } from './data/dataset.js';
import type { Behaviour } from './data/resources.js';
import { ERROR_CODES, ERROR_MESSAGES, errorBody } from './errors.js';
import type { Faults } from './faults.js';
import type { TokenIssuer } from './oauth.js';
import type { Router } from './router.js';
import type { Operation } from './spec.js';
import type { Stats } from './stats.js';
import { describeErrors, type SpecValidator, type Validators } from './validation.js';

export interface HandlerContext {
  router: Router;
  prefixes: readonly string[];
  operations: readonly Operation[];
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
}

const JSON_HEADERS = { 'content-type': 'application/json' };
const BODY_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

interface Reply {
  status: number;
  body?: string;
  headers?: Record<string, string>;
}

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function createRequestHandler(context: HandlerContext): (request: IncomingMessage, response: ServerResponse) => void {
  const { router, prefixes, faults, stats } = context;
  const validators = new Map<Operation, Validators>(context.operations.map((op) => [op, context.validator.forOperation(op)]));
  const api = new Api(context.validator);

  const send = (response: ServerResponse, reply: Reply, paths: readonly string[]) => {
    stats.count('responsesByStatus', reply.status);
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

  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const url = request.url ?? '/';
    const queryStart = url.indexOf('?');
    const wirePath = queryStart < 0 ? url : url.slice(0, queryStart);
    const method = request.method ?? 'GET';

    if (wirePath.startsWith('/__sandbox/')) {
      const reply = await handleControl(method, wirePath, request, context.control, stats);
      response.writeHead(reply.status, reply.body !== undefined ? JSON_HEADERS : {}).end(reply.body);
      return;
    }

    stats.requests++;
    const prefix = prefixes.find((p) => wirePath.startsWith(`${p}/`));
    const specPath = prefix ? wirePath.slice(prefix.length) : wirePath;
    const paths = [wirePath, specPath];
    // Counted before faults apply, so a test sees every attempt a client made (retries included).
    const route = prefix ? router.match(method, specPath) : undefined;
    if (route?.kind === 'found') stats.count('byOperation', route.operation.operationId);

    if (faults.latencyMs > 0) await delay(faults.latencyMs);
    if (!faults.admit()) return send(response, failure(429, 1), paths);
    const injected = faults.takeFailure(paths);
    if (injected) return send(response, failure(injected.status, injected.retryAfterSeconds), paths);

    const thumbprint = context.thumbprints.get(request.socket) ?? '';
    if (wirePath === '/oauth/token') return send(response, await token(request, method, thumbprint), paths);
    if (!prefix) return send(response, clara(404, `No endpoint ${method} ${wirePath}: API paths start with ${prefixes.join(' or ')}`), paths);

    const tokenState = context.tokens.check(request.headers.authorization, thumbprint);
    if (tokenState !== 'valid') return send(response, unauthorized(tokenState), paths);

    if (!route || route.kind === 'not-found') return send(response, clara(404, `No endpoint ${method} ${wirePath}`), paths);
    if (route.kind === 'method-not-allowed') {
      return send(response, { ...clara(405, `Request method '${method}' is not supported`), headers: { allow: route.allowed.join(', ') } }, paths);
    }
    const { operation, pathParams } = route;

    const taxHeader = request.headers['x-tax-identifier'];
    const taxId = typeof taxHeader === 'string' && taxHeader !== '' ? taxHeader : context.holdingTaxId;
    const data = context.dataset.forEntity(taxId);
    if (!data) return send(response, clara(403, `Access denied: tax identifier '${taxId}' is not a company of this project`), paths);
    stats.count('byEntity', taxId);

    const operationValidators = validators.get(operation) as Validators;
    const problems: string[] = [];
    if (operationValidators.path && !operationValidators.path(pathParams)) problems.push(...describeErrors('path', operationValidators.path.errors));
    const query = queryStart < 0 ? {} : parseQuery(url.slice(queryStart + 1), operation);
    if (operationValidators.query && !operationValidators.query(query)) problems.push(...describeErrors('query', operationValidators.query.errors));

    let body: unknown;
    if (BODY_METHODS.has(method) && (request.headers['content-length'] !== undefined || request.headers['transfer-encoding'] !== undefined)) {
      const text = await readText(request);
      if (text.length > 0) {
        if (!/json/i.test(request.headers['content-type'] ?? '')) {
          return send(response, clara(415, `Content-Type '${request.headers['content-type'] ?? ''}' is not supported: send application/json`), paths);
        }
        try {
          body = JSON.parse(text);
        } catch {
          problems.push('body is not valid JSON');
        }
      }
    }
    if (operation.requestBody && body === undefined && !problems.includes('body is not valid JSON')) {
      if (operation.requestBody.required) problems.push('body is required');
    } else if (operationValidators.body && body !== undefined && !operationValidators.body(body)) {
      problems.push(...describeErrors('body', operationValidators.body.errors));
    }
    if (problems.length > 0) return send(response, clara(400, `Invalid request: ${problems[0]}`, problems), paths);

    const behaviour = context.behaviours.get(operation) as Behaviour;
    send(response, api.handle({ operation, behaviour, data, path: specPath, pathParams, query, body }), paths);
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
    handle(request, response).catch((error: unknown) => {
      if (response.headersSent) {
        response.destroy();
        return;
      }
      send(response, clara(500, `Sandbox error: ${(error as Error).message}`), []);
    });
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

