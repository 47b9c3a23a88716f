// Every country package's testing kit (`@org/clara-<cc>/testing`) as a user runs it: its mock has every
// operation of the client, each request of a client method reaches the mock of that method. A file of the `kit`
// vitest project: importing a testing entry loads nock, which patches Node's HTTP for the whole worker.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';

import { argumentsOf, callMethod, countries, errorOf, loadPackage, repo, walk, type ClaraMock, type Client, type CountryPackage, type Entry, type MethodMock, type MockedRequest, type TestingKit } from './support/country-package.ts';

type Outcome = { completed: boolean; data?: unknown; response: Response };

/** operationIds whose effective document declares both 200 and 204: Clara's hybrid card writes. */
function hybridWrites(code: string): Set<string> {
  const document = JSON.parse(readFileSync(join(repo, 'packages', `clara-${code}`, 'src', 'generated', 'openapi.json'), 'utf8')) as { paths: Record<string, Record<string, { operationId: string; responses?: object }>> };
  const ids = Object.values(document.paths).flatMap((item) => Object.values(item)).filter((op) => op.responses && '200' in op.responses && '204' in op.responses).map((op) => op.operationId);
  return new Set(ids);
}

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

  test('hybrid card writes: Clara\'s 204 No Content is accepted (outcome not completed), its 200 carries the result', async () => {
    const hybrid = entries.filter((entry) => hybridWrites(code).has(entry.operationId));
    expect(hybrid.map((entry) => entry.at.join('.')).sort()).toEqual(['cards.create', 'cards.createMany', 'cards.delete', 'cards.deleteMany', 'cards.toggleLock', 'cards.toggleManyLock', 'cards.updateManyThreshold', 'cards.updateThreshold']);
    for (const { at, definition } of hybrid) {
      const method = walk(mock, at) as MethodMock;
      const args = argumentsOf(definition, { pathParams: definition.path.map(() => 'card-1'), body: {} });
      method.reply(204);
      const later = await (callMethod(clara, at, args) as unknown as { outcome(): Promise<Outcome> }).outcome();
      expect([at.join('.'), later.completed, later.response.status]).toEqual([at.join('.'), false, 204]);
      method.reply(204);
      await callMethod(clara, at, args); // awaiting the write itself: a 204 is no error
      method.reply(200, { uuid: 'card-1', status: 'UPDATED' });
      const now = await (callMethod(clara, at, args) as unknown as { outcome(): Promise<Outcome> }).outcome();
      expect([at.join('.'), now.completed, now.data]).toEqual([at.join('.'), true, { uuid: 'card-1', status: 'UPDATED' }]);
    }
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
