// Turns classified changes into a changeset for `@org/clara-<cc>` — the bump the semver policy implies and a
// summary that becomes the CHANGELOG entry, so it stays short: the counts by kind, the client methods added,
// changed and removed, then at most MAX_DETAIL_LINES further lines. The complete list goes to the sync report
// (the spec-sync pull request).
//
// Semver policy (README "Releasing"):
//   1.0.0 and later   breaking → major, feature → minor, patch → patch
//   before 1.0.0      breaking → minor, feature and patch → patch   (0.x: the minor number is the breaking one)
import { createHash } from 'node:crypto';
import { join } from 'node:path';

import { writeFileAtomic } from './atomic.ts';
import type { ChangeKind, SpecChange } from './diff.ts';

export type Bump = 'major' | 'minor' | 'patch';

/** The client's methods (`clara.v2.cards.list`) that appeared, disappeared or changed, one line each. */
export interface MethodChanges {
  added: string[];
  changed: string[];
  removed: string[];
}

export const MAX_DETAIL_LINES = 40;

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

export const NO_METHOD_CHANGES: MethodChanges = { added: [], changed: [], removed: [] };

export function highestKind(changes: readonly SpecChange[]): ChangeKind | undefined {
  return changes.reduce<ChangeKind | undefined>((max, c) => (max === undefined || RANK[c.kind] > RANK[max] ? c.kind : max), undefined);
}

export function bumpFor(kind: ChangeKind, version: string): Bump {
  const major = Number(/^(\d+)\./.exec(version)?.[1]);
  if (Number.isNaN(major)) throw new Error(`"${version}" is not a semver version`);
  if (major === 0) return kind === 'breaking' ? 'minor' : 'patch';
  return kind === 'breaking' ? 'major' : kind === 'feature' ? 'minor' : 'patch';
}

/** The changeset file: front matter and the short summary. */
export function renderChangeset(packageName: string, bump: Bump, specFile: string, changes: readonly SpecChange[], methods: MethodChanges = NO_METHOD_CHANGES): string {
  return [`---`, `${JSON.stringify(packageName)}: ${bump}`, `---`, '', ...summaryLines(specFile, changes, methods, MAX_DETAIL_LINES), ''].join('\n');
}

/** The same summary without any limit, for the pull request. */
export function renderFullSummary(specFile: string, changes: readonly SpecChange[], methods: MethodChanges = NO_METHOD_CHANGES): string {
  return `${summaryLines(specFile, changes, methods, Number.POSITIVE_INFINITY).join('\n')}\n`;
}

function summaryLines(specFile: string, changes: readonly SpecChange[], methods: MethodChanges, maxDetail: number): string[] {
  const counts = GROUPS.map(({ kind }) => changes.filter((c) => c.kind === kind).length)
    .map((n, i) => (n === 0 ? '' : `${n} ${COUNT_NOUNS[i]![n === 1 ? 0 : 1]}`))
    .filter(Boolean);
  const methodLines = [
    ...methods.added.map((line) => `- added ${line}`),
    ...methods.changed.map((line) => `- changed ${line}`),
    ...methods.removed.map((line) => `- removed ${line}`),
  ];
  const lines = [`Spec update (${specFile}): ${counts.length > 0 ? counts.join(', ') : 'no change to the API'}.`];
  if (methodLines.length > 0) lines.push('', 'Client methods:', ...capped(methodLines, maxDetail));
  let budget = maxDetail;
  let left = 0;
  for (const { kind, title } of GROUPS) {
    const group = changes.filter((c) => c.kind === kind).map((c) => `- ${c.message}`);
    if (group.length === 0) continue;
    const shown = group.slice(0, Math.max(0, budget));
    budget -= shown.length;
    left += group.length - shown.length;
    if (shown.length > 0) lines.push('', `${title}:`, ...shown);
  }
  if (left > 0) lines.push('', `… and ${left} more change${left === 1 ? '' : 's'}: the spec-sync pull request lists them all.`);
  return lines;
}

const capped = (lines: string[], max: number): string[] =>
  lines.length <= max ? lines : [...lines.slice(0, max), `- … and ${lines.length - max} more`];

/** Named after the new spec's content, so two syncs to different specs never overwrite each other's changeset. */
export async function writeChangeset(root: string, code: string, specText: string, text: string): Promise<string> {
  const id = createHash('sha256').update(specText).digest('hex').slice(0, 10);
  const file = join(root, '.changeset', `spec-${code}-${id}.md`);
  await writeFileAtomic(file, text);
  return file;
}
