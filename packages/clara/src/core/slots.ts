// A request holds one of `connections` slots from just before it reads the token until its answer is in: the
// token is attached when a connection is free for it, not while it queues. However many calls wait, at most
// `connections` requests can carry a token that expires under them. Waiters leave the queue when their call
// ends (deadline, abort) or the client is closed.

type Release = () => void;

interface Waiter {
  grant(release: Release): void;
  fail(reason: unknown): void;
}

export class Slots {
  #free: number;
  readonly #queue: Waiter[] = [];
  #closed: { reason: unknown } | undefined;

  constructor(size: number) {
    this.#free = size;
  }

  acquire(signal: AbortSignal): Promise<Release> {
    if (this.#closed) return Promise.reject(this.#closed.reason);
    if (signal.aborted) return Promise.reject(signal.reason);
    if (this.#free > 0) {
      this.#free--;
      return Promise.resolve(this.#release());
    }
    return new Promise<Release>((resolve, reject) => {
      const onAbort = () => {
        this.#queue.splice(this.#queue.indexOf(waiter), 1);
        reject(signal.reason);
      };
      const waiter: Waiter = {
        grant: (release) => {
          signal.removeEventListener('abort', onAbort);
          resolve(release);
        },
        fail: (reason) => {
          signal.removeEventListener('abort', onAbort);
          reject(reason);
        },
      };
      signal.addEventListener('abort', onAbort, { once: true });
      this.#queue.push(waiter);
    });
  }

  /** Refuses later requests and every one still queued, with `reason`. */
  close(reason: unknown): void {
    this.#closed = { reason };
    for (const waiter of this.#queue.splice(0)) waiter.fail(reason);
  }

  #release(): Release {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.#queue.shift();
      if (next) next.grant(this.#release());
      else this.#free++;
    };
  }
}
