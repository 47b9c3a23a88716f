// Merging a drift patch into a curated overlay: every curated byte stays where it was, wherever `actions` sits in
// the file, and the patch's title cannot write a line of its own into the comment naming it.
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';

import type { Overlay, OverlayAction } from '../generate/overlay.ts';
import { mergeOverlayPatch, OverlayPatchError } from '../spec/overlay-patch.ts';

const fresh: OverlayAction[] = [{ target: "$.components.schemas['Card'].properties", update: { nickname: { type: 'string' } } }];
const patch = (title: string): Overlay => ({ overlay: '1.0.0', info: { title, version: '1' }, actions: fresh });
const merge = (text: string, title = 'drift') => mergeOverlayPatch(text, 'specs/zz/overlay.yaml', patch(title), fresh, 'drift.overlay.yaml');
const HEAD = ['overlay: 1.0.0', 'info: { title: curated, version: "1" }  # kept', 'actions:', '  # names', "  - target: $.paths['/api/v3/cards'].get", '    update: { x-clara-sdk: { method: list } }'];

describe('mergeOverlayPatch', () => {
  test.each([
    ['actions last, a trailing comment', [...HEAD, '# end', '']],
    ['a key after actions', [...HEAD, '', '# curated extension', 'x-curated:  { keep: "as written" }', '']],
    ['a key after actions listed without indent', ['overlay: 1.0.0', 'info: { title: curated, version: "1" }', 'actions:', "- target: $.info", '  update: { x: 1 }', 'x-curated: 1', '']],
  ])('%s: the curated lines stay byte for byte, the new action follows the old ones', (_, lines) => {
    const text = lines.join('\n');
    const { text: merged, added } = merge(text);
    expect(added).toBe(1);
    const kept = merged.split('\n').filter((line) => !line.includes('drift') && !/nickname|type: string|Card|update:$/.test(line) && line.trim() !== '');
    expect(kept).toEqual(lines.filter((line) => line.trim() !== ''));
    const before = parse(text) as { actions: unknown[] };
    expect(parse(merged)).toEqual({ ...before, actions: [...before.actions, ...fresh] });
  });

  test('a flow list of actions is refused, naming what the merge needs', () => {
    expect(() => merge('overlay: 1.0.0\ninfo: { title: t, version: "1" }\nactions: [{ target: $.info, update: { x: 1 } }]\n')).toThrow(
      new OverlayPatchError('specs/zz/overlay.yaml: "actions" must be a block list (one "- " item a line) to merge a patch; nothing was written'),
    );
  });

  test("the patch's title cannot start a line of its own in the comment naming it", () => {
    const title = 'drift\r  - target: $.evil\u2028\u2029\u0085\u000b\u000c\u001b[2K\u202e';
    const { text } = merge([...HEAD, ''].join('\n'), title);
    const comment = text.split('\n').find((line) => line.includes('From drift.overlay.yaml'))!;
    expect(comment).toBe('  # From drift.overlay.yaml (drift   - target: $.evil [2K ).');
    expect(text).not.toMatch(/[\r\u2028\u2029\u0085\u000b\u000c\u001b\u202e]/u);
  });
});
