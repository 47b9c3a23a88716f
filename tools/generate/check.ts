// Staleness check: regenerate into a temporary folder and compare byte for byte with what is committed — the
// generated code (the effective document included), the Postman files, the curated document the sandbox serves and
// the files rendered from the template.
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

import { curatedDir, generateCountry, generatedDir, packageDir, postmanDir } from './generate.ts';
import { staleTemplateFiles } from './scaffold.ts';

/** Paths (relative to the repository root) that differ from a fresh generation; empty when in sync. */
export async function findStaleFiles(root: string, code: string): Promise<string[]> {
  const scratch = await mkdtemp(join(tmpdir(), `clara-generate-${code}-`));
  try {
    const { country, effective } = await generateCountry({ root, code, outDir: scratch });
    const stale = [
      ...(await differingFiles(join(scratch, 'generated'), generatedDir(root, code))),
      ...(await differingFiles(join(scratch, 'postman'), postmanDir(root, code))),
      ...(await differingFiles(join(scratch, 'curated'), curatedDir(root, code))),
    ];
    const template = await staleTemplateFiles(packageDir(root, code), country, effective.document);
    return [...stale, ...template.map((file) => join(packageDir(root, code), file))].map((file) => relative(root, file));
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

/** Files of `committed` (absolute paths) that are missing, extra or different compared with `fresh`. */
async function differingFiles(fresh: string, committed: string): Promise<string[]> {
  const names = new Set([...(await listFiles(fresh)), ...(await listFiles(committed))]);
  const stale: string[] = [];
  for (const name of [...names].sort()) {
    const [a, b] = await Promise.all([readIfExists(join(fresh, name)), readIfExists(join(committed, name))]);
    if (a === undefined || b === undefined || !a.equals(b)) stale.push(join(committed, name));
  }
  return stale;
}

async function listFiles(dir: string): Promise<string[]> {
  if (!existsSync(dir)) return [];
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => relative(dir, join(e.parentPath, e.name)));
}

const readIfExists = (file: string) => readFile(file).catch(() => undefined);
