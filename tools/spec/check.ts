// `pnpm spec:check` (CI): every upstream spec valid and stored canonically with no curation inside it, its overlay
// applying, generated code (effective document, curated document, Postman files) in sync, and every country whose
// effective document changed since the base branch released through a changeset for its package. An upstream
// change no user can see (springdoc renumbering its `_N` suffixes) leaves the effective document as it was and needs
// no changeset.
import { execFileSync } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';

import { findStaleFiles } from '../generate/check.ts';
import { listCountries } from '../generate/countries.ts';
import { EFFECTIVE_FILE, generatedDir, specPath } from '../generate/generate.ts';
import { loadSpec } from '../generate/spec.ts';
import { canonicalUpstream } from './normalise.ts';

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
    return [(error as Error).message];
  }
  const problems: string[] = [];
  const text = await readFile(file, 'utf8');
  if (canonicalUpstream(document).text !== text) {
    problems.push(`specs/${code}/api-docs-v3.json is not stored canonically (key order or formatting): run pnpm spec:sync --country ${code} --from specs/${code}/api-docs-v3.json`);
  }
  const curation = [...new Set(text.match(/"x-clara-[a-z-]+"/g) ?? [])];
  if (curation.length > 0) problems.push(`specs/${code}/api-docs-v3.json carries curation (${curation.join(', ')}): it belongs in specs/${code}/overlay.yaml`);
  try {
    const stale = await findStaleFiles(root, code);
    if (stale.length > 0) problems.push(`packages/clara-${code}: generated code is stale (${stale.length} files, e.g. ${stale[0]}): run pnpm generate`);
  } catch (error) {
    problems.push(`specs/${code}: cannot generate: ${(error as Error).message}`);
  }
  return problems;
}

async function checkChangesets(root: string, codes: string[], base: string | undefined): Promise<string[]> {
  const mergeBase = findMergeBase(root, base ?? (await configuredBaseBranch(root)));
  if ('problem' in mergeBase) return [mergeBase.problem];
  const effective = new Map(codes.map((code) => [relative(root, join(generatedDir(root, code), EFFECTIVE_FILE)), code]));
  const paths = [...effective.keys()];
  const changed = new Set(
    [...git(root, ['diff', '--name-only', mergeBase.commit, '--', ...paths]).split('\n'), ...git(root, ['ls-files', '--others', '--exclude-standard', '--', ...paths]).split('\n')]
      .map((path) => effective.get(path))
      .filter((code): code is string => code !== undefined),
  );
  if (changed.size === 0) return [];
  const released = await packagesInNewChangesets(root, mergeBase.commit);
  return [...changed]
    .filter((code) => !released.has(`@org/clara-${code}`))
    .map((code) => `packages/clara-${code}: what the client is generated from (specs/${code} + overlay) changed since ${mergeBase.ref} but no new changeset releases @org/clara-${code}: run pnpm spec:sync --country ${code} --from <new spec>, or pnpm changeset`);
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
