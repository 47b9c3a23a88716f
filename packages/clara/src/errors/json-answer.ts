// A success answer is JSON, or it is an error: checked before the generated client parses it (which would turn
// an empty body into `{}`, and a body that is not JSON into V8's SyntaxError — whose message quotes the body,
// a token say). Errors say where the JSON broke and how long the body was, never what it held.
import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';

import { ClaraResponseError, type CallInfo } from './classes.js';

/** The text of answers handed on to the parser, for the error if it fails. */
const texts = new WeakMap<Response, string>();

/**
 * The response interceptor of every call: a success (other than 204, which has no body) must be JSON by its
 * content type and have a body. Hands on a Response with the same text.
 */
export async function checkJsonAnswer(response: Response, request: Request): Promise<Response> {
  if (!response.ok || response.status === 204) return response;
  const call = { method: request.method, path: new URL(request.url).pathname };
  const type = response.headers.get('content-type');
  if (type !== null && !/^application\/([\w.+-]+\+)?json\b/i.test(type)) throw unusableAnswer(response, call, `has content type "${type.slice(0, 100)}", not JSON`);
  const text = await response.text();
  if (text.trim() === '') throw unusableAnswer(response, call, `has ${text === '' ? 'an empty body' : `a body of ${text.length} blank characters`}, where the operation answers JSON`);
  const copy = new Response(text, { status: response.status, statusText: response.statusText, headers: response.headers });
  Object.defineProperty(copy, 'url', { value: response.url });
  texts.set(copy, text);
  return copy;
}

/** A successful answer that cannot be used: not JSON, empty, or JSON that does not parse. */
export function unusableAnswer(response: Response, call: CallInfo, problem: string): ClaraResponseError {
  const { status, headers } = response;
  return new ClaraResponseError({ ...call, status, headers, message: `Clara's answer (HTTP ${status}) to ${call.method} ${call.path} ${problem}.` });
}

/** The error for a success whose body did not parse (the parser's SyntaxError is dropped: it quotes the body). */
export function notJson(response: Response, call: CallInfo): Error {
  const text = texts.get(response);
  return unusableAnswer(response, call, `is not valid JSON (truncated or damaged)${text === undefined ? '' : `: ${jsonBreak(text)}`}`);
}

/** Where `text` stops being JSON and how long it is, e.g. `it breaks at offset 6 of 31 characters (CloseBraceExpected)`. */
export function jsonBreak(text: string): string {
  const errors: ParseError[] = [];
  parse(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const first = errors[0];
  return first ? `it breaks at offset ${first.offset} of ${text.length} characters (${printParseErrorCode(first.error)})` : `${text.length} characters`;
}
