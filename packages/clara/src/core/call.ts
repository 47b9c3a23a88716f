// One call's life: which operation, for which company, how many requests it took, and its deadline. The
// deadline is one signal for the whole call — the request in flight, the waits between retries, the wait for a
// token or a connection — ended by whichever comes first: `timeoutMs`, the caller's signal, or close().
// It rides through ky in `options.context` to the hooks, the retry policy and the error mapper.
import { ClaraTimeoutError, type CallInfo } from '../errors/classes.js';

export class CallContext implements CallInfo {
  readonly operation: string;
  readonly taxIdentifier?: string;
  /** Requests sent so far, retries included (set by the engine's first beforeRequest hook). */
  attempts = 0;
  readonly #controller = new AbortController();
  readonly #deadline: number;
  readonly #timer: NodeJS.Timeout | undefined;
  readonly #stops: Array<() => void> = [];

  /** Without `timeoutMs` the call has no deadline of its own (a token request: ky bounds each attempt). */
  constructor(options: { operation: string; route: string; taxIdentifier?: string; timeoutMs?: number; signals: (AbortSignal | undefined)[] }) {
    this.operation = options.operation;
    if (options.taxIdentifier) this.taxIdentifier = options.taxIdentifier;
    const { timeoutMs } = options;
    this.#deadline = timeoutMs === undefined ? Infinity : performance.now() + timeoutMs;
    const timeout = () => this.#controller.abort(new ClaraTimeoutError(`${options.route} did not complete within ${timeoutMs} ms (timeoutMs), retries and waits included.`, this));
    this.#timer = timeoutMs === undefined ? undefined : setTimeout(timeout, timeoutMs);
    for (const signal of options.signals) {
      if (!signal) continue;
      if (signal.aborted) this.#controller.abort(signal.reason);
      // A listener removed when the call ends, not AbortSignal.any: that one stays attached to a long-lived
      // signal (an app-wide shutdown signal, the client's own) for good, one per call.
      const forward = () => this.#controller.abort(signal.reason);
      signal.addEventListener('abort', forward, { once: true });
      this.#stops.push(() => signal.removeEventListener('abort', forward));
    }
  }

  get signal(): AbortSignal {
    return this.#controller.signal;
  }

  /** Milliseconds left before the deadline. */
  remainingMs(): number {
    return this.#deadline - performance.now();
  }

  /** Ends the deadline timer and the listeners: the call is over. */
  dispose(): void {
    clearTimeout(this.#timer);
    for (const stop of this.#stops) stop();
  }
}

/** The call a ky options object (or its `context`) belongs to, if it is a client method's. */
export function callOf(options: { context?: Record<string, unknown> } | { kyOptions?: { context?: Record<string, unknown> } } | undefined): CallContext | undefined {
  const context = options && ('kyOptions' in options ? options.kyOptions?.context : 'context' in options ? options.context : undefined);
  const call = context?.['clara'];
  return call instanceof CallContext ? call : undefined;
}
