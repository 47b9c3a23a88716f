import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';

import { ExportProgress } from '../src/export/progress.js';

/** A stream that says it is a terminal, as cli-progress draws only on one. */
function terminal(): PassThrough & { isTTY: boolean; columns: number; cursorTo(): boolean; clearLine(): boolean; moveCursor(): boolean; output(): string } {
  const stream = new PassThrough();
  let output = '';
  stream.on('data', (chunk: Buffer) => (output += chunk));
  return Object.assign(stream, { isTTY: true, columns: 120, cursorTo: () => true, clearLine: () => true, moveCursor: () => true, output: () => output });
}

describe('export progress', () => {
  it('draws items of the total, pages and requests on a terminal', () => {
    const stream = terminal();
    const progress = new ExportProgress(stream, 'transactions');
    progress.update({ items: 100, total: 450, page: 1, pages: 5, requests: 1 });
    progress.update({ items: 450, total: 450, page: 5, pages: 5, requests: 6 });
    progress.stop();
    expect(stream.output()).toContain('450/450 transactions | page 5/5 | 6 requests');
  });

  it('draws nothing when stderr is not a terminal', () => {
    const stream = new PassThrough();
    let output = '';
    stream.on('data', (chunk: Buffer) => (output += chunk));
    const progress = new ExportProgress(stream, 'users');
    progress.update({ items: 25, total: 25, page: 1, pages: 1, requests: 1 });
    progress.stop();
    expect(output).toBe('');
  });
});
