// A temporary repository holding the small "Testland" country zz (tools/test/fixtures/spec-pairs: its upstream
// spec in springdoc's shape, its overlay), generated, with an empty .changeset/ — what spec:sync tests work on.
import { createHash } from 'node:crypto';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';

import { generateCountry, specPath } from '../../generate/generate.ts';
import { overlayPath } from '../../generate/overlay.ts';

export const pairs = join(import.meta.dirname, '..', 'fixtures', 'spec-pairs');

export async function createTestland(): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'clara-testland-'));
  await mkdir(join(root, 'specs', 'zz'), { recursive: true });
  await cp(join(pairs, 'base.json'), specPath(root, 'zz'));
  await cp(join(pairs, 'overlay.yaml'), overlayPath(root, 'zz'));
  await generateCountry({ root, code: 'zz' });
  await mkdir(join(root, '.changeset'));
  await writeFile(join(root, '.changeset', 'config.json'), '{ "baseBranch": "main" }\n');
  return root;
}

export const removeTestland = (root: string) => rm(root, { recursive: true, force: true });

/**
 * Testlands for the tests of one file, each a copy of one generated (then `prepare`d) before them: generating
 * takes most of a second, copying a few milliseconds. Returns the function that makes a copy.
 */
export function testlandPerFile(prepare?: (root: string) => void | Promise<void>): () => Promise<string> {
  let template: string;
  beforeAll(async () => {
    template = await createTestland();
    await prepare?.(template);
  }, 30_000);
  afterAll(() => removeTestland(template));
  return async () => {
    const root = await mkdtemp(join(tmpdir(), 'clara-testland-'));
    await cp(template, root, { recursive: true });
    return root;
  };
}

/** Content hash of every file under specs/, packages/, tools/ and .changeset/: "the tree is untouched" is equality. */
export async function snapshot(root: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const top of ['specs', 'packages', 'tools', '.changeset']) {
    const entries = await readdir(join(root, top), { recursive: true, withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      if (!entry.isFile()) continue;
      const file = join(entry.parentPath, entry.name);
      files[file.slice(root.length)] = createHash('sha256').update(await readFile(file)).digest('hex');
    }
  }
  return files;
}

/** The base spec, changed by `change`, written into `root`; returns the file. */
export async function variant(root: string, name: string, change: (spec: Record<string, any>) => void): Promise<string> {
  const spec = JSON.parse(await readFile(join(pairs, 'base.json'), 'utf8')) as Record<string, any>;
  change(spec);
  const file = join(root, `${name}.json`);
  await writeFile(file, JSON.stringify(spec, null, 2));
  return file;
}

export const changesets = async (root: string) => (await readdir(join(root, '.changeset'))).filter((f) => f.endsWith('.md'));
