// Items to text, one page at a time. NDJSON: one JSON document per line. CSV (RFC 4180, by csv-stringify): the
// columns are the first item's keys, nested objects flattened with dots (`merchant.name`), arrays as JSON;
// later items fill those columns (a key the first item lacked is left out, a missing one is empty).
// CSV injection (OWASP): Clara's data holds text users typed (names, labels, comments), and a spreadsheet runs a
// cell that starts with = + - @ (or a tab or CR before them) as a formula. Such a text cell is prefixed with a
// single quote and quoted, so it opens as text; JSON numbers (a negative amount) stay numbers.
import { stringify } from 'csv-stringify/sync';

export const EXPORT_FORMATS = ['ndjson', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/**
 * One page as text. CSV takes its columns from the first item of the whole export and writes the header with it;
 * `columns` are those fixed so far (none before the first item), and the result has them.
 */
export function encodePage(format: ExportFormat, items: unknown[], columns: string[] | undefined): { text: string; columns?: string[] } {
  if (format === 'ndjson') return { text: ndjsonLines(items) };
  if (items.length === 0) return { text: '', ...(columns ? { columns } : {}) };
  const fixed = columns ?? csvColumns(items[0]);
  return { text: csvRows(items, fixed, columns === undefined), columns: fixed };
}

export function ndjsonLines(items: unknown[]): string {
  return items.map((item) => `${JSON.stringify(item)}\n`).join('');
}

export function csvColumns(item: unknown): string[] {
  return Object.keys(flatten(item));
}

export function csvRows(items: unknown[], columns: string[], header: boolean): string {
  return stringify(
    items.map((item) => flatten(item)),
    { columns, header, record_delimiter: 'unix', cast: { string: neutraliseFormula } },
  );
}

/** What a spreadsheet reads as the start of a formula (with the full-width forms some of them normalise). */
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/** A text cell a spreadsheet would run: csv-stringify's `escape_formulas` prefixes the quote, `quoted` quotes it. */
function neutraliseFormula(value: string): string | { value: string; quoted: boolean; escape_formulas: boolean } {
  return FORMULA_START.test(value) ? { value, quoted: true, escape_formulas: true } : value;
}

/** `{ a: { b: 1 }, c: [1, 2], d: null, e: 'x' }` → `{ 'a.b': 1, c: '[1,2]', d: '', e: 'x' }`: numbers stay numbers, the rest is text. */
export function flatten(value: unknown, prefix = '', into: Record<string, string | number> = {}): Record<string, string | number> {
  if (isPlainObject(value)) {
    for (const [key, nested] of Object.entries(value)) flatten(nested, prefix ? `${prefix}.${key}` : key, into);
  } else if (prefix) {
    into[prefix] = typeof value === 'number' ? value : value === null || value === undefined ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value);
  }
  return into;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
