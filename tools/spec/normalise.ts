// specs/<cc>/api-docs-v3.json is Clara's document as published, only re-serialised canonically: top-level keys in
// the usual order, paths and component schemas sorted, `JSON.stringify(doc, null, 2)` plus a newline — no repair,
// no curation (repairs happen on the way to the effective document: tools/generate/repairs.ts). Whether two
// versions differ ignores key order altogether, so a reordered upstream is "up to date".
import { canonicalOrder, documentText } from '../generate/effective.ts';
import type { OpenApiDocument } from '../generate/spec.ts';

export function canonicalUpstream(input: OpenApiDocument): { document: OpenApiDocument; text: string } {
  const document = canonicalOrder(input);
  return { document, text: documentText(document) };
}

/** Same content, whatever the order of object keys (arrays keep their order: it can mean something). */
export const sameContent = (a: unknown, b: unknown): boolean => canonicalJson(a) === canonicalJson(b);

export const canonicalJson = (value: unknown): string =>
  JSON.stringify(value, (_, v) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))) : v)) ?? 'undefined';
