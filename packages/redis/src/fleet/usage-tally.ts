// The fleet's usage counters: kept in one Redis hash per project, environment and month. A process adds its
// requests to a local tally and sends it to Redis in one MULTI; while Redis is down the tally keeps growing and is
// sent once Redis is back, so no request is lost from the fleet's usage.
import type { FleetUsage, RequestEvent } from '@org/clara';

export type Counters = Map<string, number>;

export class UsageTally {
  /** Per billing period: the fields of the hash and how much to add to each. */
  #pending = new Map<string, Counters>();
  readonly #tokenService: string;

  constructor(tokenService: string) {
    this.#tokenService = tokenService;
  }

  add(period: string, event: RequestEvent): void {
    const ok = event.status >= 200 && event.status < 300;
    const fields = ['requests', `service:${event.service}:requests`];
    if (ok) fields.push('succeeded', `service:${event.service}:succeeded`);
    if (event.retry) fields.push('retries');
    if (event.service === this.#tokenService) fields.push('tokenRequests');
    const counters = this.#pending.get(period) ?? this.#pending.set(period, new Map()).get(period)!;
    for (const field of fields) counters.set(field, (counters.get(field) ?? 0) + 1);
  }

  /** Everything pending, emptied: put it back with `restore` if sending it failed. */
  take(): Map<string, Counters> {
    const taken = this.#pending;
    this.#pending = new Map();
    return taken;
  }

  restore(taken: Map<string, Counters>): void {
    for (const [period, counters] of taken) {
      const mine = this.#pending.get(period) ?? this.#pending.set(period, new Map()).get(period)!;
      for (const [field, count] of counters) mine.set(field, (mine.get(field) ?? 0) + count);
    }
  }
}

/** The snapshot from the hash as Redis returns it (strings), the budget counter and the members seen. */
export function fleetUsage(period: string, hash: Record<string, string>, consumed: number, budget: number | undefined, processes: number): FleetUsage {
  const count = (field: string) => Number(hash[field] ?? 0);
  const requests = count('requests');
  const succeeded = count('succeeded');
  const byService: FleetUsage['byService'] = {};
  for (const field of Object.keys(hash)) {
    const match = /^service:(.+):requests$/.exec(field);
    if (match) byService[match[1]!] = { requests: count(field), succeeded: count(`service:${match[1]}:succeeded`) };
  }
  const spent = budget === undefined ? requests : Math.min(consumed, budget);
  return {
    period,
    ...(budget === undefined ? {} : { budget, remaining: budget - spent }),
    spent,
    requests,
    succeeded,
    successRate: requests === 0 ? 1 : succeeded / requests,
    retries: count('retries'),
    tokenRequests: count('tokenRequests'),
    byService,
    processes,
  };
}
