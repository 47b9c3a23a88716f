// Every country package's testing kit (`@org/clara-<cc>/testing`) as a user runs it: its mock has every
// operation of the client, each request of a client method reaches the mock of that method. A file of the `kit`
// vitest project: importing a testing entry loads nock, which patches Node's HTTP for the whole worker.
import { afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';

import { argumentsOf, callMethod, countries, errorOf, loadPackage, walk, type ClaraMock, type Client, type CountryPackage, type Entry, type MethodMock, type MockedRequest, type TestingKit } from './support/country-package.ts';

describe.each(countries)('@org/clara-%s/testing', (code) => {
  let pkg: CountryPackage;
  let entries: Entry[];
  let kit: TestingKit;
  let mock: ClaraMock;
  let clara: Client;
  beforeAll(async () => {
    ({ pkg, entries } = await loadPackage(code));
    kit = (await import(`@org/clara-${code}/testing`)) as TestingKit;
  });
  beforeEach(() => {
    mock = kit.mockClara();
    clara = pkg.createClaraClient(mock.clientOptions);
  });
  afterEach(async () => {
    await clara.close();
    mock.restore();
  });

  test('every method of the client reaches the mock of that method, with its path parameters', async () => {
    const seen = new Map<string, MockedRequest>();
    const calls = entries.map(({ at, definition }) => {
      const name = at.join('.');
      (walk(mock, at) as MethodMock).replyWith((request) => {
        seen.set(name, request);
        return [200, definition.paging === 'array' ? [] : definition.paging === 'page' ? { content: [], number: 0, totalPages: 0, last: true } : {}];
      });
      const params = definition.path.map((param, i) => `${param}-${i + 1}`); // never a literal segment of another route
      const args = argumentsOf(definition, { pathParams: params, query: {}, body: {} });
      return { name, expected: Object.fromEntries(definition.path.map((param, i) => [param, params[i]])), call: () => callMethod(clara, at, args) };
    });
    await Promise.all(calls.map(({ call }) => call()));
    const reached = Object.fromEntries(calls.map(({ name }) => [name, { operation: seen.get(name)?.operation, path: seen.get(name)?.path }]));
    expect(reached).toEqual(Object.fromEntries(calls.map(({ name, expected }) => [name, { operation: name, path: expected }])));
    mock.done();
  });

  test('a mocked error is the SDK error of its status; an unmocked call says what to mock', async () => {
    mock.cards.get.reply(404, { code: 'NOT_FOUND', message: 'Card not found' });
    const notFound = await errorOf(clara.cards.get('card-1'));
    expect(notFound).toBeInstanceOf(pkg.ClaraNotFoundError);
    expect(notFound).toMatchObject({ status: 404, code: 'NOT_FOUND' });
    const unmocked = await errorOf(clara.cards.get('card-1'));
    expect((unmocked as Error).message).toMatch(/mockClara has no reply for GET \/api\/v3\/cards\/card-1 \(clara\.cards\.get\): add one with mock\.cards\.get\.reply/);
  });
});
