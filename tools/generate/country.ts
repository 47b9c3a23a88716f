// Country facts read from the effective document, so a new country needs nothing but its spec (and overlay).
// The hosts credentials go to are checked against the allowlist (hosts.ts), and the two environments can never
// share a base URL. The country name is written into comments and READMEs: it must be words.
import type { Country } from './binding.ts';
import { checkHost, HostError } from './hosts.ts';
import { SpecError, type OpenApiDocument } from './spec.ts';

const COUNTRY_NAME = /^\p{L}[\p{L}\p{M} .'’-]{0,59}$/u;

export function countryOf(code: string, spec: OpenApiDocument, allowedHosts: readonly string[]): Country {
  const servers: { url: string; description?: string }[] = spec.servers ?? [];
  const production = servers.find((s) => /prod/i.test(s.description ?? '')) ?? servers[0];
  if (!production) throw new HostError(`specs/${code}: the spec declares no servers`);
  const sandbox = servers.find((s) => s !== production && /sandbox|test/i.test(s.description ?? ''))?.url ?? production.url.replace(/\/api$/, '/api-test');
  const tokenUrl: string = spec.components?.securitySchemes?.oauth2?.flows?.clientCredentials?.tokenUrl ?? `${new URL(production.url).origin}/oauth/token`;
  const problems = [
    checkHost(production.url, allowedHosts, 'production server'),
    checkHost(sandbox, allowedHosts, 'sandbox server'),
    checkHost(tokenUrl, allowedHosts, 'token URL'),
    sandbox === production.url ? `the sandbox base URL would be production's (${sandbox}): the spec's paths must start with /api` : undefined,
  ].filter((problem): problem is string => problem !== undefined);
  if (problems.length > 0) throw new HostError(`specs/${code}: ${problems.join('; ')}`);
  const title: string = spec.info?.title ?? '';
  const name = /[—–-]\s*(.+)$/.exec(title)?.[1]?.trim() ?? code.toUpperCase();
  if (!COUNTRY_NAME.test(name)) {
    throw new SpecError(`specs/${code}`, [`info.title: the country name ${JSON.stringify(name)} (the title is "… — <country>") must be words: letters, spaces, "." "'" "-", at most 60 characters`]);
  }
  return {
    code,
    name,
    servers: { production: production.url, sandbox },
    tokenUrl,
  };
}
