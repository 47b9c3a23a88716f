// Where credentials may be sent: the one allowlist of Clara hosts, `tools/spec/sources.json`. A country's servers
// and token URL must be HTTPS on one of its hosts — by default `https://public-api.<cc>.clara.com` — compared as
// whole origins, so a look-alike such as `public-api.mx.clara.com.evil.example` never passes. A deliberate move to
// another host is recorded there by `spec:sync --allow-host` (tools/spec/sync.ts).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface SourcesConfig {
  /** Hosts a spec download may be served from (redirects included). */
  downloadHosts: string[];
  countries: Record<string, { source?: string; hosts?: string[] }>;
}

export class HostError extends Error {
  override name = 'HostError';
}

export const sourcesPath = (root: string): string => join(root, 'tools', 'spec', 'sources.json');

export async function readSourcesConfig(root: string): Promise<SourcesConfig> {
  let text: string;
  try {
    text = await readFile(sourcesPath(root), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { downloadHosts: [], countries: {} };
    throw error;
  }
  const config = JSON.parse(text) as Partial<SourcesConfig>;
  return { downloadHosts: config.downloadHosts ?? [], countries: config.countries ?? {} };
}

export const defaultHost = (code: string): string => `https://public-api.${code}.clara.com`;

export function allowedHosts(config: SourcesConfig, code: string): string[] {
  return config.countries[code]?.hosts ?? [defaultHost(code)];
}

/** The origin of `url` when it is HTTPS on an allowed host; otherwise a reason. */
export function checkHost(url: unknown, allowed: readonly string[], what: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(String(url));
  } catch {
    return `${what} ${JSON.stringify(url)} is not a URL`;
  }
  if (parsed.protocol !== 'https:') return `${what} ${parsed.href} is not HTTPS`;
  // It is written into code, comments and READMEs as it is: only a URL that needs no encoding.
  if (parsed.href !== String(url) && parsed.href !== `${String(url)}/`) return `${what} ${JSON.stringify(url)} has characters a URL must encode`;
  if (parsed.username || parsed.password) return `${what} ${parsed.origin} carries credentials`;
  if (!allowed.includes(parsed.origin)) return `${what} ${parsed.href} is not on an allowed Clara host (${allowed.join(', ')})`;
  return undefined;
}
