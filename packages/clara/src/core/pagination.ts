// List methods return a PagePromise: await it for the first page (the Spring page as Clara sends it), or
// `for await` over every item of every page. Pages are fetched one at a time, only when the previous one is
// used up, and never kept: memory stays flat however long the list. Each page is checked (page-walk.ts) before
// any of its items is handed out.
import type { CallInfo } from '../errors/classes.js';
import { PageWalk, type Paging } from './page-walk.js';
import { ClaraPromise, type WithResponse } from './promise.js';

export type { Paging } from './page-walk.js';

/** The item type of a Spring page (`content`) or of a bare-array page. */
export type PageItem<P> = P extends { content?: (infer T)[] } ? T : P extends (infer T)[] ? T : never;

export class PagePromise<P> extends ClaraPromise<P> implements AsyncIterable<PageItem<P>> {
  #iteratePage: (page: number) => Promise<WithResponse<P>>;
  #iteratesAsAwaited: boolean;
  #paging: Paging;
  #firstPage: number;
  #call: CallInfo;

  /**
   * `fetchPage` answers the awaited page; `iteratePage` the pages of `for await` and `pages()` (the same unless
   * iterating uses a larger page size). `call` names the operation in a ClaraPaginationError.
   */
  constructor(fetchPage: (page: number) => Promise<WithResponse<P>>, paging: Paging, firstPage = 0, iteratePage = fetchPage, call: CallInfo = {}) {
    super(() => fetchPage(firstPage));
    this.#iteratePage = iteratePage;
    this.#iteratesAsAwaited = iteratePage === fetchPage;
    this.#paging = paging;
    this.#firstPage = firstPage;
    this.#call = call;
  }

  /** Every page from the requested one to the last, fetched lazily; a page that would lose items or loop is a ClaraPaginationError. */
  async *pages(): AsyncGenerator<P, void, undefined> {
    const walk = new PageWalk(this.#paging, this.#call);
    for (let number = this.#firstPage; ; number += 1) {
      walk.checkNext(number);
      const { data, response } = number === this.#firstPage && this.#iteratesAsAwaited ? await this.withResponse() : await this.#iteratePage(number);
      const { last } = walk.check(number, data, pathOf(response));
      yield data;
      if (last) return;
    }
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<PageItem<P>, void, undefined> {
    for await (const page of this.pages()) yield* (Array.isArray(page) ? page : (page as { content: unknown[] }).content) as PageItem<P>[];
  }
}

/** The path the page came from, as the other call errors name it. */
function pathOf(response: Response): string | undefined {
  return response.url ? new URL(response.url).pathname : undefined;
}
