import { randomUUID } from 'node:crypto';
import type { Collection } from './data/collection.js';
import type { CountryProfile } from './data/countries.js';
import type { Dataset, EntityData } from './data/dataset.js';
import { Generator, type Json } from './data/generate.js';
import { Random } from './data/prng.js';
import type { Behaviour, CollectionDescriptor } from './data/resources.js';
import { deref, type JsonSchema, type Operation, type SpecDocument } from './spec.js';
import { describeErrors, type SpecValidator } from './validation.js';
import type { Subscriber, Webhooks } from './webhooks.js';

/** A request the sandbox accepts for an operation, addressing items of its current data. */
export interface ExampleRequest {
  /** Path parameter values, in the order they appear in the path. */
  pathParams: string[];
  /** The required query parameters, when the operation has any. */
  query?: Record<string, unknown>;
  /** A body generated from the request schema, when the operation takes one. */
  body?: unknown;
}

export interface ExampleRequestOptions {
  /** Whose data the ids come from (default: the holding). */
  taxIdentifier?: string;
}

export interface ExampleContext {
  spec: SpecDocument;
  operations: readonly Operation[];
  collections: readonly CollectionDescriptor[];
  dataset: Dataset;
  holdingTaxId: string;
  validator: SpecValidator;
  profile: CountryProfile;
  seed: string;
  today: number;
  behaviours: Map<Operation, Behaviour>;
  webhooks: Webhooks;
}

const ID_KEY = /^(.*?)(uuid|id)s?$/i;
const isObject = (value: unknown): value is Record<string, Json> => typeof value === 'object' && value !== null && !Array.isArray(value);
const plural = (name: string) => (name.endsWith('y') ? `${name.slice(0, -1)}ies` : `${name}s`);
const kebab = (name: string) => name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
const versionOf = (path: string) => path.split('/')[1];

/**
 * Builds valid requests from the spec and the in-memory data: ids of existing items for path parameters and
 * for the ids a body names (`cardUuids`, `userUUID`), schema samples for everything else.
 */
export class ExampleRequests {
  private readonly ctx: ExampleContext;
  private readonly byKey: Map<string, CollectionDescriptor>;

  constructor(ctx: ExampleContext) {
    this.ctx = ctx;
    this.byKey = new Map(ctx.collections.map((descriptor) => [descriptor.key, descriptor]));
  }

  build(operationId: string, options: ExampleRequestOptions = {}): ExampleRequest {
    const operation = this.ctx.operations.find((op) => op.operationId === operationId);
    if (!operation) throw new Error(`No operation "${operationId}" in the sandbox's spec`);
    const taxId = options.taxIdentifier ?? this.ctx.holdingTaxId;
    const data = this.ctx.dataset.forEntity(taxId);
    if (!data) throw new Error(`Tax identifier "${taxId}" is not a company of this sandbox`);

    const path = this.pathParams(operation, data);
    const required = operation.parameters.filter((p) => p.in === 'query' && p.required);
    const query = required.length > 0 ? Object.fromEntries(required.map((p) => [p.name, this.sample(p.schema)])) : undefined;
    const body = operation.requestBody ? this.body(operation, data) : undefined;
    this.pointAtSubscriber(operation, taxId, path, body);
    this.check(operation, Object.fromEntries(path), query, body);
    return { pathParams: [...path.values()], ...(query ? { query } : {}), ...(body !== undefined ? { body } : {}) };
  }

  /** `{param}` after a collection's path takes the id of its first item; other parameters a schema sample. */
  private pathParams(operation: Operation, data: EntityData): Map<string, string> {
    const segments = operation.path.split('/');
    const values = new Map<string, string>();
    segments.forEach((segment, index) => {
      const name = /^\{(.+)\}$/.exec(segment)?.[1];
      if (name === undefined) return;
      const descriptor = this.byKey.get(segments.slice(0, index).join('/'));
      const parentId = descriptor?.parent ? values.get(descriptor.parent.param) : undefined;
      const existing = descriptor ? data.collection(descriptor, parentId).idAt(0) : undefined;
      const parameter = operation.parameters.find((p) => p.in === 'path' && p.name === name);
      values.set(name, existing ?? String(this.sample(parameter?.schema ?? {})));
    });
    return values;
  }

  private body(operation: Operation, data: EntityData): unknown {
    const { spec, profile, today, seed } = this.ctx;
    const generator = new Generator({ spec, profile, today, random: new Random(`${seed}/example/${operation.operationId}`) });
    const body = generator.value(operation.requestBody?.schema, operation.operationId);
    const taken = new Map<Collection, number>();
    const nextId = (collection: Collection) => {
      const count = taken.get(collection) ?? 0;
      taken.set(collection, count + 1);
      return collection.idAt(count % collection.size) as string;
    };
    this.pointAtItems(body, operation, data, nextId);
    return body;
  }

  /** Replaces generated ids named after a collection (`cardUuids`, `userUUID`; bare `uuids` = the operation's own) with ids of its items. */
  private pointAtItems(value: Json, operation: Operation, data: EntityData, nextId: (collection: Collection) => string): void {
    if (Array.isArray(value)) {
      for (const entry of value) this.pointAtItems(entry, operation, data, nextId);
      return;
    }
    if (!isObject(value)) return;
    for (const [key, entry] of Object.entries(value)) {
      const named = ID_KEY.exec(key)?.[1];
      const descriptor = named === undefined ? undefined : this.collectionNamed(named, operation.path);
      const items = descriptor?.idType === 'string' ? data.collection(descriptor) : undefined;
      if (!items || items.size === 0) this.pointAtItems(entry, operation, data, nextId);
      else if (typeof entry === 'string') value[key] = nextId(items);
      else if (Array.isArray(entry) && entry.every((id) => typeof id === 'string')) value[key] = entry.map(() => nextId(items));
    }
  }

  /**
   * Subscriber examples act on the company's first subscriber (there is always one: the disabled example one) and
   * never enable one, so example calls send no webhooks anywhere. The delete example deletes a disabled copy made
   * for it, so the example subscriber stays.
   */
  private pointAtSubscriber(operation: Operation, taxId: string, path: Map<string, string>, body: unknown): void {
    const behaviour = this.ctx.behaviours.get(operation);
    if (behaviour?.kind !== 'subscribers') return;
    const [subscriber] = this.ctx.webhooks.find(taxId, () => true) as [Subscriber];
    const idParam = [...path.keys()][0] as string;
    if (behaviour.action === 'delete') {
      const copy: Subscriber = { ...structuredClone(subscriber), uuid: randomUUID(), enabled: false };
      this.ctx.webhooks.add(taxId, copy);
      path.set(idParam, copy.uuid);
    }
    if (!isObject(body)) return;
    if (behaviour.action === 'add-event' || behaviour.action === 'delete-event') body.callbackUrl = subscriber.callbackUrl;
    else body.enabled = false;
    if (behaviour.action === 'update') path.set(idParam, subscriber.uuid);
  }

  /** The top-level collection a name refers to, preferring the operation's API version. */
  private collectionNamed(name: string, path: string): CollectionDescriptor | undefined {
    const topLevel = this.ctx.collections.filter((c) => !c.parent);
    if (name === '') return topLevel.filter((c) => path.startsWith(`${c.key}/`)).sort((a, b) => b.key.length - a.key.length)[0];
    const candidates = topLevel.filter((c) => c.resource === plural(kebab(name)));
    return candidates.find((c) => versionOf(c.key) === versionOf(path)) ?? candidates.at(-1);
  }

  private sample(schema: JsonSchema): unknown {
    const resolved = deref(this.ctx.spec, schema, '').node;
    if (resolved.default !== undefined) return resolved.default;
    if (resolved.example !== undefined) return resolved.example;
    if (Array.isArray(resolved.enum)) return resolved.enum[0];
    if (resolved.type === 'integer' || resolved.type === 'number') return resolved.minimum ?? 1;
    if (resolved.format === 'date') return new Date(this.ctx.today).toISOString().slice(0, 10);
    if (resolved.format === 'uuid') return new Random(this.ctx.seed).uuid();
    return 'x';
  }

  /** The example must pass the same validation as a request on the wire; a failure is a sandbox bug. */
  private check(operation: Operation, path: Record<string, string>, query: Record<string, unknown> | undefined, body: unknown): void {
    const validators = this.ctx.validator.forOperation(operation);
    const problems: string[] = [];
    // The validators coerce and fill defaults in place: they get copies.
    if (validators.path && !validators.path({ ...path })) problems.push(...describeErrors('path', validators.path.errors));
    if (validators.query && !validators.query({ ...query })) problems.push(...describeErrors('query', validators.query.errors));
    if (validators.body && body !== undefined && !validators.body(body)) problems.push(...describeErrors('body', validators.body.errors));
    if (problems.length > 0) throw new Error(`Could not build a valid example request for ${operation.operationId}: ${problems.join('; ')}`);
  }
}
