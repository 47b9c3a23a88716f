// Upstream + overlay → the effective document: what hey-api, the binding and the Postman files are generated
// from. Both documents below are build artefacts, committed and covered by the staleness check, so a reviewer
// sees exactly what the client and the sandbox were made from.
//
//   upstream (specs/<cc>/api-docs-v3.json, as Clara publishes it)
//     → overlay (specs/<cc>/overlay.yaml: names, pagination hints, headers, country-only operations, descriptions)
//     → names (naming.ts: keyed by METHOD + PATH)
//     = curated  (specs/<cc>/curated/api-docs-v3.json, still Clara's shape: what the sandbox serves)
//     → repairs (repairs.ts: hosts, the /api prefix, */*, pageable, security order)
//     → provenance (provenance.ts: reconstructed and contested facts told in the descriptions, i.e. the hover text)
//     → doc text made inert for comments (doc-text.ts: no `*/`, no JSDoc tag)
//     = effective (packages/clara-<cc>/src/generated/openapi.json: what the client is generated from)
import { neutraliseDocs } from './doc-text.ts';
import { applyOverlay, type Overlay, type OverlayAction } from './overlay.ts';
import { assignNames, type NamingReport } from './naming.ts';
import { annotateProvenance } from './provenance.ts';
import { aliasCycles } from './ref-cycles.ts';
import { API_PREFIX, repairUpstream } from './repairs.ts';
import { SpecError, type OpenApiDocument } from './spec.ts';

export interface EffectiveDocument {
  /** Upstream + overlay + names, still in Clara's own shape (springdoc: `/api/...` paths, any media type, `pageable`): the sandbox serves it. */
  curated: OpenApiDocument;
  /** The curated document repaired for generation (repairs.ts): hey-api, the binding and Postman read it. */
  document: OpenApiDocument;
  /** One line per kind of upstream artefact repaired. */
  repairs: string[];
  naming: NamingReport;
  /** Overlay actions that matched nothing (an operation Clara removed, a typo in a target). */
  unusedActions: OverlayAction[];
}

const TOP_LEVEL_ORDER = ['openapi', 'info', 'jsonSchemaDialect', 'externalDocs', 'servers', 'security', 'tags', 'paths', 'webhooks', 'components'];

/** `origin` names the upstream document in errors. */
export async function buildEffectiveDocument(upstream: OpenApiDocument, overlay: Overlay, code: string, origin: string): Promise<EffectiveDocument> {
  const { document: curated, unused } = await applyOverlay(upstream, overlay);
  const cycles = aliasCycles(curated);
  if (cycles.length > 0) {
    throw new SpecError(origin, cycles.map((ring) => `schemas ${ring.join(' → ')} → ${ring[0]} only refer to each other: the generated type would be defined as itself`));
  }
  const prefixed = Object.keys(curated.paths ?? {}).some((path) => path.startsWith(`${API_PREFIX}/`));
  const apiPathOf = (path: string) => (!prefixed ? path : path.startsWith(`${API_PREFIX}/`) ? path.slice(API_PREFIX.length) : undefined);
  const naming = assignNames(curated, apiPathOf);
  const { document, repairs } = repairUpstream(structuredClone(curated), code);
  annotateProvenance(document);
  neutraliseDocs(document);
  return { curated: canonicalOrder(curated), document: canonicalOrder(document), repairs, naming, unusedActions: unused };
}

export const documentText = (document: OpenApiDocument): string => `${JSON.stringify(document, null, 2)}\n`;

/** Top-level keys in the usual OpenAPI order, paths and component schemas sorted: stable diffs whatever upstream's order. */
export function canonicalOrder(document: OpenApiDocument): OpenApiDocument {
  const known = TOP_LEVEL_ORDER.filter((key) => key in document);
  const rest = Object.keys(document).filter((key) => !TOP_LEVEL_ORDER.includes(key)).sort();
  const ordered: OpenApiDocument = Object.fromEntries([...known, ...rest].map((key) => [key, document[key]]));
  if (ordered.paths) ordered.paths = sortKeys(ordered.paths);
  if (ordered.components?.schemas) ordered.components = { ...ordered.components, schemas: sortKeys(ordered.components.schemas) };
  return ordered;
}

function sortKeys<T>(record: Record<string, T>): Record<string, T> {
  if (typeof record !== 'object' || record === null || Array.isArray(record)) return record;
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
