// What the client has cost on Clara's side, the way Clara's API Insights page counts it: every request that
// reached Clara (API calls, retries, replays and token requests), its success rate, by service (Clara's names:
// `TransactionsRead`, `CardsWrite`, `OauthTokenWrite`) and by company. Each request is also published on the
// `clara:request` diagnostics channel, for APM tools that subscribe without options.
import { channel } from 'node:diagnostics_channel';

/** One request that reached Clara (or failed on the way): published on `clara:request`. */
export interface RequestEvent {
  operationId: string;
  service: string;
  method: string;
  /** The path template, e.g. `/v3/cards/{uuid}` (no ids: safe to group by). */
  path: string;
  /** The HTTP status; 0 when no answer came (a connection failure). */
  status: number;
  durationMs: number;
  /** The attempt of the call it belongs to (1 for the first); a 401 replay keeps its attempt's number. */
  attempt: number;
  /** A repeat of a request: a retry, or the replay after a 401. */
  retry: boolean;
  taxIdentifier?: string;
  /** Bytes of the answer's body. */
  bytes: number;
}

export interface ServiceUsage {
  requests: number;
  succeeded: number;
  /** Over the last 1 000 requests of the service. */
  p50Ms: number;
  p95Ms: number;
}

export interface ClaraUsage {
  /** ISO time the meter started (client creation or the last reset). */
  since: string;
  /** Every request that reached Clara: API calls, retries and token requests. */
  requests: number;
  /** Of those, answered 2xx. */
  succeeded: number;
  /** succeeded / requests, 0..1 (1 while no request was sent). */
  successRate: number;
  retries: number;
  tokenRequests: number;
  byService: Record<string, ServiceUsage>;
  byTaxIdentifier?: Record<string, { requests: number; succeeded: number }>;
}

/** Subscribe with `diagnostics_channel.subscribe('clara:request', (event) => …)`: a RequestEvent per request. */
export const requestChannel = channel('clara:request');

const RECENT = 1_000;

interface ServiceTally {
  requests: number;
  succeeded: number;
  /** Ring of the last RECENT durations. */
  durations: number[];
  next: number;
}

export class UsageMeter {
  #since = new Date();
  #requests = 0;
  #succeeded = 0;
  #retries = 0;
  #tokenRequests = 0;
  #services = new Map<string, ServiceTally>();
  #companies = new Map<string, { requests: number; succeeded: number }>();

  readonly #tokenService: string;

  constructor(tokenService: string) {
    this.#tokenService = tokenService;
  }

  record(event: RequestEvent): void {
    if (requestChannel.hasSubscribers) requestChannel.publish(event);
    const ok = event.status >= 200 && event.status < 300;
    this.#requests++;
    if (ok) this.#succeeded++;
    if (event.retry) this.#retries++;
    if (event.service === this.#tokenService) this.#tokenRequests++;
    const service = this.#services.get(event.service) ?? this.#services.set(event.service, { requests: 0, succeeded: 0, durations: [], next: 0 }).get(event.service)!;
    service.requests++;
    if (ok) service.succeeded++;
    service.durations[service.next] = event.durationMs;
    service.next = (service.next + 1) % RECENT;
    if (event.taxIdentifier) {
      const company = this.#companies.get(event.taxIdentifier) ?? this.#companies.set(event.taxIdentifier, { requests: 0, succeeded: 0 }).get(event.taxIdentifier)!;
      company.requests++;
      if (ok) company.succeeded++;
    }
  }

  snapshot(): ClaraUsage {
    const byService = Object.fromEntries(
      [...this.#services].map(([name, { requests, succeeded, durations }]) => {
        const sorted = [...durations].sort((a, b) => a - b);
        return [name, { requests, succeeded, p50Ms: quantile(sorted, 0.5), p95Ms: quantile(sorted, 0.95) }];
      }),
    );
    return {
      since: this.#since.toISOString(),
      requests: this.#requests,
      succeeded: this.#succeeded,
      successRate: this.#requests === 0 ? 1 : this.#succeeded / this.#requests,
      retries: this.#retries,
      tokenRequests: this.#tokenRequests,
      byService,
      ...(this.#companies.size > 0 ? { byTaxIdentifier: Object.fromEntries([...this.#companies].map(([id, tally]) => [id, { ...tally }])) } : {}),
    };
  }

  reset(): void {
    this.#since = new Date();
    this.#requests = this.#succeeded = this.#retries = this.#tokenRequests = 0;
    this.#services = new Map();
    this.#companies = new Map();
  }
}

const quantile = (sorted: number[], q: number): number => (sorted.length === 0 ? 0 : Math.round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]! * 10) / 10);
