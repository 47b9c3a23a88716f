import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';

import { csvColumns, csvRows, encodePage, flatten, ndjsonLines } from '../src/export/formats.js';

describe('export formats', () => {
  it('flattens nested objects with dots, arrays as JSON, null as empty', () => {
    expect(flatten({ uuid: 'a', merchant: { name: 'Oxxo', address: { city: 'CDMX' } }, labels: [{ id: 1 }], amount: 12.5, locked: false, note: null })).toEqual({
      uuid: 'a',
      'merchant.name': 'Oxxo',
      'merchant.address.city': 'CDMX',
      labels: '[{"id":1}]',
      amount: '12.5',
      locked: 'false',
      note: '',
    });
  });

  it('writes a header from the first item and fills later items into those columns', () => {
    const items = [{ a: 1, b: { c: 'x' } }, { b: { c: 'y' }, d: 'not in the header' }];
    const columns = csvColumns(items[0]);
    expect(columns).toEqual(['a', 'b.c']);
    expect(csvRows(items, columns, true)).toBe('a,b.c\n1,x\n,y\n');
    expect(csvRows(items.slice(1), columns, false)).toBe(',y\n');
  });

  it('escapes commas, quotes and line breaks so that a CSV parser reads the values back', () => {
    const values = ['plain', 'a, b', 'say "hi"', 'two\nlines', 'cr\r\nlf', ' padded '];
    const items = values.map((text) => ({ text }));
    const csv = csvRows(items, ['text'], true);
    expect(csv).toContain('"say ""hi"""');
    expect(parse(csv, { columns: true })).toEqual(items);
  });

  it('writes the CSV header once, with the first page that has an item, and keeps its columns for later pages', () => {
    const empty = encodePage('csv', [], undefined);
    expect(empty).toEqual({ text: '' });
    const first = encodePage('csv', [{ a: 1 }], empty.columns);
    expect(first).toEqual({ text: 'a\n1\n', columns: ['a'] });
    expect(encodePage('csv', [{ a: 2, b: 3 }], first.columns)).toEqual({ text: '2\n', columns: ['a'] });
    expect(encodePage('ndjson', [{ a: 1 }], undefined)).toEqual({ text: '{"a":1}\n' });
  });

  it('writes NDJSON: one JSON document per line', () => {
    expect(ndjsonLines([{ a: 'x\ny' }, { b: [1] }])).toBe('{"a":"x\\ny"}\n{"b":[1]}\n');
    expect(ndjsonLines([])).toBe('');
  });
});
