// The checks of a list walk: each page is looked at before any of its items is handed out, so that a server
// that ignores `page`, skips items or keeps announcing more pages ends the walk with a ClaraPaginationError
// instead of looping or ending short. What a walk remembers is constant: the first page's figures, the
// previous page's fingerprint and a count — never the items.
import { createHash } from 'node:crypto';

import { ClaraPaginationError, type CallInfo, type ClaraPaginationProblem } from '../errors/classes.js';

export type Paging = 'page' | 'array';

interface SpringPage {
  content?: unknown;
  number?: unknown;
  size?: unknown;
  totalPages?: unknown;
  last?: unknown;
}

/** The items of a page that passed the checks, and whether it ends the list. */
export interface CheckedPage {
  items: unknown[];
  last: boolean;
}

export class PageWalk {
  readonly #paging: Paging;
  readonly #call: CallInfo;
  /** The first page's figures: its `totalPages` (if any), its page size and its `size` field (if any). */
  #announcedPages?: number;
  #pageSize?: number;
  #sizeField?: number;
  #previous?: string;
  #itemsSoFar = 0;

  constructor(paging: Paging, call: CallInfo = {}) {
    this.#paging = paging;
    this.#call = call;
  }

  /** Refuses to ask for a page past the last one the first page announced, plus one. */
  checkNext(asked: number): void {
    if (this.#announcedPages !== undefined && asked > this.#announcedPages) {
      throw this.#error('too-many-pages', asked, undefined, `the first page announced ${this.#announcedPages} pages (totalPages), and the list still goes on at page ${asked}`);
    }
  }

  /** Checks the page answered for `asked`: its items, and whether it is the last (Clara's documented rules). */
  check(asked: number, page: unknown, path?: string): CheckedPage {
    const items = this.#paging === 'array' ? this.#bareItems(asked, page, path) : this.#springItems(asked, page as SpringPage, path);
    const spring = this.#paging === 'page' ? (page as SpringPage) : {};
    const first = this.#pageSize === undefined;
    if (first) {
      this.#announcedPages = integer(spring.totalPages);
      this.#sizeField = positive(spring.size);
      this.#pageSize = this.#sizeField ?? items.length;
    }
    const size = this.#pageSize!;
    const fail = (problem: ClaraPaginationProblem, what: string) => this.#error(problem, asked, integer(spring.number), what, path);
    if (!first && ((this.#sizeField !== undefined && spring.size !== undefined && spring.size !== this.#sizeField) || items.length > size)) {
      throw fail('page-size', `page ${asked} has ${items.length} items and size ${String(spring.size)}, the first page had size ${size}: items would be skipped or repeated`);
    }
    const fingerprint = items.length === 0 ? undefined : fingerprintOf(items);
    if (fingerprint !== undefined && fingerprint === this.#previous) throw fail('repeated-page', `page ${asked} has the same items as page ${asked - 1}`);
    this.#previous = fingerprint;

    const totalPages = integer(spring.totalPages);
    const last = items.length === 0 || items.length < size || spring.last === true || (totalPages !== undefined && asked >= totalPages - 1);
    const lastAnnounced = Math.max(this.#announcedPages ?? 0, totalPages ?? 0) - 1;
    if (last && asked < lastAnnounced) {
      throw fail('ended-early', `page ${asked} ends the list (${items.length} of ${size} items${spring.last === true ? ', last: true' : ''}) but ${lastAnnounced + 1} pages were announced (totalPages)`);
    }
    // Without totalPages saying this is the last page, a short page that says `last: false` is a list cut short.
    const lastByTotal = totalPages !== undefined && asked >= totalPages - 1;
    if (items.length < size && spring.last === false && !lastByTotal) {
      throw fail('ended-early', `page ${asked} has ${items.length} of ${size} items but says last: false: the rest of the list was not sent`);
    }
    this.#itemsSoFar += items.length;
    return { items, last };
  }

  #springItems(asked: number, page: SpringPage, path?: string): unknown[] {
    const number = page?.number;
    if (typeof page !== 'object' || page === null || Array.isArray(page) || !Array.isArray(page.content)) {
      const what = typeof page !== 'object' || page === null || Array.isArray(page) ? `is ${describe(page)}, not a page` : page.content === undefined ? 'has no content' : `has content ${describe(page.content)}, not an array`;
      throw this.#error('content', asked, integer(number), `page ${asked} ${what}`, path);
    }
    if (number !== undefined && number !== asked) throw this.#error('page-number', asked, integer(number), `page ${asked} was asked for, the server sent number ${JSON.stringify(number)}`, path);
    return page.content;
  }

  #bareItems(asked: number, page: unknown, path?: string): unknown[] {
    if (!Array.isArray(page)) throw this.#error('content', asked, undefined, `page ${asked} is ${describe(page)}, not an array`, path);
    return page;
  }

  #error(problem: ClaraPaginationProblem, pageRequested: number, pageReceived: number | undefined, what: string, path?: string): ClaraPaginationError {
    const call = { ...this.#call, ...(path ? { path } : {}) };
    const where = call.method && call.path ? `${call.method} ${call.path}` : (call.operation ?? 'The list');
    const message = `${where}: the walk stopped after ${this.#itemsSoFar} items: ${what}.`;
    return new ClaraPaginationError(message, { ...call, problem, pageRequested, ...(pageReceived === undefined ? {} : { pageReceived }), itemsSoFar: this.#itemsSoFar });
  }
}

/** One digest per page: the items' ids where they have them (`uuid`, `id`), else their JSON. */
function fingerprintOf(items: unknown[]): string {
  const hash = createHash('sha256');
  for (const item of items) {
    const { uuid, id } = (typeof item === 'object' && item !== null ? item : {}) as { uuid?: unknown; id?: unknown };
    const key = typeof uuid === 'string' || typeof uuid === 'number' ? `u${uuid}` : typeof id === 'string' || typeof id === 'number' ? `i${id}` : `j${JSON.stringify(item)}`;
    hash.update(key).update('\0');
  }
  return hash.digest('base64');
}

const integer = (value: unknown): number | undefined => (Number.isInteger(value) ? (value as number) : undefined);
const positive = (value: unknown): number | undefined => (Number.isInteger(value) && (value as number) > 0 ? (value as number) : undefined);
const describe = (value: unknown): string => (value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value === 'object' ? 'an object' : typeof value);
