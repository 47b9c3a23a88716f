// Compile-time checks of the testing kit's types, read off the Testland operation table as a country's are.
// The package's typecheck checks this file; nothing here runs. A `@ts-expect-error` whose line compiles fails it.
import { expectTypeOf, test } from 'vitest';

import type { MockedRequest, MockReply, OperationMock, SentQuery } from '../src/testing/index.js';
import type { Card, PageTx, Tx } from './.generated/types.gen.js';
import type { TestlandMock } from './support/testland-mock.js';

declare const mock: TestlandMock;

test('the mock has the operations of the client, nothing else', () => {
  expectTypeOf(mock.transactions.get).toMatchTypeOf<OperationMock>();
  // @ts-expect-error Testland has no users
  void mock.users;
  // @ts-expect-error not a method of cards
  void mock.cards.get;
});

test("reply: a 2xx body is the operation's response type; an error status takes an error body", () => {
  mock.transactions.get.reply(200, { uuid: 'tx-1', amount: 10 });
  mock.transactions.list.reply(200, { content: [{ uuid: 'tx-1' }], number: 0, totalPages: 1, last: true });
  mock.digitalAccounts.list.reply(200, [{ id: 1 }]);
  mock.cards.toggleLock.reply(204); // a void response needs no body
  mock.transactions.get.reply(404, { code: 'NOT_FOUND', message: 'no such transaction', details: [] });
  mock.transactions.get.reply(503); // an error body is optional
  mock.transactions.get.reply(429, { message: 'slow down' }, { 'Retry-After': '2' });
  // @ts-expect-error `uuid` is a string
  mock.transactions.get.reply(200, { uuid: 1 });
  // @ts-expect-error a 2xx needs the response body
  mock.transactions.get.reply(200);
  // @ts-expect-error a page, not a transaction
  mock.transactions.list.reply(200, { uuid: 'tx-1' });
  // @ts-expect-error an error body is an object or text
  mock.transactions.get.reply(500, 42);
  // @ts-expect-error not an HTTP status
  mock.transactions.get.reply(99, {});
});

test('replyWith: the request is typed (path parameters, query, body); the answer is checked like reply', () => {
  mock.cards.toggleLock.replyWith((request) => {
    expectTypeOf(request.path).toEqualTypeOf<{ uuid: string }>();
    expectTypeOf(request.body).toEqualTypeOf<{ locked?: boolean }>();
    return [204];
  });
  mock.transactions.list.replyWith(({ query }) => {
    expectTypeOf(query).toEqualTypeOf<SentQuery<{ page?: number; size?: number; operationDateRangeStart?: string }>>();
    expectTypeOf(query.page).toEqualTypeOf<string | undefined>();
    return [200, { content: [], number: Number(query.page), totalPages: 0, last: true }];
  });
  mock.cards.create.replyWith(async ({ body }) => {
    expectTypeOf(body).toEqualTypeOf<{ alias: string; threshold?: number }>();
    return body.alias === '' ? [422, { code: 'VALIDATION_ERROR' }] : [200, { uuid: 'card-1', alias: body.alias } satisfies Card];
  });
  // @ts-expect-error the answer's body must be a card
  mock.cards.create.replyWith(() => [200, { uuid: 'card-1' }]);
  // @ts-expect-error no path parameter `id`
  mock.transactions.get.replyWith(({ path }) => [200, { uuid: path.id }]);
});

test('pins are typed too', () => {
  mock.transactions.list.query({ size: 5 }).times(2).delay(10).reply(200, { content: [], number: 0, totalPages: 0, last: true });
  mock.transactions.get.path({ uuid: 'tx-1' }).persist().reply(200, { uuid: 'tx-1' });
  // @ts-expect-error `size` is a number
  mock.transactions.list.query({ size: 'five' });
  // @ts-expect-error not a query parameter of this operation
  mock.transactions.list.query({ pageSize: 5 });
  // @ts-expect-error not a path parameter of this operation
  mock.transactions.get.path({ id: 'tx-1' });
});

test('the token endpoint and the records', () => {
  mock.token.reply(200, { access_token: 'token', token_type: 'Bearer', expires_in: 60 });
  mock.token.reply(401, { error: 'invalid_client' });
  // @ts-expect-error a token answer has an access_token
  mock.token.reply(200, { token: 'x' });
  expectTypeOf(mock.requests).toEqualTypeOf<readonly MockedRequest[]>();
  expectTypeOf(mock.requests[0]!.query.anything).toEqualTypeOf<string | undefined>();
  expectTypeOf<MockReply<Tx>>().toMatchTypeOf<readonly [number, ...unknown[]]>();
  expectTypeOf<PageTx['content']>().toEqualTypeOf<Tx[]>();
});
