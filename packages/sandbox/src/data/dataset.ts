import type { SpecDocument } from '../spec.js';
import type { SpecValidator } from '../validation.js';
import { Collection } from './collection.js';
import type { CountryProfile } from './countries.js';
import type { Entity } from './entities.js';
import { Generator, type Item, type Json } from './generate.js';
import { Random } from './prng.js';
import type { CollectionDescriptor } from './resources.js';
import { checkSeeded, mergeSeed, type Seed, type SeedMode } from './seed.js';

export const DEFAULT_SIZES: Record<string, number> = { transactions: 120, cards: 30, users: 25 };
const DEFAULT_TOP_LEVEL_SIZE = 15;
const DEFAULT_NESTED_SIZE = 3;

export interface DatasetOptions {
  spec: SpecDocument;
  profile: CountryProfile;
  seed: string;
  today: number;
  /** Items per collection, by resource name (`transactions`) or collection path (`/v3/transactions`). */
  sizes: Record<string, number>;
  collections: readonly CollectionDescriptor[];
  /** Checks seeded items against the spec. */
  validator: SpecValidator;
  /** The user's own items, for the holding's data. */
  seeds?: readonly Seed[];
  seedMode?: SeedMode;
  /** The id of the first item of the holding's top-level collections (`exampleIds`: the spec's examples). */
  firstIds?: ReadonlyMap<CollectionDescriptor, string>;
}

const plural = (name: string) => (name.endsWith('y') ? `${name.slice(0, -1)}ies` : `${name}s`);
const singular = (name: string) => (name.endsWith('ies') ? `${name.slice(0, -3)}y` : name.replace(/s$/, ''));

/** One entity's data: collections created on first use, deterministic from (seed, entity, collection, id). */
export class EntityData {
  private readonly collections = new Map<string, Collection>();
  private readonly views = new Map<string, string>();
  private readonly generating = new Set<string>();
  private created = 0;
  readonly entity: Entity;
  private readonly options: DatasetOptions;
  private readonly byResource: Map<string, CollectionDescriptor[]>;
  private readonly seeds: readonly Seed[];

  constructor(entity: Entity, options: DatasetOptions, byResource: Map<string, CollectionDescriptor[]>, seeds: readonly Seed[] = []) {
    this.entity = entity;
    this.options = options;
    this.byResource = byResource;
    this.seeds = seeds;
  }

  collection(descriptor: CollectionDescriptor, parentId?: string): Collection {
    const key = parentId === undefined ? descriptor.key : `${descriptor.key}|${parentId}`;
    let collection = this.collections.get(key);
    if (!collection) {
      const { sizes, seed } = this.options;
      const seeded = parentId === undefined ? this.seeded(descriptor) : undefined;
      const size =
        seeded && this.options.seedMode !== 'add'
          ? 0
          : (sizes[descriptor.key] ?? sizes[descriptor.resource] ?? (descriptor.parent ? DEFAULT_NESTED_SIZE : (DEFAULT_SIZES[descriptor.resource] ?? DEFAULT_TOP_LEVEL_SIZE)));
      const random = new Random(`${seed}/${this.entity.taxId}/${key}/ids`);
      const ids = Array.from({ length: size }, (_, index) =>
        descriptor.idType === 'integer' ? String(1_000_000 + index) : random.uuid(),
      );
      const firstId = parentId === undefined && this.entity.role === 'holding' ? this.options.firstIds?.get(descriptor) : undefined;
      if (firstId !== undefined && size > 0 && !ids.includes(firstId)) ids[0] = firstId;
      const generate = (id: string) => this.generateItem(descriptor, id, `${key}/${id}`, parentId);
      collection = seeded
        ? new Collection([...seeded.keys(), ...ids.filter((id) => !seeded.has(id))], (id) => seeded.get(id) ?? generate(id))
        : new Collection(ids, generate);
      this.collections.set(key, collection);
    }
    return collection;
  }

  /** The seeded items of a collection as served, by id: your fields over generated ones, checked against the schema. */
  private seeded(descriptor: CollectionDescriptor): Map<string, Item> | undefined {
    const seed = this.seeds.find((candidate) => candidate.descriptor === descriptor);
    if (!seed) return undefined;
    const random = new Random(`${this.options.seed}/${this.entity.taxId}/${descriptor.key}/seeded`);
    const served = seed.items.map((fixture, index) => {
      const given = fixture[descriptor.idField];
      const id = given === undefined || given === null ? (descriptor.idType === 'integer' ? String(5_000_000 + index) : random.uuid()) : String(given);
      const generated = this.generateItem(descriptor, id, `${descriptor.key}/seeded/${index}`, undefined, fixture);
      return mergeSeed(generated, { ...fixture, [descriptor.idField]: generated[descriptor.idField] as Json }) as Item;
    });
    checkSeeded(seed, served, this.options.validator);
    return new Map(served.map((item) => [String(item[descriptor.idField]), item]));
  }

  /** A new item for a create operation (the request body is laid over it by the caller). */
  newItem(descriptor: CollectionDescriptor, parentId?: string): { id: string; item: Item } {
    const index = ++this.created;
    const random = new Random(`${this.options.seed}/${this.entity.taxId}/created/${index}`);
    const id = descriptor.idType === 'integer' ? String(9_000_000 + index) : random.uuid();
    return { id, item: this.generateItem(descriptor, id, `created/${index}`, parentId) };
  }

  /** A response generated from a schema, cached per key (reads of the same path answer the same). */
  view(cacheKey: string | undefined, schema: unknown, name: string, source: Item | undefined): string {
    const cached = cacheKey === undefined ? undefined : this.views.get(cacheKey);
    if (cached !== undefined) return cached;
    const seedKey = cacheKey ?? `write/${++this.created}`;
    const value = this.generator(seedKey, undefined).value(schema, name, undefined, source);
    const text = JSON.stringify(value);
    if (cacheKey !== undefined) this.views.set(cacheKey, text);
    return text;
  }

  private generator(seedKey: string, from: CollectionDescriptor | undefined): Generator {
    const { spec, profile, today, seed } = this.options;
    return new Generator({
      spec,
      profile,
      today,
      random: new Random(`${seed}/${this.entity.taxId}/${seedKey}`),
      references: (name, random, uuid) => this.reference(from, name, random, uuid),
    });
  }

  private generateItem(descriptor: CollectionDescriptor, id: string, seedKey: string, parentId: string | undefined, fields: Item = {}): Item {
    const source: Item = { ...fields, [descriptor.idField]: descriptor.idType === 'integer' ? Number(id) : id };
    if (descriptor.parent && parentId !== undefined) source[`${singular(descriptor.parent.collection.resource)}Uuid`] = parentId;
    this.generating.add(descriptor.key);
    try {
      const item = this.generator(seedKey, descriptor).value(descriptor.itemSchema, descriptor.resource, undefined, source);
      return item as Item;
    } finally {
      this.generating.delete(descriptor.key);
    }
  }

  /** `card` → an item of `cards` (same API version preferred), so nested references point at real items. */
  private reference(from: CollectionDescriptor | undefined, name: string, random: Random, uuid: string | undefined): Item | undefined {
    const candidates = this.byResource.get(plural(name));
    if (!candidates) return undefined;
    const version = from?.key.split('/')[1];
    const target = candidates.find((c) => c.key.split('/')[1] === version) ?? (candidates.at(-1) as CollectionDescriptor);
    if (this.generating.has(target.key)) return undefined;
    const collection = this.collection(target);
    if (uuid !== undefined && collection.has(uuid)) return collection.get(uuid);
    if (collection.size === 0) return undefined;
    return collection.get(collection.idAt(random.int(0, collection.size - 1)) as string);
  }
}

export class Dataset {
  private readonly entities = new Map<string, EntityData>();
  private readonly byResource = new Map<string, CollectionDescriptor[]>();
  readonly entityList: readonly Entity[];
  private readonly options: DatasetOptions;

  constructor(entityList: readonly Entity[], options: DatasetOptions) {
    this.entityList = entityList;
    this.options = options;
    for (const descriptor of options.collections) {
      if (descriptor.parent) continue;
      const list = this.byResource.get(descriptor.resource) ?? [];
      list.push(descriptor);
      list.sort((a, b) => a.key.localeCompare(b.key));
      this.byResource.set(descriptor.resource, list);
    }
  }

  /** The entity's data, or undefined for a tax id that is not one of the holding's companies. */
  forEntity(taxId: string): EntityData | undefined {
    let data = this.entities.get(taxId);
    if (!data) {
      const entity = this.entityList.find((e) => e.taxId === taxId);
      if (!entity) return undefined;
      const seeds = entity.role === 'holding' ? this.options.seeds : undefined;
      this.entities.set(taxId, (data = new EntityData(entity, this.options, this.byResource, seeds)));
    }
    return data;
  }
}

