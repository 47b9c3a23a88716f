// What a fetch-style call sends, taken apart for undici's `request`: URL, method, flat headers, a buffered body.

export interface Outgoing {
  href: string;
  method: string;
  /** Flat name, value, name, value... (as undici's request takes them). */
  headers: string[];
  body?: ArrayBuffer | Uint8Array | string;
  signal?: AbortSignal;
}

/**
 * What to send. A URL and init with a buffered body (as the SDK passes them) are used as they are: building a
 * Request per call costs more than the rest of the client. Anything else goes through a Request. Bodies are
 * buffered so that undici sends a Content-Length (and the auth fetch can send them again); API bodies are small.
 */
export async function outgoing(input: Request | string | URL, init: RequestInit | undefined): Promise<Outgoing> {
  if (input instanceof Request || (init?.body !== undefined && init.body !== null && !isBuffered(init.body))) {
    const request = new Request(input, init);
    return { href: request.url, method: request.method, headers: flat(request.headers), ...(request.body ? { body: await request.arrayBuffer() } : {}), signal: request.signal };
  }
  const headers = init?.headers;
  return {
    href: String(input),
    method: (init?.method ?? 'GET').toUpperCase(), // as a Request would have it
    headers: headers === undefined ? [] : flat(Array.isArray(headers) || headers instanceof Headers ? headers : Object.entries(headers as Record<string, string>)),
    ...(init?.body ? { body: init.body as Outgoing['body'] } : {}),
    ...(init?.signal ? { signal: init.signal } : {}),
  };
}

function flat(headers: Iterable<readonly [string, string]> | readonly (readonly string[])[]): string[] {
  const list: string[] = [];
  for (const [name, value] of headers as Iterable<readonly string[]>) list.push(name!, value!);
  return list;
}

const isBuffered = (body: NonNullable<RequestInit['body']>): boolean => typeof body === 'string' || body instanceof ArrayBuffer || ArrayBuffer.isView(body);
