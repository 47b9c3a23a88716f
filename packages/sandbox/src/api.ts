import type { EntityData } from './data/dataset.js';
import type { Item, Json } from './data/generate.js';
import { listSelection } from './data/list-query.js';
import type { Behaviour, CollectionDescriptor } from './data/resources.js';
import { errorBody } from './errors.js';
import type { JsonSchema, Operation } from './spec.js';
import type { SpecValidator } from './validation.js';

export interface ApiResult {
  status: number;
  body?: string;
}

export interface ApiRequest {
  operation: Operation;
  behaviour: Behaviour;
  data: EntityData;
  /** The spec-relative path as requested (cache key for generated reads). */
  path: string;
  pathParams: Record<string, unknown>;
  query: Record<string, unknown>;
  body: unknown;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The few write semantics that a path and a method cannot tell (everything else lays the request body over the item).
 * Keyed by the action segment after an item (`PATCH /v3/cards/{uuid}/lock`).
 */
const ACTIONS: Record<string, (item: Item, body: unknown) => void> = {
  lock(item, body) {
    const requested = typeof body === 'boolean' ? body : isObject(body) ? Object.values(body).find((v) => typeof v === 'boolean') : undefined;
    const locked = typeof requested === 'boolean' ? requested : item.lockCode !== 'LOCKED';
    item.lockCode = locked ? 'LOCKED' : 'UNLOCKED';
  },
};

const VERBS = { create: 'CREATED', update: 'UPDATED', action: 'UPDATED', delete: 'DELETED' } as const;

/** Runs an operation's behaviour against an entity's data. */
export class Api {
  private readonly pageDefaults = new Map<Operation, { page: number; size: number }>();
  private readonly validator: SpecValidator;

  constructor(validator: SpecValidator) {
    this.validator = validator;
  }

  handle(request: ApiRequest): ApiResult {
    const { behaviour, data } = request;
    switch (behaviour.kind) {
      case 'list':
        return this.list(request, behaviour.collection, behaviour.shape);
      case 'first': {
        const collection = data.collection(behaviour.collection);
        const id = collection.idAt(0);
        return id === undefined ? notFound(`No ${behaviour.collection.resource} found`) : this.ok(request, collection.jsonOf(id));
      }
      case 'get': {
        const found = this.find(request, behaviour.collection, behaviour.idParam);
        return 'status' in found ? found : this.ok(request, found.collection.jsonOf(found.id));
      }
      case 'item-view': {
        const found = this.find(request, behaviour.collection, behaviour.idParam);
        if ('status' in found) return found;
        const source: Item = { [`${singular(behaviour.collection.resource)}Uuid`]: found.id };
        return this.ok(request, data.view(`GET ${request.path}`, request.operation.success.schema, '', source));
      }
      case 'create':
        return this.create(request, behaviour.collection);
      case 'bulk':
        return this.bulk(request, behaviour.collection, behaviour.action);
      case 'update':
      case 'action': {
        const found = this.find(request, behaviour.collection, behaviour.idParam);
        if ('status' in found) return found;
        const item = found.collection.get(found.id) as Item;
        const apply = behaviour.kind === 'action' ? ACTIONS[behaviour.action] : undefined;
        if (apply) apply(item, request.body);
        else this.overlay(behaviour.collection, item, request.body);
        found.collection.changed(found.id);
        return this.respond(request, item, VERBS[behaviour.kind]);
      }
      case 'delete': {
        const found = this.find(request, behaviour.collection, behaviour.idParam);
        if ('status' in found) return found;
        const item = found.collection.get(found.id) as Item;
        found.collection.remove(found.id);
        return this.respond(request, item, VERBS.delete);
      }
      case 'generated': {
        const schema = request.operation.success.schema;
        if (!schema) return { status: request.operation.success.status };
        const cacheKey = request.operation.method === 'GET' ? `GET ${request.path}` : undefined;
        return this.ok(request, data.view(cacheKey, schema, '', isObject(request.body) ? (request.body as Item) : undefined));
      }
    }
  }

  private ok(request: ApiRequest, body: string): ApiResult {
    return { status: request.operation.success.status, body };
  }

  private parentId(request: ApiRequest, descriptor: CollectionDescriptor): string | undefined | ApiResult {
    if (!descriptor.parent) return undefined;
    const parentId = String(request.pathParams[descriptor.parent.param]);
    const parents = request.data.collection(descriptor.parent.collection);
    if (!parents.has(parentId)) return notFound(`${title(descriptor.parent.collection.resource)} with UUID '${parentId}' not found`);
    return parentId;
  }

  private find(request: ApiRequest, descriptor: CollectionDescriptor, idParam: string) {
    const parentId = this.parentId(request, descriptor);
    if (typeof parentId === 'object') return parentId;
    const collection = request.data.collection(descriptor, parentId);
    const id = String(request.pathParams[idParam]);
    if (!collection.has(id)) return notFound(`${title(descriptor.resource)} with UUID '${id}' not found`);
    return { collection, id };
  }

  private list(request: ApiRequest, descriptor: CollectionDescriptor, shape: 'page' | 'array'): ApiResult {
    const parentId = this.parentId(request, descriptor);
    if (typeof parentId === 'object') return parentId;
    const collection = request.data.collection(descriptor, parentId);
    const { page, size } = this.paging(request);
    // Filters and sort on the items' own fields (list-query.ts); without them no item is materialised.
    const select = listSelection(request.query, (descriptor.itemSchema.properties as Record<string, unknown> | undefined) ?? {});
    const ids = select?.(collection.allIds(), (id) => collection.get(id));
    const total = ids ? ids.length : collection.size;
    const pageIds = ids ? ids.slice(page * size, page * size + size) : collection.slice(page * size, size);
    const content = `[${pageIds.map((id) => collection.jsonOf(id)).join(',')}]`;
    if (shape === 'array') return this.ok(request, content);

    const totalPages = Math.ceil(total / size);
    const envelope: Record<string, Json> = {
      totalElements: total,
      totalPages,
      size,
      number: page,
      first: page === 0,
      last: page >= totalPages - 1,
      numberOfElements: pageIds.length,
      empty: pageIds.length === 0,
    };
    const rest = JSON.stringify({ ...this.envelopeExtras(request), ...envelope });
    return this.ok(request, `{"content":${content},${rest.slice(1)}`);
  }

  /** Envelope fields beyond the standard ones (`pageable`, `sort`), generated once per operation. */
  private envelopeExtras(request: ApiRequest): Record<string, Json> {
    const schema = request.operation.success.schema as JsonSchema;
    const extraKeys = Object.keys((schema.properties as object) ?? {}).filter(
      (key) => !['content', 'totalElements', 'totalPages', 'size', 'number', 'first', 'last', 'numberOfElements', 'empty'].includes(key),
    );
    if (extraKeys.length === 0) return {};
    const generated = JSON.parse(request.data.view(`envelope ${request.operation.operationId}`, schema, '', undefined)) as Record<string, Json>;
    return Object.fromEntries(extraKeys.map((key) => [key, generated[key] as Json]));
  }

  private paging(request: ApiRequest): { page: number; size: number } {
    let defaults = this.pageDefaults.get(request.operation);
    if (!defaults) {
      const fallback = (name: string, value: number) => {
        const declared = request.operation.parameters.find((p) => p.in === 'query' && p.name === name)?.schema.default;
        return typeof declared === 'number' ? declared : value;
      };
      defaults = { page: fallback('page', 0), size: fallback('size', 20) };
      this.pageDefaults.set(request.operation, defaults);
    }
    const page = typeof request.query.page === 'number' ? request.query.page : defaults.page;
    const size = typeof request.query.size === 'number' && request.query.size > 0 ? request.query.size : defaults.size;
    return { page: Math.max(0, page), size };
  }

  private create(request: ApiRequest, descriptor: CollectionDescriptor): ApiResult {
    const parentId = this.parentId(request, descriptor);
    if (typeof parentId === 'object') return parentId;
    const collection = request.data.collection(descriptor, parentId);
    const { id, item } = request.data.newItem(descriptor, parentId);
    this.overlay(descriptor, item, request.body);
    collection.add(id, item);
    return this.respond(request, item, VERBS.create);
  }

  /**
   * Bulk writes name their items in the body: an array of ids (`cardUuids`) with shared fields (`locked`), or an
   * array of objects each carrying its id (`cardsThresholds[].cardUuid`), or of new items (`bulk-create`).
   */
  private bulk(request: ApiRequest, descriptor: CollectionDescriptor, action: string): ApiResult {
    const collection = request.data.collection(descriptor);
    const body = isObject(request.body) ? request.body : {};
    const arrays = Object.values(body).filter(Array.isArray) as unknown[][];
    const shared = Object.fromEntries(Object.entries(body).filter(([, value]) => !Array.isArray(value)));
    const entries = arrays.flatMap((list) => list.map((entry) => (isObject(entry) ? entry : { [descriptor.idField]: entry })));
    const results: Item[] = [];
    for (const entry of entries) {
      if (/create/.test(action)) {
        const { id, item } = request.data.newItem(descriptor);
        this.overlay(descriptor, item, entry);
        collection.add(id, item);
        results.push({ [descriptor.idField]: item[descriptor.idField] as Json, status: VERBS.create });
        continue;
      }
      const idKey = Object.keys(entry).find((key) => key === descriptor.idField || /uuid$|id$/i.test(key));
      const id = String(idKey === undefined ? '' : entry[idKey]);
      const item = collection.get(id);
      if (!item) {
        results.push({ [descriptor.idField]: id, status: 'NOT_FOUND' });
        continue;
      }
      if (/delete/.test(action)) {
        collection.remove(id);
        results.push({ [descriptor.idField]: item[descriptor.idField] as Json, status: VERBS.delete });
        continue;
      }
      const patch = { ...shared, ...entry };
      const apply = ACTIONS[action];
      if (apply) apply(item, patch);
      else this.overlay(descriptor, item, patch);
      collection.changed(id);
      results.push({ [descriptor.idField]: item[descriptor.idField] as Json, status: VERBS.update });
    }
    const { success } = request.operation;
    if (!success.schema) return { status: success.status };
    const source: Item = {};
    for (const [key, schema] of Object.entries((success.schema.properties ?? {}) as Record<string, JsonSchema>)) {
      if (schema.type === 'array') source[key] = results;
    }
    return { status: success.status, body: request.data.view(undefined, success.schema, '', source) };
  }

  /** Lays the body's fields over the item, keeping only those that leave the item valid for its schema. */
  private overlay(descriptor: CollectionDescriptor, item: Item, body: unknown): void {
    if (!isObject(body)) return;
    const previous: Item = {};
    const properties = (descriptor.itemSchema.properties ?? {}) as object;
    for (const [key, value] of Object.entries(body)) {
      if (!(key in properties) || key === descriptor.idField) continue;
      previous[key] = item[key] as Json;
      item[key] = value as Json;
    }
    const validate = this.validator.schema(descriptor.itemSchemaPointer);
    if (validate(item) as boolean) return;
    for (const error of validate.errors ?? []) {
      const key = error.instancePath.split('/')[1];
      if (key !== undefined && key in previous) item[key] = previous[key] as Json;
    }
  }

  /** The write's response: the item itself if the schema is the item's, else a body generated from the schema mirroring the item. */
  private respond(request: ApiRequest, item: Item, verb: string): ApiResult {
    const { success } = request.operation;
    if (!success.schema) return { status: success.status };
    const descriptor = 'collection' in request.behaviour ? request.behaviour.collection : undefined;
    if (descriptor && success.schema === descriptor.itemSchema) return { status: success.status, body: JSON.stringify(item) };
    const statusSchema = (success.schema.properties as Record<string, JsonSchema> | undefined)?.status;
    const source: Item = { ...item };
    if (statusSchema && (!Array.isArray(statusSchema.enum) || statusSchema.enum.includes(verb))) source.status = verb;
    return { status: success.status, body: request.data.view(undefined, success.schema, '', source) };
  }
}

function notFound(message: string): ApiResult {
  return { status: 404, body: errorBody('NOT_FOUND', message) };
}

const singular = (name: string) => (name.endsWith('ies') ? `${name.slice(0, -3)}y` : name.replace(/s$/, ''));
const title = (resource: string) => {
  const word = singular(resource).replace(/-./g, (m) => ` ${(m[1] as string).toUpperCase()}`);
  return word.charAt(0).toUpperCase() + word.slice(1);
};
