// Spec text (summaries, descriptions, titles) ends up inside the JSDoc comments of published code, ours and
// hey-api's. It is made inert there: it cannot close the comment (`*/`), and it cannot start a tag. TypeScript
// reads a tag wherever `@` follows the start of a line or whitespace (`@deprecated`, `@see`, anywhere on a line)
// and reads `{@link …}` anywhere. Its whitespace is wider than JavaScript's `\s` (U+0085, U+200B count), so rather
// than chase its set, every `@` not inside a word gets a backslash, TSDoc's escape, which editors' Markdown hovers
// render as a plain `@`. An `@` after a letter or digit (an e-mail address) is left as it is, and so is an
// already escaped one.

/** `text` safe inside a JSDoc comment. Applying it twice changes nothing more. */
export const docText = (text: string): string => text.replaceAll('*/', '*\\/').replace(/(?<![\p{L}\p{N}\\])@/gu, '\\@');

const DOC_KEYS = new Set(['summary', 'description', 'title']);
/** Values, not documentation: examples and defaults keep their text exactly. */
const DATA_KEYS = new Set(['example', 'examples', 'default', 'enum', 'const']);
/** Maps whose keys are names (a property may be called `description` or `example`): their values are objects to walk. */
const NAME_MAPS = new Set(['properties', 'patternProperties', '$defs', 'dependentSchemas', 'schemas', 'responses', 'parameters', 'requestBodies', 'headers', 'securitySchemes', 'links', 'callbacks', 'pathItems', 'paths', 'webhooks', 'content', 'encoding', 'variables']);

/** Every summary, description and title in `node` (an OpenAPI document), made inert with docText, in place. */
export function neutraliseDocs(node: unknown, keysAreNames = false): void {
  if (typeof node !== 'object' || node === null) return;
  for (const [key, value] of Object.entries(node)) {
    if (keysAreNames) neutraliseDocs(value);
    else if (typeof value === 'string' && DOC_KEYS.has(key)) (node as Record<string, unknown>)[key] = docText(value);
    else if (!DATA_KEYS.has(key)) neutraliseDocs(value, NAME_MAPS.has(key));
  }
}
