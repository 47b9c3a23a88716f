// `pnpm spec:sync`: Clara's published spec in, unedited → checked, generated, type-checked, classified, released.
//
//   read (file or HTTPS, bounded, redirects only to allowed hosts)  →  parse (JSON or YAML; Swagger 2.0, empty and
//   truncated named as such; only local $refs, before any resolver runs)  →  validate (OpenAPI 3.1)  →  in a scratch
//   folder: upstream + the repository's overlay → effective document → the package generated and TYPE-CHECKED
//   (hosts on the allowlist, names keyed by METHOD + PATH; files identical to the committed, type-checked ones
//   are not checked again)  →  classified against what users have now (the
//   committed effective document and generated API)  →  only then the repository is written: the changeset first,
//   sources.json (with --allow-host), the spec (atomic), the regenerated package (atomic swap); a failure in the
//   later writes takes the earlier ones back. An upstream whose content is unchanged (key order aside) is "up to
//   date" and writes nothing; one whose change no user can see (springdoc renumbering its `_N` suffixes) is written
//   without a changeset — spec:check asks for one only when the effective document changed.
//   With --overlay-patch (overlay-patch.ts), the upstream is the repository's own spec unless --from says otherwise,
//   and the patched overlay is the candidate's; it is written (atomic, taken back on failure) beside the spec.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative } from 'node:path';

import { EFFECTIVE_FILE, effectiveCountry, generateCountry, generatedDir, installGenerated, packageDir, specPath, type Generated } from '../generate/generate.ts';
import { allowedHosts, HostError, readSourcesConfig, sourcesPath } from '../generate/hosts.ts';
import type { UncuratedOperation } from '../generate/naming.ts';
import { collectOperations } from '../generate/operations.ts';
import { applyOverlay, loadOverlay, overlayPath, type OverlayAction } from '../generate/overlay.ts';
import { parseSpecText, validateSpec, type OpenApiDocument } from '../generate/spec.ts';
import type { ApiSurface, ApiSurfaceDiff } from './api-surface.ts';
import { writeFileAtomic } from './atomic.ts';
import { bumpFor, highestKind, renderChangeset, renderFullSummary, writeChangeset, type Bump, type MethodChanges } from './changeset.ts';
import { specReleasedSince } from './check.ts';
import { diffSpecs, type SpecChange } from './diff.ts';
import { codeSpan } from '../generate/markdown.ts';
import { methodChanges } from './methods.ts';
import { canonicalUpstream, sameContent } from './normalise.ts';
import { checkPatchTargets, mergeOverlayPatch, newActions, readOverlayPatch } from './overlay-patch.ts';
import { defaultSource, readSource, type Fetch } from './source.ts';

export interface SyncOptions {
  root: string;
  code: string;
  /** File or https URL; default: tools/spec/sources.json. */
  from?: string;
  /** Compare against the spec at this git ref instead of the working tree's (a spec edited and pushed by hand). */
  base?: string;
  /** A deliberate move of the API to another host (an origin such as `https://api.mx.clara.com`), recorded in sources.json. */
  allowHost?: string;
  /**
   * An overlay patch (`clara drift` writes them) merged into specs/<cc>/overlay.yaml; the spec then defaults to
   * the repository's own, so only the patch changes the effective document.
   */
  overlayPatch?: string;
  fetch?: Fetch;
}

interface Findings {
  repairs: string[];
  uncurated: UncuratedOperation[];
  unusedActions: OverlayAction[];
  /** `old → new` when --allow-host moved the allowed hosts. */
  hostChange?: string;
  /** With --overlay-patch: the actions added to the overlay (those it already had are not added again). */
  patchedActions?: number;
}

export type SyncResult = Findings &
  (
    | { status: 'up-to-date' }
    /** Upstream changed, but nothing a user sees: the spec is written without a changeset. */
    | { status: 'reformatted' }
    | { status: 'updated'; changes: SpecChange[]; methods: MethodChanges; bump: Bump; changesetFile: string; summary: string; report: string }
  );

export class TypeCheckError extends Error {
  override name = 'TypeCheckError';
}

// TypeScript, hey-api and the Postman converter take a second or two to load: imported only by a sync that
// generates code, not by one that finds the spec up to date or refuses its input.
const apiSurfaces = () => import('./api-surface.ts');

const EMPTY_SPEC: OpenApiDocument = { paths: {}, components: { schemas: {} } };
const MAX_ERRORS_SHOWN = 20;

export async function syncSpec(options: SyncOptions): Promise<SyncResult> {
  const { root, code } = options;
  const from = options.from ?? (options.overlayPatch ? specPath(root, code) : await defaultSource(root, code));
  const source = await readSource(root, from, process.cwd(), options.fetch);
  const incoming = parseSpecText(source.origin, source.text);
  await validateSpec(source.origin, incoming, source.text);
  const upstream = canonicalUpstream(incoming);
  const overlayText = options.overlayPatch === undefined ? undefined : await patchedOverlay(root, code, upstream.document, options.overlayPatch);

  const scratch = await mkdtemp(join(tmpdir(), `clara-spec-sync-${code}-`));
  try {
    const candidateRoot = join(scratch, 'candidate');
    const hosts = await candidateHosts(options, candidateRoot);
    await prepareCandidate(root, candidateRoot, code, upstream.text, overlayText?.text);
    const prepared = await effectiveCandidate(candidateRoot, code, upstream.document, options.allowHost);
    const { effective } = prepared;
    const findings: Findings = {
      repairs: effective.repairs,
      uncurated: effective.naming.uncurated,
      unusedActions: effective.unusedActions,
      ...(hosts.change ? { hostChange: hosts.change } : {}),
      ...(overlayText ? { patchedActions: overlayText.added } : {}),
    };
    const overlayChanged = overlayText !== undefined && overlayText.added > 0;
    // A pushed spec whose push already carried its spec-sync changeset (a merged spec-sync pull request) is released.
    if (options.base && !overlayChanged && (await specReleasedSince(root, options.base, code))) return { status: 'up-to-date', ...findings };
    const specFile = relative(root, specPath(root, code));
    const previousText = options.base ? gitShow(root, options.base, specFile) : await readIfExists(specPath(root, code));
    if (previousText !== undefined && sameContent(JSON.parse(previousText), upstream.document) && !hosts.change && !overlayChanged) return { status: 'up-to-date', ...findings };

    // Generated where a package would have it (`<package>/src/generated`), so that its relative imports resolve.
    const after = join(scratch, 'package');
    await writePackageManifest(root, code, after);
    const generated = await generateCountry({ root: candidateRoot, code, outDir: join(after, 'src'), prepared });
    const committed = generatedDir(root, code);
    const { inspectGenerated, compareApiSurfaces } = await apiSurfaces();
    const { surface, errors } = inspectGenerated(join(after, 'src', 'generated'), existsSync(committed) ? { checkedBefore: committed } : {});
    if (errors.length > 0) {
      const shown = errors.slice(0, MAX_ERRORS_SHOWN).map((e) => `  - ${e}`);
      throw new TypeCheckError(`${source.origin}: the package generated from it does not compile — nothing was written:\n${shown.join('\n')}${errors.length > MAX_ERRORS_SHOWN ? `\n  … and ${errors.length - MAX_ERRORS_SHOWN} more` : ''}`);
    }

    const effectiveFile = relative(root, join(generatedDir(root, code), EFFECTIVE_FILE));
    const previousEffectiveText = options.base ? gitShow(root, options.base, effectiveFile) : await readIfExists(join(root, effectiveFile));
    const previousEffective = previousEffectiveText === undefined ? EMPTY_SPEC : (JSON.parse(previousEffectiveText) as OpenApiDocument);
    const apiDiff = compareApiSurfaces(await apiBefore(options, scratch, previousText, previousEffectiveText), surface);
    const changes = [...diffSpecs(previousEffective, effective.document), ...describeApiBreaks(apiDiff)];
    const methods = methodChanges(collectOperations(previousEffective), collectOperations(effective.document), apiDiff);
    const kind = highestKind(changes);

    // Everything the repository receives is ready before it is touched; the changeset goes first and is taken
    // back if anything after it cannot be written, so a re-run never finds the spec in without its changeset.
    const bump = kind === undefined ? undefined : bumpFor(kind, await packageVersion(root, code));
    const specLabel = overlayChanged ? `specs/${code}/overlay.yaml` : `specs/${code}/api-docs-v3.json`;
    const summary = bump && renderChangeset(`@org/clara-${code}`, bump, specLabel, changes, methods);
    const changesetFile = summary && (await writeChangeset(root, code, upstream.text + (overlayChanged ? overlayText.text : ''), summary));
    try {
      const overlay = overlayChanged ? overlayText.text : undefined;
      await writeRepository(root, code, { text: upstream.text, previousText, sources: hosts.next, overlay }, () => installGenerated(root, code, join(after, 'src'), generated));
    } catch (error) {
      if (changesetFile) await rm(changesetFile, { force: true });
      throw error;
    }
    if (!bump || !summary || !changesetFile) return { status: 'reformatted', ...findings };
    return { status: 'updated', ...findings, changes, methods, bump, changesetFile, summary, report: renderFullSummary(specLabel, changes, methods) };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

/** The candidate repository: the new spec beside the repository's overlay (or the patched one) and host allowlist. */
async function prepareCandidate(root: string, candidateRoot: string, code: string, text: string, overlayText: string | undefined): Promise<void> {
  await mkdir(dirname(specPath(candidateRoot, code)), { recursive: true });
  await writeFile(specPath(candidateRoot, code), text);
  if (overlayText !== undefined) await writeFile(overlayPath(candidateRoot, code), overlayText);
  else if (existsSync(overlayPath(root, code))) await copyFile(overlayPath(root, code), overlayPath(candidateRoot, code));
}

/** The repository's overlay with the patch merged, once the patch is known to be for this country and to reach the document. */
async function patchedOverlay(root: string, code: string, upstream: OpenApiDocument, patchFile: string): Promise<{ text: string; added: number }> {
  const patch = await readOverlayPatch(patchFile, code);
  const file = overlayPath(root, code);
  const overlay = await loadOverlay(file);
  const fresh = newActions(overlay, patch);
  const { document: curated } = await applyOverlay(upstream, overlay);
  await checkPatchTargets(patchFile, curated, patch, fresh);
  return mergeOverlayPatch(await readFile(file, 'utf8'), relative(root, file), patch, fresh, basename(patchFile));
}

/** The allowlist the candidate is checked against: the repository's, or with --allow-host the one it would become. */
async function candidateHosts(options: SyncOptions, candidateRoot: string): Promise<{ next?: string; change?: string }> {
  const config = await readSourcesConfig(options.root);
  if (options.allowHost === undefined) {
    if (existsSync(sourcesPath(options.root))) await copyInto(sourcesPath(options.root), sourcesPath(candidateRoot));
    return {};
  }
  const origin = parseOrigin(options.allowHost);
  const previous = allowedHosts(config, options.code);
  const next = { ...config, countries: { ...config.countries, [options.code]: { ...config.countries[options.code], hosts: [origin] } } };
  const text = `${JSON.stringify(next, null, 2)}\n`;
  await mkdir(dirname(sourcesPath(candidateRoot)), { recursive: true });
  await writeFile(sourcesPath(candidateRoot), text);
  const change = previous.join(', ') === origin ? undefined : `${previous.join(', ')} → ${origin}`;
  return { next: text, ...(change ? { change } : {}) };
}

/** The effective document of the candidate, its hosts checked (the cheap part of generation: no code yet). */
async function effectiveCandidate(candidateRoot: string, code: string, upstream: OpenApiDocument, allowHost: string | undefined): Promise<Generated> {
  try {
    return await effectiveCountry(candidateRoot, code, upstream);
  } catch (error) {
    if (error instanceof HostError && allowHost === undefined) {
      throw new HostError(`${error.message}\n  A deliberate move to another Clara host: run again with --allow-host <https origin> (it is recorded in tools/spec/sources.json).`);
    }
    throw error;
  }
}

function parseOrigin(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new HostError(`--allow-host ${JSON.stringify(value)} is not a URL: give an origin such as https://public-api.mx.clara.com`);
  }
  if (url.protocol !== 'https:' || url.origin !== value.replace(/\/$/, '')) throw new HostError(`--allow-host must be an https origin without a path, e.g. https://public-api.mx.clara.com (got ${value})`);
  return url.origin;
}

/** What users have now: the committed generated code, or — with --base — the code generated from that commit's spec. */
async function apiBefore(options: SyncOptions, scratch: string, previousText: string | undefined, previousEffective: string | undefined): Promise<ApiSurface> {
  if (previousText === undefined || previousEffective === undefined) return new Map();
  if (!options.base) {
    const committed = generatedDir(options.root, options.code);
    return existsSync(join(committed, 'index.ts')) ? (await apiSurfaces()).readApiSurface(committed) : new Map();
  }
  const baseRoot = join(scratch, 'base');
  await mkdir(dirname(specPath(baseRoot, options.code)), { recursive: true });
  await writeFile(specPath(baseRoot, options.code), previousText);
  const overlay = gitShow(options.root, options.base, relative(options.root, overlayPath(options.root, options.code)));
  if (overlay !== undefined) await writeFile(overlayPath(baseRoot, options.code), overlay);
  if (existsSync(sourcesPath(options.root))) await copyInto(sourcesPath(options.root), sourcesPath(baseRoot));
  await generateCountry({ root: baseRoot, code: options.code, outDir: join(scratch, 'before') });
  return (await apiSurfaces()).readApiSurface(join(scratch, 'before', 'generated'));
}

/**
 * What the spec diff cannot see: exports or members whose names disappeared (the generator renamed them) and
 * exported functions whose signature changed. A member whose type changed (a new enum value, a field that became
 * optional) is left to the spec diff, which knows the direction. The names of an export's own members are folded
 * into it. Error types (`…Error`, `…Errors`) document error responses: their changes are patches, as the README
 * says, and the spec diff reports them.
 */
function describeApiBreaks(diff: ApiSurfaceDiff): SpecChange[] {
  const isErrorType = (name: string) => /^type \w+Errors?(\.|$)/.test(name);
  const removedNames = diff.removed.filter((name) => !isErrorType(name));
  const removed = new Set(removedNames);
  const topRemoved = removedNames.filter((name) => !removed.has(parentOf(name)));
  // A raw function's errors type is `unknown` until the spec documents an error response.
  const withoutErrors = (printed: string) => printed.replace(/\b\w+Errors\b/g, 'unknown');
  const signatures = diff.changed.filter((c) => (c.before.startsWith('function ') || c.after.startsWith('function ')) && withoutErrors(c.before) !== withoutErrors(c.after));
  const lines: SpecChange[] = [];
  if (topRemoved.length > 0) lines.push({ kind: 'breaking', message: `Public API: removed ${namesList(topRemoved)}` });
  if (signatures.length > 0) lines.push({ kind: 'breaking', message: `Public API: changed the signature of ${namesList(signatures.map((c) => c.name))}` });
  return lines;
}

const parentOf = (name: string): string => name.slice(0, Math.max(0, name.lastIndexOf('.')));
const namesList = (names: string[]): string => {
  const shown = names.slice(0, 8).map((n) => codeSpan(n.replace(/^type /, '')));
  return names.length > 8 ? `${shown.join(', ')} and ${names.length - 8} more` : shown.join(', ');
};

interface RepositoryWrites {
  text: string;
  previousText: string | undefined;
  /** sources.json, when --allow-host changed it. */
  sources: string | undefined;
  /** The overlay, when --overlay-patch changed it. */
  overlay: string | undefined;
}

/**
 * The spec (atomic), sources.json when --allow-host changed it, the overlay when a patch changed it, and the
 * package generated in the scratch folder (`install`, an atomic swap); the old files come back on failure.
 */
async function writeRepository(root: string, code: string, { text, previousText, sources, overlay }: RepositoryWrites, install: () => Promise<void>): Promise<void> {
  const file = specPath(root, code);
  const previousSources = await readIfExists(sourcesPath(root));
  const previousOverlay = overlay === undefined ? undefined : await readFile(overlayPath(root, code), 'utf8');
  try {
    if (sources !== undefined) await writeFileAtomic(sourcesPath(root), sources);
    if (overlay !== undefined) await writeFileAtomic(overlayPath(root, code), overlay);
    await writeFileAtomic(file, text);
    await install();
  } catch (error) {
    if (previousOverlay !== undefined) await writeFileAtomic(overlayPath(root, code), previousOverlay);
    // Everything was generated and checked in the scratch folder, so this is an I/O failure: put the old files back.
    if (previousText === undefined) await rm(file, { force: true });
    else await writeFileAtomic(file, previousText);
    if (sources !== undefined) {
      if (previousSources === undefined) await rm(sourcesPath(root), { force: true });
      else await writeFileAtomic(sourcesPath(root), previousSources);
    }
    throw error;
  }
}

/** The package's package.json (its name and version are imported by the generated client), or a new package's. */
async function writePackageManifest(root: string, code: string, dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  const manifest = join(packageDir(root, code), 'package.json');
  if (existsSync(manifest)) await copyFile(manifest, join(dir, 'package.json'));
  else await writeFile(join(dir, 'package.json'), `${JSON.stringify({ name: `@org/clara-${code}`, version: '0.0.0' })}\n`);
}

async function copyInto(from: string, to: string): Promise<void> {
  await mkdir(dirname(to), { recursive: true });
  await copyFile(from, to);
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
    if (/exists on disk, but not in|does not exist in/.test(stderr)) return undefined; // a new country, or a file the base did not have
    throw new Error(`cannot read ${path} at ${ref}: ${stderr.trim() || (error as Error).message}`);
  }
}

const readIfExists = (file: string): Promise<string | undefined> => readFile(file, 'utf8').catch(() => undefined);
