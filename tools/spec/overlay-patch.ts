// `spec:sync --overlay-patch <file>`: the overlay patch `clara drift` writes (or any overlay document naming its
// country) merged into specs/<cc>/overlay.yaml like a curation a person wrote. Before anything is merged, the
// patch must be a valid Overlay 1.0 document for this country, and each of its actions must reach something in
// the curated document (upstream + the repository's overlay): an action that matches nothing is refused by its
// number, as one that is malformed. The actions are appended as text at the end of the overlay's action list, so
// its comments and layout stay as they are; an action the overlay already has is not added twice.
import { readFile } from 'node:fs/promises';
import { isDeepStrictEqual } from 'node:util';
import { Document, isSeq, parseDocument, type YAMLSeq } from 'yaml';

import { applyOverlay, parseOverlay, type Overlay, type OverlayAction } from '../generate/overlay.ts';
import type { OpenApiDocument } from '../generate/spec.ts';

export class OverlayPatchError extends Error {
  override name = 'OverlayPatchError';
}

/** The patch, checked: Overlay 1.0, its actions well formed, written for `code` (`x-clara-drift.country`). */
export async function readOverlayPatch(file: string, code: string): Promise<Overlay> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new OverlayPatchError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  const patch = parseOverlay(file, text);
  const country = (patch as Overlay & { 'x-clara-drift'?: { country?: unknown } })['x-clara-drift']?.country;
  if (country === undefined) throw new OverlayPatchError(`${file}: does not say which country it is for (x-clara-drift.country, as clara drift writes it)`);
  if (country !== code) throw new OverlayPatchError(`${file}: a patch for country "${String(country)}", not "${code}" — run with --country ${String(country)}`);
  if (patch.actions.length === 0) throw new OverlayPatchError(`${file}: has no actions to merge`);
  return patch;
}

/** The patch's actions the overlay does not have yet (a patch merged before adds nothing). */
export const newActions = (overlay: Overlay, patch: Overlay): OverlayAction[] => patch.actions.filter((action) => !overlay.actions.some((known) => isDeepStrictEqual(known, action)));

/** Refuses the patch if one of `actions` (its new ones) reaches nothing in `curated`, naming each such action by its number in the patch. */
export async function checkPatchTargets(file: string, curated: OpenApiDocument, patch: Overlay, actions: OverlayAction[]): Promise<void> {
  const { unused } = await applyOverlay(curated, { ...patch, actions });
  if (unused.length === 0) return;
  const numbered = unused.map((action) => `action ${patch.actions.findIndex((candidate) => isDeepStrictEqual(candidate, action)) + 1} (${action.target}): matches nothing in the document`);
  throw new OverlayPatchError(`${file}: refused, nothing was written\n${numbered.map((line) => `  - ${line}`).join('\n')}`);
}

/**
 * The overlay's text with `fresh` (the patch's new actions) appended under a comment naming the patch. The new
 * items are added as text at the end of the `actions` block list, wherever it is in the file (a key or a comment
 * may follow it), so every curated byte stays as it was; a flow list (`actions: [...]`) is refused rather than
 * re-serialised. The result is parsed back and must hold exactly the old actions and then the new ones.
 */
export function mergeOverlayPatch(overlayText: string, overlayFile: string, patch: Overlay, fresh: OverlayAction[], patchName: string): { text: string; added: number } {
  if (fresh.length === 0) return { text: overlayText, added: 0 };
  const document = parseDocument(overlayText, { schema: 'core', uniqueKeys: true });
  const actions = document.get('actions', true);
  if (!isSeq(actions)) throw new OverlayPatchError(`${overlayFile}: "actions" is not a list`);
  const text = appendedAsText(overlayText, actions, fresh, oneLine(` From ${patchName} (${patch.info.title}).`));
  if (text === undefined) throw new OverlayPatchError(`${overlayFile}: "actions" must be a block list (one "- " item a line) to merge a patch; nothing was written`);
  const merged = parseDocument(text, { schema: 'core', uniqueKeys: true }).toJS() as { actions?: unknown };
  if (!isDeepStrictEqual(merged.actions, [...(actions.toJSON() as unknown[]), ...fresh])) throw new OverlayPatchError(`${overlayFile}: the patch could not be merged without changing the existing actions`);
  return { text, added: fresh.length };
}

/** Text for a one-line YAML comment: control characters, format characters (bidi overrides) and line or paragraph separators, which editors may show as a new line or reorder, become spaces. */
const oneLine = (text: string): string => text.replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]+/gu, ' ');

function appendedAsText(overlayText: string, actions: YAMLSeq, fresh: OverlayAction[], comment: string): string | undefined {
  const [first] = actions.items as { range?: [number, number, number] }[];
  const end = actions.range?.[2];
  if (actions.flow || !first?.range || end === undefined) return undefined;
  const lineStart = overlayText.lastIndexOf('\n', first.range[0]) + 1;
  const indent = overlayText.slice(lineStart, first.range[0]).replace(/-\s*$/, '');
  if (!/^ *$/.test(indent)) return undefined;
  const items = new Document(fresh).toString({ lineWidth: 0 }).trimEnd().split('\n');
  const block = [`${indent}#${comment}`, ...items.map((line) => `${indent}${line}`)].join('\n');
  const [before, after] = [overlayText.slice(0, end), overlayText.slice(end)];
  if (after.trim() === '') return `${overlayText.trimEnd()}\n${block}\n`;
  return before.endsWith('\n') ? `${before}${block}\n${after}` : undefined;
}
