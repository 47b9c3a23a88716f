// The state of a file export, next to the file (`<out>.clara-export.json`): what is being exported, and how far
// it got. It is written after each page is on disk (write, fsync, then the state, replaced atomically), so it
// never claims more than the file holds; a resume truncates the file to `bytes`, which drops a page that was
// half written, and continues at `nextPage`. The state carries the SHA-256 of those `bytes` first bytes, so a
// resume checks the file against it (see resume-check.ts) and refuses rather than corrupt the export.
import { readFile, rm } from 'node:fs/promises';

import { writeFileAtomic } from '../atomic-file.js';

/** What must be the same for a resume to continue the same export. */
export interface ExportIdentity {
  /** The Clara project (its client id, not a secret): another project's credentials would append its data. */
  clientId: string;
  resource: string;
  query: Record<string, string>;
  format: string;
  country: string;
  environment: string;
  baseUrl?: string;
  taxIdentifier?: string;
  pageSize: number;
}

export interface ExportState {
  version: 2;
  export: ExportIdentity;
  /** CSV: the columns of the header, fixed by the first item. */
  columns?: string[];
  /** Items on the first page: the page size the server serves (it may not honour `size`). */
  servedPageSize?: number;
  /** Pages written so far = the number of the next page to fetch (Clara's pages count from 0). */
  nextPage: number;
  items: number;
  /** Size of the file after the last complete page. */
  bytes: number;
  /** SHA-256 (hex) of the file's first `bytes` bytes. */
  sha256: string;
  /** The list's `totalElements` as its first page announced it, checked when the export ends. */
  totalElements?: number;
}

export const statePath = (out: string): string => `${out}.clara-export.json`;

export async function readState(path: string): Promise<ExportState | undefined> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  const state = parse(text);
  if (!state) throw new Error(`${path} is not the state of a clara export (or one written by an older clara, without a checksum): delete it to start over.`);
  return state;
}

export const writeState = (path: string, state: ExportState): Promise<void> => writeFileAtomic(path, `${JSON.stringify(state, null, 2)}\n`);

export const removeState = (path: string): Promise<void> => rm(path, { force: true });

/** The first difference between two identities, as `name: recorded → requested`, or undefined. */
export function identityDifference(recorded: ExportIdentity, requested: ExportIdentity): string | undefined {
  for (const key of Object.keys({ ...recorded, ...requested }) as (keyof ExportIdentity)[]) {
    const [before, now] = [JSON.stringify(recorded[key] ?? null), JSON.stringify(requested[key] ?? null)];
    if (before !== now) return `${key}: ${before} → ${now}`;
  }
  return undefined;
}

function parse(text: string): ExportState | undefined {
  try {
    const state = JSON.parse(text) as ExportState;
    const counts = [state.nextPage, state.items, state.bytes, state.totalElements ?? 0, state.servedPageSize ?? 0];
    const columns = state.columns === undefined || (Array.isArray(state.columns) && state.columns.every((column) => typeof column === 'string'));
    const valid = state.version === 2 && typeof state.export === 'object' && state.export !== null && typeof state.sha256 === 'string' && /^[0-9a-f]{64}$/.test(state.sha256);
    return valid && columns && counts.every((n) => Number.isInteger(n) && n >= 0) ? state : undefined;
  } catch {
    return undefined;
  }
}
