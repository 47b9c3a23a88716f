import { describe, expect, test } from 'vitest';

import { PagePromise } from '../src/core/pagination.js';

const springPages = (total: number, size: number) => {
  const requested: number[] = [];
  const fetchPage = async (page: number) => {
    requested.push(page);
    const content = Array.from({ length: Math.max(0, Math.min(size, total - page * size)) }, (_, i) => page * size + i);
    const totalPages = Math.ceil(total / size);
    const data = { content, number: page, size, totalPages, totalElements: total, last: page >= totalPages - 1 };
    return { data, response: new Response(null, { status: 200 }) };
  };
  return { fetchPage, requested };
};

describe('PagePromise', () => {
  test('awaiting gives the first page; nothing is sent before', async () => {
    const { fetchPage, requested } = springPages(45, 20);
    const pages = new PagePromise(fetchPage, 'page');
    expect(requested).toEqual([]);
    const first = await pages;
    expect(first.content).toHaveLength(20);
    expect(first.totalPages).toBe(3);
    await pages; // memoised
    expect(requested).toEqual([0]);
  });

  test('for await walks every item of every page, in order', async () => {
    const { fetchPage, requested } = springPages(45, 20);
    const items: number[] = [];
    for await (const item of new PagePromise(fetchPage, 'page')) items.push(item as number);
    expect(items).toEqual(Array.from({ length: 45 }, (_, i) => i));
    expect(requested).toEqual([0, 1, 2]);
  });

  test('is lazy: breaking early fetches no further page', async () => {
    const { fetchPage, requested } = springPages(1000, 20);
    let seen = 0;
    for await (const _ of new PagePromise(fetchPage, 'page')) if (++seen === 25) break;
    expect(requested).toEqual([0, 1]);
  });

  test('starts at the requested page and iterates page by page', async () => {
    const { fetchPage, requested } = springPages(100, 20);
    const numbers: number[] = [];
    for await (const page of new PagePromise(fetchPage, 'page', 3).pages()) numbers.push((page as { number: number }).number);
    expect(numbers).toEqual([3, 4]);
    expect(requested).toEqual([3, 4]);
  });

  test('bare arrays page until a short page', async () => {
    const requested: number[] = [];
    const fetchPage = async (page: number) => {
      requested.push(page);
      const data = page < 2 ? [3 * page, 3 * page + 1, 3 * page + 2] : [6];
      return { data, response: new Response(null) };
    };
    const items: number[] = [];
    for await (const item of new PagePromise(fetchPage, 'array')) items.push(item as number);
    expect(items).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(requested).toEqual([0, 1, 2]);
  });

  test('bare arrays: a server that caps the requested size does not end the walk after the first page', async () => {
    const requested: number[] = [];
    const fetchPage = async (page: number) => {
      requested.push(page);
      const data = page < 2 ? Array.from({ length: 50 }, (_, i) => page * 50 + i) : [100, 101];
      return { data, response: new Response(null) };
    };
    const items: number[] = [];
    for await (const item of new PagePromise(fetchPage, 'array')) items.push(item as number);
    expect(items).toHaveLength(102);
    expect(requested).toEqual([0, 1, 2]);
  });

  test('bare arrays: a short first page is confirmed by an empty second one', async () => {
    const requested: number[] = [];
    const fetchPage = async (page: number) => {
      requested.push(page);
      return { data: page === 0 ? [1, 2] : [], response: new Response(null) };
    };
    const items: number[] = [];
    for await (const item of new PagePromise(fetchPage, 'array')) items.push(item as number);
    expect(items).toEqual([1, 2]);
    expect(requested).toEqual([0, 1]);
  });

  test('bare arrays stop at an empty page when the size is not known', async () => {
    const fetchPage = async (page: number) => ({ data: page < 2 ? [`a${page}`, `b${page}`] : [], response: new Response(null) });
    const items: string[] = [];
    for await (const item of new PagePromise(fetchPage, 'array')) items.push(item as string);
    expect(items).toEqual(['a0', 'b0', 'a1', 'b1']);
  });

  test('an error on a later page surfaces in the loop', async () => {
    const fetchPage = async (page: number) => {
      if (page === 1) throw new Error('boom');
      return { data: { content: [1], number: 0, totalPages: 5, last: false }, response: new Response(null) };
    };
    const items: unknown[] = [];
    await expect(async () => {
      for await (const item of new PagePromise(fetchPage, 'page')) items.push(item);
    }).rejects.toThrow('boom');
    expect(items).toEqual([1]);
  });
});
