// Pagination through the whole client, with the testing kit serving the pages: Spring pages (`last`,
// `totalPages`, neither), bare arrays, short and empty pages, the page a walk starts at, and errors mid-walk.
// Each walk asserts the pages requested, not only the items: one request per page, none after the last.
import { describe, expect, test } from 'vitest';

import { ClaraNotFoundError } from '../src/index.js';
import type { MockedRequest } from '../src/testing/index.js';
import { useMockedTestland } from './support/testland-mock.js';

const kit = useMockedTestland();

const tx = (n: number) => ({ uuid: `tx-${n}` });
const uuids = (from: number, count: number) => Array.from({ length: count }, (_, i) => `tx-${from + i}`);
/** The `page` query of every request the mock answered. */
const pagesRequested = (requests: readonly MockedRequest[]) => requests.map((request) => Number(request.query.page));

async function walk<T extends { uuid?: string }>(items: AsyncIterable<T>): Promise<string[]> {
  const seen: string[] = [];
  for await (const item of items) seen.push(item.uuid!);
  return seen;
}

/** Spring pages of `size` items out of `total`, answered by page number, with `last` and `totalPages`. */
function springPages(total: number, size: number) {
  const totalPages = Math.ceil(total / size);
  kit.mock.transactions.list.persist().replyWith(({ query }) => {
    const number = Number(query.page);
    const content = Array.from({ length: Math.max(0, Math.min(size, total - number * size)) }, (_, i) => tx(number * size + i));
    return [200, { content, number, size, totalPages, totalElements: total, last: number >= totalPages - 1 }];
  });
}

describe('Spring pages', () => {
  test('for await walks every item of every page, one request per page, the size kept', async () => {
    springPages(45, 20);
    expect(await walk(kit.clara.transactions.list({ size: 20 }))).toEqual(uuids(0, 45));
    expect(pagesRequested(kit.mock.requests)).toEqual([0, 1, 2]);
    expect(kit.mock.requests.every((request) => request.query.size === '20')).toBe(true);
  });

  test('awaiting the list gives the first page as Clara sent it; nothing is sent before', async () => {
    springPages(45, 20);
    const list = kit.clara.transactions.list({ size: 20 });
    expect(kit.mock.requests).toEqual([]);
    expect(await list).toMatchObject({ number: 0, totalPages: 3, totalElements: 45, last: false });
    expect(pagesRequested(kit.mock.requests)).toEqual([0]);
  });

  test('`last: true` ends the walk on a full page', async () => {
    kit.mock.transactions.list.reply(200, { content: [tx(0), tx(1)], number: 0, size: 2, totalPages: 2, last: false });
    kit.mock.transactions.list.reply(200, { content: [tx(2), tx(3)], number: 1, size: 2, last: true } as never);
    expect(await walk(kit.clara.transactions.list())).toEqual(uuids(0, 4));
    kit.mock.done();
  });

  test('without `last`, totalPages ends the walk', async () => {
    const page = (number: number) => ({ content: [tx(2 * number), tx(2 * number + 1)], number, totalPages: 2 }) as never; // no `last`: off-schema on purpose
    kit.mock.transactions.list.reply(200, page(0));
    kit.mock.transactions.list.reply(200, page(1));
    expect(await walk(kit.clara.transactions.list())).toEqual(uuids(0, 4));
    expect(pagesRequested(kit.mock.requests)).toEqual([0, 1]);
  });

  test('without `last` or totalPages, a page shorter than the first is the last', async () => {
    kit.mock.transactions.list.reply(200, { content: [tx(0), tx(1), tx(2)] } as never);
    kit.mock.transactions.list.reply(200, { content: [tx(3)] } as never);
    expect(await walk(kit.clara.transactions.list())).toEqual(uuids(0, 4));
    expect(pagesRequested(kit.mock.requests)).toEqual([0, 1]);
  });

  test('an empty page ends the walk', async () => {
    kit.mock.transactions.list.reply(200, { content: [], number: 0, totalPages: 0, last: false });
    expect(await walk(kit.clara.transactions.list())).toEqual([]);
    expect(kit.mock.requests).toHaveLength(1);
  });

  test('a walk starts at the requested page', async () => {
    springPages(45, 20);
    expect(await walk(kit.clara.transactions.list({ page: 1, size: 20 }))).toEqual(uuids(20, 25));
    expect(pagesRequested(kit.mock.requests)).toEqual([1, 2]);
  });

  test('breaking out of the loop fetches no further page', async () => {
    springPages(45, 20);
    for await (const item of kit.clara.transactions.list({ size: 20 })) if (item.uuid === 'tx-3') break;
    expect(pagesRequested(kit.mock.requests)).toEqual([0]);
  });

  test('an error on a later page surfaces in the loop, after the items before it', async () => {
    kit.mock.transactions.list.reply(200, { content: [tx(0), tx(1)], number: 0, totalPages: 3, last: false });
    kit.mock.transactions.list.reply(404, { code: 'NOT_FOUND', message: 'page expired' });
    const seen: string[] = [];
    const error = await (async () => {
      for await (const item of kit.clara.transactions.list()) seen.push(item.uuid);
    })().then(() => undefined, (failure: unknown) => failure);
    expect(seen).toEqual(uuids(0, 2));
    expect(error).toBeInstanceOf(ClaraNotFoundError);
    expect(error).toMatchObject({ code: 'NOT_FOUND', path: '/api/v3/transactions' });
  });
});

describe('bare arrays', () => {
  const accounts = (from: number, count: number) => Array.from({ length: count }, (_, i) => ({ id: from + i }));
  const ids = async (list: AsyncIterable<{ id?: number }>) => {
    const seen: number[] = [];
    for await (const account of list) seen.push(account.id!);
    return seen;
  };

  test('a page shorter than the first is the last', async () => {
    kit.mock.digitalAccounts.list.reply(200, accounts(0, 3));
    kit.mock.digitalAccounts.list.reply(200, accounts(3, 1));
    expect(await ids(kit.clara.digitalAccounts.list({ size: 3 }))).toEqual([0, 1, 2, 3]);
    expect(pagesRequested(kit.mock.requests)).toEqual([0, 1]);
  });

  test('a server capping the size (asked 100, sends 2) does not end the walk after the first page', async () => {
    kit.mock.digitalAccounts.list.reply(200, accounts(0, 2));
    kit.mock.digitalAccounts.list.reply(200, accounts(2, 2));
    kit.mock.digitalAccounts.list.reply(200, accounts(4, 1));
    expect(await ids(kit.clara.digitalAccounts.list({ size: 100 }))).toEqual([0, 1, 2, 3, 4]);
    expect(pagesRequested(kit.mock.requests)).toEqual([0, 1, 2]);
  });

  test('a short first page is confirmed by an empty second one', async () => {
    kit.mock.digitalAccounts.list.reply(200, accounts(0, 2));
    kit.mock.digitalAccounts.list.reply(200, []);
    expect(await ids(kit.clara.digitalAccounts.list({ size: 10 }))).toEqual([0, 1]);
    expect(pagesRequested(kit.mock.requests)).toEqual([0, 1]);
    kit.mock.done();
  });

  test('an empty first page: no items, one request', async () => {
    kit.mock.digitalAccounts.list.reply(200, []);
    expect(await ids(kit.clara.digitalAccounts.list({}))).toEqual([]);
    expect(kit.mock.requests).toHaveLength(1);
  });
});
