// Normalises a spec so that diffs stay small and generation sees the same shape whatever the upstream formatting:
// paths, component schemas and top-level keys in a stable order (specs/README.md "Editing"), `JSON.stringify(doc, null, 2)` plus a newline, and known
// upstream artefacts repaired — each repair listed, so nothing is changed silently: the empty country in the hosts,
// the `/api` prefix on every path (moved into the servers), `*/*` next to `application/json`.
//
// Clara publishes one document for every country (tools/spec/sources.json): its hosts name no country, and the
// country it describes is the one it is normalised for (`code`).
import { isHttpMethod } from '../generate/openapi.ts';
import type { OpenApiDocument } from '../generate/spec.ts';

export interface Normalised {
  document: OpenApiDocument;
  text: string;
  /** One line per kind of repair, e.g. "filled in the empty country of https://public-api..clara.com/oauth/token (2×)". */
  repairs: string[];
}

const TOP_LEVEL_ORDER = ['openapi', 'info', 'jsonSchemaDialect', 'externalDocs', 'servers', 'security', 'tags', 'paths', 'webhooks', 'components'];

export function normaliseSpec(input: OpenApiDocument, code: string): Normalised {
  const repairs = new Map<string, number>();
  const note = (repair: string) => repairs.set(repair, (repairs.get(repair) ?? 0) + 1);

  // Clara's published document leaves the country out of its hosts: `https://public-api..clara.com/...`.
  const document = mapStrings(structuredClone(input), (value) => {
    if (!value.includes('public-api..clara.com')) return value;
    note(`filled in the empty country of ${value}`);
    return value.replaceAll('public-api..clara.com', `public-api.${code}.clara.com`);
  }) as OpenApiDocument;

  // Clara's published paths carry the environment prefix (`/api/v3/...`) under a host-only server; ours start at the
  // version and the environment is the server (`<host>/api` production, `<host>/api-test` sandbox: specs/README.md).
  const paths = Object.keys(document.paths ?? {});
  if (paths.length > 0 && paths.every((path) => path.startsWith('/api/'))) {
    const host = hostOf(document.servers?.[0]?.url) ?? `https://public-api.${code}.clara.com`;
    document.paths = Object.fromEntries(Object.entries(document.paths).map(([path, item]) => [path.slice('/api'.length), item]));
    document.servers = [
      { url: `${host}/api`, description: 'Production' },
      { url: `${host}/api-test`, description: 'Sandbox' },
    ];
    note(`moved the "/api" prefix of ${paths.length} paths into the servers (${host}/api, ${host}/api-test)`);
  }

  for (const item of Object.values<Record<string, any>>(document.paths ?? {})) {
    for (const [method, operation] of Object.entries<Record<string, any>>(item)) {
      if (!isHttpMethod(method)) continue;
      for (const response of Object.values<Record<string, any>>(operation.responses ?? {})) {
        // Springdoc emits `*/*` next to `application/json`: the generator would pick either, so keep the precise one.
        if (response?.content?.['*/*'] && response.content['application/json']) {
          delete response.content['*/*'];
          note('removed the "*/*" media type next to "application/json"');
        }
      }
    }
  }

  const ordered = orderTopLevel(document);
  if (ordered.paths) ordered.paths = sortKeys(ordered.paths);
  if (ordered.components?.schemas) ordered.components = { ...ordered.components, schemas: sortKeys(ordered.components.schemas) };
  return {
    document: ordered,
    text: `${JSON.stringify(ordered, null, 2)}\n`,
    repairs: [...repairs].map(([repair, count]) => (count > 1 ? `${repair} (${count}×)` : repair)),
  };
}

function hostOf(url: unknown): string | undefined {
  if (typeof url !== 'string') return undefined;
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
}

function orderTopLevel(document: OpenApiDocument): OpenApiDocument {
  const known = TOP_LEVEL_ORDER.filter((key) => key in document);
  const rest = Object.keys(document).filter((key) => !TOP_LEVEL_ORDER.includes(key)).sort();
  return Object.fromEntries([...known, ...rest].map((key) => [key, document[key]]));
}

function sortKeys<T>(record: Record<string, T>): Record<string, T> {
  if (typeof record !== 'object' || record === null || Array.isArray(record)) return record;
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

function mapStrings(value: unknown, map: (text: string) => string): unknown {
  if (typeof value === 'string') return map(value);
  if (Array.isArray(value)) return value.map((item) => mapStrings(item, map));
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, mapStrings(item, map)]));
  }
  return value;
}
