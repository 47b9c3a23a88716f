import { randomUUID } from 'node:crypto';
import type { Item, Json } from './data/generate.js';

/** A subscriber as registered with `POST /v1/subscribers` (the stored response object: `uuid`, `callbackUrl`, `events`, `enabled`, ...). */
export type Subscriber = Item & { uuid: string; callbackUrl: string; events: string[]; enabled: boolean };

/** What a subscriber receives (Clara does not document the shape: guessed, see the README). */
export interface WebhookPayload {
  /** Unique per event; the same across retries, so receivers can de-duplicate. */
  id: string;
  event: string;
  /** ISO 8601, when the event happened. */
  createdAt: string;
  /** The company the event belongs to (the `X-Tax-Identifier` the subscriber was registered with). */
  taxIdentifier: string;
  data: Json;
}

export interface WebhookAttempt {
  /** ISO 8601 start of the attempt. */
  at: string;
  /** The receiver's HTTP status, when it answered. */
  status?: number;
  /** Why the attempt failed without a status (connection refused, timeout). */
  error?: string;
}

export interface WebhookDelivery {
  id: string;
  event: string;
  subscriberUuid: string;
  url: string;
  payload: WebhookPayload;
  /** `pending` until a 2xx answer (`delivered`) or the last attempt failed (`failed`). */
  state: 'pending' | 'delivered' | 'failed';
  attempts: WebhookAttempt[];
}

export interface WebhookOptions {
  /** Attempts per delivery, the first included (default 5). */
  maxAttempts?: number;
  /** Wait before the first retry, doubled before each further one (default 1000 ms: 1 s, 2 s, 4 s, 8 s). */
  retryDelayMs?: number;
  /** Per attempt (default 5000 ms). */
  timeoutMs?: number;
  /** The fetch deliveries use (default the global one), e.g. with an undici dispatcher trusting your receiver's CA. */
  fetch?: typeof fetch;
}

/** Deliveries kept for `webhookDeliveries()`; older ones are dropped. */
const LOG_LIMIT = 1_000;

function checkOptions(options: WebhookOptions): Required<WebhookOptions> {
  const { maxAttempts = 5, retryDelayMs = 1_000, timeoutMs = 5_000 } = options;
  if (!Number.isInteger(maxAttempts) || maxAttempts < 1) throw new Error(`webhooks.maxAttempts must be a whole number >= 1, got ${String(maxAttempts)}`);
  if (!(retryDelayMs >= 0) || !Number.isFinite(retryDelayMs)) throw new Error(`webhooks.retryDelayMs must be a number >= 0, got ${String(retryDelayMs)}`);
  if (!(timeoutMs > 0) || !Number.isFinite(timeoutMs)) throw new Error(`webhooks.timeoutMs must be a number > 0, got ${String(timeoutMs)}`);
  return { maxAttempts, retryDelayMs, timeoutMs, fetch: options.fetch ?? ((input, init) => fetch(input, init)) };
}

/** Webhook subscribers per company, and deliveries by HTTP POST with bounded retries and exponential backoff. */
export class Webhooks {
  private readonly subscribers = new Map<string, Subscriber[]>();
  private readonly log: WebhookDelivery[] = [];
  private readonly timers = new Set<ReturnType<typeof setTimeout>>();
  private readonly closing = new AbortController();
  private waiters: (() => void)[] = [];
  private inFlight = 0;
  private readonly options: Required<WebhookOptions>;

  constructor(options: WebhookOptions = {}) {
    this.options = checkOptions(options);
  }

  add(taxId: string, subscriber: Subscriber): void {
    const list = this.subscribers.get(taxId) ?? [];
    list.push(subscriber);
    this.subscribers.set(taxId, list);
  }

  find(taxId: string, predicate: (subscriber: Subscriber) => boolean): Subscriber[] {
    return (this.subscribers.get(taxId) ?? []).filter(predicate);
  }

  /** Removes the company's subscriber with this UUID; false when there is none. */
  remove(taxId: string, uuid: string): boolean {
    const list = this.subscribers.get(taxId) ?? [];
    const index = list.findIndex((subscriber) => subscriber.uuid === uuid);
    if (index >= 0) list.splice(index, 1);
    return index >= 0;
  }

  /** Sends `event` to every enabled subscriber of the company that subscribed to it; returns the deliveries started. */
  emit(taxId: string, event: string, data: Json): WebhookDelivery[] {
    const payload: WebhookPayload = { id: randomUUID(), event, createdAt: new Date().toISOString(), taxIdentifier: taxId, data };
    const targets = this.find(taxId, (subscriber) => subscriber.enabled !== false && subscriber.events.includes(event));
    return targets.map((subscriber) => {
      const delivery: WebhookDelivery = { id: randomUUID(), event, subscriberUuid: subscriber.uuid, url: subscriber.callbackUrl, payload, state: 'pending', attempts: [] };
      this.log.push(delivery);
      if (this.log.length > LOG_LIMIT) this.log.splice(0, this.log.length - LOG_LIMIT);
      void this.attempt(delivery);
      return structuredClone(delivery);
    });
  }

  /** Every delivery, oldest first (copies). */
  deliveries(): WebhookDelivery[] {
    return structuredClone(this.log);
  }

  /** Resolves once no delivery is pending (retries included), with the deliveries. */
  settled(): Promise<WebhookDelivery[]> {
    if (!this.busy()) return Promise.resolve(this.deliveries());
    return new Promise((resolve) => this.waiters.push(() => resolve(this.deliveries())));
  }

  /** Stops retries and aborts attempts in flight: pending deliveries stay pending. */
  close(): void {
    this.closing.abort();
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    this.notify(true);
  }

  private busy(): boolean {
    return this.inFlight > 0 || this.timers.size > 0;
  }

  private notify(force = false): void {
    if (!force && this.busy()) return;
    const waiters = this.waiters;
    this.waiters = [];
    for (const resolve of waiters) resolve();
  }

  private async attempt(delivery: WebhookDelivery): Promise<void> {
    const { maxAttempts, retryDelayMs, timeoutMs } = this.options;
    const attempt: WebhookAttempt = { at: new Date().toISOString() };
    delivery.attempts.push(attempt);
    this.inFlight++;
    try {
      const response = await this.options.fetch(delivery.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'user-agent': 'clara-sandbox-webhooks' },
        body: JSON.stringify(delivery.payload),
        redirect: 'manual',
        signal: AbortSignal.any([this.closing.signal, AbortSignal.timeout(timeoutMs)]),
      });
      attempt.status = response.status;
      await response.body?.cancel();
      if (response.ok) delivery.state = 'delivered';
    } catch (error) {
      attempt.error = describe(error);
    } finally {
      this.inFlight--;
    }
    if (delivery.state === 'pending' && !this.closing.signal.aborted) {
      if (delivery.attempts.length >= maxAttempts) delivery.state = 'failed';
      else {
        const timer = setTimeout(() => {
          this.timers.delete(timer);
          void this.attempt(delivery);
        }, retryDelayMs * 2 ** (delivery.attempts.length - 1));
        this.timers.add(timer);
      }
    }
    this.notify();
  }
}

/** `connect ECONNREFUSED 127.0.0.1:9`, `The operation was aborted due to timeout`: the cause fetch wraps, when there is one. */
function describe(error: unknown): string {
  const cause = (error as { cause?: unknown }).cause;
  const root = cause instanceof Error ? cause : error;
  return root instanceof Error ? root.message : String(root);
}
