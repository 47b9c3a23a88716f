// The testing kit itself (`@org/clara/testing`), on the Testland client: credentials, the token endpoint,
// routing, nock's semantics (order, times, persist, delay, errors), pins, the unmatched request's error,
// done() and restore(). Its use for the runtime's own behaviour is in kit-errors, kit-retries, kit-pagination.
import { X509Certificate } from 'node:crypto';
import nock from 'nock';
import { afterEach, describe, expect, test, vi } from 'vitest';

import { ClaraConfigError, ClaraConnectionError, ClaraServerError, ClaraTimeoutError, loadCredentials } from '../src/index.js';
import { Router } from '../src/testing/routes.js';
import { testCredentials } from '../src/testing/index.js';
import { settle, useFakeClock } from './support/fake-clock.js';
import { mockTestland, useMockedTestland } from './support/testland-mock.js';
import { createTestlandClient } from './support/testland.js';

const kit = useMockedTestland();
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});
const failure = (call: PromiseLike<unknown>) => Promise.resolve(call).then(() => expect.fail('the call succeeded'), (error: unknown) => error);

describe('test credentials', () => {
  test('a self-signed client certificate with the clientAuth usage, and its key: the SDK accepts them', async () => {
    const source = testCredentials();
    const certificate = new X509Certificate(source.cert);
    expect(certificate.keyUsage).toEqual(['1.3.6.1.5.5.7.3.2']);
    expect(certificate.verify(certificate.publicKey)).toBe(true);
    const credentials = await loadCredentials(source);
    expect(credentials).toMatchObject({ clientId: 'clara-test-client', certificate: { subject: 'CN=Clara SDK test client' } });
    expect(kit.mock.clientOptions.credentials).toEqual(source);
  });

  test('made once per process', () => {
    expect(testCredentials().cert).toBe(testCredentials().cert);
    expect(testCredentials()).not.toBe(testCredentials()); // copies: a test changing one changes nothing else
  });

  test('valid whatever date a fake clock says, without an expiry warning', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const warnings: string[] = [];
    const logger = { debug() {}, info() {}, warn: (message: string) => void warnings.push(message), error() {} };
    for (const now of ['2001-06-01', '2026-11-30', '2199-01-01']) {
      vi.setSystemTime(new Date(now));
      await expect(loadCredentials(testCredentials(), { logger })).resolves.toBeDefined();
    }
    expect(warnings).toEqual([]);
  });
});

describe('the token endpoint', () => {
  test('answered with a fresh fake token on every request; tokenRequests records them', async () => {
    kit.mock.transactions.get.times(2).reply(200, { uuid: 'tx-1' });
    await kit.clara.transactions.get('tx-1');
    await kit.client().transactions.get('tx-1'); // another client: its own token
    expect(kit.mock.tokenRequests).toEqual([
      { clientId: 'clara-test-client', grantType: 'client_credentials' },
      { clientId: 'clara-test-client', grantType: 'client_credentials' },
    ]);
    expect(kit.mock.requests.map((request) => request.headers['authorization'])).toEqual(['Bearer clara-test-token-1', 'Bearer clara-test-token-2']);
    expect(await kit.clara.verifyCredentials()).toMatchObject({ tokenType: 'Bearer', expiresInSeconds: expect.any(Number) });
    kit.mock.done(); // the default token answer is never pending
  });
});

describe('operations', () => {
  test('the mock has the client’s tree; each request is routed to its operation', async () => {
    expect(Object.keys(kit.mock)).toEqual(expect.arrayContaining(['transactions', 'cards', 'digitalAccounts']));
    kit.mock.cards.create.reply(200, { uuid: 'card-1', alias: 'Travel' });
    kit.mock.cards.toggleLock.reply(204);
    kit.mock.transactions.get.reply(200, { uuid: 'tx-1' });
    expect(await kit.clara.cards.create({ alias: 'Travel' })).toEqual({ uuid: 'card-1', alias: 'Travel' });
    await kit.clara.cards.toggleLock('card-1', { locked: true });
    await kit.clara.transactions.get('tx-1');
    expect(kit.mock.requests.map(({ operation, operationId, method, path }) => [operation, operationId, method, path])).toEqual([
      ['cards.create', 'createCard', 'POST', {}],
      ['cards.toggleLock', 'toggleCardLock', 'PATCH', { uuid: 'card-1' }],
      ['transactions.get', 'getTransaction', 'GET', { uuid: 'tx-1' }],
    ]);
  });

  test('replyWith gets the parsed request: path parameters, the query as sent, the JSON body, the headers', async () => {
    const seen: unknown[] = [];
    kit.mock.cards.toggleLock.replyWith((request) => (seen.push(request), [204]));
    kit.mock.transactions.list.replyWith(({ query }) => (seen.push(query), [200, { content: [], number: 0, totalPages: 0, last: true }]));
    await kit.clara.withTaxIdentifier('ACME8001011H0').cards.toggleLock('card 1/ü', { locked: true });
    await kit.clara.transactions.list({ size: 5, operationDateRangeStart: '2026-01-01' });
    expect(seen[0]).toMatchObject({
      operation: 'cards.toggleLock',
      path: { uuid: 'card 1/ü' },
      body: { locked: true },
      headers: { 'x-tax-identifier': 'ACME8001011H0', 'content-type': 'application/json' },
    });
    expect(seen[1]).toEqual({ size: '5', operationDateRangeStart: '2026-01-01', page: '0' });
  });

  test('answers are used in the order they were added, one call each unless times(n) or persist()', async () => {
    kit.mock.transactions.get.reply(200, { uuid: 'first' });
    kit.mock.transactions.get.times(2).reply(200, { uuid: 'twice' });
    kit.mock.transactions.get.persist().reply(200, { uuid: 'then always' });
    const answers = [];
    for (let i = 0; i < 5; i++) answers.push((await kit.clara.transactions.get('tx')).uuid);
    expect(answers).toEqual(['first', 'twice', 'twice', 'then always', 'then always']);
    kit.mock.done();
  });

  test('query(): the pinned values must be in the query (others allowed); path(): the path parameters must match', async () => {
    kit.mock.transactions.list.query({ size: 5 }).reply(200, { content: [{ uuid: 'five' }], number: 0, totalPages: 1, last: true });
    kit.mock.transactions.list.query((query) => query.operationDateRangeStart === '2026-01-01').reply(200, { content: [{ uuid: 'dated' }], number: 0, totalPages: 1, last: true });
    kit.mock.transactions.get.path({ uuid: 'tx-2' }).reply(200, { uuid: 'tx-2' });
    expect((await kit.clara.transactions.list({ operationDateRangeStart: '2026-01-01' })).content).toEqual([{ uuid: 'dated' }]);
    expect((await kit.clara.transactions.list({ size: 5 })).content).toEqual([{ uuid: 'five' }]);
    expect(await failure(kit.clara.transactions.get('tx-1'))).toMatchObject({ status: 501 });
    expect(await kit.clara.transactions.get('tx-2')).toEqual({ uuid: 'tx-2' });
  });

  test("delay(ms) holds the whole answer back, on the test's clock", async () => {
    await kit.clara.verifyCredentials();
    useFakeClock();
    const start = Date.now();
    kit.mock.transactions.get.delay(1000).reply(200, { uuid: 'late' });
    const answered = kit.clara.transactions.get('tx').then(({ uuid }) => [uuid, Date.now() - start]);
    expect(await settle(answered)).toEqual({ value: ['late', 1000] });
  });

  test("delay(ms) past the call's timeoutMs: ClaraTimeoutError, and the client still closes cleanly", async () => {
    await kit.clara.verifyCredentials();
    useFakeClock();
    kit.mock.transactions.get.delay(1000).reply(200, { uuid: 'late' });
    expect((await settle(kit.clara.transactions.get('tx', { timeoutMs: 100 }))).error).toBeInstanceOf(ClaraTimeoutError);
  });

  test('replyWithError fails on the wire: ECONNRESET (sent, then lost) by default, or the code given', async () => {
    kit.mock.cards.create.replyWithError('socket hang up');
    kit.mock.cards.create.replyWithError({ code: 'ECONNREFUSED' });
    const lost = await failure(kit.clara.cards.create({ alias: 'Travel' }));
    expect(lost).toBeInstanceOf(ClaraConnectionError);
    expect(lost).toMatchObject({ requestSent: true, cause: { code: 'ECONNRESET', message: 'socket hang up' } });
    const refused = await failure(kit.clara.cards.create({ alias: 'Travel' }, { maxRetries: 0 }));
    expect(refused).toMatchObject({ requestSent: false, message: 'Could not reach public-api.zz.clara.com (ECONNREFUSED): POST /api/v3/cards was not sent.' });
  });

  test('bad arguments to the builder are a ClaraConfigError naming them', () => {
    expect(() => kit.mock.transactions.get.times(0)).toThrow(new ClaraConfigError('mock.transactions.get.times() takes a whole number of calls, 1 or more, got 0'));
    expect(() => kit.mock.transactions.get.delay(-1)).toThrow(/mock\.transactions\.get\.delay\(\) takes milliseconds, 0 or more, got -1/);
    // @ts-expect-error not a path parameter of this operation
    expect(() => kit.mock.transactions.get.path({ id: 'x' })).toThrow('mock.transactions.get.path(): "id" is not a path parameter of this operation (its path parameters: uuid)');
  });
});

describe('what nothing was mocked for', () => {
  test('a call on the mocked host: a 501 naming the request and the answer to add, not retried; done() lists it', async () => {
    const error = await failure(kit.clara.transactions.get('tx-9'));
    expect(error).toBeInstanceOf(ClaraServerError);
    expect(error).toMatchObject({ status: 501, code: 'CLARA_MOCK_NO_REPLY', attempts: 1 });
    expect((error as Error).message).toBe(
      'Clara answered 501 CLARA_MOCK_NO_REPLY to GET /api/v3/transactions/tx-9: mockClara has no reply for GET /api/v3/transactions/tx-9 (clara.transactions.get): add one with mock.transactions.get.reply(…); an answer serves one call unless .times(n) or .persist()',
    );
    expect(kit.mock.unmatched).toEqual(['GET /api/v3/transactions/tx-9 (answered 501)']);
    expect(() => kit.mock.done()).toThrow('mockClara: not done:\n  no mock for GET /api/v3/transactions/tx-9 (answered 501)');
  });

  test('a client of the other environment is told where the mock answers', async () => {
    const sandboxClient = kit.client({ environment: 'sandbox' });
    expect(((await failure(sandboxClient.transactions.get('tx-1'))) as Error).message).toMatch(
      /mockClara has no reply for GET \/api-test\/v3\/transactions\/tx-1: the mock answers under \/api \(mockClara\(\{ environment: 'sandbox' \}\) mocks \/api-test/,
    );
  });

  test('another host: nock refuses the connection (nothing leaves the process) — a setup mistake, said at once, never retried', async () => {
    const elsewhere = kit.client({ baseUrl: 'https://clara-proxy.invalid' });
    const error = await failure(elsewhere.transactions.get('tx-1'));
    expect(error).toBeInstanceOf(ClaraConfigError);
    expect((error as Error).message).toBe('nock refused the connection to clara-proxy.invalid (POST /oauth/token): nothing is mocked for this host, and nock does not let unmocked requests out.');
    expect(kit.mock.unmatched).toEqual(['POST https://clara-proxy.invalid/oauth/token (another host: nock refused the connection)']);
    expect(kit.mock.isDone()).toBe(false);
  });

  test('a literal path segment beats a path parameter: /cards/requests is not a card named "requests"', () => {
    const call = async () => ({});
    const router = new Router(
      {
        cards: {
          get: { id: 'getCard', route: 'GET /v3/cards/{uuid}', call, path: ['uuid'], input: 'none' },
          listRequests: { id: 'listCardRequests', route: 'GET /v3/cards/requests', call, path: [], input: 'query' },
          getRequest: { id: 'getCardRequest', route: 'GET /v3/cards/requests/{id}', call, path: ['id'], input: 'none' },
        },
      },
      '/api',
    );
    const resolve = (path: string) => {
      const match = router.resolve('GET', path);
      return match && [match.route.name, match.params];
    };
    expect(resolve('/api/v3/cards/requests')).toEqual(['cards.listRequests', {}]);
    expect(resolve('/api/v3/cards/requests/r-1')).toEqual(['cards.getRequest', { id: 'r-1' }]);
    expect(resolve('/api/v3/cards/card%201')).toEqual(['cards.get', { uuid: 'card 1' }]);
    expect(resolve('/api/v3/cards')).toBeUndefined();
    expect(router.resolve('POST', '/api/v3/cards/requests')).toBeUndefined();
  });
});

describe('done(), isDone(), pendingMocks()', () => {
  test('name every answer not used up, with the calls left', async () => {
    kit.mock.transactions.get.times(2).reply(200, { uuid: 'tx-1' });
    kit.mock.cards.create.persist().reply(200, { uuid: 'card-1', alias: 'Travel' });
    kit.mock.transactions.get.path({ uuid: 'tx-2' }).reply(404);
    await kit.clara.transactions.get('tx-1');
    expect(kit.mock.isDone()).toBe(false);
    expect(kit.mock.pendingMocks()).toEqual([
      'transactions.get (GET /api/v3/transactions/{uuid}): 1 of 2 calls left',
      'cards.create (POST /api/v3/cards): persisted, never called',
      'transactions.get (GET /api/v3/transactions/{uuid}) [uuid=tx-2]: 1 of 1 call left',
    ]);
    expect(() => kit.mock.done()).toThrow(/^mockClara: not done:\n {2}transactions\.get .*: 1 of 2 calls left\n/);
  });

  test('pass once every answer was used, a persisted one at least once', async () => {
    kit.mock.transactions.get.reply(200, { uuid: 'tx-1' });
    kit.mock.cards.create.persist().reply(200, { uuid: 'card-1', alias: 'Travel' });
    await kit.clara.transactions.get('tx-1');
    await kit.clara.cards.create({ alias: 'Travel' });
    expect(kit.mock.pendingMocks()).toEqual([]);
    kit.mock.done();
  });
});

describe('restore()', () => {
  test('removes every interceptor of the mock and allows connections again; the mock cannot be used afterwards', () => {
    kit.mock.transactions.get.persist().reply(200, { uuid: 'tx-1' });
    expect(nock.activeMocks().length).toBeGreaterThan(0);
    kit.mock.restore();
    expect(nock.activeMocks()).toEqual([]);
    expect(() => kit.mock.transactions.get.reply(200, { uuid: 'tx-1' })).toThrow('mockClara: this mock was restored; create a new one with mockClara().');
    kit.mock.restore(); // twice is harmless
  });

  test('one mock per host at a time: a second one is refused until the first is restored', () => {
    expect(() => mockTestland()).toThrow(new ClaraConfigError('mockClara: https://public-api.zz.clara.com is already mocked by another mock: call its restore() first (in an afterEach, say).'));
    const sandbox = mockTestland({ baseUrl: 'https://clara-proxy.internal' }); // another host: fine
    sandbox.restore();
  });

  test('a new mock after restore() starts clean: its own tokens and records', async () => {
    kit.mock.restore();
    const mock = mockTestland();
    try {
      const clara = createTestlandClient(mock.clientOptions);
      mock.transactions.get.reply(200, { uuid: 'tx-1' });
      await clara.transactions.get('tx-1');
      await clara.close();
      expect(mock.requests).toHaveLength(1);
      expect(mock.requests[0]!.headers['authorization']).toBe('Bearer clara-test-token-1');
    } finally {
      mock.restore();
    }
  });
});
