// The value every API method returns: awaitable for the parsed body, with `.withResponse()` for the raw
// response (status, headers). Lazy — nothing is sent until it is awaited or iterated — and memoised, so
// awaiting twice sends one request.

export interface WithResponse<T> {
  data: T;
  response: Response;
}

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
