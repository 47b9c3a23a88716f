// Which items a list request selects, and in which order, read from its query against the items' own fields:
// - equality: `status=ACTIVE` (a repeated parameter, or a field holding a list: any match);
// - plural parameters, any of: `statuses=A&statuses=B` on `status`, `uuids=…` on `uuid`;
// - date ranges, inclusive, by calendar day: `operationDateRangeStart`/`…End` on `operationDate`,
//   `createdAtStart`/`…End` on `createdAt`;
// - Spring's `sort=field` or `sort=field,DESC`.
// Parameters about anything else (nested objects, other resources) select nothing here.
import type { Item, Json } from './generate.js';

const PAGING = new Set(['page', 'size', 'sort']);
const RANGE = /^(.+?)(?:Range)?(Start|End)$/;

type Test = (item: Item) => boolean;
type Get = (id: string) => Item | undefined;

/** The ids a query selects, in its order; undefined when it selects and orders nothing (every id, as stored). */
export function listSelection(query: Record<string, unknown>, properties: Record<string, unknown>): ((ids: readonly string[], get: Get) => string[]) | undefined {
  const tests = Object.entries(query).flatMap(([key, value]) => (PAGING.has(key) || value === undefined ? [] : testFor(key, value, properties)));
  const order = sortOrder(query['sort'], properties);
  if (tests.length === 0 && !order) return undefined;
  return (ids, get) => {
    const selected = tests.length === 0 ? [...ids] : ids.filter((id) => tests.every((test) => test(get(id) ?? {})));
    return order ? order(selected, get) : selected;
  };
}

function testFor(key: string, value: unknown, properties: Record<string, unknown>): Test[] {
  const wanted = (Array.isArray(value) ? value : [value]).filter(isScalar).map(String);
  if (wanted.length === 0) return [];
  const oneOf = (field: string): Test => (item) => {
    const held = item[field];
    return Array.isArray(held) ? held.some((entry) => wanted.includes(String(entry))) : wanted.includes(String(held));
  };
  if (key in properties) return [oneOf(key)];
  const singular = [key.replace(/es$/, ''), key.replace(/s$/, '')].find((field) => field !== key && field in properties);
  if (singular) return [oneOf(singular)];
  const range = RANGE.exec(key);
  if (range && range[1]! in properties) {
    const [, field, bound] = range as unknown as [string, string, 'Start' | 'End'];
    const day = wanted[0]!.slice(0, 10);
    return [(item) => {
      const itemDay = typeof item[field] === 'string' ? (item[field] as string).slice(0, 10) : undefined;
      return itemDay !== undefined && (bound === 'Start' ? itemDay >= day : itemDay <= day);
    }];
  }
  return [];
}

function sortOrder(sort: unknown, properties: Record<string, unknown>) {
  const [field, direction] = String((Array.isArray(sort) ? sort[0] : sort) ?? '').split(',');
  if (!field || !(field in properties)) return undefined;
  const sign = direction?.trim().toLowerCase() === 'desc' ? -1 : 1;
  return (ids: string[], get: Get): string[] =>
    ids
      .map((id) => ({ id, key: get(id)?.[field] }))
      .sort((a, b) => compare(a.key, b.key, sign))
      .map(({ id }) => id);
}

/** Numbers by value, everything else as text (ISO dates sort as text); missing values last either way. */
function compare(a: Json | undefined, b: Json | undefined, sign: number): number {
  const missing = (value: Json | undefined) => value === undefined || value === null;
  if (missing(a) || missing(b)) return Number(missing(a)) - Number(missing(b));
  if (typeof a === 'number' && typeof b === 'number') return (a - b) * sign;
  return (String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0) * sign;
}

const isScalar = (value: unknown): boolean => typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
