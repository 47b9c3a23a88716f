import type { IncomingMessage } from 'node:http';
import type { Json } from './data/generate.js';
import { errorBody } from './errors.js';
import type { DriftFault } from './drift.js';
import type { FailureFault, FaultStatus } from './faults.js';
import { parseJsonBody } from './json-body.js';
import { readText } from './request-body.js';
import type { Stats } from './stats.js';
import type { IssuedCertificate } from './tls/certificates.js';
import type { WebhookDelivery } from './webhooks.js';

/** Run-time control of a running sandbox (also reachable over HTTP under `/__sandbox/`). */
export interface SandboxControl {
  /** The next `count` matching requests answer `fault.status` (401, 429, 500 or 503). */
  failNext(count: number, fault: FailureFault): void;
  /** The next `count` matching requests get headers and half a body, then the connection is destroyed. */
  resetNext(count: number, options?: { path?: string }): void;
  setLatency(ms: number): void;
  /** Requests per second over which requests answer 429 with `Retry-After`; `undefined` or 0 removes the limit. */
  setRateLimit(rps: number | undefined): void;
  /** Successful answers differ from the spec (extra fields, a changed type, an undeclared status); `undefined` stops it. */
  setDrift(fault: DriftFault | undefined): void;
  /** Lifetime of tokens issued from now on. */
  setTokenTtl(seconds: number): void;
  /** Faults, token lifetime and async writes back to the start options. */
  reset(): void;
  /** A further client certificate signed by the sandbox CA (e.g. to test certificate rotation). */
  issueClientCertificate(commonName?: string): IssuedCertificate;
  /** Hybrid card writes continue asynchronously, finishing after `delayMs`; `undefined` makes them synchronous again. */
  setAsyncWrites(delayMs: number | undefined): void;
  /** Completes every write still pending now (earliest due first), firing their webhooks; returns how many. */
  completePendingWrites(): number;
  /** Every webhook delivery so far (oldest first), with its attempts. */
  webhookDeliveries(): WebhookDelivery[];
  /** Resolves once no webhook delivery is pending (retries included), with every delivery. */
  webhooksSettled(): Promise<WebhookDelivery[]>;
  /** Sends an event of your choice (e.g. `PAYMENT_PAID`) to the company's subscribers (default: the holding's). */
  sendWebhook(event: string, data: Json, options?: { taxIdentifier?: string }): WebhookDelivery[];
}

export interface ControlResult {
  status: number;
  body?: string;
}

type Body = Record<string, unknown>;

const ROUTES: Record<string, (control: SandboxControl, stats: Stats, body: Body) => unknown> = {
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
  'POST /__sandbox/drift': (control, _stats, body) => {
    // `null` stops the drift; a fault is checked by setDrift, once, as for the in-process API.
    if (body.fault === undefined) throw new Error('drift: give { "fault": { path?, addFields?, changeFields?, status? } }, or { "fault": null } to stop it');
    control.setDrift(body.fault === null ? undefined : (body.fault as DriftFault));
  },
  'POST /__sandbox/token-ttl': (control, _stats, body) => control.setTokenTtl(numberField(body, 'seconds')),
  'POST /__sandbox/reset': (control) => control.reset(),
  'POST /__sandbox/async-writes': (control, _stats, body) => control.setAsyncWrites(body.delayMs === null ? undefined : numberField(body, 'delayMs')),
  'POST /__sandbox/pending-writes/complete': (control) => ({ completed: control.completePendingWrites() }),
  'GET /__sandbox/webhooks/deliveries': (control) => control.webhookDeliveries(),
  'POST /__sandbox/webhooks/settle': (control) => control.webhooksSettled(),
  'POST /__sandbox/webhooks/send': (control, _stats, body) =>
    control.sendWebhook(stringField(body, 'event'), (body.data ?? {}) as Json, body.taxIdentifier !== undefined ? { taxIdentifier: stringField(body, 'taxIdentifier') } : {}),
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
    const parsed = text.trim() === '' ? { value: {} } : parseJsonBody(text);
    if ('problem' in parsed) return { status: 400, body: errorBody('VALIDATION_ERROR', `Control request ${parsed.problem}`) };
    body = parsed.value as Body;
  }
  try {
    const result = await route(control, stats, body ?? {});
    return result === undefined ? { status: 204 } : { status: 200, body: JSON.stringify(result) };
  } catch (error) {
    return { status: 400, body: errorBody('VALIDATION_ERROR', (error as Error).message) };
  }
}
