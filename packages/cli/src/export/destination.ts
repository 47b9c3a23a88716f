// Where an export's pages go. A file keeps its state next to it and can be resumed; stdout cannot.
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';

import { identityDifference, readState, removeState, statePath, writeState, type ExportIdentity, type ExportState } from './state.js';

export interface Destination {
  /** Where the export starts: the next page to fetch, the items and the CSV columns already written. */
  readonly start: { nextPage: number; items: number; columns?: string[] };
  /** One complete page of output; `progress` is the export's position once it is written. */
  writePage(chunk: string, progress: { nextPage: number; items: number; columns?: string[] }): Promise<void>;
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
  const difference = recorded && identityDifference(recorded.export, identity);
  if (difference) throw new Error(`--resume: ${stateFile} records another export (${difference}); repeat the options of the interrupted run.`);

  let state: ExportState = recorded ?? { version: 1, export: identity, nextPage: 0, items: 0, bytes: 0 };
  const file: FileHandle = await open(out, recorded ? 'r+' : 'w');
  try {
    await file.truncate(state.bytes);
    if (!recorded) await writeState(stateFile, state); // from the very first page on, an interruption can be resumed
  } catch (error) {
    await file.close();
    throw error;
  }
  return {
    start: { nextPage: state.nextPage, items: state.items, ...(state.columns ? { columns: state.columns } : {}) },
    async writePage(chunk, progress) {
      const bytes = Buffer.from(chunk);
      await file.write(bytes, 0, bytes.length, state.bytes);
      await file.datasync(); // on disk before the state says so
      state = { ...state, ...progress, bytes: state.bytes + bytes.length };
      await writeState(stateFile, state);
    },
    finish: () => removeState(stateFile),
    close: () => file.close(),
  };
}
