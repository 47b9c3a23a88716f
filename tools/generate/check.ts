// Staleness check: regenerate into a temporary folder and compare byte for byte with what is committed.
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

import { generateCountry, generatedDir, packageDir } from './generate.ts';
import { staleTemplateFiles } from './scaffold.ts';

/** Paths (relative to the repository root) that differ from a fresh generation; empty when in sync. */
export async function findStaleFiles(root: string, code: string): Promise<string[]> {
  const scratch = await mkdtemp(join(tmpdir(), `clara-generate-${code}-`));
  try {
    const fresh = join(scratch, 'generated');
    const country = await generateCountry({ root, code, outDir: fresh });
    const committed = generatedDir(root, code);
    const names = new Set([...(await listFiles(fresh)), ...(await listFiles(committed))]);
    const stale: string[] = [];
    for (const name of [...names].sort()) {
      const [a, b] = await Promise.all([readIfExists(join(fresh, name)), readIfExists(join(committed, name))]);
      if (a === undefined || b === undefined || !a.equals(b)) stale.push(relative(root, join(committed, name)));
    }
    const template = await staleTemplateFiles(packageDir(root, code), country);
    return [...stale, ...template.map((file) => relative(root, join(packageDir(root, code), file)))];
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

async function listFiles(dir: string): Promise<string[]> {
  if (!existsSync(dir)) return [];
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => relative(dir, join(e.parentPath, e.name)));
}

const readIfExists = (file: string) => readFile(file).catch(() => undefined);
