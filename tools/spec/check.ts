// `pnpm spec:check` (CI): every spec valid and normalised, generated code in sync with it, and every spec changed
// since the base branch released through a changeset for its package.
import { execFileSync } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

import { findStaleFiles } from '../generate/check.ts';
import { listCountries } from '../generate/countries.ts';
import { specPath } from '../generate/generate.ts';
import { loadSpec, SpecError } from '../generate/spec.ts';
import { normaliseSpec } from './normalise.ts';

export interface CheckOptions {
  root: string;
  /** Git ref the branch is compared with; default `.changeset/config.json` baseBranch (or `origin/<it>`). */
  base?: string;
}

/** Problems found, one line each; empty when everything is in order. */
export async function checkSpecs({ root, base }: CheckOptions): Promise<string[]> {
  const codes = await listCountries(root);
  const perCountry = await Promise.all(codes.map((code) => checkCountry(root, code)));
  return [...perCountry.flat(), ...(await checkChangesets(root, codes, base))];
}

async function checkCountry(root: string, code: string): Promise<string[]> {
  const file = specPath(root, code);
  let document;
  try {
    document = await loadSpec(file);
  } catch (error) {
    return [error instanceof SpecError ? error.message : `${file}: ${(error as Error).message}`];
  }
  const problems: string[] = [];
  const text = await readFile(file, 'utf8');
  const normalised = normaliseSpec(document, code);
  if (normalised.text !== text) {
    const why = normalised.repairs.length > 0 ? normalised.repairs.join('; ') : 'key order or formatting';
    problems.push(`specs/${code}/api-docs-v3.json is not normalised (${why}): run pnpm spec:sync --country ${code} --from specs/${code}/api-docs-v3.json`);
  }
  const stale = await findStaleFiles(root, code);
  if (stale.length > 0) problems.push(`packages/clara-${code}: generated code is stale (${stale.length} files, e.g. ${stale[0]}): run pnpm generate`);
  return problems;
}

async function checkChangesets(root: string, codes: string[], base: string | undefined): Promise<string[]> {
  const mergeBase = findMergeBase(root, base ?? (await configuredBaseBranch(root)));
  if ('problem' in mergeBase) return [mergeBase.problem];
  const changedSpecs = new Set(
    [...git(root, ['diff', '--name-only', mergeBase.commit, '--', 'specs']).split('\n'), ...git(root, ['ls-files', '--others', '--exclude-standard', '--', 'specs']).split('\n')]
      .map((path) => /^specs\/([a-z]{2})\/api-docs-v3\.json$/.exec(path)?.[1])
      .filter((code): code is string => code !== undefined && codes.includes(code)),
  );
  if (changedSpecs.size === 0) return [];
  const released = await packagesInNewChangesets(root, mergeBase.commit);
  return [...changedSpecs]
    .filter((code) => !released.has(`@org/clara-${code}`))
    .map((code) => `specs/${code}/api-docs-v3.json changed since ${mergeBase.ref} but no new changeset releases @org/clara-${code}: run pnpm spec:sync --country ${code} --from <new spec>, or pnpm changeset`);
}

/**
 * Whether a spec-sync changeset for this country (`spec-<cc>-*.md`, naming `@org/clara-<cc>`) was added since `ref`
 * (its merge base with HEAD): a pushed spec that carried one is released. Any other changeset naming the package
 * (a hand-written fix) does not release the spec.
 */
export async function specReleasedSince(root: string, ref: string, code: string): Promise<boolean> {
  const mergeBase = findMergeBase(root, ref);
  if ('problem' in mergeBase) throw new Error(mergeBase.problem);
  const added = await newChangesets(root, mergeBase.commit);
  return [...added].some(([file, names]) => file.startsWith(`spec-${code}-`) && names.has(`@org/clara-${code}`));
}

async function packagesInNewChangesets(root: string, mergeBase: string): Promise<Set<string>> {
  return new Set([...(await newChangesets(root, mergeBase)).values()].flatMap((names) => [...names]));
}

/** Changesets added since the merge base: file name → the package names it releases. */
async function newChangesets(root: string, mergeBase: string): Promise<Map<string, Set<string>>> {
  const existing = new Set(git(root, ['ls-tree', '--name-only', mergeBase, '.changeset/']).split('\n'));
  const added = new Map<string, Set<string>>();
  for (const file of await readdir(join(root, '.changeset'))) {
    if (!file.endsWith('.md') || file === 'README.md' || existing.has(`.changeset/${file}`)) continue;
    const frontMatter = /^---\n([\s\S]*?)\n---/.exec(await readFile(join(root, '.changeset', file), 'utf8'))?.[1] ?? '';
    added.set(file, new Set([...frontMatter.matchAll(/^\s*["']?([^"':\s]+)["']?\s*:\s*(major|minor|patch)\s*$/gm)].map((match) => match[1]!)));
  }
  return added;
}

function findMergeBase(root: string, ref: string): { ref: string; commit: string } | { problem: string } {
  // In CI the base branch often exists only as a remote-tracking ref.
  for (const candidate of [ref, `origin/${ref}`]) {
    try {
      git(root, ['rev-parse', '--verify', '--quiet', `${candidate}^{commit}`]);
      return { ref: candidate, commit: git(root, ['merge-base', candidate, 'HEAD']).trim() };
    } catch {
      // try the next candidate
    }
  }
  return { problem: `base branch "${ref}" not found in ${root}: create it (git branch ${ref} origin/${ref}) or pass --base <ref>` };
}

async function configuredBaseBranch(root: string): Promise<string> {
  const config = JSON.parse(await readFile(join(root, '.changeset', 'config.json'), 'utf8')) as { baseBranch?: string };
  return config.baseBranch ?? 'main';
}

const git = (root: string, args: string[]): string => execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
