// Country facts read from the spec itself, so a new country needs nothing but its spec.
import type { Country } from './binding.ts';
import type { OpenApiDocument } from './spec.ts';

export function countryOf(code: string, spec: OpenApiDocument): Country {
  const servers: { url: string; description?: string }[] = spec.servers ?? [];
  const production = servers.find((s) => /prod/i.test(s.description ?? '')) ?? servers[0];
  const sandbox = servers.find((s) => /sandbox|test/i.test(s.description ?? ''));
  if (!production) throw new Error(`specs/${code}: the spec declares no servers`);
  const tokenUrl: string | undefined = spec.components?.securitySchemes?.oauth2?.flows?.clientCredentials?.tokenUrl;
  const title: string = spec.info?.title ?? '';
  return {
    code,
    name: /[—–-]\s*(.+)$/.exec(title)?.[1]?.trim() ?? code.toUpperCase(),
    servers: { production: production.url, sandbox: sandbox?.url ?? production.url.replace(/\/api$/, '/api-test') },
    tokenUrl: tokenUrl ?? `${new URL(production.url).origin}/oauth/token`,
  };
}
