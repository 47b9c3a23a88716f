import { createHash } from 'node:crypto';

/** One row of Clara's usage log (`GET /v1/logs/...`), plus the service the request belongs to. */
export interface UsageLogEntry {
  id: string;
  /** The HTTP status as a string, as Clara sends it. */
  responseStatus: string;
  projectTokenId: string;
  /** The path requested, without the query string. */
  requestUri: string;
  method: string;
  chargeable: boolean;
  /** Epoch milliseconds. */
  instant: number;
  /** Clara's service name: the resource in PascalCase + `Read` (GET) or `Write` (`TransactionsRead`, `OauthTokenWrite`). */
  service: string;
}

export interface UsageReport {
  stats: { total: number; chargeable: number; nonChargeable: number };
  requests: UsageLogEntry[];
}

/** Rows served; older ones are dropped (a long benchmark would otherwise grow the log without bound). */
const DEFAULT_LIMIT = 100_000;

const pascal = (segment: string) => segment.replace(/(^|[-_.])([a-z0-9])/gi, (_match, _separator, letter: string) => letter.toUpperCase());

/**
 * `TransactionsRead`, `CardsWrite`, `OauthTokenWrite`: the segment after the API version (`/api/v3/cards/requests`
 * → `Cards`), or every literal segment for unversioned paths (`/oauth/token` → `OauthToken`).
 */
export function serviceName(method: string, path: string): string {
  const segments = path.split('/').filter((segment) => segment !== '' && !/^\{.*\}$/.test(segment));
  const version = segments.findIndex((segment) => /^v\d+$/.test(segment));
  const resource = version >= 0 ? (segments[version + 1] ?? segments[version]) : segments.join('-');
  return `${pascal(resource ?? 'Root')}${method === 'GET' || method === 'HEAD' ? 'Read' : 'Write'}`;
}

/**
 * What the sandbox answered, for Clara's usage-log operations: every API and token request (not the `/__sandbox`
 * control API). Chargeable: the API calls answered 2xx; token requests and errors are not.
 */
export class UsageLog {
  /** What was answered, kept raw: rows are built when a log is read, so serving stays cheap (benchmarks). */
  private readonly served: { method: string; path: string; status: number; instant: number; sequence: number }[] = [];
  private readonly projectTokenId: string;
  private readonly limit: number;
  private sequence = 0;

  constructor(clientId: string, limit = DEFAULT_LIMIT) {
    // A stable, non-secret id of the project (the client id is not a secret either, but needs no repeating).
    this.projectTokenId = `prj_${createHash('sha256').update(clientId).digest('hex').slice(0, 12)}`;
    this.limit = limit;
  }

  record(method: string, path: string, status: number, instant = Date.now()): void {
    this.served.push({ method, path, status, instant, sequence: ++this.sequence });
    // Trimmed in batches (not one row per request) so a full log costs nothing per request.
    if (this.served.length >= 2 * this.limit) this.served.splice(0, this.served.length - this.limit);
  }

  /** The rows with `start <= instant < end` (epoch ms), oldest first, and their counts. */
  between(start: number, end: number): UsageReport {
    const requests = this.served
      .slice(-this.limit)
      .filter(({ instant }) => instant >= start && instant < end)
      .map(({ method, path, status, instant, sequence }): UsageLogEntry => {
        const service = serviceName(method, path);
        return {
          // Shaped like the example ids in Clara's docs (MongoDB ObjectIds): seconds, then a counter.
          id: `${Math.floor(instant / 1000).toString(16).padStart(8, '0')}${sequence.toString(16).padStart(16, '0')}`,
          responseStatus: String(status),
          projectTokenId: this.projectTokenId,
          requestUri: path,
          method,
          chargeable: status >= 200 && status < 300 && service !== 'OauthTokenWrite',
          instant,
          service,
        };
      });
    const chargeable = requests.filter((entry) => entry.chargeable).length;
    return { stats: { total: requests.length, chargeable, nonChargeable: requests.length - chargeable }, requests };
  }

  /** The period of a usage-log request, in UTC: the current month, a month or a day; undefined for a date that does not exist. */
  static period(kind: 'current' | 'month' | 'day', parts: readonly number[], now = Date.now()): { start: number; end: number } | undefined {
    const today = new Date(now);
    const [year, month, day] = kind === 'current' ? [today.getUTCFullYear(), today.getUTCMonth() + 1] : parts;
    if (year === undefined || month === undefined) return undefined;
    const start = Date.UTC(year, month - 1, day ?? 1);
    const check = new Date(start);
    if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || (day !== undefined && check.getUTCDate() !== day)) return undefined;
    const end = day === undefined ? Date.UTC(year, month, 1) : Date.UTC(year, month - 1, day + 1);
    return { start, end };
  }
}
