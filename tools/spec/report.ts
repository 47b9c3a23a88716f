// The sync report: what `spec:sync` prints and writes to --report (the body of the spec-sync pull request). A host
// change comes first, then what was released, the repairs, the operations that still need a curated name (with the
// overlay entry to paste), overlay actions that matched nothing, and the complete list of changes.
import { codeSpan } from '../generate/markdown.ts';
import type { SyncResult } from './sync.ts';

export function renderSyncReport(code: string, result: SyncResult, changesetPath?: string): string {
  const lines: string[] = [];
  if (result.hostChange) lines.push(`HOST CHANGE (--allow-host): ${result.hostChange}`, '');
  if (result.status === 'updated') lines.push(`${result.bump} release of @org/clara-${code} (${changesetPath ?? result.changesetFile})`);
  else if (result.status === 'reformatted') lines.push(`specs/${code}: upstream changed, but nothing users see — spec written, no changeset needed`);
  else lines.push(`specs/${code} is up to date`);
  if (result.patchedActions !== undefined) {
    lines.push(result.patchedActions === 0 ? `overlay patch: specs/${code}/overlay.yaml already has every action` : `overlay patch: ${result.patchedActions} action(s) added to specs/${code}/overlay.yaml`);
  }
  for (const repair of result.repairs) lines.push(`repaired: ${repair}`);
  if (result.uncurated.length > 0) {
    lines.push('', `New operations without a curated name (${result.uncurated.length}; paste under \`actions:\` in specs/${code}/overlay.yaml to keep these names):`);
    for (const op of result.uncurated) {
      lines.push(`- ${codeSpan(op.route)}: ${op.client}, raw.${op.names.operationId}${op.notes.map((note) => ` — ${note}`).join('')}`);
      lines.push(...op.entry.split('\n').map((line) => `    ${line}`));
    }
  }
  if (result.unusedActions.length > 0) {
    lines.push('', `Overlay actions that matched nothing (the operation is gone upstream, or the target has a typo) — remove or fix them in specs/${code}/overlay.yaml:`);
    for (const action of result.unusedActions) lines.push(`- ${codeSpan(action.target)}`);
  }
  if (result.status === 'updated') lines.push('', result.report.trimEnd());
  return `${lines.join('\n')}\n`;
}
