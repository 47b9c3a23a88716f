// Where a new spec comes from: a local file or an HTTPS URL (default per country: tools/spec/sources.json — today
// the same URL for every country: Clara publishes one document, and each country's overlay adds what only that
// country has). Both are bounded (MAX_SPEC_BYTES) and a download follows a redirect only to HTTPS on a host of
// sources.json's `downloadHosts` (or the URL's own host): a spec decides where credentials are sent.
import { resolve } from 'node:path';

import { readSourcesConfig } from '../generate/hosts.ts';
import { MAX_SPEC_BYTES, readSpecFile, SpecError, tooLarge } from '../generate/spec.ts';

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
const MAX_REDIRECTS = 5;

/** The configured default source of a country (tools/spec/sources.json). */
export async function defaultSource(root: string, code: string): Promise<string> {
  const source = (await readSourcesConfig(root)).countries[code]?.source;
  if (!source) throw new SourceError(`no default source for country "${code}" in tools/spec/sources.json — pass --from`);
  return source;
}

export async function readSource(root: string, from: string, cwd: string, fetch: Fetch = globalThis.fetch): Promise<SpecSource> {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(from)) {
    const { downloadHosts } = await readSourcesConfig(root);
    return { origin: from, text: await download(from, downloadHosts, fetch) };
  }
  try {
    return { origin: from, text: await readSpecFile(resolve(cwd, from), from) };
  } catch (error) {
    if (error instanceof SpecError) throw new SourceError(`cannot read ${from}: ${error.problems.join('; ').replace(/^cannot read the file \((.*)\)$/, '$1')}`);
    throw error;
  }
}

async function download(url: string, downloadHosts: readonly string[], fetch: Fetch): Promise<string> {
  if (!url.startsWith('https://')) throw new SourceError(`${url}: only https:// URLs are accepted`);
  const allowed = new Set([new URL(url).host, ...downloadHosts]);
  const signal = AbortSignal.timeout(FETCH_TIMEOUT_MS);
  let current = url;
  for (let hops = 0; ; hops++) {
    let response: Response;
    try {
      response = await fetch(current, { signal, redirect: 'manual' });
    } catch (error) {
      throw new SourceError(`cannot download ${current}: ${describeNetworkError(error)}`);
    }
    if (response.status >= 300 && response.status < 400 && response.headers.has('location')) {
      const next = new URL(response.headers.get('location')!, current);
      await response.body?.cancel();
      if (next.protocol !== 'https:' || !allowed.has(next.host)) {
        throw new SourceError(`${current} redirects to ${next.href}: refused (only https:// on ${[...allowed].join(', ')} is followed)`);
      }
      if (hops >= MAX_REDIRECTS) throw new SourceError(`${url}: more than ${MAX_REDIRECTS} redirects`);
      current = next.href;
      continue;
    }
    if (!response.ok) throw new SourceError(`cannot download ${current}: HTTP ${response.status} ${response.statusText}`.trim());
    return readBounded(current, response);
  }
}

/** The body as text, refused as soon as it passes the size limit (announced or not). */
async function readBounded(url: string, response: Response): Promise<string> {
  const announced = Number(response.headers.get('content-length'));
  if (announced > MAX_SPEC_BYTES) {
    await response.body?.cancel();
    throw new SourceError(`cannot download ${url}: ${tooLarge(announced)}`);
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of response.body ?? []) {
    size += chunk.byteLength;
    if (size > MAX_SPEC_BYTES) throw new SourceError(`cannot download ${url}: ${tooLarge(size)} (stopped reading)`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
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
