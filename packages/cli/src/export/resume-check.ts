// Before a resume touches the file, the file must be what its state says was written: at least `bytes` long,
// those bytes matching the recorded SHA-256, holding `items` records (and, for CSV, the recorded header), and
// `nextPage` must follow from `items` (every page before the last as full as the first page was, the last one
// possibly short). A state edited or damaged by hand, or a file changed since, is refused with what does not
// match and how to start over, never continued into a file with holes, skipped or repeated pages.
import { createHash, type Hash } from 'node:crypto';
import type { FileHandle } from 'node:fs/promises';

import { csvRows } from './formats.js';
import type { ExportState } from './state.js';

const CHUNK_BYTES = 64 * 1024;
const QUOTE = 0x22;
const NEWLINE = 0x0a;

/** Checks `file` (at `out`) against its state; resolves to the SHA-256 of the bytes kept, to continue hashing. */
export async function checkResumable(file: FileHandle, out: string, stateFile: string, state: ExportState): Promise<Hash> {
  const refuse = (problem: string): Error =>
    new Error(`--resume: ${problem} To start over, delete ${out} and ${stateFile}, then run the command without --resume.`);
  const { nextPage, items, bytes, export: identity } = state;
  // States written before the served page size was recorded: the size asked for.
  const pageSize = state.servedPageSize ?? identity.pageSize;
  if (items > nextPage * pageSize || items < Math.max(0, nextPage - 1) * pageSize) {
    throw refuse(`${stateFile} records ${items} items in ${nextPage} pages of ${pageSize}: continuing at page ${nextPage} would skip or repeat items.`);
  }
  const { size } = await file.stat();
  if (size < bytes) throw refuse(`${out} is ${size} bytes, shorter than the ${bytes} bytes ${stateFile} records as written: it was truncated or replaced.`);

  // The header is the file's first line, however long: as many bytes as the recorded columns' header line has.
  const header = identity.format === 'csv' && state.columns ? Buffer.from(csvRows([], state.columns, true)) : undefined;
  const { hash, head, newlines } = await scan(file, bytes, identity.format === 'csv', header?.length ?? 0);
  if (hash.copy().digest('hex') !== state.sha256) throw refuse(`the first ${bytes} bytes of ${out} do not match the checksum in ${stateFile}: the file was changed since the interrupted run.`);
  if (header && !head.equals(header)) throw refuse(`${out} does not start with the CSV header of the columns ${stateFile} records.`);
  const records = newlines - (header ? 1 : 0);
  if (records !== items) throw refuse(`${out} holds ${records} records where ${stateFile} records ${items}.`);
  return hash;
}

/**
 * Hashes the first `bytes` bytes and counts the records they end: every newline for NDJSON (JSON escapes its
 * own), for CSV the newlines outside quotes (a doubled quote toggles twice). `head` is the first `headBytes`
 * bytes, for the header.
 */
async function scan(file: FileHandle, bytes: number, csv: boolean, headBytes: number): Promise<{ hash: Hash; head: Buffer; newlines: number }> {
  const hash = createHash('sha256');
  const buffer = Buffer.alloc(CHUNK_BYTES);
  const heads: Buffer[] = [];
  let newlines = 0;
  let quoted = false;
  for (let position = 0; position < bytes; ) {
    const { bytesRead } = await file.read(buffer, 0, Math.min(CHUNK_BYTES, bytes - position), position);
    if (bytesRead === 0) break;
    const chunk = buffer.subarray(0, bytesRead);
    hash.update(chunk);
    if (position < headBytes) heads.push(Buffer.from(chunk.subarray(0, headBytes - position)));
    for (const byte of chunk) {
      if (csv && byte === QUOTE) quoted = !quoted;
      else if (byte === NEWLINE && !quoted) newlines++;
    }
    position += bytesRead;
  }
  return { hash, head: Buffer.concat(heads), newlines };
}
