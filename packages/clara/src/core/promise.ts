// The value every API method returns: awaitable for the parsed body, with `.withResponse()` for the raw
// response (status, headers). Lazy — nothing is sent until it is awaited or iterated — and memoised, so
// awaiting twice sends one request.

export interface WithResponse<T> {
  data: T;
  response: Response;
}

/**
 * How a write ended: `completed` with its result, or accepted and finishing later — Clara's card writes (create,
 * delete, threshold, lock) answer 204 without a result when they take longer than about 30 s, and finish in the
 * background (a webhook, or poll with `waitFor`).
 */
export type WriteOutcome<T> = { completed: true; data: Exclude<T, void>; response: Response } | { completed: false; response: Response };

export class ClaraPromise<T> implements PromiseLike<T> {
  #send: () => Promise<WithResponse<T>>;
  #sent?: Promise<WithResponse<T>>;

  constructor(send: () => Promise<WithResponse<T>>) {
    this.#send = send;
  }

  /** The parsed body together with the HTTP response it came from. */
  withResponse(): Promise<WithResponse<T>> {
    this.#sent ??= this.#send();
    return this.#sent;
  }

  /** The write's result, or `completed: false` when Clara accepted it to finish later (202 or 204, no result). */
  async outcome(): Promise<WriteOutcome<T>> {
    const { data, response } = await this.withResponse();
    // A spec declaring the 204 next to the 200 types the body `Result | void`: a completed write has the result.
    return response.status === 202 || response.status === 204 ? { completed: false, response } : { completed: true, data: data as Exclude<T, void>, response };
  }

  then<R1 = T, R2 = never>(
    onfulfilled?: ((value: T) => R1 | PromiseLike<R1>) | null,
    onrejected?: ((reason: unknown) => R2 | PromiseLike<R2>) | null,
  ): Promise<R1 | R2> {
    return this.withResponse().then((result) => result.data).then(onfulfilled, onrejected);
  }

  catch<R = never>(onrejected?: ((reason: unknown) => R | PromiseLike<R>) | null): Promise<T | R> {
    return this.then(undefined, onrejected);
  }

  finally(onfinally?: (() => void) | null): Promise<T> {
    return this.then().finally(onfinally);
  }

  get [Symbol.toStringTag](): string {
    return 'ClaraPromise';
  }
}
