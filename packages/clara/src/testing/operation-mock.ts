// `mock.cards.get`: a small immutable builder in nock's style. `times`, `persist`, `delay`, `query` and `path`
// return a refined copy; `reply`, `replyWith` and `replyWithError` hand the settings and the answer to the mock,
// which adds them as one nock interceptor.
import { ClaraConfigError } from '@org/clara-auth';
import type nock from 'nock';

import type { MockedRequest, OperationMock } from './types.js';

export interface Settings {
  times: number;
  persist: boolean;
  delayMs: number;
  query?: Record<string, unknown> | ((query: Record<string, string>) => boolean);
  path?: Record<string, string>;
}

/** Gives the nock interceptor its answer; `requestOf` is the parsed request nock is answering. */
export type Answer = (interceptor: nock.Interceptor, requestOf: (request: Request) => MockedRequest) => void;

export type Register = (settings: Settings, answer: Answer) => void;

const INITIAL: Settings = { times: 1, persist: false, delayMs: 0 };

/** The mock of one operation (`label`: `mock.cards.get`), its path parameters named `paramNames`. */
export function operationMock(label: string, paramNames: readonly string[], register: Register, settings: Settings = INITIAL): OperationMock {
  const refined = (change: Partial<Settings>) => operationMock(label, paramNames, register, { ...settings, ...change });
  return {
    reply: (status: number, body?: unknown, headers?: Record<string, string>) => register(settings, (interceptor) => interceptor.reply(status, body as never, headers)),
    replyWith: (reply) =>
      register(settings, (interceptor, requestOf) => interceptor.reply(async (request: Request) => [...(await reply(requestOf(request)))] as [number, unknown, Record<string, string>?])),
    replyWithError: (error) => register(settings, (interceptor) => interceptor.replyWithError(error)),
    times: (count) => refined({ times: positiveInteger(`${label}.times()`, count) }),
    persist: () => refined({ persist: true }),
    delay: (ms) => refined({ delayMs: nonNegative(`${label}.delay()`, ms) }),
    query: (match) => refined({ query: match as Settings['query'] }),
    path: (params) => refined({ path: pathParams(label, paramNames, params) }),
  } as OperationMock;
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
