// The three files of `clara drift`: the overlay patch (YAML, for `pnpm spec:sync --overlay-patch`), the report
// (JSON) and a short text to send to Clara or to the SDK's maintainers. None holds a value from a response:
// entries carry paths, kinds and JSON types only.
import { Document } from 'yaml';

import type { DriftEntry } from './entries.js';
import type { LiveRun } from './live.js';
import type { DriftPatch } from './patch.js';

export interface DriftContext {
  country: { code: string; name: string };
  /** `@org/clara-mx@1.2.0`: the package whose document the entries were checked against. */
  package: string;
  /** YYYY-MM-DD. */
  date: string;
}

/** An OpenAPI Overlay 1.0 document; `x-clara-drift` names the country, so spec:sync refuses it for another one. */
export function renderOverlayPatch(context: DriftContext, patch: DriftPatch): string {
  const document = new Document({
    overlay: '1.0.0',
    info: { title: `clara drift: ${context.country.name} (${context.country.code}), ${context.date}`, version: context.date },
    'x-clara-drift': { country: context.country.code, package: context.package },
    actions: patch.actions,
  });
  document.commentBefore = [
    ` Drift of Clara's responses from ${context.package}'s document, as overlay actions: review each one, then`,
    `   pnpm spec:sync --country ${context.country.code} --overlay-patch <this file>`,
    ...(patch.review.length > 0 ? ['', ' Needs a person (no action can express it):', ...patch.review.map((item) => `   - ${item.entry}: ${item.reason}`)] : []),
  ].join('\n');
  return document.toString({ lineWidth: 0 });
}

export function renderReport(context: DriftContext, entries: readonly DriftEntry[], patch: DriftPatch, live?: LiveRun): string {
  const report = {
    country: context.country.code,
    package: context.package,
    date: context.date,
    source: live ? 'live' : 'file',
    ...(live ? { calls: live.calls, skipped: live.skipped, ...(live.aborted ? { aborted: live.aborted } : {}) } : {}),
    entries,
    actions: patch.actions.length,
    review: patch.review,
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}

/** Plain text, one line per difference, grouped by operation and status. */
export function renderSummary(context: DriftContext, entries: readonly DriftEntry[], live?: LiveRun): string {
  const lines = [
    `Clara API responses that differ from the documented API — ${context.country.name} (${context.country.code}), ${context.package}, ${context.date}.`,
    'Field paths, kinds and JSON types only: no value from any response is included.',
  ];
  if (live) {
    const failed = live.calls.filter((call) => call.status >= 400).length;
    lines.push(`Checked: ${live.calls.length} read operation(s) called once each${failed > 0 ? ` (${failed} answered an error)` : ''}; ${live.skipped.length} not called.`);
    if (live.aborted) lines.push(`The run stopped early: ${live.aborted}`);
  }
  lines.push('');
  if (entries.length === 0) lines.push('No difference found.');
  const byOperation = new Map<string, DriftEntry[]>();
  for (const entry of entries) {
    const key = `${entry.method.toUpperCase()} ${entry.path} (${entry.operation}), status ${entry.status}`;
    byOperation.set(key, [...(byOperation.get(key) ?? []), entry]);
  }
  for (const [operation, group] of byOperation) {
    lines.push(`${operation}:`);
    for (const entry of group) lines.push(`  - ${entry.pointer || '(the body)'}: ${describeKind(entry)}; ${entry.count} response${entry.count === 1 ? '' : 's'}`);
  }
  return `${lines.join('\n')}\n`;
}

function describeKind(entry: DriftEntry): string {
  switch (entry.kind) {
    case 'unknown field':
      return `not documented (seen as ${entry.seen})`;
    case 'missing required':
      return 'documented as required, missing';
    case 'type':
      return `documented as ${entry.expected ?? 'another type'}, seen as ${entry.seen}`;
    case 'undeclared status':
      return 'status not documented';
    case 'enum value':
      return `a value outside the documented list${entry.seen ? ` (${entry.seen})` : ''}`;
  }
}
