// Named constants for integer enums, so users write `CardType.VIRTUAL` rather than `2`. A schema gets them when
// the overlay gives it `x-enum-varnames` (one name per enum value, the common OpenAPI extension) and
// `x-clara-enum-name` (the constant's name). Every such schema in the effective document is collected, nested
// property schemas included; the same name twice must mean the same values.
// (Also a type of the same name: `CardType` is `1 | 2`.)
import { docText } from './doc-text.ts';
import type { OpenApiDocument } from './spec.ts';

export interface NamedEnum {
  name: string;
  members: [string, number | string][];
  /** Where it was found, for the constant's documentation (`CardRequest.type`). */
  where: string[];
  description?: string;
}

export class EnumNamingError extends Error {
  override name = 'EnumNamingError';
}

export function collectNamedEnums(doc: OpenApiDocument): NamedEnum[] {
  const found = new Map<string, NamedEnum>();
  const schemaNames = new Set(Object.keys(doc.components?.schemas ?? {}));
  const visit = (schema: any, where: string): void => {
    if (typeof schema !== 'object' || schema === null) return;
    // Only where the overlay names the constant: upstream's own `x-enum-varnames` alone make none.
    if (schema['x-enum-varnames'] !== undefined && schema['x-clara-enum-name'] !== undefined) add(schema, where);
    for (const [key, child] of Object.entries<any>(schema.properties ?? {})) visit(child, `${where}.${key}`);
    if (schema.items) visit(schema.items, `${where}[]`);
    for (const key of ['allOf', 'anyOf', 'oneOf']) (schema[key] ?? []).forEach((child: unknown) => visit(child, where));
  };
  const add = (schema: any, where: string): void => {
    const names: unknown = schema['x-enum-varnames'];
    const name: unknown = schema['x-clara-enum-name'];
    const values: unknown[] = schema.enum ?? [];
    if (typeof name !== 'string' || !/^[A-Z][A-Za-z0-9]*$/.test(name)) throw new EnumNamingError(`${where}: x-enum-varnames needs an "x-clara-enum-name" in PascalCase, found ${JSON.stringify(name)}`);
    if (!Array.isArray(names) || names.length !== values.length || !names.every((n) => typeof n === 'string' && /^[A-Z][A-Z0-9_]*$/.test(n))) {
      throw new EnumNamingError(`${where}: x-enum-varnames must give one UPPER_CASE name per enum value (${values.length})`);
    }
    if (schemaNames.has(name)) throw new EnumNamingError(`${where}: the enum name ${name} is already a schema's type name`);
    const members = names.map((n, i) => [n, values[i]] as [string, number | string]);
    const existing = found.get(name);
    if (existing && JSON.stringify(existing.members) !== JSON.stringify(members)) {
      throw new EnumNamingError(`${where}: ${name} is also ${existing.where[0]}, with other values`);
    }
    if (existing) existing.where.push(where);
    else found.set(name, { name, members, where: [where], ...(schema.description ? { description: schema.description } : {}) });
  };
  for (const [name, schema] of Object.entries(doc.components?.schemas ?? {})) visit(schema, name);
  return [...found.values()].sort((a, b) => a.name.localeCompare(b.name));
}

export function renderEnums(enums: NamedEnum[], header: string): string {
  const blocks = enums.map(({ name, members, where, description }) => {
    const doc = [description?.split('\n')[0], `Values of ${where.map((w) => `\`${w}\``).join(', ')}.`].filter(Boolean).join(' ');
    return [
      `/** ${docText(doc).replace(/[\r\n\u2028\u2029]+/g, ' ')} */`,
      `export const ${name} = { ${members.map(([key, value]) => `${key}: ${JSON.stringify(value)}`).join(', ')} } as const;`,
      `export type ${name} = (typeof ${name})[keyof typeof ${name}];`,
    ].join('\n');
  });
  // An empty file would not be a module, and `export * from './enums.js'` needs one.
  return `${[header, ...(blocks.length > 0 ? blocks : ['export {};'])].join('\n\n')}\n`;
}
