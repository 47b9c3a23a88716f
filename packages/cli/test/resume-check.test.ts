// The resume check against states a server that does not honour size=100 leaves, a short last page, and a CSV
// header longer than one read.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

import { csvRows } from '../src/export/formats.js';
import { checkResumable } from '../src/export/resume-check.js';
import type { ExportState } from '../src/export/state.js';

const scratch = mkdtempSync(join(tmpdir(), 'clara-cli-resume-check-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A file holding `text` and the state that records it whole, with `change` applied; the check's outcome. */
async function check(name: string, text: string, change: Partial<ExportState> & { format?: string }): Promise<void> {
  const out = join(scratch, name);
  writeFileSync(out, text);
  const { format = 'ndjson', ...rest } = change;
  const state: ExportState = {
    version: 2,
    export: { clientId: 'client', resource: 'transactions', query: {}, format, country: 'mx', environment: 'production', pageSize: 100 },
    nextPage: 0,
    items: 0,
    bytes: Buffer.byteLength(text),
    sha256: createHash('sha256').update(text).digest('hex'),
    ...rest,
  };
  const file = await open(out, 'r');
  try {
    await checkResumable(file, out, `${out}.clara-export.json`, state);
  } finally {
    await file.close();
  }
}
const ndjson = (count: number) => Array.from({ length: count }, (_, index) => `{"uuid":"tx-${index}"}\n`).join('');

describe('resume check', () => {
  it('takes the page size the server served on the first page, not the size asked for', async () => {
    await expect(check('served-50.ndjson', ndjson(150), { nextPage: 3, items: 150, servedPageSize: 50 })).resolves.toBeUndefined();
    await expect(check('served-50-back.ndjson', ndjson(150), { nextPage: 2, items: 150, servedPageSize: 50 })).rejects.toThrow(
      'records 150 items in 2 pages of 50: continuing at page 2 would skip or repeat items.',
    );
  });

  it('allows a short last page', async () => {
    await expect(check('short-last.ndjson', ndjson(250), { nextPage: 3, items: 250, servedPageSize: 100 })).resolves.toBeUndefined();
    await expect(check('short-middle.ndjson', ndjson(150), { nextPage: 3, items: 150, servedPageSize: 100 })).rejects.toThrow('records 150 items in 3 pages of 100');
  });

  it('checks a CSV header longer than one 64 KiB read whole', async () => {
    const columns = Array.from({ length: 5_000 }, (_, index) => `merchant.field${String(index).padStart(8, '0')}`);
    const header = csvRows([], columns, true);
    expect(header.length).toBeGreaterThan(64 * 1024);
    const rows = csvRows(Array.from({ length: 100 }, (_, index) => ({ merchant: { field00000000: `tx-${index}` } })), columns, false);
    await expect(check('wide.csv', header + rows, { format: 'csv', columns, nextPage: 1, items: 100, servedPageSize: 100 })).resolves.toBeUndefined();
    const other = [...columns.slice(0, -1), 'merchant.other'];
    await expect(check('wide-other.csv', header + rows, { format: 'csv', columns: other, nextPage: 1, items: 100, servedPageSize: 100 })).rejects.toThrow(
      'does not start with the CSV header of the columns',
    );
  });
});
