import { checkDriftFault, type DriftFault } from './drift.js';

export type FaultStatus = 401 | 429 | 500 | 503 | 511;
const FAULT_STATUSES: readonly number[] = [401, 429, 500, 503, 511];

export interface FailureFault {
  status: FaultStatus;
  /** Sent as `Retry-After` (429 defaults to 1 s). */
  retryAfterSeconds?: number;
  /** Only requests to this path (wire or spec path, e.g. `/oauth/token`, `/v3/cards`; prefixes match). */
  path?: string;
}

export interface FaultOptions {
  latencyMs?: number;
  rateLimitRps?: number;
  failNext?: (FailureFault & { count: number })[];
  resetNext?: { count: number; path?: string }[];
  /** Successful answers differ from the spec (drift.ts). */
  drift?: DriftFault;
}

interface Pending<T> {
  remaining: number;
  rule: T;
}

const matches = (rulePath: string | undefined, paths: readonly string[]) =>
  rulePath === undefined || paths.some((path) => path === rulePath || path.startsWith(`${rulePath.replace(/\/$/, '')}/`));

function checkCount(count: number, what: string): void {
  if (!Number.isInteger(count) || count < 1) throw new Error(`${what}: count must be a positive integer, got ${String(count)}`);
}

/** Failures on demand: injected statuses, connection resets, latency, a requests-per-second limit and drift. */
export class Faults {
  latencyMs = 0;
  private failures: Pending<FailureFault>[] = [];
  private resets: Pending<{ path?: string }>[] = [];
  private rateLimit: { rps: number; tokens: number; refilledAt: number } | undefined;
  private drift: DriftFault | undefined;

  private readonly initial: FaultOptions;

  constructor(initial: FaultOptions = {}) {
    this.initial = initial;
    this.reset();
  }

  failNext(count: number, rule: FailureFault): void {
    checkCount(count, 'failNext');
    if (!FAULT_STATUSES.includes(rule.status)) throw new Error(`failNext: status must be one of ${FAULT_STATUSES.join(', ')}, got ${String(rule.status)}`);
    if (rule.retryAfterSeconds !== undefined && !(rule.retryAfterSeconds >= 0)) throw new Error('failNext: retryAfterSeconds must be >= 0');
    this.failures.push({ remaining: count, rule });
  }

  resetNext(count: number, options: { path?: string } = {}): void {
    checkCount(count, 'resetNext');
    this.resets.push({ remaining: count, rule: options });
  }

  setLatency(ms: number): void {
    if (!(ms >= 0) || !Number.isFinite(ms)) throw new Error(`setLatency: milliseconds must be a finite number >= 0, got ${String(ms)}`);
    this.latencyMs = ms;
  }

  /** `undefined` or 0 removes the limit. */
  setRateLimit(rps: number | undefined): void {
    if (rps === undefined || rps === 0) {
      this.rateLimit = undefined;
      return;
    }
    if (!(rps > 0) || !Number.isFinite(rps)) throw new Error(`setRateLimit: requests per second must be > 0, got ${String(rps)}`);
    this.rateLimit = { rps, tokens: rps, refilledAt: performance.now() };
  }

  /** `undefined` answers as the spec says again. */
  setDrift(fault: DriftFault | undefined): void {
    this.drift = fault === undefined ? undefined : checkDriftFault(fault);
  }

  /** The drift fault for an answer to this request, if one is set for its path. */
  driftFor(paths: readonly string[]): DriftFault | undefined {
    return this.drift && matches(this.drift.path, paths) ? this.drift : undefined;
  }

  /** Back to the faults given at start. */
  reset(): void {
    this.failures = [];
    this.resets = [];
    this.latencyMs = 0;
    this.rateLimit = undefined;
    const { latencyMs, rateLimitRps, failNext = [], resetNext = [], drift } = this.initial;
    this.setDrift(drift);
    if (latencyMs !== undefined) this.setLatency(latencyMs);
    if (rateLimitRps !== undefined) this.setRateLimit(rateLimitRps);
    for (const { count, ...rule } of failNext) this.failNext(count, rule);
    for (const { count, ...rule } of resetNext) this.resetNext(count, rule);
  }

  /** The injected failure for this request, if any (consumes one). */
  takeFailure(paths: readonly string[]): FailureFault | undefined {
    return take(this.failures, paths);
  }

  takeReset(paths: readonly string[]): boolean {
    return take(this.resets, paths) !== undefined;
  }

  /** Token bucket of `rps` tokens refilled continuously; returns false when the request is over the limit. */
  admit(): boolean {
    const limit = this.rateLimit;
    if (!limit) return true;
    const now = performance.now();
    limit.tokens = Math.min(limit.rps, limit.tokens + ((now - limit.refilledAt) / 1000) * limit.rps);
    limit.refilledAt = now;
    if (limit.tokens < 1) return false;
    limit.tokens -= 1;
    return true;
  }
}

function take<T extends { path?: string }>(queue: Pending<T>[], paths: readonly string[]): T | undefined {
  if (queue.length === 0) return undefined;
  const index = queue.findIndex((pending) => matches(pending.rule.path, paths));
  if (index < 0) return undefined;
  const pending = queue[index] as Pending<T>;
  if (--pending.remaining === 0) queue.splice(index, 1);
  return pending.rule;
}
