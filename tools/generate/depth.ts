// How deep a spec or an overlay may nest (objects and arrays within one another), checked on the text before it is
// parsed: YAML's composer, jsonc-parser, swagger-parser and every walker of ours recurse, and a document nested
// 100 000 levels would end in "Maximum call stack size exceeded" instead of an error naming the file. Clara's
// documents nest about 15 levels; the bound leaves room for any real schema. YAML aliases nest what the text does
// not show: a parsed YAML document is checked again (valueTooDeep).
import { Parser } from 'yaml';

// The sandbox's scanner of request bodies: one pass over the text, no recursion, brackets in strings ignored.
import { depthExceededAt as jsonDepthExceededAt } from '../../packages/sandbox/src/json-body.ts';

export const MAX_DOCUMENT_DEPTH = 256;

type Token = ReturnType<Parser['parse']> extends Generator<infer T> ? T : never;
type Item = { key?: Token | null; value?: Token | null };

/**
 * The offset where the text first nests deeper than `limit` collections, or -1. JSON is scanned; YAML (block and
 * flow collections alike) is walked as yaml's concrete syntax tree, which its parser builds without recursion.
 */
export function depthExceededAt(text: string, json: boolean, limit = MAX_DOCUMENT_DEPTH): number {
  if (json) return jsonDepthExceededAt(text, limit);
  const pending: [Token, number][] = [...new Parser().parse(text)].map((token) => [token, 0]);
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [token, depth] = next;
    if (token.type === 'document' && token.value) pending.push([token.value, depth]);
    if (token.type !== 'block-map' && token.type !== 'block-seq' && token.type !== 'flow-collection') continue;
    if (depth + 1 > limit) return token.offset;
    for (const item of token.items as Item[]) {
      if (item.key) pending.push([item.key, depth + 1]);
      if (item.value) pending.push([item.value, depth + 1]);
    }
  }
  return -1;
}

/**
 * Whether a parsed value nests deeper than `limit`, walked without recursion. The text check cannot see YAML
 * aliases: `&a [[…]]` then `&b [[… *a]]` nests the two, so a few chained anchors nest thousands of levels in a few
 * KB. Aliases make a graph (shared, even cyclic): a node is walked again only when reached deeper than before.
 */
export function valueTooDeep(value: unknown, limit = MAX_DOCUMENT_DEPTH): boolean {
  const deepest = new Map<object, number>();
  const pending: [unknown, number][] = [[value, 0]];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [node, depth] = next;
    if (typeof node !== 'object' || node === null || (deepest.get(node) ?? -1) >= depth) continue;
    if (depth + 1 > limit) return true;
    deepest.set(node, depth);
    for (const child of Object.values(node)) pending.push([child, depth + 1]);
  }
  return false;
}

export const tooDeep = (limit = MAX_DOCUMENT_DEPTH): string =>
  `the document nests deeper than ${limit} levels (objects and arrays within one another): refused before parsing`;

export const tooDeepThroughAliases = (limit = MAX_DOCUMENT_DEPTH): string =>
  `the document nests deeper than ${limit} levels (objects and arrays within one another) once its YAML aliases are followed`;
