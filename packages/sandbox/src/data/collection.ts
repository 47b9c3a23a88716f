import type { Item } from './generate.js';

/**
 * The items of one collection for one entity. Ids are drawn up front (cheap); items are generated on first
 * access and their JSON is cached, so a 100 000-item dataset starts instantly and pages serialise once.
 */
export class Collection {
  private readonly ids: string[];
  private readonly known: Set<string>;
  private readonly items = new Map<string, Item>();
  private readonly json = new Map<string, string>();
  private readonly make: (id: string) => Item;

  constructor(ids: string[], make: (id: string) => Item) {
    this.make = make;
    this.ids = ids;
    this.known = new Set(ids);
  }

  get size(): number {
    return this.ids.length;
  }

  has(id: string): boolean {
    return this.known.has(id);
  }

  idAt(index: number): string | undefined {
    return this.ids[index];
  }

  get(id: string): Item | undefined {
    if (!this.known.has(id)) return undefined;
    let item = this.items.get(id);
    if (!item) this.items.set(id, (item = this.make(id)));
    return item;
  }

  jsonOf(id: string): string {
    let text = this.json.get(id);
    if (text === undefined) this.json.set(id, (text = JSON.stringify(this.get(id))));
    return text;
  }

  /** Ids in list order, from `offset`, at most `limit`. */
  slice(offset: number, limit: number): string[] {
    return this.ids.slice(offset, offset + limit);
  }

  allIds(): readonly string[] {
    return this.ids;
  }

  /** New items come first, as the most recent. */
  add(id: string, item: Item): void {
    this.ids.unshift(id);
    this.known.add(id);
    this.items.set(id, item);
  }

  /** Call after mutating an item in place. */
  changed(id: string): void {
    this.json.delete(id);
  }

  remove(id: string): boolean {
    if (!this.known.delete(id)) return false;
    this.ids.splice(this.ids.indexOf(id), 1);
    this.items.delete(id);
    this.json.delete(id);
    return true;
  }
}
