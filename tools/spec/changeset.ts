// Turns classified changes into a changeset for `@org/clara-<cc>`: the bump the semver policy implies and a summary
// a user can read in the changelog (one line per change, grouped by kind).
//
// Semver policy (README "Releasing"):
//   1.0.0 and later   breaking → major, feature → minor, patch → patch
//   before 1.0.0      breaking → minor, feature and patch → patch   (0.x: the minor number is the breaking one)
import { createHash } from 'node:crypto';
import { join } from 'node:path';

import { writeFileAtomic } from './atomic.ts';
import type { ChangeKind, SpecChange } from './diff.ts';

export type Bump = 'major' | 'minor' | 'patch';

const RANK: Record<ChangeKind, number> = { patch: 0, feature: 1, breaking: 2 };
const GROUPS: { kind: ChangeKind; title: string }[] = [
  { kind: 'breaking', title: 'Breaking changes' },
  { kind: 'feature', title: 'New features' },
  { kind: 'patch', title: 'Fixes and documentation' },
];

const COUNT_NOUNS = [
  ['breaking change', 'breaking changes'],
  ['new feature', 'new features'],
  ['fix or documentation change', 'fixes and documentation changes'],
] as const;

export function highestKind(changes: readonly SpecChange[]): ChangeKind | undefined {
  return changes.reduce<ChangeKind | undefined>((max, c) => (max === undefined || RANK[c.kind] > RANK[max] ? c.kind : max), undefined);
}

export function bumpFor(kind: ChangeKind, version: string): Bump {
  const major = Number(/^(\d+)\./.exec(version)?.[1]);
  if (Number.isNaN(major)) throw new Error(`"${version}" is not a semver version`);
  if (major === 0) return kind === 'breaking' ? 'minor' : 'patch';
  return kind === 'breaking' ? 'major' : kind === 'feature' ? 'minor' : 'patch';
}

export function renderChangeset(packageName: string, bump: Bump, specFile: string, changes: readonly SpecChange[]): string {
  const counts = GROUPS.map(({ kind }) => changes.filter((c) => c.kind === kind).length)
    .map((n, i) => (n === 0 ? '' : `${n} ${COUNT_NOUNS[i]![n === 1 ? 0 : 1]}`))
    .filter(Boolean);
  const sections = GROUPS.flatMap(({ kind, title }) => {
    const lines = changes.filter((c) => c.kind === kind).map((c) => `- ${c.message}`);
    return lines.length > 0 ? ['', `${title}:`, ...lines] : [];
  });
  return [`---`, `${JSON.stringify(packageName)}: ${bump}`, `---`, '', `Spec update (${specFile}): ${counts.join(', ')}.`, ...sections, ''].join('\n');
}

/** Named after the new spec's content, so two syncs to different specs never overwrite each other's changeset. */
export async function writeChangeset(root: string, code: string, specText: string, text: string): Promise<string> {
  const id = createHash('sha256').update(specText).digest('hex').slice(0, 10);
  const file = join(root, '.changeset', `spec-${code}-${id}.md`);
  await writeFileAtomic(file, text);
  return file;
}
