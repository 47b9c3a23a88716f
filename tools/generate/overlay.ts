// Our curation of a country's upstream spec: `specs/<cc>/overlay.yaml`, an OpenAPI Overlay 1.0 document applied
// with openapi-format's overlay engine (JSONPath, RFC 9535). Actions target operations by METHOD + PATH
// (`$.paths['/api/v3/transactions'].get`), never by operationId, so springdoc's renumbered `_1`/`_2` suffixes
// cannot move a name. What the actions may carry is described in specs/README.md.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, visit, type Document } from 'yaml';

import { depthExceededAt, tooDeep, tooDeepThroughAliases, valueTooDeep } from './depth.ts';
import { nameProblem, type NameKind } from './naming.ts';
import { lineColumn, type OpenApiDocument } from './spec.ts';

// openapi-format is CommonJS.
const { openapiOverlay } = createRequire(import.meta.url)('openapi-format') as typeof import('openapi-format');

export interface OverlayAction {
  target: string;
  description?: string;
  update?: unknown;
  remove?: true;
}

export interface Overlay {
  overlay: string;
  info: { title: string; version: string };
  extends?: string;
  actions: OverlayAction[];
}

export class OverlayError extends Error {
  override name = 'OverlayError';
}

export const overlayPath = (root: string, code: string): string => join(root, 'specs', code, 'overlay.yaml');

const EMPTY: Overlay = { overlay: '1.0.0', info: { title: 'no curation', version: '0' }, actions: [] };

/** The country's overlay; none (no file) is an empty one: every operation then gets its default name. */
export async function loadOverlay(file: string): Promise<Overlay> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return EMPTY;
    throw error;
  }
  return parseOverlay(file, text);
}

export function parseOverlay(file: string, text: string): Overlay {
  const deepAt = depthExceededAt(text, false);
  if (deepAt >= 0) throw new OverlayError(`${file}: ${lineColumn(text, deepAt)}: ${tooDeep()}`);
  const lineCounter = new LineCounter();
  const parsed = parseDocument(text, { schema: 'core', uniqueKeys: true, lineCounter });
  let document: unknown;
  try {
    if (parsed.errors[0]) throw parsed.errors[0];
    document = parsed.toJS({ maxAliasCount: 100 });
  } catch (error) {
    throw new OverlayError(`${file}: not valid YAML: ${(error as Error).message.split('\n')[0]}`);
  }
  if (valueTooDeep(document)) throw new OverlayError(`${file}: ${tooDeepThroughAliases()}`);
  const problems: string[] = [];
  const overlay = document as Partial<Overlay> | null;
  if (typeof overlay !== 'object' || overlay === null) throw new OverlayError(`${file}: not an overlay document`);
  if (typeof overlay.overlay !== 'string' || !/^1\.0\.\d+$/.test(overlay.overlay)) problems.push(`"overlay" must be 1.0.x, found ${JSON.stringify(overlay.overlay)}`);
  if (typeof overlay.info?.title !== 'string' || typeof overlay.info?.version !== 'string') problems.push('"info" needs a title and a version');
  if (!Array.isArray(overlay.actions)) problems.push('"actions" must be a list');
  (overlay.actions ?? []).forEach((action: Partial<OverlayAction>, index) => {
    const where = `action ${index + 1}${typeof action?.target === 'string' ? ` (${action.target})` : ''}`;
    if (typeof action?.target !== 'string' || !action.target.startsWith('$')) problems.push(`${where}: "target" must be a JSONPath starting with "$"`);
    if (action?.remove !== undefined && action.remove !== true) problems.push(`${where}: "remove" must be true when present`);
    if (action?.update === undefined && action?.remove !== true) problems.push(`${where}: needs "update" or "remove: true"`);
  });
  problems.push(...sdkNameProblems(parsed, lineCounter));
  if (problems.length > 0) throw new OverlayError(`${file}: invalid overlay\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  return overlay as Overlay;
}

/**
 * Every `x-clara-sdk` name that cannot be one (naming.ts: not an identifier, or one that shadows a member of every
 * object or promise, such as `then`), by line — naming.ts checks the names again once the actions are applied.
 */
function sdkNameProblems(parsed: Document, lineCounter: LineCounter): string[] {
  const problems: string[] = [];
  const actions = parsed.get('actions', true);
  if (!isSeq(actions)) return problems;
  actions.items.forEach((action, index) => {
    visit(action as never, {
      Pair(_, pair) {
        if (!isScalar(pair.key) || pair.key.value !== 'x-clara-sdk' || !isMap(pair.value)) return;
        for (const { key, value } of pair.value.items) {
          const kind = isScalar(key) ? String(key.value) : '';
          if (!['operationId', 'resource', 'method', 'service'].includes(kind)) continue;
          const why = nameProblem(kind as NameKind, isScalar(value) ? value.value : undefined);
          const at = (value as { range?: [number] } | null)?.range?.[0] ?? pair.value.range?.[0] ?? 0;
          const shown = isScalar(value) ? JSON.stringify(value.value) : 'not a name';
          if (why) problems.push(`line ${lineCounter.linePos(at).line} (action ${index + 1}): x-clara-sdk ${kind} ${shown}: ${why}`);
        }
      },
    });
  });
  return problems;
}

/** Applies the actions in order to a copy of `document`; reports the actions that matched nothing. */
export async function applyOverlay(document: OpenApiDocument, overlay: Overlay): Promise<{ document: OpenApiDocument; unused: OverlayAction[] }> {
  const result = await openapiOverlay(structuredClone(document) as never, { overlaySet: overlay as never });
  return { document: result.data as OpenApiDocument, unused: result.resultData.unusedActions as OverlayAction[] };
}
