// The changeset's first lines: which client methods (`clara.v2.cards.list`) appeared, disappeared, now call
// another endpoint, or take other arguments — what a user of the facade has to read.
import type { Operation } from '../generate/operations.ts';
import { DEFAULT_VERSION } from '../generate/openapi.ts';
import type { ApiSurfaceDiff } from './api-surface.ts';
import type { MethodChanges } from './changeset.ts';
import { codeSpan } from '../generate/markdown.ts';

const CLIENT_TYPE = 'type ClaraClient.';

export function methodChanges(before: Operation[], after: Operation[], api: ApiSurfaceDiff): MethodChanges {
  const [a, b] = [byMethod(before), byMethod(after)];
  const route = (op: Operation) => codeSpan(`${op.httpMethod} ${op.path}`);
  const signatures = new Set(api.changed.filter((c) => c.name.startsWith(CLIENT_TYPE)).map((c) => `clara.${c.name.slice(CLIENT_TYPE.length)}`));
  const changed: string[] = [];
  for (const [name, op] of a) {
    const now = b.get(name);
    if (!now) continue;
    if (now.httpMethod !== op.httpMethod || now.path !== op.path) changed.push(`${codeSpan(name)}: now calls ${route(now)} (was ${route(op)})`);
    else if (signatures.has(name)) changed.push(`${codeSpan(name)}: takes other arguments (${route(now)})`);
  }
  return {
    added: [...b].filter(([name]) => !a.has(name)).map(([name, op]) => `${codeSpan(name)} (${route(op)})`),
    changed,
    removed: [...a].filter(([name]) => !b.has(name)).map(([name, op]) => `${codeSpan(name)} (${route(op)})`),
  };
}

export const facadeMethodName = (op: Operation): string =>
  ['clara', ...(op.version === DEFAULT_VERSION ? [] : [op.version]), op.resource, op.method].join('.');

function byMethod(operations: Operation[]): Map<string, Operation> {
  return new Map(operations.map((op) => [facadeMethodName(op), op] as const).sort(([x], [y]) => x.localeCompare(y)));
}
