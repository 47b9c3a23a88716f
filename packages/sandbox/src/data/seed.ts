import type { ErrorObject } from 'ajv/dist/2020.js';
import { deref, type JsonSchema, type SpecDocument } from '../spec.js';
import { unsafeKeys, type SpecValidator } from '../validation.js';
import type { Item, Json } from './generate.js';
import type { CollectionDescriptor } from './resources.js';

/** Your own items per collection: by resource name (`cards`: the newest API version's) or by path (`/v2/cards`). */
export type SeedData = Record<string, readonly object[]>;

/** `replace` (default): a seeded collection holds exactly your items. `add`: your items first, then the generated ones. */
export type SeedMode = 'replace' | 'add';

/** Seed data that does not fit the spec; `problems` lists every one (`data.cards[3].threshold: must be number`). */
export class SandboxDataError extends Error {
  readonly problems: readonly string[];

  constructor(problems: string[]) {
    const shown = problems.slice(0, 5).join('; ');
    super(`Invalid sandbox data: ${shown}${problems.length > 5 ? ` (and ${problems.length - 5} more)` : ''}`);
    this.name = 'SandboxDataError';
    this.problems = problems;
  }
}

export interface Seed {
  descriptor: CollectionDescriptor;
  /** Where the items came from, for messages: `data.cards`. */
  label: string;
  items: Item[];
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** `/v3/cards` also names a spec path `/api/v3/cards`: users need not know how the spec spells its prefix. */
/** A collection named by path: with or without the prefix springdoc puts on paths (`/api/v3/cards` is `/v3/cards`). */
const pathMatches = (key: string, name: string) => key === name || key.endsWith(name) || name.endsWith(key);

/** Which collection each key of `data` seeds, with the items' shape checked (objects, known fields, no prototype keys). */
export function planSeeds(data: unknown, collections: readonly CollectionDescriptor[], spec: SpecDocument): Seed[] {
  if (!isObject(data)) throw new SandboxDataError(['data must be an object of item arrays by collection, e.g. { "cards": [...] }']);
  const topLevel = collections.filter((descriptor) => !descriptor.parent);
  const problems: string[] = [];
  const seeds: Seed[] = [];
  for (const [name, items] of Object.entries(data)) {
    const label = `data${/^[\w-]+$/.test(name) ? `.${name}` : `[${JSON.stringify(name)}]`}`;
    const descriptor = name.startsWith('/')
      ? topLevel.find((candidate) => pathMatches(candidate.key, name))
      : topLevel.filter((candidate) => candidate.resource === name).sort((a, b) => a.key.localeCompare(b.key)).at(-1);
    if (!descriptor) {
      const known = [...new Set(topLevel.map((candidate) => candidate.resource))].sort().join(', ');
      const nested = collections.some((candidate) => candidate.parent && (candidate.resource === name || pathMatches(candidate.key, name)));
      problems.push(`${label}: ${nested ? 'nested collections cannot be seeded' : 'no collection of that name'} (collections: ${known})`);
      continue;
    }
    if (seeds.some((seed) => seed.descriptor === descriptor)) {
      problems.push(`${label}: seeds ${descriptor.key} a second time`);
      continue;
    }
    if (!Array.isArray(items)) {
      problems.push(`${label}: must be an array of items`);
      continue;
    }
    items.forEach((item, index) => {
      const at = `${label}[${index}]`;
      if (!isObject(item)) problems.push(`${at}: must be an object`);
      else {
        const unsafe = unsafeKeys(item, at).map((path) => `${path}: not allowed (a prototype key)`);
        problems.push(...(unsafe.length > 0 ? unsafe : unknownFields(spec, descriptor.itemSchema, item, at)));
      }
    });
    seeds.push({ descriptor, label, items: items as Item[] });
  }
  if (problems.length > 0) throw new SandboxDataError(problems);
  return seeds;
}

/** Fields the schema does not name (a typo like `treshold` would otherwise be silently kept or dropped). */
function unknownFields(spec: SpecDocument, raw: unknown, value: unknown, at: string): string[] {
  const schema = deref(spec, raw, '').node;
  if (Array.isArray(value)) return schema.items ? value.flatMap((entry, index) => unknownFields(spec, schema.items, entry, `${at}[${index}]`)) : [];
  if (!isObject(value) || !isObject(schema.properties) || schema.additionalProperties !== undefined) return [];
  if (schema.allOf || schema.anyOf || schema.oneOf) return [];
  const properties = schema.properties as Record<string, JsonSchema>;
  return Object.entries(value).flatMap(([key, entry]) =>
    Object.hasOwn(properties, key)
      ? unknownFields(spec, properties[key], entry, `${at}.${key}`)
      : [`${at}.${key}: not a field of this item (fields: ${Object.keys(properties).join(', ')})`],
  );
}

/** Your fields over the generated ones, objects merged key by key (a card's `user: { uuid }` keeps a generated `fullName`). */
export function mergeSeed(generated: Json, fixture: Json): Json {
  if (!isObject(generated) || !isObject(fixture)) return structuredClone(fixture);
  const merged: Item = { ...(generated as Item) };
  for (const [key, value] of Object.entries(fixture)) merged[key] = key in merged ? mergeSeed(merged[key] as Json, value as Json) : structuredClone(value as Json);
  return merged;
}

/** Checks the seeded items as served (your fields over generated ones) against the item schema, and their ids. */
export function checkSeeded(seed: Seed, served: readonly Item[], validator: SpecValidator): void {
  const validate = validator.schema(seed.descriptor.itemSchemaPointer);
  const problems: string[] = [];
  const firstIndex = new Map<string, number>();
  served.forEach((item, index) => {
    const at = `${seed.label}[${index}]`;
    const id = String(item[seed.descriptor.idField]);
    const earlier = firstIndex.get(id);
    if (earlier !== undefined) problems.push(`${at}.${seed.descriptor.idField}: "${id}" is already the id of ${seed.label}[${earlier}]`);
    else firstIndex.set(id, index);
    if (!(validate(item) as boolean)) problems.push(...(validate.errors ?? []).map((error) => describe(at, error)));
  });
  if (problems.length > 0) throw new SandboxDataError(problems);
}

/** `data.cards[3].threshold: must be number`, from an ajv error on the item. */
function describe(at: string, error: ErrorObject): string {
  const path = error.instancePath
    .split('/')
    .slice(1)
    .map((segment) => (/^\d+$/.test(segment) ? `[${segment}]` : `.${segment.replace(/~1/g, '/').replace(/~0/g, '~')}`))
    .join('');
  if (error.keyword === 'additionalProperties') return `${at}${path}.${(error.params as { additionalProperty: string }).additionalProperty}: not a field of this item`;
  if (error.keyword === 'enum') return `${at}${path}: must be one of ${(error.params as { allowedValues: unknown[] }).allowedValues.map(String).join(', ')}`;
  return `${at}${path}: ${error.message ?? 'is invalid'}`;
}
