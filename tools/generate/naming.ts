// The names users type, keyed by METHOD + PATH. Each operation gets them from its overlay entry (`x-clara-sdk`,
// see specs/README.md) or, when the overlay does not name it yet, from the default rule below — never from
// springdoc's operationId, whose `_1`/`_2` suffixes are renumbered whenever Clara's controllers change.
//
// Default rule (path = the API path without the `/api` prefix, e.g. `/v3/cards/{uuid}/lock`):
//   namespace  the version segment (`v3` is the top level; `v2`, `v1` are namespaces)
//   resource   the first segment after the version, camelCase (`billing-statements` → `billingStatements`)
//   method     a verb + the remaining literal segments in PascalCase; the verb is `list` for GET on the resource
//              itself, `get` for any other GET, `create` for POST, `update` for PUT and PATCH, `delete` for
//              DELETE (`PATCH /v3/cards/{uuid}/lock` → `updateLock`, `POST /v3/cards/bulk-create` →
//              `createBulkCreate`)
//   operationId  the method with the resource inserted after the verb, plus the version for v1/v2
//              (`updateCardsLock`, `listCardsV2`)
//   If that name is already taken in the resource, the HTTP method and every segment after the resource are used
//   instead, parameters as `By<Name>` (`putByUuid`, operationId `putCardsByUuid`): unique per method and path.
//   service    the resource in PascalCase + `Read` (GET) or `Write` (`TransactionsRead`, `CardsWrite`)
//   A resource that would be a member of every client, object or promise (`close`, `constructor`, `then`) gets
//   `Resource` appended (`thenResource`).
// Names are checked — identifiers, none that shadows a member of every object or promise (with `then`,
// `await clara.cards` would never settle), no collision — and all problems are reported together, each with the
// overlay entry that fixes it (overlay.ts already refuses a bad name the overlay spells out, with its line).
import { stringify } from 'yaml';

import { codeSpan } from './markdown.ts';
import { DEFAULT_VERSION, HTTP_METHODS } from './openapi.ts';
import type { OpenApiDocument } from './spec.ts';

export type Paging = 'page' | 'array' | 'none';

export interface SdkNames {
  operationId: string;
  resource: string;
  method: string;
  service: string;
  paging?: Paging;
}

export interface UncuratedOperation {
  /** `GET /api/v3/cards`, as upstream has it. */
  route: string;
  /** The client method it gets: `clara.v2.cards.list`. */
  client: string;
  names: SdkNames;
  /** Why it needs attention, besides having no overlay entry (a springdoc suffix, no operationId). */
  notes: string[];
  /** The overlay action that pins these names, ready to paste under `actions:`. */
  entry: string;
}

export interface NamingReport {
  uncurated: UncuratedOperation[];
}

export class NamingError extends Error {
  override name = 'NamingError';
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`The SDK names of this spec need overlay entries (specs/<cc>/overlay.yaml):\n${problems.map((p) => `  - ${p.replaceAll('\n', '\n    ')}`).join('\n')}`);
    this.problems = problems;
  }
}

const IDENTIFIER = /^[a-z][A-Za-z0-9]*$/;
/** Members every client has (ClaraClientBase): a resource cannot take their names. */
const RESERVED_RESOURCES = new Set(['withTaxIdentifier', 'rotateCredentials', 'close', 'httpClient', 'v1', 'v2', 'v3', 'v4']);
/**
 * Members every object and every promise has. A resource or method so named would shadow them: with `then`,
 * `await clara.cards` never settles; with `constructor` or `hasOwnProperty`, code that inspects the client breaks.
 */
const INHERITED = new Set([...Object.getOwnPropertyNames(Object.prototype), ...Object.getOwnPropertyNames(Promise.prototype)]);
/** A raw function is an exported `const`: its name cannot be a reserved word (hey-api would rename it). */
export const RESERVED_WORDS = new Set(
  ('break case catch class const continue debugger default delete do else enum export extends false finally for function if import in ' +
    'instanceof new null return super switch this throw true try typeof var void while with yield let static implements interface package ' +
    'private protected public await arguments eval undefined')
    .split(' '),
);
const PAGING = new Set(['page', 'array', 'none']);

export type NameKind = 'operationId' | 'resource' | 'method' | 'service';

/** Why `value` cannot be the `kind` name of an operation, or undefined when it can. */
export function nameProblem(kind: NameKind, value: unknown): string | undefined {
  if (kind === 'service') return typeof value === 'string' && /^[A-Z][A-Za-z0-9]*$/.test(value) ? undefined : 'a service name is PascalCase: an uppercase letter, then letters and digits';
  if (typeof value !== 'string' || !IDENTIFIER.test(value)) return 'a name is a camelCase identifier: a lowercase letter, then letters and digits';
  if (INHERITED.has(value)) return `every object or promise has a member ${value}: the client's would shadow it`;
  if (kind === 'resource' && RESERVED_RESOURCES.has(value)) return `${value} is a member of every client, as are ${[...RESERVED_RESOURCES].filter((name) => name !== value).join(', ')}`;
  if (kind === 'operationId' && RESERVED_WORDS.has(value)) return `${value} is a reserved word: a raw function cannot have that name`;
  return undefined;
}

interface Entry {
  route: string;
  /** The path as upstream has it (overlay targets use it). */
  upstreamPath: string;
  httpMethod: string;
  namespace: string;
  operation: Record<string, any>;
  names: SdkNames;
  curated: boolean;
  fallback: SdkNames;
}

/**
 * Writes the final names into each operation of `doc` (upstream's paths): `operationId`, `x-clara-resource`,
 * `x-clara-method`, `x-clara-service` and, where the overlay gives one, `x-clara-paging`. `apiPathOf` gives the
 * path the names are derived from (without the `/api` prefix), or undefined for a path that is not part of the API.
 */
export function assignNames(doc: OpenApiDocument, apiPathOf: (upstreamPath: string) => string | undefined): NamingReport {
  const problems: string[] = [];
  const entries: Entry[] = [];
  for (const [upstreamPath, item] of Object.entries<Record<string, any>>(doc.paths ?? {})) {
    const path = apiPathOf(upstreamPath);
    if (path === undefined) continue;
    for (const httpMethod of HTTP_METHODS) {
      const operation = item?.[httpMethod];
      if (!operation) continue;
      const route = `${httpMethod.toUpperCase()} ${upstreamPath}`;
      const defaults = defaultNames(httpMethod, path);
      const fallback = fallbackNames(httpMethod, path);
      const curated = operation['x-clara-sdk'] !== undefined;
      const names = curated ? curatedNames(route, upstreamPath, httpMethod, operation['x-clara-sdk'], defaults, problems) : defaults;
      entries.push({ route, upstreamPath, httpMethod, namespace: namespaceOf(path), operation, names, curated, fallback });
    }
  }
  resolveCollisions(entries, problems);
  for (const entry of entries.filter((e) => !e.curated)) {
    const wrong = namesProblems(entry.names);
    if (wrong.length > 0) {
      problems.push(`${entry.route}: the names derived from its path cannot be used: ${describeProblems(entry.names, wrong)}. Name it in the overlay, for example:\n${overlayEntry(entry.upstreamPath, entry.httpMethod, entry.names)}`);
    }
  }
  if (problems.length > 0) throw new NamingError(problems);

  const uncurated: UncuratedOperation[] = [];
  for (const entry of entries) {
    const { operation, names } = entry;
    if (!entry.curated) {
      const client = ['clara', entry.namespace, names.resource, names.method].filter(Boolean).join('.');
      uncurated.push({ route: entry.route, client, names, notes: upstreamNotes(operation.operationId), entry: overlayEntry(entry.upstreamPath, entry.httpMethod, names) });
    }
    delete operation['x-clara-sdk'];
    operation.operationId = names.operationId;
    operation['x-clara-resource'] = names.resource;
    operation['x-clara-method'] = names.method;
    operation['x-clara-service'] = names.service;
    if (names.paging) operation['x-clara-paging'] = names.paging;
  }
  return { uncurated: uncurated.sort((a, b) => a.route.localeCompare(b.route)) };
}

/** The action that pins `names` for one operation, as YAML to paste under `actions:`. */
export function overlayEntry(upstreamPath: string, httpMethod: string, names: SdkNames): string {
  const sdk: Record<string, string> = { operationId: names.operationId, resource: names.resource, method: names.method };
  if (names.paging) sdk.paging = names.paging;
  const action = [{ target: operationTarget(upstreamPath, httpMethod), update: { 'x-clara-sdk': sdk } }];
  return stringify(action, { lineWidth: 0 }).trimEnd();
}

export const operationTarget = (upstreamPath: string, httpMethod: string): string =>
  `$.paths['${upstreamPath.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'].${httpMethod.toLowerCase()}`;

function curatedNames(route: string, upstreamPath: string, httpMethod: string, sdk: unknown, defaults: SdkNames, problems: string[]): SdkNames {
  const given = (typeof sdk === 'object' && sdk !== null ? sdk : {}) as Partial<Record<keyof SdkNames, unknown>>;
  const names: SdkNames = {
    operationId: typeof given.operationId === 'string' ? given.operationId : '',
    resource: typeof given.resource === 'string' ? given.resource : '',
    method: typeof given.method === 'string' ? given.method : '',
    service: typeof given.service === 'string' ? given.service : '',
  };
  if (given.paging !== undefined) names.paging = given.paging as Paging;
  if (!names.service && IDENTIFIER.test(names.resource)) names.service = serviceName(names.resource, httpMethod);
  const wrong = namesProblems(names);
  if (wrong.length === 0) return names;
  const keep = (['operationId', 'resource', 'method'] as const).filter((k) => !wrong.some(([key]) => key === k));
  const fixed: SdkNames = { ...defaults, ...Object.fromEntries(keep.map((k) => [k, names[k]])) };
  problems.push(
    `${route}: x-clara-sdk ${describeProblems(names, wrong)}. Fix:\n${overlayEntry(upstreamPath, httpMethod, fixed)}`,
  );
  return fixed;
}

function namesProblems(names: SdkNames): [keyof SdkNames, string][] {
  const wrong: [keyof SdkNames, string][] = [];
  for (const key of ['operationId', 'resource', 'method', 'service'] as const) {
    const why = nameProblem(key, names[key]);
    if (why) wrong.push([key, why]);
  }
  if (names.paging !== undefined && !PAGING.has(names.paging)) wrong.push(['paging', 'one of page, array, none']);
  return wrong;
}

const describeProblems = (names: SdkNames, wrong: [keyof SdkNames, string][]): string =>
  wrong.map(([key, why]) => `${key} ${JSON.stringify(names[key] ?? null)} (${why})`).join(', ');

/** Defaults give way to curated names (then fall back); two curated names that clash are a problem. */
function resolveCollisions(entries: Entry[], problems: string[]): void {
  const ordered = [...entries].sort((a, b) => Number(b.curated) - Number(a.curated) || a.route.localeCompare(b.route));
  const methods = new Map<string, Entry>();
  const ids = new Map<string, Entry>();
  for (const entry of ordered) {
    const methodKey = () => `${entry.namespace}.${entry.names.resource}.${entry.names.method}`;
    const taken = () => methods.get(methodKey()) ?? ids.get(entry.names.operationId);
    let other = taken();
    if (other && !entry.curated) {
      entry.names = { ...entry.fallback, ...(entry.names.paging ? { paging: entry.names.paging } : {}) };
      other = taken();
    }
    if (other) {
      const what = methods.get(methodKey()) ? `client method ${[entry.namespace, entry.names.resource, entry.names.method].filter(Boolean).join('.')}` : `operationId ${entry.names.operationId}`;
      problems.push(
        `${entry.route} and ${other.route} would both have the ${what}: give one of them other names. Fix, for example:\n` +
          overlayEntry(entry.upstreamPath, entry.httpMethod, { ...entry.fallback, ...(entry.names.paging ? { paging: entry.names.paging } : {}) }),
      );
      continue;
    }
    methods.set(methodKey(), entry);
    ids.set(entry.names.operationId, entry);
  }
}

function upstreamNotes(operationId: unknown): string[] {
  if (typeof operationId !== 'string' || operationId === '') return ['no operationId upstream'];
  if (/_\d+$/.test(operationId)) return [`upstream operationId ${codeSpan(operationId)} carries a springdoc suffix (renumbered when controllers change)`];
  return [];
}

interface PathParts {
  version: string;
  resource: string;
  /** Segments after the resource, `{params}` included. */
  rest: string[];
}

function partsOf(path: string): PathParts {
  const segments = path.split('/').filter(Boolean);
  const hasVersion = /^v\d+$/.test(segments[0] ?? '');
  const [resource = 'api', ...rest] = hasVersion ? segments.slice(1) : segments;
  return { version: hasVersion ? segments[0]! : DEFAULT_VERSION, resource, rest };
}

const namespaceOf = (path: string): string => {
  const { version } = partsOf(path);
  return version === DEFAULT_VERSION ? '' : version;
};

function defaultNames(httpMethod: string, path: string): SdkNames {
  const { version, resource, rest } = partsOf(path);
  const literals = rest.filter((segment) => !isParam(segment));
  const verb = { get: rest.length === 0 ? 'list' : 'get', post: 'create', put: 'update', patch: 'update', delete: 'delete' }[httpMethod] ?? httpMethod;
  return named(httpMethod, version, resource, verb, pascal(literals.join(' ')));
}

function fallbackNames(httpMethod: string, path: string): SdkNames {
  const { version, resource, rest } = partsOf(path);
  const suffix = rest.map((segment) => (isParam(segment) ? `By ${segment.slice(1, -1)}` : segment)).join(' ');
  return named(httpMethod, version, resource, httpMethod, pascal(suffix));
}

function named(httpMethod: string, version: string, resourceSegment: string, verb: string, suffix: string): SdkNames {
  const resource = camel(resourceSegment);
  const versionSuffix = version === DEFAULT_VERSION ? '' : version.toUpperCase();
  return {
    operationId: `${verb}${pascal(resourceSegment)}${suffix}${versionSuffix}`,
    resource: IDENTIFIER.test(resource) && nameProblem('resource', resource) !== undefined ? `${resource}Resource` : resource,
    method: `${verb}${suffix}`,
    service: serviceName(resource, httpMethod),
  };
}

export const serviceName = (resource: string, httpMethod: string): string =>
  `${resource.charAt(0).toUpperCase()}${resource.slice(1)}${httpMethod.toLowerCase() === 'get' ? 'Read' : 'Write'}`;

const isParam = (segment: string): boolean => /^\{.+\}$/.test(segment);
const words = (text: string): string[] => text.split(/[^A-Za-z0-9]+/).filter(Boolean);
const pascal = (text: string): string => words(text).map((w) => w[0]!.toUpperCase() + w.slice(1)).join('');
const camel = (text: string): string => {
  const name = pascal(text);
  return name.charAt(0).toLowerCase() + name.slice(1);
};
