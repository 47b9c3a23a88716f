// Rendered from tools/generate/template by tools/generate — do not edit.
// The testing kit of this package (`@org/clara-co/testing`): its mock has every operation of the client,
// each request of a client method reaches the mock of that method, and replies are typed by the operation.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';

import { ClaraNotFoundError, createClaraClient, operations, type ClaraClient, type GetCardResponse } from '../src/index.js';
import { mockClara, type ClaraMock, type MockedRequest } from '../src/testing.js';

interface Definition {
  call: unknown;
  path: readonly string[];
  input: 'none' | 'query' | 'body' | 'both';
  paging?: 'page' | 'array';
}
interface Tree {
  readonly [name: string]: Definition | Tree;
}
interface MethodMock {
  replyWith(reply: (request: MockedRequest) => readonly [number, unknown?]): void;
}

/** Every method of the operations table: where it lives (`['v2', 'cards', 'list']`) and its definition. */
function methodsOf(tree: Tree, at: string[] = []): { at: string[]; definition: Definition }[] {
  return Object.entries(tree).flatMap(([name, node]) =>
    'call' in node ? [{ at: [...at, name], definition: node as Definition }] : methodsOf(node as Tree, [...at, name]),
  );
}

const walk = (root: unknown, at: readonly string[]) => at.reduce<unknown>((node, name) => (node as Record<string, unknown>)[name], root);
const methods = methodsOf(operations);

describe('@org/clara-co/testing', () => {
  let mock: ClaraMock;
  let clara: ClaraClient;
  beforeEach(() => {
    mock = mockClara();
    clara = createClaraClient(mock.clientOptions);
  });
  afterEach(async () => {
    await clara.close();
    mock.restore();
  });

  test('every method of the client reaches the mock of that method, with its path parameters', async () => {
    const seen = new Map<string, MockedRequest>();
    const calls = methods.map(({ at, definition }) => {
      const name = at.join('.');
      (walk(mock, at) as MethodMock).replyWith((request) => {
        seen.set(name, request);
        return [200, definition.paging === 'array' ? [] : definition.paging === 'page' ? { content: [], number: 0, totalPages: 0, last: true } : {}];
      });
      const params = definition.path.map((param, i) => `${param}-${i + 1}`); // never a literal segment of another route
      const input = { none: [], query: [{}], body: [{}], both: [{ query: {}, body: {} }] }[definition.input];
      const resource = walk(clara, at.slice(0, -1)) as Record<string, (...args: unknown[]) => PromiseLike<unknown>>;
      return { name, expected: Object.fromEntries(definition.path.map((param, i) => [param, params[i]])), call: () => resource[at.at(-1)!]!(...params, ...input) };
    });
    await Promise.all(calls.map(({ call }) => call()));
    const reached = Object.fromEntries(calls.map(({ name }) => [name, { operation: seen.get(name)?.operation, path: seen.get(name)?.path }]));
    expect(reached).toEqual(Object.fromEntries(calls.map(({ name, expected }) => [name, { operation: name, path: expected }])));
    mock.done();
  });

  test('a mocked error is the SDK error of its status; an unmocked call says what to mock', async () => {
    mock.cards.get.reply(404, { code: 'NOT_FOUND', message: 'Card not found' });
    const notFound = await clara.cards.get('card-1').then(() => undefined, (error: unknown) => error);
    expect(notFound).toBeInstanceOf(ClaraNotFoundError);
    expect(notFound).toMatchObject({ status: 404, code: 'NOT_FOUND' });
    const unmocked = await clara.cards.get('card-1').then(() => undefined, (error: unknown) => error);
    expect((unmocked as Error).message).toMatch(/mockClara has no reply for GET \/api\/v3\/cards\/card-1 \(clara\.cards\.get\): add one with mock\.cards\.get\.reply/);
  });
});

// Compile-time checks (the package's typecheck covers test/): replies and requests are typed by the operation.
export function typeChecks(mock: ClaraMock, card: GetCardResponse): void {
  mock.cards.get.reply(200, card);
  mock.cards.get.replyWith(({ path }) => [200, { ...card, uuid: path.uuid }]);
  // @ts-expect-error a card's uuid is a string
  mock.cards.get.reply(200, { ...card, uuid: 1 });
  // @ts-expect-error getCard's path parameter is `uuid`
  mock.cards.get.replyWith(({ path }) => [200, { ...card, uuid: path.id }]);
}
