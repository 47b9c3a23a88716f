// `pnpm spec:sync`: new spec in → validated, normalised, classified, generated, released.
// Everything is prepared in a scratch folder first (validation, generation, API comparison); the repository is only
// written once all of that succeeded: changeset, spec (atomic), generated code (generateCountry's atomic swap) —
// a failure in the last two takes the first two back.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

import { generateCountry, generatedDir, packageDir, specPath } from '../generate/generate.ts';
import { loadSpec, SpecError, type OpenApiDocument } from '../generate/spec.ts';
import { compareApiSurfaces, readApiSurface, type ApiSurface, type ApiSurfaceDiff } from './api-surface.ts';
import { writeFileAtomic } from './atomic.ts';
import { specReleasedSince } from './check.ts';
import { bumpFor, highestKind, renderChangeset, writeChangeset, type Bump } from './changeset.ts';
import { diffSpecs, type ChangeKind, type SpecChange } from './diff.ts';
import { normaliseSpec } from './normalise.ts';
import { defaultSource, readSource, type Fetch } from './source.ts';

export interface SyncOptions {
  root: string;
  code: string;
  /** File or https URL; default: tools/spec/sources.json. */
  from?: string;
  /** Compare against the spec at this git ref instead of the working tree's (a spec edited and pushed by hand). */
  base?: string;
  fetch?: Fetch;
}

export type SyncResult =
  | { status: 'up-to-date'; repairs: string[] }
  | { status: 'reformatted'; repairs: string[] }
  | { status: 'updated'; repairs: string[]; changes: SpecChange[]; bump: Bump; changesetFile: string; summary: string };

const EMPTY_SPEC: OpenApiDocument = { paths: {}, components: { schemas: {} } };

export async function syncSpec(options: SyncOptions): Promise<SyncResult> {
  const { root, code } = options;
  const from = options.from ?? (await defaultSource(code));
  const source = await readSource(from, process.cwd(), options.fetch);
  const scratch = await mkdtemp(join(tmpdir(), `clara-spec-sync-${code}-`));
  try {
    const incoming = await parseSource(source.origin, source.text, scratch);
    const normalised = normaliseSpec(incoming, code);
    const candidateRoot = join(scratch, 'candidate');
    await validateCandidate(source.origin, candidateRoot, code, normalised.text);

    // A pushed spec whose push already carried its spec-sync changeset (a merged spec-sync pull request) is released.
    if (options.base && (await specReleasedSince(root, options.base, code))) {
      return { status: 'up-to-date', repairs: normalised.repairs };
    }
    const previousText = options.base ? gitShow(root, options.base, relative(root, specPath(root, code))) : await readIfExists(specPath(root, code));
    if (previousText === normalised.text) return { status: 'up-to-date', repairs: normalised.repairs };
    const previous = previousText === undefined ? EMPTY_SPEC : (JSON.parse(previousText) as OpenApiDocument);

    const changes = diffSpecs(previous, normalised.document);
    const after = join(scratch, 'after');
    await generateCountry({ root: candidateRoot, code, outDir: after });
    const apiDiff = compareApiSurfaces(await apiBefore(options, scratch, previousText), readApiSurface(after));
    const allChanges = [...changes, ...describeApiBreaks(apiDiff)];
    const kind = highestKind(allChanges);

    // Everything the repository receives is ready before it is touched; the changeset goes first and is taken
    // back if the spec or the code cannot be written, so a re-run never finds the spec in without its changeset.
    const release = kind === undefined ? undefined : await prepareRelease(root, code, kind, allChanges);
    const changesetFile = release && (await writeChangeset(root, code, normalised.text, release.summary));
    try {
      await replaceSpecAndRegenerate(root, code, normalised.text, previousText);
    } catch (error) {
      if (changesetFile) await rm(changesetFile, { force: true });
      throw error;
    }
    if (!release || !changesetFile) return { status: 'reformatted', repairs: normalised.repairs };
    return { status: 'updated', repairs: normalised.repairs, changes: allChanges, bump: release.bump, changesetFile, summary: release.summary };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

async function prepareRelease(root: string, code: string, kind: ChangeKind, changes: SpecChange[]): Promise<{ bump: Bump; summary: string }> {
  const bump = bumpFor(kind, await packageVersion(root, code));
  return { bump, summary: renderChangeset(`@org/clara-${code}`, bump, `specs/${code}/api-docs-v3.json`, changes) };
}

async function parseSource(origin: string, text: string, scratch: string): Promise<OpenApiDocument> {
  try {
    return JSON.parse(text) as OpenApiDocument;
  } catch {
    // loadSpec reports JSON syntax errors with line and column.
    const file = join(scratch, 'source.json');
    await writeFile(file, text);
    await loadSpec(file).catch((error: unknown) => {
      throw error instanceof SpecError ? new SpecError(origin, error.problems) : error;
    });
    throw new SpecError(origin, ['not a JSON document']);
  }
}

async function validateCandidate(origin: string, candidateRoot: string, code: string, text: string): Promise<void> {
  const file = specPath(candidateRoot, code);
  await mkdir(join(candidateRoot, 'specs', code), { recursive: true });
  await writeFile(file, text);
  try {
    await loadSpec(file);
  } catch (error) {
    if (error instanceof SpecError) throw new SpecError(`${origin} (positions refer to the normalised document)`, error.problems);
    throw error;
  }
}

/** What users have now: the committed generated code, or — with --base — the code generated from that spec. */
async function apiBefore(options: SyncOptions, scratch: string, previousText: string | undefined): Promise<ApiSurface> {
  if (previousText === undefined) return new Map();
  if (!options.base) {
    const committed = generatedDir(options.root, options.code);
    return existsSync(committed) ? readApiSurface(committed) : new Map();
  }
  const baseRoot = join(scratch, 'base');
  await mkdir(join(baseRoot, 'specs', options.code), { recursive: true });
  await writeFile(specPath(baseRoot, options.code), previousText);
  await generateCountry({ root: baseRoot, code: options.code, outDir: join(scratch, 'before') });
  return readApiSurface(join(scratch, 'before'));
}

/**
 * What the spec diff cannot see: exports or members whose names disappeared (the generator renamed them) and
 * exported functions whose signature changed. A member whose type changed (a new enum value, a field that became
 * optional) is left to the spec diff, which knows the direction. The names of an export's own members are folded
 * into it.
 */
function describeApiBreaks(diff: ApiSurfaceDiff): SpecChange[] {
  const removed = new Set(diff.removed);
  const topRemoved = diff.removed.filter((name) => !removed.has(parentOf(name)));
  const signatures = diff.changed.filter((c) => c.before.startsWith('function ') || c.after.startsWith('function '));
  const lines: SpecChange[] = [];
  if (topRemoved.length > 0) lines.push({ kind: 'breaking', message: `Public API: removed ${namesList(topRemoved)}` });
  if (signatures.length > 0) lines.push({ kind: 'breaking', message: `Public API: changed the signature of ${namesList(signatures.map((c) => c.name))}` });
  return lines;
}

const parentOf = (name: string): string => name.slice(0, Math.max(0, name.lastIndexOf('.')));
const namesList = (names: string[]): string => {
  const shown = names.slice(0, 8).map((n) => `\`${n.replace(/^type /, '')}\``);
  return names.length > 8 ? `${shown.join(', ')} and ${names.length - 8} more` : shown.join(', ');
};

async function replaceSpecAndRegenerate(root: string, code: string, text: string, previousText: string | undefined): Promise<void> {
  const file = specPath(root, code);
  await writeFileAtomic(file, text);
  try {
    await generateCountry({ root, code });
  } catch (error) {
    // Generation already succeeded in the scratch folder, so this is an I/O failure: put the old spec back.
    if (previousText === undefined) await rm(file, { force: true });
    else await writeFileAtomic(file, previousText);
    throw error;
  }
}

async function packageVersion(root: string, code: string): Promise<string> {
  const manifest = JSON.parse(await readFile(join(packageDir(root, code), 'package.json'), 'utf8')) as { version: string };
  return manifest.version;
}

function gitShow(root: string, ref: string, path: string): string | undefined {
  try {
    return execFileSync('git', ['show', `${ref}:${path}`], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    const stderr = String((error as { stderr?: string }).stderr ?? '');
    if (/exists on disk, but not in|does not exist in/.test(stderr)) return undefined; // a new country
    throw new Error(`cannot read ${path} at ${ref}: ${stderr.trim() || (error as Error).message}`);
  }
}

const readIfExists = (file: string): Promise<string | undefined> => readFile(file, 'utf8').catch(() => undefined);
