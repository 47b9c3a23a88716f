// Which operation a request is for, decided the way Clara's router decides: the routes of the operation tree
// (`GET /v3/cards/{uuid}`) under the API base path, where a literal segment beats a path parameter — so
// `GET /api/v3/cards/requests` is `cards.listRequests`, never `cards.get` for a card "requests".
import { namedOperations, type OperationDefinition, type OperationTree } from '../operations.js';

export interface Route {
  /** Where the method lives on the client: `cards.get`, `v2.cards.list`. */
  name: string;
  operation: OperationDefinition;
  method: string;
  /** The path template under the API base path: `/api/v3/cards/{uuid}`. */
  template: string;
  segments: Segment[];
}

/** One path segment: its text, or for a template segment the pattern and the parameter names it captures. */
interface Segment {
  literal?: string;
  pattern?: RegExp;
  params: string[];
}

export interface RouteMatch {
  route: Route;
  /** The path parameters, decoded: `{ uuid: 'c-1' }`. */
  params: Record<string, string>;
}

export class Router {
  readonly routes: Route[];

  constructor(tree: OperationTree, apiPath: string) {
    this.routes = namedOperations(tree).map(([name, operation]) => routeOf(name, operation, apiPath));
  }

  /** The route a request is for, or undefined when no operation has this method and path. */
  resolve(method: string, pathname: string): RouteMatch | undefined {
    const candidates = this.routes.flatMap((route) => {
      if (route.method !== method.toUpperCase()) return [];
      const params = matchSegments(route.segments, pathname.split('/'));
      return params ? [{ route, params }] : [];
    });
    return candidates.sort((a, b) => specificity(a.route, b.route))[0];
  }
}

function routeOf(name: string, operation: OperationDefinition, apiPath: string): Route {
  const [method, path] = operation.route.split(' ') as [string, string];
  const template = apiPath + path;
  return { name, operation, method, template, segments: template.split('/').map(segmentOf) };
}

function segmentOf(text: string): Segment {
  const params = [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!);
  if (params.length === 0) return { literal: text, params };
  const source = text.split(/\{\w+\}/).map(escapeRegExp).join('([^/]+)');
  return { pattern: new RegExp(`^${source}$`), params };
}

function matchSegments(segments: Segment[], parts: string[]): Record<string, string> | undefined {
  if (segments.length !== parts.length) return undefined;
  const params: Record<string, string> = {};
  for (const [i, segment] of segments.entries()) {
    const part = parts[i]!;
    if (segment.literal !== undefined) {
      if (segment.literal !== part) return undefined;
      continue;
    }
    const values = segment.pattern!.exec(part)?.slice(1);
    if (!values) return undefined;
    segment.params.forEach((name, j) => (params[name] = decode(values[j]!)));
  }
  return params;
}

/** At the first segment where two matching routes differ, the literal one wins. */
function specificity(a: Route, b: Route): number {
  for (const [i, segment] of a.segments.entries()) {
    const literalA = segment.literal !== undefined;
    const literalB = b.segments[i]?.literal !== undefined;
    if (literalA !== literalB) return literalA ? -1 : 1;
  }
  return 0;
}

function decode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value; // a malformed escape: kept as sent
  }
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
