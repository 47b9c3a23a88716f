import type { Operation } from './spec.js';

interface Node {
  literals: Map<string, Node>;
  /** Templates may name the same position differently (`{uuid}` vs `{month}/{year}`): one child per name. */
  params: { name: string; node: Node }[];
  operations: Map<string, Operation>;
}

export type RouteResult =
  | { kind: 'found'; operation: Operation; pathParams: Record<string, string> }
  | { kind: 'not-found' }
  | { kind: 'method-not-allowed'; allowed: string[] };

const newNode = (): Node => ({ literals: new Map(), params: [], operations: new Map() });

/** A segment trie built once from the spec's path templates; literal segments win over `{param}` ones. */
export class Router {
  private readonly root = newNode();

  constructor(operations: readonly Operation[]) {
    for (const operation of operations) {
      let node = this.root;
      for (const segment of operation.path.split('/').filter(Boolean)) {
        const param = /^\{(.+)\}$/.exec(segment);
        if (param) {
          const name = param[1] as string;
          let child = node.params.find((candidate) => candidate.name === name);
          if (!child) node.params.push((child = { name, node: newNode() }));
          node = child.node;
        } else {
          let next = node.literals.get(segment);
          if (!next) node.literals.set(segment, (next = newNode()));
          node = next;
        }
      }
      node.operations.set(operation.method, operation);
    }
  }

  /** `path` is the spec-relative path (wire prefix removed), without query string. */
  match(method: string, path: string): RouteResult {
    const segments = path.split('/');
    const params: Record<string, string> = {};
    const node = this.walk(this.root, segments, segments[0] === '' ? 1 : 0, params);
    if (!node || node.operations.size === 0) return { kind: 'not-found' };
    const operation = node.operations.get(method);
    if (!operation) return { kind: 'method-not-allowed', allowed: [...node.operations.keys()] };
    return { kind: 'found', operation, pathParams: params };
  }

  private walk(node: Node, segments: string[], index: number, params: Record<string, string>): Node | undefined {
    if (index === segments.length || (index === segments.length - 1 && segments[index] === '')) return node;
    const segment = segments[index] as string;
    const literal = node.literals.get(segment);
    if (literal) {
      const found = this.walk(literal, segments, index + 1, params);
      if (found && found.operations.size > 0) return found;
    }
    if (segment === '') return undefined;
    for (const param of node.params) {
      const found = this.walk(param.node, segments, index + 1, params);
      if (found && found.operations.size > 0) {
        params[param.name] = safeDecode(segment);
        return found;
      }
    }
    return undefined;
  }
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
