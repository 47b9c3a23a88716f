// Whether a failed request had been written to the connection, as undici itself tells: its dispatch handler's
// `onRequestSent` callback runs once the request (headers and body) has been handed to the socket. A failure
// before that — a connection or TLS handshake that failed, a header value undici refused — sent nothing; after
// it, the server may have received the request and acted on it, whatever else is known of the connection.
import type { Dispatcher } from 'undici';

/** Failures of tracked requests → whether the request had been written when it failed. */
const writtenWhenFailed = new WeakMap<object, boolean>();
const trackedDispatchers = new WeakMap<Dispatcher, Dispatcher>();

/** `dispatcher` with the tracking: the same connections, one composed dispatcher per dispatcher. */
export function trackingRequestSent(dispatcher: Dispatcher): Dispatcher {
  let tracked = trackedDispatchers.get(dispatcher);
  if (!tracked) {
    tracked = dispatcher.compose((dispatch) => (options, handler) => dispatch(options, new SentTracker(handler)));
    trackedDispatchers.set(dispatcher, tracked);
  }
  return tracked;
}

/**
 * For an error a tracked request failed with: true when the request had been written to the connection, false
 * when it had not; undefined when the error did not come from a tracked request (a mocked transport, say).
 */
export function requestWasSent(error: unknown): boolean | undefined {
  return typeof error === 'object' && error !== null ? writtenWhenFailed.get(error) : undefined;
}

/** Passes every callback on; notes `onRequestSent`, and tags the failure with it. */
class SentTracker implements Dispatcher.DispatchHandler {
  readonly #handler: Dispatcher.DispatchHandler;
  #sent = false;

  constructor(handler: Dispatcher.DispatchHandler) {
    this.#handler = handler;
  }

  onRequestStart(...args: Parameters<NonNullable<Dispatcher.DispatchHandler['onRequestStart']>>): void {
    this.#handler.onRequestStart?.(...args);
  }

  onRequestUpgrade(...args: Parameters<NonNullable<Dispatcher.DispatchHandler['onRequestUpgrade']>>): void {
    this.#handler.onRequestUpgrade?.(...args);
  }

  onRequestSent(): void {
    this.#sent = true;
    this.#handler.onRequestSent?.();
  }

  onBodySent(chunk: Buffer): void {
    this.#handler.onBodySent?.(chunk);
  }

  onResponseStart(...args: Parameters<NonNullable<Dispatcher.DispatchHandler['onResponseStart']>>): void {
    this.#handler.onResponseStart?.(...args);
  }

  onResponseData(...args: Parameters<NonNullable<Dispatcher.DispatchHandler['onResponseData']>>): void {
    this.#handler.onResponseData?.(...args);
  }

  onResponseEnd(...args: Parameters<NonNullable<Dispatcher.DispatchHandler['onResponseEnd']>>): void {
    this.#handler.onResponseEnd?.(...args);
  }

  onResponseError(controller: Dispatcher.DispatchController, error: Error): void {
    if (typeof error === 'object' && error !== null) writtenWhenFailed.set(error, this.#sent);
    this.#handler.onResponseError?.(controller, error);
  }
}
