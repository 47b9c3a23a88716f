// `mock.cards.get`: a small immutable builder in nock's style. `times`, `persist`, `delay`, `query` and `path`
// return a refined copy; `reply`, `replyWith` and `replyWithError` hand the settings and the answer to the mock,
// which adds them as one nock interceptor.
import { ClaraConfigError } from '@org/clara-auth';

import type { MockedRequest, OperationMock } from './types.js';

export interface Settings {
  times: number;
  persist: boolean;
  delayMs: number;
  query?: Record<string, unknown> | ((query: Record<string, string>) => boolean);
  path?: Record<string, string>;
}

/** nock's full answer: status, body, headers. */
export type Reply = [number, unknown?, Record<string, string>?];

/** The answer to a request, from the request parsed; a network error is thrown. */
export type Answer = (request: MockedRequest) => Reply | Promise<Reply>;

export type Register = (settings: Settings, answer: Answer) => void;

const INITIAL: Settings = { times: 1, persist: false, delayMs: 0 };

/** The mock of one operation (`label`: `mock.cards.get`), its path parameters named `paramNames`. */
export function operationMock(label: string, paramNames: readonly string[], register: Register, settings: Settings = INITIAL): OperationMock {
  const refined = (change: Partial<Settings>) => operationMock(label, paramNames, register, { ...settings, ...change });
  return {
    reply: (status: number, body?: unknown, headers?: Record<string, string>) => register(settings, () => [status, body, headers]),
    replyWith: (reply) => register(settings, async (request) => [...(await reply(request))] as Reply),
    replyWithError: (error) =>
      register(settings, () => {
        throw networkError(error);
      }),
    times: (count) => refined({ times: positiveInteger(`${label}.times()`, count) }),
    persist: () => refined({ persist: true }),
    delay: (ms) => refined({ delayMs: nonNegative(`${label}.delay()`, ms) }),
    query: (match) => refined({ query: match as Settings['query'] }),
    path: (params) => refined({ path: pathParams(label, paramNames, params) }),
  } as OperationMock;
}

/**
 * Always an Error with a `code`, as undici's are: the SDK's mapper reads the code (nock 15 also leaves the
 * request hanging on a plain object). A connection lost after the request was sent, unless told otherwise.
 */
function networkError(error: string | { code?: string; message?: string }): Error {
  if (error instanceof Error) return error;
  const { code = 'ECONNRESET', message = 'mocked network error' } = typeof error === 'string' ? { message: error } : error;
  return Object.assign(new Error(message), { code });
}

function positiveInteger(where: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) throw new ClaraConfigError(`${where} takes a whole number of calls, 1 or more, got ${JSON.stringify(value)}`);
  return value;
}

function nonNegative(where: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) throw new ClaraConfigError(`${where} takes milliseconds, 0 or more, got ${JSON.stringify(value)}`);
  return value;
}

/** Pinned path parameters, as the request carries them (strings); a name the operation does not have is refused. */
function pathParams(label: string, names: readonly string[], params: object): Record<string, string> {
  return Object.fromEntries(
    Object.entries(params).map(([name, value]) => {
      if (!names.includes(name)) {
        const known = names.length > 0 ? `its path parameters: ${names.join(', ')}` : 'it has none';
        throw new ClaraConfigError(`${label}.path(): "${name}" is not a path parameter of this operation (${known})`);
      }
      return [name, String(value)];
    }),
  );
}
