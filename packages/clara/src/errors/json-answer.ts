// A success answer is JSON, or it is an error: checked before the generated client parses it (which would turn
// an empty body into `{}`, and a body that is not JSON into V8's SyntaxError — whose message quotes the body,
// a token say). Errors say where the JSON broke and how long the body was, never what it held.
import { receivedBody } from '@org/clara-auth';
import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';

import { ClaraResponseError, type CallInfo } from './classes.js';

/** The text of answers read here (those that did not come from the transport), for the error if parsing fails. */
const texts = new WeakMap<Response, string>();
const JSON_TYPE = /^application\/([\w.+-]+\+)?json\b/i;

/**
 * The response interceptor of every call: a success (other than 204, which has no body) must be JSON by its
 * content type and have a body. An answer of the transport is judged by the bytes it received and handed on as
 * it is; another (a hook's own Response) is read, and handed on as a Response with the same text.
 */
export async function checkJsonAnswer(response: Response, request: Request): Promise<Response> {
  if (!response.ok || response.status === 204) return response;
  const type = response.headers.get('content-type');
  if (type !== null && !JSON_TYPE.test(type)) throw unusableAnswer(response, callOf(request), `has content type "${type.slice(0, 100)}", not JSON`);
  const received = receivedBody(response);
  if (received !== undefined) {
    if (!isBlank(new Uint8Array(received))) return response;
    throw blankAnswer(response, request, received.byteLength);
  }
  const text = await response.text();
  if (text.trim() === '') throw blankAnswer(response, request, text.length);
  const copy = new Response(text, { status: response.status, statusText: response.statusText, headers: response.headers });
  Object.defineProperty(copy, 'url', { value: response.url });
  texts.set(copy, text);
  return copy;
}

const callOf = (request: Request): CallInfo => ({ method: request.method, path: new URL(request.url).pathname });

function blankAnswer(response: Response, request: Request, length: number): ClaraResponseError {
  return unusableAnswer(response, callOf(request), `has ${length === 0 ? 'an empty body' : `a body of ${length} blank characters`}, where the operation answers JSON`);
}

/** JSON's whitespace only (or nothing); stops at the first other byte, so a real body costs a byte or two. */
function isBlank(bytes: Uint8Array): boolean {
  for (const byte of bytes) if (byte !== 0x20 && byte !== 0x0a && byte !== 0x0d && byte !== 0x09) return false;
  return true;
}

/** A successful answer that cannot be used: not JSON, empty, or JSON that does not parse. */
export function unusableAnswer(response: Response, call: CallInfo, problem: string): ClaraResponseError {
  const { status, headers } = response;
  return new ClaraResponseError({ ...call, status, headers, message: `Clara's answer (HTTP ${status}) to ${call.method} ${call.path} ${problem}.` });
}

/** The error for a success whose body did not parse (the parser's SyntaxError is dropped: it quotes the body). */
export function notJson(response: Response, call: CallInfo): Error {
  const received = receivedBody(response);
  const text = texts.get(response) ?? (received === undefined ? undefined : new TextDecoder().decode(received));
  return unusableAnswer(response, call, `is not valid JSON (truncated or damaged)${text === undefined ? '' : `: ${jsonBreak(text)}`}`);
}

/** Where `text` stops being JSON and how long it is, e.g. `it breaks at offset 6 of 31 characters (CloseBraceExpected)`. */
export function jsonBreak(text: string): string {
  const errors: ParseError[] = [];
  parse(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const first = errors[0];
  return first ? `it breaks at offset ${first.offset} of ${text.length} characters (${printParseErrorCode(first.error)})` : `${text.length} characters`;
}
