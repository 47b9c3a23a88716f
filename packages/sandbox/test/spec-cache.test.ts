// A spec file is read and its schemas compiled once per process, however many sandboxes start from it; a changed
// file is read again, and a document given as an object is never frozen or shared.
import { copyFileSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { loadSpec } from '../src/spec.js';
import { SpecValidator } from '../src/validation.js';
import { FIXTURE_SPEC } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'clara-sandbox-spec-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('a spec file is parsed, frozen and compiled once, and read again when it changes', () => {
  const file = join(dir, 'spec.json');
  copyFileSync(FIXTURE_SPEC, file);
  const spec = loadSpec('mx', file);
  expect(loadSpec('mx', file)).toBe(spec);
  expect(Object.isFrozen(spec.paths)).toBe(true);
  expect(SpecValidator.of(spec)).toBe(SpecValidator.of(spec));

  const changed = JSON.parse(readFileSync(file, 'utf8')) as { info: { title: string } };
  changed.info.title = 'changed';
  writeFileSync(file, JSON.stringify(changed));
  utimesSync(file, new Date(), new Date(Date.now() + 5_000));
  const reread = loadSpec('mx', file) as unknown as typeof changed;
  expect(reread).not.toBe(spec);
  expect(reread.info.title).toBe('changed');
});

test('a document given as an object is neither frozen nor shared', () => {
  const document = JSON.parse(readFileSync(FIXTURE_SPEC, 'utf8')) as Parameters<typeof SpecValidator.of>[0];
  expect(loadSpec('mx', document)).toBe(document);
  expect(Object.isFrozen(document)).toBe(false);
  expect(SpecValidator.of(document)).not.toBe(SpecValidator.of(document));
});
