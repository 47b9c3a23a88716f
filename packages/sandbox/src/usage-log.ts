import { createHash } from 'node:crypto';

/** One row of Clara's usage log (`GET /v1/logs/...`): the fields Clara's document declares, nothing more. */
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
}

export interface UsageReport {
  stats: { total: number; chargeable: number; nonChargeable: number };
  requests: UsageLogEntry[];
}

/**
 * Bytes of rows kept by default: about 150 000 requests with short paths, 1 000 with 15 KB paths. Bounded in bytes,
 * not rows, since a row is as large as the path requested (up to Node's 16 KiB request head).
 */
export const DEFAULT_USAGE_LOG_BYTES = 16 * 1024 * 1024;
/** What a row costs beyond its path and method: the object, its number fields and its slot in the queue (64-bit V8). */
const ROW_OVERHEAD_BYTES = 96;
/** On a usage-log answer: how many rows of the period were dropped for space (counted in `stats`, not in `requests`). */
export const USAGE_LOG_DROPPED_HEADER = 'x-sandbox-usage-log-dropped';
const DAY_MS = 86_400_000;

interface ServedRow {
  method: string;
  path: string;
  status: number;
  instant: number;
  sequence: number;
  bytes: number;
}

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

const isChargeable = (method: string, path: string, status: number) => status >= 200 && status < 300 && serviceName(method, path) !== 'OauthTokenWrite';

/** The counts of a period, `requests` its rows still kept, `dropped` how many of its rows were dropped for space. */
export interface UsagePeriod extends UsageReport {
  dropped: number;
}

/**
 * What the sandbox answered, for Clara's usage-log operations: every API and token request (not the `/__sandbox`
 * control API). Chargeable: the API calls answered 2xx; token requests and errors are not. Rows are kept up to
 * `maxBytes`, the oldest dropped first; what was dropped is still counted (per UTC day), so a period's `stats` stay
 * exact and it says how many of its rows are missing.
 */
export class UsageLog {
  /** What was answered, kept raw: rows are built when a log is read, so serving stays cheap (benchmarks). */
  private readonly served: ServedRow[] = [];
  /** Index of the oldest kept row in `served` (dropped rows are cut off in batches, not one by one). */
  private head = 0;
  private held = 0;
  /** Dropped rows per UTC day (epoch day): their number and how many were chargeable. */
  private readonly droppedByDay = new Map<number, { total: number; chargeable: number }>();
  private readonly projectTokenId: string;
  private readonly maxBytes: number;
  private sequence = 0;

  constructor(clientId: string, maxBytes = DEFAULT_USAGE_LOG_BYTES) {
    // A stable, non-secret id of the project (the client id is not a secret either, but needs no repeating).
    this.projectTokenId = `prj_${createHash('sha256').update(clientId).digest('hex').slice(0, 12)}`;
    this.maxBytes = maxBytes;
  }

  /** The bytes the kept rows take (their paths and methods, plus a fixed cost per row); at most `maxBytes`. */
  get bytesHeld(): number {
    return this.held;
  }

  /** Rows currently kept. */
  get rows(): number {
    return this.served.length - this.head;
  }

  record(method: string, requestPath: string, status: number, instant = Date.now()): void {
    // A copy, never the caller's string: a path cut from the request's URL (split, slice) may be a V8 sliced string
    // that keeps the whole URL, query string included, alive; bytes to a new string always copies.
    const path = Buffer.from(requestPath).toString();
    const bytes = path.length + method.length + ROW_OVERHEAD_BYTES;
    this.served.push({ method, path, status, instant, sequence: ++this.sequence, bytes });
    this.held += bytes;
    while (this.held > this.maxBytes && this.head < this.served.length) this.drop(this.served[this.head++] as ServedRow);
    if (this.head > 1024 && this.head * 2 > this.served.length) {
      this.served.splice(0, this.head);
      this.head = 0;
    }
  }

  private drop(row: ServedRow): void {
    this.held -= row.bytes;
    const day = Math.floor(row.instant / DAY_MS);
    const counts = this.droppedByDay.get(day) ?? { total: 0, chargeable: 0 };
    counts.total++;
    if (isChargeable(row.method, row.path, row.status)) counts.chargeable++;
    this.droppedByDay.set(day, counts);
  }

  /**
   * The rows with `start <= instant < end` (epoch ms), oldest first, and the counts of every request of the period,
   * dropped rows included (periods are whole UTC days, as the dropped rows are counted).
   */
  between(start: number, end: number): UsagePeriod {
    const requests: UsageLogEntry[] = [];
    for (let index = this.head; index < this.served.length; index++) {
      const { method, path, status, instant, sequence } = this.served[index] as ServedRow;
      if (instant < start || instant >= end) continue;
      requests.push({
        // Shaped like the example ids in Clara's docs (MongoDB ObjectIds): seconds, then a counter.
        id: `${Math.floor(instant / 1000).toString(16).padStart(8, '0')}${sequence.toString(16).padStart(16, '0')}`,
        responseStatus: String(status),
        projectTokenId: this.projectTokenId,
        requestUri: path,
        method,
        chargeable: isChargeable(method, path, status),
        instant,
      });
    }
    let dropped = 0;
    let chargeable = requests.filter((entry) => entry.chargeable).length;
    for (const [day, counts] of this.droppedByDay) {
      if (day * DAY_MS < start || day * DAY_MS >= end) continue;
      dropped += counts.total;
      chargeable += counts.chargeable;
    }
    const total = requests.length + dropped;
    return { stats: { total, chargeable, nonChargeable: total - chargeable }, requests, dropped };
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
