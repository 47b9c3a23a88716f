import { deref, type JsonSchema, type Operation, type SpecDocument } from '../spec.js';

/** A stateful set of items, keyed by the path template of its list operation (e.g. `/v3/cards`). */
export interface CollectionDescriptor {
  key: string;
  /** Last literal segment: `cards`, `transactions`; names references (`card` → `cards`) and dataset sizes. */
  resource: string;
  itemSchema: JsonSchema;
  itemSchemaPointer: string;
  idField: string;
  idType: 'string' | 'integer';
  /** For nested lists (`/v3/transactions/{uuid}/extracted-documents`): the parent collection and its path parameter. */
  parent?: { collection: CollectionDescriptor; param: string };
}

/** What a webhook-subscriber operation does (they act on the sandbox's subscriber records, not on a collection). */
export type SubscriberAction = 'list' | 'create' | 'add-event' | 'delete-event' | 'update' | 'delete';

/** What a hybrid card write is, for its card request and its webhook events (`CARD_CREATION_REQUEST_CREATED`). */
export type HybridKind = 'CREATION' | 'DELETION' | 'LOCK' | 'THRESHOLD';

/**
 * Clara's hybrid synchronous/asynchronous card writes (card create, single and bulk, delete, threshold and lock):
 * they may answer without a result and finish later, tracked as card requests (the `requests` collection under
 * the cards, when the spec has one).
 */
export interface HybridWrite {
  kind: HybridKind;
  requests?: CollectionDescriptor;
}

export type Behaviour =
  | { kind: 'list'; collection: CollectionDescriptor; shape: 'page' | 'array'; filter?: { field: string; param: string } }
  | { kind: 'get'; collection: CollectionDescriptor; idParam: string }
  | { kind: 'update'; collection: CollectionDescriptor; idParam: string }
  | { kind: 'delete'; collection: CollectionDescriptor; idParam: string; hybrid?: HybridWrite }
  | { kind: 'action'; collection: CollectionDescriptor; idParam: string; action: string; hybrid?: HybridWrite }
  | { kind: 'create'; collection: CollectionDescriptor; hybrid?: HybridWrite }
  /** A write on a literal path under a collection (`POST /v3/cards/delete`, `PATCH /v3/cards/lock`): items named in the body. */
  | { kind: 'bulk'; collection: CollectionDescriptor; action: string; hybrid?: HybridWrite }
  /** A literal path under a collection answering with one of its items (`/v3/billing-statements/current`). */
  | { kind: 'first'; collection: CollectionDescriptor }
  /** A GET under an item (`/v3/transactions/{uuid}/documents`): generated per item, 404 for an unknown item. */
  | { kind: 'item-view'; collection: CollectionDescriptor; idParam: string }
  /** Clara's usage logs (`/v1/logs/current`, `/v1/logs/{yyyy}/{MM}`, `/v1/logs/{yyyy}/{MM}/{dd}`), from what the sandbox served. */
  | { kind: 'usage-log'; period: 'current' | 'month' | 'day' }
  /** Webhook subscribers (`/v1/subscribers`: list, create, update, delete; `add-event`, `delete-event`). */
  | { kind: 'subscribers'; action: SubscriberAction }
  /** Anything else: a response generated from the schema, stable per path for reads. */
  | { kind: 'generated' };

const segmentsOf = (path: string) => path.split('/').filter(Boolean);
const isParam = (segment: string) => /^\{.+\}$/.test(segment);
const paramName = (segment: string) => segment.slice(1, -1);

function listShape(schema: JsonSchema | undefined): { shape: 'page' | 'array'; itemsPath: string } | undefined {
  if (!schema) return undefined;
  if (schema.type === 'array') return { shape: 'array', itemsPath: '/items' };
  const content = (schema.properties as Record<string, JsonSchema> | undefined)?.content;
  if (content && (content.type === 'array' || content.items) && (schema.properties as Record<string, unknown>).totalElements) {
    return { shape: 'page', itemsPath: '/properties/content/items' };
  }
  return undefined;
}

/**
 * Derives what each operation does from its path and method alone: GET on a list-shaped response defines a
 * collection; `{id}` under it addresses an item; a POST on it creates; PATCH/PUT update; DELETE removes;
 * extra segments after an item are actions (`/lock`, `/threshold`) or per-item views.
 */
export function deriveBehaviours(spec: SpecDocument, operations: readonly Operation[]): Map<Operation, Behaviour> {
  const collections = new Map<string, CollectionDescriptor>();
  const ordered = [...operations].sort((a, b) => segmentsOf(a.path).length - segmentsOf(b.path).length);

  const describe = (key: string, schemaPointer: string, itemsPath: string): CollectionDescriptor => {
    const resolved = deref(spec, { $ref: `#${schemaPointer}` }, schemaPointer);
    const { node: itemSchema, pointer: itemSchemaPointer } = deref(spec, { $ref: `#${resolved.pointer}${itemsPath}` }, '');
    const properties = (itemSchema.properties ?? {}) as Record<string, JsonSchema>;
    const segments = segmentsOf(key);
    const lastParam = [...segments].reverse().find(isParam);
    const idField = 'uuid' in properties ? 'uuid' : 'id' in properties ? 'id' : (Object.keys(properties).find((k) => properties[k]?.format === 'uuid') ?? 'uuid');
    const idSchema = deref(spec, properties[idField] ?? {}, '').node;
    const descriptor: CollectionDescriptor = {
      key,
      resource: [...segments].reverse().find((s) => !isParam(s)) ?? key,
      itemSchema,
      itemSchemaPointer,
      idField,
      idType: idSchema.type === 'integer' || idSchema.type === 'number' ? 'integer' : 'string',
    };
    if (lastParam) {
      const parentKey = segments.slice(0, segments.indexOf(lastParam)).join('/');
      const parent = collections.get(`/${parentKey}`);
      if (parent) descriptor.parent = { collection: parent, param: paramName(lastParam) };
    }
    return descriptor;
  };

  /**
   * `GET <collection>/batches/{id}` listing the collection's own items is a view of it, not a collection: the items
   * whose `batchId` (the group's singular + `Id`, when the items have that field) is the parameter.
   */
  const groups = new Map<Operation, Extract<Behaviour, { kind: 'list' }>>();
  const groupView = (operation: Operation, shape: { shape: 'page' | 'array'; itemsPath: string }, pointer: string) => {
    const segments = segmentsOf(operation.path);
    const [group, param] = segments.slice(-2);
    const collection = collections.get(`/${segments.slice(0, -2).join('/')}`);
    if (!collection || group === undefined || isParam(group) || param === undefined || !isParam(param)) return undefined;
    if (deref(spec, { $ref: `#${pointer}${shape.itemsPath}` }, '').node !== collection.itemSchema) return undefined;
    const properties = (collection.itemSchema.properties ?? {}) as Record<string, unknown>;
    const field = [group.replace(/es$/, ''), group.replace(/s$/, '')].map((name) => `${name}Id`).find((name) => Object.hasOwn(properties, name));
    return field ? { kind: 'list' as const, collection, shape: shape.shape, filter: { field, param: paramName(param) } } : undefined;
  };

  for (const operation of ordered) {
    const shape = operation.method === 'GET' ? listShape(operation.success.schema) : undefined;
    const pointer = operation.success.schemaPointer;
    if (!shape || !pointer) continue;
    const view = groupView(operation, shape, deref(spec, { $ref: `#${pointer}` }, pointer).pointer);
    if (view) groups.set(operation, view);
    else collections.set(operation.path, describe(operation.path, pointer, shape.itemsPath));
  }
  // A collection with get-by-id and create but no list (`/v2/groups/{uuid}` + POST `/v2/groups`) still keeps state.
  for (const operation of ordered) {
    const segments = segmentsOf(operation.path);
    const last = segments.at(-1);
    if (operation.method !== 'GET' || !last || !isParam(last) || !operation.success.schemaPointer) continue;
    const key = `/${segments.slice(0, -1).join('/')}`;
    const creates = operations.some((other) => other.method === 'POST' && other.path === key);
    if (!collections.has(key) && creates && operation.success.schema?.type !== 'array') {
      collections.set(key, describe(key, operation.success.schemaPointer, ''));
    }
  }

  const behaviours = new Map<Operation, Behaviour>();
  for (const operation of operations) {
    behaviours.set(operation, special(operation) ?? groups.get(operation) ?? withHybrid(classify(operation, collections), collections));
  }
  return behaviours;
}

/** Operations whose answers come from the sandbox's own records rather than from a collection. */
function special(operation: Operation): Behaviour | undefined {
  const { method, path } = operation;
  if (method === 'GET' && /\/logs\/current$/.test(path)) return { kind: 'usage-log', period: 'current' };
  if (method === 'GET' && /\/logs\/\{[^}]+\}\/\{[^}]+\}\/\{[^}]+\}$/.test(path)) return { kind: 'usage-log', period: 'day' };
  if (method === 'GET' && /\/logs\/\{[^}]+\}\/\{[^}]+\}$/.test(path)) return { kind: 'usage-log', period: 'month' };
  if (method === 'GET' && /\/subscribers$/.test(path)) return { kind: 'subscribers', action: 'list' };
  if (method === 'POST' && /\/subscribers$/.test(path)) return { kind: 'subscribers', action: 'create' };
  if (method === 'POST' && /\/subscribers\/add-event$/.test(path)) return { kind: 'subscribers', action: 'add-event' };
  if (method === 'DELETE' && /\/subscribers\/delete-event$/.test(path)) return { kind: 'subscribers', action: 'delete-event' };
  if (method === 'PATCH' && /\/subscribers\/\{[^}]+\}$/.test(path)) return { kind: 'subscribers', action: 'update' };
  if (method === 'DELETE' && /\/subscribers\/\{[^}]+\}$/.test(path)) return { kind: 'subscribers', action: 'delete' };
  return undefined;
}

const HYBRID_ACTIONS: Record<string, HybridKind> = { 'bulk-create': 'CREATION', delete: 'DELETION', lock: 'LOCK', threshold: 'THRESHOLD' };

/** Marks the v3 card writes Clara documents as hybrid (reference §1.7), whatever prefix the spec's paths carry. */
function withHybrid(behaviour: Behaviour, collections: Map<string, CollectionDescriptor>): Behaviour {
  if (!('collection' in behaviour) || !/\/v3\/cards$/.test(behaviour.collection.key)) return behaviour;
  const kind =
    behaviour.kind === 'create' ? 'CREATION'
    : behaviour.kind === 'delete' ? 'DELETION'
    : behaviour.kind === 'bulk' || behaviour.kind === 'action' ? HYBRID_ACTIONS[behaviour.action]
    : undefined;
  if (!kind) return behaviour;
  const requests = collections.get(`${behaviour.collection.key}/requests`);
  return { ...behaviour, hybrid: { kind, ...(requests ? { requests } : {}) } } as Behaviour;
}

function classify(operation: Operation, collections: Map<string, CollectionDescriptor>): Behaviour {
  const own = collections.get(operation.path);
  if (own && operation.method === 'GET') {
    const shape = listShape(operation.success.schema);
    if (shape) return { kind: 'list', collection: own, shape: shape.shape };
  }
  if (own && operation.method === 'POST') return { kind: 'create', collection: own };

  const segments = segmentsOf(operation.path);
  for (let length = segments.length - 1; length > 0; length--) {
    const collection = collections.get(`/${segments.slice(0, length).join('/')}`);
    if (!collection) continue;
    const next = segments[length] as string;
    const rest = segments.slice(length + 1);
    if (!isParam(next)) {
      if (operation.method !== 'GET' && !collection.parent) return { kind: 'bulk', collection, action: [next, ...rest].join('/') };
      const sameItem = operation.success.schema === collection.itemSchema;
      return operation.method === 'GET' && rest.length === 0 && sameItem ? { kind: 'first', collection } : { kind: 'generated' };
    }
    const idParam = paramName(next);
    if (rest.length === 0) {
      if (operation.method === 'GET') return { kind: 'get', collection, idParam };
      if (operation.method === 'DELETE') return { kind: 'delete', collection, idParam };
      return { kind: 'update', collection, idParam };
    }
    if (operation.method === 'GET') return { kind: 'item-view', collection, idParam };
    return { kind: 'action', collection, idParam, action: rest.filter((s) => !isParam(s)).join('/') };
  }
  return { kind: 'generated' };
}
