// The checks of a list walk, through the whole client with the testing kit serving a misbehaving server: each
// anomaly ends in a ClaraPaginationError within the pages it takes to see it — never a loop, never a short list
// handed out as complete — and the lists Clara really sends still walk to their end.
import { describe, expect, test } from 'vitest';

import { ClaraCallError, ClaraPaginationError } from '../src/index.js';
import type { MockedRequest } from '../src/testing/index.js';
import { useMockedTestland } from './support/testland-mock.js';

const kit = useMockedTestland();

const tx = (n: number) => ({ uuid: `tx-${n}` });
const txs = (from: number, count: number) => Array.from({ length: count }, (_, i) => tx(from + i));
const pagesRequested = (requests: readonly MockedRequest[]) => requests.map((request) => Number(request.query.page));

/** Walks the list; resolves the items seen and the error that ended the walk, if any. */
async function walk<T extends { uuid?: string; id?: number }>(items: AsyncIterable<T>): Promise<{ seen: (string | number)[]; error?: unknown }> {
  const seen: (string | number)[] = [];
  try {
    for await (const item of items) seen.push(item.uuid ?? item.id!);
    return { seen };
  } catch (error) {
    return { seen, error };
  }
}

/** A Spring page of a list of `total` items, `size` per page, as Clara sends it. */
const springPage = (number: number, size: number, total: number) => {
  const totalPages = Math.ceil(total / size);
  return { content: txs(number * size, Math.max(0, Math.min(size, total - number * size))), number, size, totalPages, totalElements: total, last: number >= totalPages - 1 };
};

describe('anomalies end the walk with a ClaraPaginationError', () => {
  test('a server that ignores `page`: stopped at the second page, not 5 000 requests', async () => {
    kit.mock.transactions.list.persist().reply(200, springPage(0, 2, 5000));
    const { seen, error } = await walk(kit.clara.transactions.list({ size: 2 }));
    expect(error).toBeInstanceOf(ClaraPaginationError);
    expect(error).toBeInstanceOf(ClaraCallError);
    expect(error).toMatchObject({ problem: 'page-number', pageRequested: 1, pageReceived: 0, itemsSoFar: 2, operation: 'listTransactions', method: 'GET', path: '/api/v3/transactions' });
    expect((error as Error).message).toBe('GET /api/v3/transactions: the walk stopped after 2 items: page 1 was asked for, the server sent number 0.');
    expect(seen).toEqual(['tx-0', 'tx-1']);
    expect(pagesRequested(kit.mock.requests)).toEqual([0, 1]);
  });

  test('a server that ignores `page` and sends no `number`: the repeated page stops it', async () => {
    const { number: _, ...page } = springPage(0, 2, 5000);
    kit.mock.transactions.list.persist().reply(200, page as never);
    const { error } = await walk(kit.clara.transactions.list({ size: 2 }));
    expect(error).toMatchObject({ problem: 'repeated-page', pageRequested: 1, itemsSoFar: 2 });
    expect(kit.mock.requests).toHaveLength(2);
  });

  test('a page that repeats the previous one (its number right) is refused before its items are handed out', async () => {
    kit.mock.transactions.list.persist().replyWith(({ query }) => [200, { ...springPage(0, 10, 40), number: Number(query.page) }]);
    const { seen, error } = await walk(kit.clara.transactions.list({ size: 10 }));
    expect(error).toMatchObject({ problem: 'repeated-page', pageRequested: 1, pageReceived: 1, itemsSoFar: 10 });
    expect(seen).toHaveLength(10);
  });

  test('items without ids are compared by their JSON', async () => {
    const page = { content: [{ amount: 1 }, { amount: 2 }], size: 2 };
    kit.mock.transactions.list.persist().reply(200, page as never);
    const { error } = await walk(kit.clara.transactions.list({ size: 2 }));
    expect(error).toMatchObject({ problem: 'repeated-page', itemsSoFar: 2 });
  });

  test('an empty page in the middle of a 1 000-item list: not "300 items, done"', async () => {
    kit.mock.transactions.list.persist().replyWith(({ query }) => {
      const number = Number(query.page);
      return [200, number === 3 ? { ...springPage(number, 100, 1000), content: [], numberOfElements: 0 } : springPage(number, 100, 1000)];
    });
    const { seen, error } = await walk(kit.clara.transactions.list({ size: 100 }));
    expect(error).toMatchObject({ problem: 'ended-early', pageRequested: 3, pageReceived: 3, itemsSoFar: 300 });
    expect((error as Error).message).toContain('page 3 ends the list (0 of 100 items) but 10 pages were announced');
    expect(seen).toHaveLength(300);
    expect(pagesRequested(kit.mock.requests)).toEqual([0, 1, 2, 3]);
  });

  test('a short page before the last page announced', async () => {
    kit.mock.transactions.list.reply(200, springPage(0, 2, 6));
    kit.mock.transactions.list.reply(200, { ...springPage(1, 2, 6), content: [tx(2)] });
    const { error } = await walk(kit.clara.transactions.list({ size: 2 }));
    expect(error).toMatchObject({ problem: 'ended-early', pageRequested: 1, itemsSoFar: 2 });
  });

  test('a short page that says last: false, without totalPages', async () => {
    kit.mock.transactions.list.reply(200, { content: txs(0, 2), number: 0, size: 2, last: false } as never);
    kit.mock.transactions.list.reply(200, { content: txs(2, 1), number: 1, size: 2, last: false } as never);
    const { seen, error } = await walk(kit.clara.transactions.list({ size: 2 }));
    expect(error).toMatchObject({ problem: 'ended-early', pageRequested: 1, pageReceived: 1, itemsSoFar: 2 });
    expect((error as Error).message).toContain('page 1 has 1 of 2 items but says last: false: the rest of the list was not sent');
    expect(seen).toEqual(['tx-0', 'tx-1']);
  });

  test('an empty first page while totalPages says more', async () => {
    kit.mock.transactions.list.reply(200, { content: [], number: 0, size: 20, totalPages: 4, totalElements: 80, last: false });
    const { error } = await walk(kit.clara.transactions.list({ size: 20 }));
    expect(error).toMatchObject({ problem: 'ended-early', pageRequested: 0, itemsSoFar: 0 });
  });

  test('a 200 without `content`', async () => {
    kit.mock.transactions.list.reply(200, springPage(0, 2, 6));
    const { content: _, ...page } = springPage(1, 2, 6);
    kit.mock.transactions.list.reply(200, page as never);
    const { seen, error } = await walk(kit.clara.transactions.list({ size: 2 }));
    expect(error).toMatchObject({ problem: 'content', pageRequested: 1, itemsSoFar: 2 });
    expect((error as Error).message).toContain('page 1 has no content');
    expect(seen).toHaveLength(2);
  });

  test('`content` that is not an array, and a body that is not a page', async () => {
    kit.mock.transactions.list.reply(200, { ...springPage(0, 2, 2), content: { uuid: 'tx-0' } } as never);
    expect((await walk(kit.clara.transactions.list())).error).toMatchObject({ problem: 'content', message: expect.stringContaining('has content an object, not an array') });
    kit.mock.transactions.list.reply(200, [tx(0)] as never);
    expect((await walk(kit.clara.transactions.list())).error).toMatchObject({ problem: 'content', message: expect.stringContaining('page 0 is an array, not a page') });
  });

  test('a totalPages that keeps growing: followed to the first page\'s count plus one, then stopped before asking more', async () => {
    kit.mock.transactions.list.persist().replyWith(({ query }) => {
      const number = Number(query.page);
      return [200, { content: txs(number * 2, 2), number, size: 2, totalPages: number + 2, totalElements: (number + 2) * 2, last: false }];
    });
    const { seen, error } = await walk(kit.clara.transactions.list({ size: 2 }));
    expect(error).toMatchObject({ problem: 'too-many-pages', pageRequested: 3, itemsSoFar: 6 });
    expect((error as ClaraPaginationError).pageReceived).toBeUndefined();
    expect(seen).toHaveLength(6);
    expect(pagesRequested(kit.mock.requests)).toEqual([0, 1, 2]);
  });

  test('a wrong `number`', async () => {
    kit.mock.transactions.list.reply(200, springPage(0, 2, 6));
    kit.mock.transactions.list.reply(200, springPage(2, 2, 6));
    const { error } = await walk(kit.clara.transactions.list({ size: 2 }));
    expect(error).toMatchObject({ problem: 'page-number', pageRequested: 1, pageReceived: 2, itemsSoFar: 2 });
  });

  test('a `size` the server changed mid-walk (the offsets no longer line up)', async () => {
    kit.mock.transactions.list.reply(200, springPage(0, 2, 6));
    kit.mock.transactions.list.reply(200, springPage(1, 3, 6));
    const { error } = await walk(kit.clara.transactions.list({ size: 2 }));
    expect(error).toMatchObject({ problem: 'page-size', pageRequested: 1, itemsSoFar: 2 });
  });

  test('a bare-array list whose server ignores `page`', async () => {
    kit.mock.digitalAccounts.list.persist().reply(200, [{ id: 1 }, { id: 2 }]);
    const { seen, error } = await walk(kit.clara.digitalAccounts.list({ size: 2 }));
    expect(error).toMatchObject({ problem: 'repeated-page', pageRequested: 1, itemsSoFar: 2, operation: 'listDigitalAccounts' });
    expect((error as ClaraPaginationError).pageReceived).toBeUndefined();
    expect(seen).toEqual([1, 2]);
  });

  test('a bare-array list answered with an object', async () => {
    kit.mock.digitalAccounts.list.reply(200, { content: [] } as never);
    expect((await walk(kit.clara.digitalAccounts.list({}))).error).toMatchObject({ problem: 'content', message: expect.stringContaining('is an object, not an array') });
  });

  test('the error serialises with what was wrong and where', async () => {
    kit.mock.transactions.list.persist().reply(200, springPage(0, 2, 10));
    const { error } = await walk(kit.clara.transactions.list({ size: 2 }));
    expect(JSON.parse(JSON.stringify(error))).toMatchObject({ name: 'ClaraPaginationError', problem: 'page-number', pageRequested: 1, pageReceived: 0, itemsSoFar: 2, operation: 'listTransactions' });
  });
});

describe('lists Clara really sends walk to their end', () => {
  test('a list that is an exact multiple of the page size: the last page is full, no extra request', async () => {
    kit.mock.transactions.list.persist().replyWith(({ query }) => [200, springPage(Number(query.page), 20, 40)]);
    expect((await walk(kit.clara.transactions.list({ size: 20 }))).seen).toHaveLength(40);
    expect(pagesRequested(kit.mock.requests)).toEqual([0, 1]);
  });

  test('without totalPages or `last`, a full last page is confirmed by an empty one', async () => {
    kit.mock.transactions.list.reply(200, { content: txs(0, 2), number: 0, size: 2 } as never);
    kit.mock.transactions.list.reply(200, { content: txs(2, 2), number: 1, size: 2 } as never);
    kit.mock.transactions.list.reply(200, { content: [], number: 2, size: 2 } as never);
    const { seen, error } = await walk(kit.clara.transactions.list({ size: 2 }));
    expect(error).toBeUndefined();
    expect(seen).toEqual(['tx-0', 'tx-1', 'tx-2', 'tx-3']);
    kit.mock.done();
  });

  test('an empty list (totalPages 0): no items, no error, one request', async () => {
    kit.mock.transactions.list.reply(200, { content: [], number: 0, size: 20, totalPages: 0, totalElements: 0, last: true });
    expect(await walk(kit.clara.transactions.list({ size: 20 }))).toEqual({ seen: [] });
    expect(kit.mock.requests).toHaveLength(1);
  });

  test('a list that grows by one page during the walk is followed to its new end', async () => {
    kit.mock.transactions.list.reply(200, springPage(0, 2, 4));
    kit.mock.transactions.list.reply(200, springPage(1, 2, 5));
    kit.mock.transactions.list.reply(200, springPage(2, 2, 5));
    expect((await walk(kit.clara.transactions.list({ size: 2 }))).seen).toHaveLength(5);
    kit.mock.done();
  });

  test('a server that caps the size it was asked for (asked 100, its `size` is 50)', async () => {
    kit.mock.transactions.list.persist().replyWith(({ query }) => [200, springPage(Number(query.page), 50, 120)]);
    expect((await walk(kit.clara.transactions.list({ size: 100 }))).seen).toHaveLength(120);
    expect(pagesRequested(kit.mock.requests)).toEqual([0, 1, 2]);
  });

  test('a bare-array list, an exact multiple of the page size, ends on the empty page', async () => {
    kit.mock.digitalAccounts.list.reply(200, [{ id: 1 }, { id: 2 }]);
    kit.mock.digitalAccounts.list.reply(200, [{ id: 3 }, { id: 4 }]);
    kit.mock.digitalAccounts.list.reply(200, []);
    expect(await walk(kit.clara.digitalAccounts.list({ size: 2 }))).toEqual({ seen: [1, 2, 3, 4] });
    kit.mock.done();
  });

  test('awaiting the list still gives the first page exactly as sent, unchecked', async () => {
    kit.mock.transactions.list.reply(200, { number: 7 } as never);
    expect(await kit.clara.transactions.list()).toEqual({ number: 7 });
  });
});
