// Filters and sort of list requests: the selection rules on plain items, then a real list over mTLS.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { listSelection } from '../src/data/list-query.js';
import { startSandbox, type Sandbox } from '../src/index.js';
import { TestClient } from './helpers.js';

const properties = { uuid: {}, status: {}, operationDate: {}, createdAt: {}, labels: {}, amount: {} };
const items: Record<string, Record<string, unknown>> = {
  a: { uuid: 'a', status: 'AUTHORIZED', operationDate: '2026-03-01', createdAt: '2026-03-01T10:00:00.000Z', labels: ['travel'], amount: 30 },
  b: { uuid: 'b', status: 'REJECTED', operationDate: '2026-03-10', createdAt: '2026-03-10T23:59:59.000Z', labels: [], amount: 5 },
  c: { uuid: 'c', status: 'AUTHORIZED', operationDate: '2026-03-20', createdAt: '2026-03-20T00:00:00.000Z', labels: ['food', 'travel'], amount: 120 },
  d: { uuid: 'd', status: 'PENDING', amount: 7 }, // no dates
};
const select = (query: Record<string, unknown>) => listSelection(query, properties)?.(Object.keys(items), (id) => items[id] as never);

describe('list selection', () => {
  it('selects nothing special without filters or sort (every id, as stored, never materialised)', () => {
    expect(listSelection({ page: 2, size: 10 }, properties)).toBeUndefined();
    expect(listSelection({ merchantName: 'Volaris' }, properties)).toBeUndefined(); // not an item field
  });

  it('equality, any of a repeated value, and a field holding a list', () => {
    expect(select({ status: 'AUTHORIZED' })).toEqual(['a', 'c']);
    expect(select({ status: ['REJECTED', 'PENDING'] })).toEqual(['b', 'd']);
    expect(select({ labels: 'travel' })).toEqual(['a', 'c']);
    expect(select({ amount: 5 })).toEqual(['b']);
  });

  it('plural parameters match their singular field: statuses → status, uuids → uuid', () => {
    expect(select({ statuses: ['PENDING', 'REJECTED'] })).toEqual(['b', 'd']);
    expect(select({ uuids: ['c', 'a'] })).toEqual(['a', 'c']);
  });

  it('date ranges are inclusive calendar days, on dates and date-times; items without the date are out', () => {
    expect(select({ operationDateRangeStart: '2026-03-10' })).toEqual(['b', 'c']);
    expect(select({ operationDateRangeStart: '2026-03-02', operationDateRangeEnd: '2026-03-20' })).toEqual(['b', 'c']);
    expect(select({ createdAtStart: '2026-03-10', createdAtEnd: '2026-03-10' })).toEqual(['b']);
  });

  it('sort=field[,ASC|DESC]: numbers by value, text and dates as text, missing values last either way', () => {
    expect(select({ sort: 'amount' })).toEqual(['b', 'd', 'a', 'c']);
    expect(select({ sort: 'amount,DESC' })).toEqual(['c', 'a', 'd', 'b']);
    expect(select({ sort: 'operationDate,desc' })).toEqual(['c', 'b', 'a', 'd']);
    expect(select({ sort: ['operationDate,asc'], status: 'AUTHORIZED' })).toEqual(['a', 'c']);
    expect(select({ sort: 'nothing,DESC' })).toBeUndefined();
  });
});

describe('list requests (Mexico)', () => {
  let sandbox: Sandbox;
  let client: TestClient;
  beforeAll(async () => {
    sandbox = await startSandbox({ country: 'mx', seed: 'list-query', referenceDate: '2026-03-15' });
    client = await new TestClient(sandbox).login();
  });
  afterAll(() => sandbox.close());

  it('a date range and a sort select and order the pages, and totals count only what matched', async () => {
    const all: { operationDate: string }[] = [];
    for (let page = 0, last = false; !last; page++) {
      const { json } = await client.request('GET', `/api/v3/transactions?size=100&page=${page}`);
      all.push(...json.content);
      last = json.last;
    }
    const since = '2026-02-01';
    const expected = all.filter((tx) => tx.operationDate.slice(0, 10) >= since).length;
    expect(expected).toBeGreaterThan(0);
    expect(expected).toBeLessThan(all.length);

    const page = (await client.request('GET', `/api/v3/transactions?operationDateRangeStart=${since}&sort=operationDate,DESC&size=100`)).json;
    const dates = page.content.map((tx: { operationDate: string }) => tx.operationDate);
    expect(page.totalElements).toBe(expected);
    expect(dates.every((date: string) => date.slice(0, 10) >= since)).toBe(true);
    expect(dates).toEqual([...dates].sort().reverse());
  });
});
