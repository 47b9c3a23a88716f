// A schema that is nothing but a reference to another (`{ "$ref": … }`, or a one-member allOf/anyOf/oneOf of one)
// becomes a type alias. A ring of them would be generated as `export type A = B; export type B = A;`, which does
// not compile: such a ring is refused up front, naming its schemas.
import type { OpenApiDocument } from './spec.ts';

const PREFIX = '#/components/schemas/';

export function aliasCycles(doc: OpenApiDocument): string[][] {
  const schemas: Record<string, any> = doc.components?.schemas ?? {};
  const cycles: string[][] = [];
  const settled = new Set<string>();
  for (const start of Object.keys(schemas)) {
    const chain: string[] = [];
    let name: string | undefined = start;
    while (name !== undefined && !settled.has(name) && !chain.includes(name)) {
      chain.push(name);
      name = aliasOf(schemas[name]);
    }
    if (name !== undefined && chain.includes(name)) {
      const ring = chain.slice(chain.indexOf(name));
      if (!cycles.some((cycle) => cycle.includes(ring[0]!))) cycles.push(ring);
    }
    chain.forEach((member) => settled.add(member));
  }
  return cycles;
}

function aliasOf(schema: any): string | undefined {
  if (typeof schema !== 'object' || schema === null) return undefined;
  if (typeof schema.$ref === 'string') return schema.$ref.startsWith(PREFIX) ? decodeURIComponent(schema.$ref.slice(PREFIX.length)) : undefined;
  if (schema.type !== undefined || schema.properties !== undefined) return undefined;
  for (const key of ['allOf', 'anyOf', 'oneOf']) {
    const members = schema[key];
    if (Array.isArray(members) && members.length === 1) return aliasOf(members[0]);
  }
  return undefined;
}
