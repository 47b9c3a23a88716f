// Where an export's pages go. A file keeps its state next to it and can be resumed; stdout cannot.
import { createHash, type Hash } from 'node:crypto';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';

import { checkResumable } from './resume-check.js';
import { identityDifference, readState, removeState, statePath, writeState, type ExportIdentity, type ExportState } from './state.js';

/** Where an export is: the next page to fetch, the items and CSV columns written, the total first announced. */
export interface ExportPosition {
  nextPage: number;
  items: number;
  columns?: string[];
  totalElements?: number;
  /** Items on the first page: the page size the server serves. */
  servedPageSize?: number;
}

export interface Destination {
  /** Where the export starts. */
  readonly start: ExportPosition;
  /** One complete page of output; `progress` is the export's position once it is written. */
  writePage(chunk: string, progress: ExportPosition): Promise<void>;
  /** The last page was written. */
  finish(): Promise<void>;
  close(): Promise<void>;
}

export function stdoutDestination(stdout: NodeJS.WritableStream): Destination {
  return {
    start: { nextPage: 0, items: 0 },
    async writePage(chunk) {
      if (!stdout.write(chunk)) await once(stdout, 'drain'); // a slow reader slows the export down, memory stays flat
    },
    async finish() {},
    async close() {},
  };
}

/**
 * A file. A fresh export truncates it; `resume` continues the export its state file records, after truncating
 * the file to the last complete page.
 */
export async function fileDestination(out: string, identity: ExportIdentity, resume: boolean): Promise<Destination> {
  const stateFile = statePath(out);
  const recorded = await readState(stateFile);
  if (recorded && !resume) {
    throw new Error(
      `${out} is an unfinished export (${recorded.items} items in ${recorded.nextPage} pages so far, recorded in ${stateFile}): add --resume to continue it, or delete ${stateFile} to start over.`,
    );
  }
  if (!recorded && resume && existsSync(out)) {
    throw new Error(`Nothing to resume: ${stateFile} does not exist (the export to ${out} finished, or another program wrote that file). Run without --resume to export again.`);
  }
  if (recorded && recorded.export.clientId !== identity.clientId) {
    throw new Error(
      `--resume: ${stateFile} records an export of another Clara project (client id ${recorded.export.clientId ?? 'not recorded'}, these credentials: ${identity.clientId}); resume it with the credentials of the interrupted run.`,
    );
  }
  const difference = recorded && identityDifference(recorded.export, identity);
  if (difference) throw new Error(`--resume: ${stateFile} records another export (${difference}); repeat the options of the interrupted run.`);

  if (recorded && !existsSync(out)) {
    throw new Error(`--resume: ${out} does not exist, but ${stateFile} records ${recorded.bytes} bytes written to it. To start over, delete ${stateFile}, then run the command without --resume.`);
  }
  let hash: Hash = createHash('sha256');
  let state: ExportState = recorded ?? { version: 2, export: identity, nextPage: 0, items: 0, bytes: 0, sha256: hash.copy().digest('hex') };
  const file: FileHandle = await open(out, recorded ? 'r+' : 'w');
  try {
    if (recorded) hash = await checkResumable(file, out, stateFile, recorded); // before anything is changed
    await file.truncate(state.bytes);
    if (!recorded) await writeState(stateFile, state); // from the very first page on, an interruption can be resumed
  } catch (error) {
    await file.close();
    throw error;
  }
  const { nextPage, items, columns, totalElements, servedPageSize } = state;
  return {
    start: { nextPage, items, ...(columns ? { columns } : {}), ...(totalElements === undefined ? {} : { totalElements }), ...(servedPageSize === undefined ? {} : { servedPageSize }) },
    async writePage(chunk, progress) {
      const bytes = Buffer.from(chunk);
      await file.write(bytes, 0, bytes.length, state.bytes);
      await file.datasync(); // on disk before the state says so
      hash.update(bytes);
      state = { ...state, ...progress, bytes: state.bytes + bytes.length, sha256: hash.copy().digest('hex') };
      await writeState(stateFile, state);
    },
    finish: () => removeState(stateFile),
    close: () => file.close(),
  };
}
