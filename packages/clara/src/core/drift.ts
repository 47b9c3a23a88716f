// Drift: where Clara's answers differ from the country's document. Each difference is kept once, by where it is
// and what kind it is — never by value (answers hold personal and financial data) — with when it was first and
// last seen and how often. A new one is published on `clara:drift`, logged once at warn and counted in
// OpenTelemetry. The entries are what `clara drift` turns into an overlay patch for specs/<cc>/overlay.yaml.
import { channel } from 'node:diagnostics_channel';

import { log, type Logger } from '@org/clara-auth';

export type ClaraDriftKind = 'unknown field' | 'missing required' | 'type' | 'undeclared status' | 'enum value';

/** One way Clara's answers differ from the document. Holds no value of an answer (see `driftValues`). */
export interface ClaraDriftEntry {
  /** The client method, e.g. `cards.list` (`v1.users.get` for older versions). */
  operation: string;
  operationId: string;
  /** `GET` */
  method: string;
  /** The path template as in Clara's document (and the overlay's targets), e.g. `/api/v3/invoices`. */
  path: string;
  /** The HTTP status of the answer. */
  status: number;
  /** Where in the body: `content[].taxDetails` (`[]`: any item of an array); `''` is the body itself. */
  pointer: string;
  kind: ClaraDriftKind;
  /** The declared JSON type(s) (`string|null`); for `enum value`, the number of allowed values (`4 values`). */
  expected?: string;
  /**
   * The JSON type seen (`object`, `array`, `string`, `number`, `integer`, `boolean`, `null`), also for an unknown
   * field; for `enum value`, the value's shape only: `length 7, letters and digits`.
   */
  seen?: string;
  /** The unknown enum value itself: only with `driftValues: 'enum'`. */
  value?: string;
  /** ISO times. */
  firstSeen: string;
  lastSeen: string;
  /** Answers that showed it. */
  count: number;
}

/** A difference found in one answer, before it is recorded. */
export type DriftFinding = Pick<ClaraDriftEntry, 'pointer' | 'kind'> & Partial<Pick<ClaraDriftEntry, 'expected' | 'seen' | 'value'>>;

/** The call an answer belongs to. */
export type DriftCall = Pick<ClaraDriftEntry, 'operation' | 'operationId' | 'method' | 'path' | 'status'>;

/** Subscribe with `diagnostics_channel.subscribe('clara:drift', (entry) => …)`: each new ClaraDriftEntry, once. */
export const driftChannel = channel('clara:drift');

/** At most this many distinct entries are kept per client; later new ones are counted in `dropped` only. */
export const MAX_DRIFT_ENTRIES = 1_000;

export class DriftLog {
  readonly #entries = new Map<string, ClaraDriftEntry>();
  readonly #logger: Logger | undefined;
  readonly #onNew: (entry: ClaraDriftEntry) => void;
  #dropped = 0;

  constructor(logger: Logger | undefined, onNew: (entry: ClaraDriftEntry) => void = () => undefined) {
    this.#logger = logger;
    this.#onNew = onNew;
  }

  record(call: DriftCall, findings: readonly DriftFinding[]): void {
    if (findings.length === 0) return;
    const now = new Date().toISOString();
    const seenInThisAnswer = new Set<string>();
    for (const finding of findings) {
      // With `driftValues: 'enum'`, each unknown enum value is an entry of its own.
      const key = [call.operationId, call.status, finding.pointer, finding.kind, finding.expected ?? '', finding.seen ?? '', finding.value ?? ''].join('\u0000');
      if (seenInThisAnswer.has(key)) continue; // every item of a page with the same new field counts once
      seenInThisAnswer.add(key);
      const known = this.#entries.get(key);
      if (known) {
        known.lastSeen = now;
        known.count++;
        continue;
      }
      if (this.#entries.size >= MAX_DRIFT_ENTRIES) {
        if (this.#dropped++ === 0) log(this.#logger, 'warn', `Drift: ${MAX_DRIFT_ENTRIES} distinct differences recorded; further new ones are not kept`);
        continue;
      }
      const entry: ClaraDriftEntry = { ...call, ...finding, firstSeen: now, lastSeen: now, count: 1 };
      this.#entries.set(key, entry);
      if (driftChannel.hasSubscribers) driftChannel.publish({ ...entry });
      log(this.#logger, 'warn', `Drift: ${describe(entry)}`, { ...entry });
      this.#onNew(entry);
    }
  }

  /** Copies of the entries, oldest first. */
  entries(): ClaraDriftEntry[] {
    return [...this.#entries.values()].map((entry) => ({ ...entry }));
  }

  /** New differences not kept since the bound was reached. */
  get dropped(): number {
    return this.#dropped;
  }

  reset(): void {
    this.#entries.clear();
    this.#dropped = 0;
  }
}

/** `listInvoices (GET /api/v3/invoices) HTTP 200: unknown field content[].taxDetails (object)` */
export function describe(entry: ClaraDriftEntry): string {
  const where = entry.pointer === '' ? 'the body' : entry.pointer;
  const detail = entry.expected && entry.seen ? ` (expected ${entry.expected}, seen ${entry.seen})` : entry.seen ? ` (${entry.seen})` : entry.expected ? ` (expected ${entry.expected})` : '';
  const subject = entry.kind === 'undeclared status' ? 'undeclared status' : `${entry.kind} ${where}`;
  return `${entry.operation} (${entry.method} ${entry.path}) HTTP ${entry.status}: ${subject}${detail}`;
}
