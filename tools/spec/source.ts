// Where a new spec comes from: a local file or an HTTPS URL. The default per country is in sources.json — today the
// same URL for every country: Clara publishes one document, and normalisation (normalise.ts) makes it the country's
// (README "Releasing": what a sync of that document does to country-only operations).
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';

export class SourceError extends Error {
  override name = 'SourceError';
}

export interface SpecSource {
  /** What the user named (file path or URL), for messages. */
  origin: string;
  text: string;
}

export type Fetch = typeof globalThis.fetch;

const FETCH_TIMEOUT_MS = 30_000;

/** The configured default source of a country (tools/spec/sources.json). */
export async function defaultSource(code: string): Promise<string> {
  const config = JSON.parse(await readFile(join(import.meta.dirname, 'sources.json'), 'utf8')) as Record<string, string>;
  const source = config[code];
  if (!source) throw new SourceError(`no default source for country "${code}" in tools/spec/sources.json — pass --from`);
  return source;
}

export async function readSource(from: string, cwd: string, fetch: Fetch = globalThis.fetch): Promise<SpecSource> {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(from)) return { origin: from, text: await download(from, fetch) };
  const file = resolve(cwd, from);
  try {
    return { origin: from, text: await readFile(file, 'utf8') };
  } catch (error) {
    throw new SourceError(`cannot read ${from}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
}

async function download(url: string, fetch: Fetch): Promise<string> {
  if (!url.startsWith('https://')) throw new SourceError(`${url}: only https:// URLs are accepted`);
  let response: Response;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS), redirect: 'follow' });
  } catch (error) {
    throw new SourceError(`cannot download ${url}: ${describeNetworkError(error)}`);
  }
  if (!response.ok) throw new SourceError(`cannot download ${url}: HTTP ${response.status} ${response.statusText}`.trim());
  return response.text();
}

/** fetch's own message is "fetch failed"; the reason (ECONNREFUSED, certificate, timeout) is in the cause chain. */
function describeNetworkError(error: unknown): string {
  const reasons: string[] = [];
  for (let current: unknown = error; current instanceof Error; current = current.cause) {
    const code = (current as NodeJS.ErrnoException).code;
    reasons.push(code ? `${code} (${current.message})` : current.message);
  }
  return reasons.filter((r) => r !== 'fetch failed').join(': ') || String(error);
}
