import type { IncomingMessage } from 'node:http';
import { errorBody } from './errors.js';
import type { FailureFault, FaultStatus } from './faults.js';
import type { Stats, StatsSnapshot } from './stats.js';
import type { IssuedCertificate } from './tls/certificates.js';

/** Run-time control of a running sandbox (also reachable over HTTP under `/__sandbox/`). */
export interface SandboxControl {
  /** The next `count` matching requests answer `fault.status` (401, 429, 500 or 503). */
  failNext(count: number, fault: FailureFault): void;
  /** The next `count` matching requests get headers and half a body, then the connection is destroyed. */
  resetNext(count: number, options?: { path?: string }): void;
  setLatency(ms: number): void;
  /** Requests per second over which requests answer 429 with `Retry-After`; `undefined` or 0 removes the limit. */
  setRateLimit(rps: number | undefined): void;
  /** Lifetime of tokens issued from now on. */
  setTokenTtl(seconds: number): void;
  /** Faults and token lifetime back to the start options. */
  reset(): void;
  /** A further client certificate signed by the sandbox CA (e.g. to test certificate rotation). */
  issueClientCertificate(commonName?: string): IssuedCertificate;
}

export interface ControlResult {
  status: number;
  body?: string;
}

type Body = Record<string, unknown>;

const ROUTES: Record<string, (control: SandboxControl, stats: Stats, body: Body) => StatsSnapshot | void> = {
  'GET /__sandbox/stats': (_control, stats) => stats.snapshot(),
  'POST /__sandbox/stats/reset': (_control, stats) => stats.reset(),
  'POST /__sandbox/fail-next': (control, _stats, body) =>
    control.failNext(numberField(body, 'count'), {
      status: numberField(body, 'status') as FaultStatus,
      ...(body.retryAfterSeconds !== undefined ? { retryAfterSeconds: numberField(body, 'retryAfterSeconds') } : {}),
      ...(body.path !== undefined ? { path: stringField(body, 'path') } : {}),
    }),
  'POST /__sandbox/reset-next': (control, _stats, body) =>
    control.resetNext(numberField(body, 'count'), body.path !== undefined ? { path: stringField(body, 'path') } : {}),
  'POST /__sandbox/latency': (control, _stats, body) => control.setLatency(numberField(body, 'ms')),
  'POST /__sandbox/rate-limit': (control, _stats, body) => control.setRateLimit(body.rps === null ? undefined : numberField(body, 'rps')),
  'POST /__sandbox/token-ttl': (control, _stats, body) => control.setTokenTtl(numberField(body, 'seconds')),
  'POST /__sandbox/reset': (control) => control.reset(),
};

function numberField(body: Body, name: string): number {
  const value = body[name];
  if (typeof value !== 'number') throw new Error(`"${name}" must be a number`);
  return value;
}

function stringField(body: Body, name: string): string {
  const value = body[name];
  if (typeof value !== 'string') throw new Error(`"${name}" must be a string`);
  return value;
}

/** The HTTP face of `SandboxControl`, for tests and benchmarks driving the sandbox from another process. */
export async function handleControl(
  method: string,
  path: string,
  request: IncomingMessage,
  control: SandboxControl,
  stats: Stats,
): Promise<ControlResult> {
  const route = ROUTES[`${method} ${path}`];
  if (!route) {
    return { status: 404, body: errorBody('NOT_FOUND', `No control endpoint ${method} ${path}; known: ${Object.keys(ROUTES).join(', ')}`) };
  }
  let body: Body = {};
  if (method === 'POST') {
    const text = await readText(request);
    try {
      body = text.trim() === '' ? {} : (JSON.parse(text) as Body);
    } catch {
      return { status: 400, body: errorBody('VALIDATION_ERROR', 'Control request body is not valid JSON') };
    }
  }
  try {
    const result = route(control, stats, body ?? {});
    return result ? { status: 200, body: JSON.stringify(result) } : { status: 204 };
  } catch (error) {
    return { status: 400, body: errorBody('VALIDATION_ERROR', (error as Error).message) };
  }
}

export function readText(request: IncomingMessage, limit = 5 * 1024 * 1024): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(new Error(`Request body larger than ${limit} bytes`));
        request.destroy();
      } else chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}
