// One call's life: which operation, for which company, how many requests it took, and its deadline. The
// deadline is one signal for the whole call — the request in flight, the waits between retries, the wait for a
// token or a connection — ended by whichever comes first: `timeoutMs`, the caller's signal, or close().
// It rides through ky as the ky option `clara`: ky hands options it does not know to its fetch (the session's
// wire, which meters each request) and keeps them on the options the hooks, the retry policy and the error
// mapper see.
import { ClaraTimeoutError, type CallInfo } from '../errors/classes.js';

export class CallContext implements CallInfo {
  readonly operation: string;
  /** Clara's service name, e.g. `TransactionsRead` (usage, telemetry). */
  readonly service: string;
  /** `GET /v3/transactions/{uuid}`. */
  readonly route: string;
  readonly taxIdentifier?: string;
  /** Requests sent so far, retries included (set by the engine's first beforeRequest hook). */
  attempts = 0;
  readonly #controller = new AbortController();
  readonly #deadline: number;
  readonly #timer: NodeJS.Timeout | undefined;
  readonly #stops: Array<() => void> = [];

  /** Without `timeoutMs` the call has no deadline of its own (a token request: ky bounds each attempt). */
  constructor(options: { operation: string; service: string; route: string; taxIdentifier?: string; timeoutMs?: number; signals: (AbortSignal | undefined)[] }) {
    this.operation = options.operation;
    this.service = options.service;
    this.route = options.route;
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

/** The ky option that carries a call. */
export const callOption = (call: CallContext): { clara: CallContext } => ({ clara: call });

/** The call a ky options object belongs to (hooks, HTTPError.options, the wire's init, hey-api's `kyOptions`), if any. */
export function callOf(options: unknown): CallContext | undefined {
  const holder = options as { clara?: unknown; kyOptions?: { clara?: unknown } } | undefined;
  const call = holder?.clara ?? holder?.kyOptions?.clara;
  return call instanceof CallContext ? call : undefined;
}

/** Clara's name for the service of a route: the resource in PascalCase + `Read` (GET) or `Write`, e.g. `CardsWrite`. */
export function serviceOf(route: string): string {
  const [method = '', path = ''] = route.split(' ');
  const resource = path.split('/').find((segment) => segment && !/^v\d+$|^api(-test)?$|^\{/.test(segment)) ?? 'unknown';
  const pascal = resource.split(/[^A-Za-z0-9]+/).map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join('');
  return `${pascal}${method === 'GET' ? 'Read' : 'Write'}`;
}
