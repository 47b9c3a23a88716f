// List methods return a PagePromise: await it for the first page (the Spring page as Clara sends it), or
// `for await` over every item of every page. Pages are fetched one at a time, only when the previous one is
// used up, and never kept: memory stays flat however long the list.
import { ClaraPromise, type WithResponse } from './promise.js';

/** The item type of a Spring page (`content`) or of a bare-array page. */
export type PageItem<P> = P extends { content?: (infer T)[] } ? T : P extends (infer T)[] ? T : never;

export type Paging = 'page' | 'array';

interface SpringPage {
  content?: unknown[];
  number?: number;
  totalPages?: number;
  last?: boolean;
}

export class PagePromise<P> extends ClaraPromise<P> implements AsyncIterable<PageItem<P>> {
  #iteratePage: (page: number) => Promise<WithResponse<P>>;
  #iteratesAsAwaited: boolean;
  #paging: Paging;
  #firstPage: number;

  /**
   * `fetchPage` answers the awaited page; `iteratePage` the pages of `for await` and `pages()` (the same unless
   * iterating uses a larger page size).
   */
  constructor(fetchPage: (page: number) => Promise<WithResponse<P>>, paging: Paging, firstPage = 0, iteratePage = fetchPage) {
    super(() => fetchPage(firstPage));
    this.#iteratePage = iteratePage;
    this.#iteratesAsAwaited = iteratePage === fetchPage;
    this.#paging = paging;
    this.#firstPage = firstPage;
  }

  /** Every page from the requested one to the last, fetched lazily. */
  async *pages(): AsyncGenerator<P, void, undefined> {
    let page = (this.#iteratesAsAwaited ? await this.withResponse() : await this.#iteratePage(this.#firstPage)).data;
    let number = this.#firstPage;
    // The page size the server really uses: it may cap the requested `size`, so a first page shorter than
    // requested proves nothing. Without `last` or `totalPages` (bare arrays), a page shorter than the first
    // one, or an empty one, is the last.
    const size = itemsOf(page).length;
    for (;;) {
      yield page;
      if (this.#isLast(page, number, size)) return;
      number += 1;
      page = (await this.#iteratePage(number)).data;
    }
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<PageItem<P>, void, undefined> {
    for await (const page of this.pages()) yield* itemsOf(page) as PageItem<P>[];
  }

  #isLast(page: P, number: number, size: number): boolean {
    const items = itemsOf(page);
    if (items.length === 0) return true;
    if (this.#paging === 'array') return items.length < size;
    const spring = page as SpringPage;
    if (typeof spring.last === 'boolean') return spring.last;
    if (typeof spring.totalPages === 'number') return (spring.number ?? number) + 1 >= spring.totalPages;
    return items.length < size;
  }
}

function itemsOf(page: unknown): unknown[] {
  if (Array.isArray(page)) return page;
  const content = (page as SpringPage | undefined)?.content;
  return Array.isArray(content) ? content : [];
}
