// `clara drift`: what Clara's responses have that the country's document does not describe, as a report, an
// overlay patch ready to review and a short text to send. Live (each read-only list and get once, within
// --budget requests) or from a saved `clara.drift()` dump (--from, no call to Clara).
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';

import { writeFileAtomic } from '../atomic-file.js';
import { writeLine, type CliIo } from '../io.js';
import type { ConnectionOptions, CountrySdk } from '../sdk.js';
import { effectiveDocument } from './document.js';
import { DriftDumpError, readDriftDump, type DriftEntry } from './entries.js';
import { liveDrift, type LiveRun } from './live.js';
import { findOperation, type OpenApiDocument } from './locate.js';
import { buildDriftPatch } from './patch.js';
import { renderOverlayPatch, renderReport, renderSummary, type DriftContext } from './render.js';

export interface DriftOptions {
  /** The report's file; the patch and the text go beside it (`<base>.overlay.yaml`, `<base>.txt`). */
  out?: string;
  budget: number;
  from?: string;
}

export async function drift(sdk: CountrySdk, options: ConnectionOptions, drift: DriftOptions, io: CliIo): Promise<number> {
  const { code } = sdk.country;
  const date = new Date().toISOString().slice(0, 10);
  const base = (drift.out ?? `clara-drift-${code}-${date}.json`).replace(/\.json$/, '');
  const files = { report: `${base}.json`, patch: `${base}.overlay.yaml`, summary: `${base}.txt` };
  if (drift.from) await refuseOverwriting(drift.from, Object.values(files));
  // Read before any call, so that a broken installation fails before the budget is spent.
  const { document, packageId } = await effectiveDocument(code);
  let entries: DriftEntry[];
  let live: LiveRun | undefined;
  if (drift.from) {
    const dump = await readDriftDump(drift.from);
    if (dump.country !== undefined && dump.country !== code) {
      throw new DriftDumpError(`${drift.from} is a drift dump from ${dump.country}, not ${code}: run clara drift --country ${dump.country}`);
    }
    entries = dump.entries;
    warnUnknownOperations(io, drift.from, document, entries, sdk.country.name);
  } else {
    live = await liveDrift(sdk, options, drift.budget);
    entries = live.entries;
  }

  const context: DriftContext = { country: { code, name: sdk.country.name }, package: packageId, date };
  const patch = buildDriftPatch(document, entries);
  await writeFileAtomic(files.report, renderReport(context, entries, patch, live));
  await writeFileAtomic(files.patch, renderOverlayPatch(context, patch));
  await writeFileAtomic(files.summary, renderSummary(context, entries, live));

  if (live) {
    writeLine(io.stderr, `Called ${live.calls.length} read operation(s) once each; ${live.skipped.length} not called:`);
    for (const { operation, reason } of live.skipped) writeLine(io.stderr, `  - ${operation}: ${reason}`);
  }
  writeLine(io.stderr, `${entries.length} difference(s) → ${patch.actions.length} overlay action(s)${patch.review.length > 0 ? `, ${patch.review.length} for a person to review` : ''}.`);
  writeLine(io.stdout, `Report:        ${files.report}`);
  writeLine(io.stdout, `Overlay patch: ${files.patch}`);
  writeLine(io.stdout, `Summary:       ${files.summary}`);
  if (!live?.aborted) return 0;
  writeLine(io.stderr, `error: the run stopped early, the files hold what was collected until then: ${live.aborted}`);
  return 1;
}

/** A dump from another country (or another version) names operations this country's document lacks: said once. */
function warnUnknownOperations(io: CliIo, file: string, document: OpenApiDocument, entries: readonly DriftEntry[], country: string): void {
  const unknown = [...new Set(entries.filter((entry) => !findOperation(document, entry)).map((entry) => `${entry.operationId} (${entry.method.toUpperCase()} ${entry.path})`))];
  if (unknown.length === 0) return;
  const shown = unknown.slice(0, 5).join(', ') + (unknown.length > 5 ? `, and ${unknown.length - 5} more` : '');
  writeLine(io.stderr, `warning: ${file} names ${unknown.length} operation(s) that ${country}'s document lacks: ${shown}. Is it a dump from another country?`);
}

/** An output that is the dump itself (the same path, or a link to it) would replace the input: refused. */
async function refuseOverwriting(from: string, outputs: string[]): Promise<void> {
  const input = await stat(from).catch(() => undefined);
  for (const output of outputs) {
    const existing = await stat(output).catch(() => undefined);
    const same = resolve(output) === resolve(from) || (input && existing && input.dev === existing.dev && input.ino === existing.ino);
    if (same) throw new Error(`--out: ${output} would overwrite the dump given with --from (${from}): choose another --out.`);
  }
}
