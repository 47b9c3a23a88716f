/**
 * How deep a request body may nest: Jackson's default (`StreamReadConstraints.maxNestingDepth`), which Clara's
 * Spring server applies; far beyond any of Clara's schemas. Deeper bodies are refused before `JSON.parse`, since
 * everything that walks a parsed body (validation, the unsafe-key check) recurses and would exhaust the stack.
 */
export const MAX_JSON_DEPTH = 1000;

const OPEN_OBJECT = 0x7b; // {
const OPEN_ARRAY = 0x5b; // [
const CLOSE_OBJECT = 0x7d; // }
const CLOSE_ARRAY = 0x5d; // ]
const QUOTE = 0x22; // "
const BACKSLASH = 0x5c; // \

/**
 * The offset of the first `{` or `[` that opens level `limit + 1`, or -1. One pass over the text, no recursion:
 * brackets inside strings do not count. Not a validator: malformed JSON is left to `JSON.parse`.
 */
export function depthExceededAt(text: string, limit = MAX_JSON_DEPTH): number {
  let depth = 0;
  let inString = false;
  for (let offset = 0; offset < text.length; offset++) {
    const code = text.charCodeAt(offset);
    if (inString) {
      if (code === BACKSLASH) offset++;
      else if (code === QUOTE) inString = false;
    } else if (code === QUOTE) inString = true;
    else if (code === OPEN_OBJECT || code === OPEN_ARRAY) {
      if (++depth > limit) return offset;
    } else if (code === CLOSE_OBJECT || code === CLOSE_ARRAY) depth--;
  }
  return -1;
}

/** A request body parsed, or what is wrong with it (the problem says where, never quotes the body). */
export function parseJsonBody(text: string, limit = MAX_JSON_DEPTH): { value: unknown } | { problem: string } {
  const tooDeep = depthExceededAt(text, limit);
  if (tooDeep >= 0) return { problem: `body nests deeper than ${limit} levels (at character ${tooDeep} of ${text.length})` };
  try {
    return { value: JSON.parse(text) as unknown };
  } catch {
    return { problem: 'body is not valid JSON' };
  }
}
