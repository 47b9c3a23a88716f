// What the mock reads from an intercepted request (nock hands over a fetch Request and the body as text), and
// how a pinned query is compared with the one sent.

/** The query as sent: strings, a repeated parameter's values comma-separated. */
export function sentQuery(url: URL): Record<string, string> {
  const query: Record<string, string> = {};
  for (const name of new Set(url.searchParams.keys())) query[name] = url.searchParams.getAll(name).join(',');
  return query;
}

/** The JSON body, parsed; other text as it is; undefined when empty. */
export function sentBody(text: string): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

export const sentHeaders = (request: Request): Record<string, string> => Object.fromEntries(request.headers);

/** Whether the query sent has every pinned value (a number as its digits, an array comma-separated, as the client sends them). */
export function hasQueryValues(sent: Record<string, string>, pinned: Record<string, unknown>): boolean {
  return Object.entries(pinned).every(([name, value]) => value === undefined || sent[name] === (Array.isArray(value) ? value.join(',') : String(value)));
}

/** nock's parsed query (`querystring.parse`) in the mock's terms. */
export function fromParsedQuery(parsed: Record<string, string | string[] | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(parsed).flatMap(([name, value]) => (value === undefined ? [] : [[name, [value].flat().join(',')]])));
}
