import { notFound, parentOf, title, type ApiRequest, type ApiResult } from './api-request.js';
import type { CardRequests, Outcome, RequestTarget } from './card-requests.js';
import type { Collection } from './data/collection.js';
import type { Item, Json } from './data/generate.js';
import { overlay } from './data/overlay.js';
import type { Behaviour, CollectionDescriptor } from './data/resources.js';
import type { PendingWrites } from './pending-writes.js';
import type { JsonSchema } from './spec.js';
import type { SpecValidator } from './validation.js';

export type WriteBehaviour = Extract<Behaviour, { kind: 'create' | 'bulk' | 'update' | 'action' | 'delete' }>;

/** A write, prepared: the cards it is about, how to carry it out (now or later) and how to answer its result. */
interface WritePlan {
  targets: RequestTarget[];
  bulk: boolean;
  apply(): Outcome[];
  respond(outcomes: Outcome[]): ApiResult;
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

/** The card request's view of an existing card: its id, holder and alias. */
function targetOf(id: string, item: Item | undefined): RequestTarget {
  const user = isObject(item?.user) ? item.user : undefined;
  const userUuid = user?.uuid ?? item?.userUuid;
  return { cardUuid: id, ...(typeof userUuid === 'string' ? { userUuid } : {}), ...(typeof item?.alias === 'string' ? { alias: item.alias } : {}) };
}

/** The card request's view of a card to create: the holder (`userUUID`) and alias of the body. */
function creationTarget(body: unknown): RequestTarget {
  if (!isObject(body)) return {};
  const userKey = Object.keys(body).find((key) => /^user_?uuid$/i.test(key));
  const userUuid = userKey === undefined ? undefined : body[userKey];
  return { ...(typeof userUuid === 'string' ? { userUuid } : {}), ...(typeof body.alias === 'string' ? { alias: body.alias } : {}) };
}

export interface WritesContext {
  validator: SpecValidator;
  cardRequests: CardRequests;
  pending: PendingWrites;
}

/** Creates, updates and deletes items in memory; Clara's hybrid card writes may finish later (`request.asyncWrite`). */
export class Writes {
  private readonly ctx: WritesContext;

  constructor(ctx: WritesContext) {
    this.ctx = ctx;
  }

  handle(request: ApiRequest, behaviour: WriteBehaviour): ApiResult {
    const plan = this.plan(request, behaviour);
    if (!('apply' in plan)) return plan;
    const hybrid = 'hybrid' in behaviour ? behaviour.hybrid : undefined;
    if (!hybrid) return plan.respond(plan.apply());
    const { data, asyncWrite } = request;
    const { cardRequests, pending } = this.ctx;
    if (!asyncWrite) {
      const outcomes = plan.apply();
      // A creation is a card request even when it finishes at once; other writes only when they continue later.
      if (hybrid.kind === 'CREATION') cardRequests.settle(data, hybrid, cardRequests.open(data, hybrid, plan.targets, plan.bulk), outcomes);
      return plan.respond(outcomes);
    }
    // What Clara answers when it continues in the background: no result (its operation pages list 204 No Content).
    const records = cardRequests.open(data, hybrid, plan.targets, plan.bulk);
    pending.schedule(asyncWrite.delayMs, () => {
      const { error } = asyncWrite;
      const outcomes: Outcome[] = error === undefined ? plan.apply() : records.map(() => ({ status: 'ERROR', message: error }));
      cardRequests.settle(data, hybrid, records, outcomes);
    });
    return { status: 204 };
  }

  private plan(request: ApiRequest, behaviour: WriteBehaviour): WritePlan | ApiResult {
    const descriptor = behaviour.collection;
    if (behaviour.kind === 'bulk') return this.bulk(request, descriptor, behaviour.action);
    const parentId = parentOf(request, descriptor);
    if (typeof parentId === 'object') return parentId;
    const collection = request.data.collection(descriptor, parentId);
    if (behaviour.kind === 'create') {
      return {
        targets: [creationTarget(request.body)],
        bulk: false,
        apply: () => [this.create(request, descriptor, collection, parentId, request.body)],
        respond: ([outcome]) => this.respond(request, outcome),
      };
    }
    const id = String(request.pathParams[behaviour.idParam]);
    if (!collection.has(id)) return notFound(`${title(descriptor.resource)} with UUID '${id}' not found`);
    const change = behaviour.kind === 'action' ? ACTIONS[behaviour.action] : undefined;
    return {
      targets: [targetOf(id, collection.get(id))],
      bulk: false,
      apply: () => [behaviour.kind === 'delete' ? remove(collection, id) : this.update(descriptor, collection, id, request.body, change)],
      respond: ([outcome]) => this.respond(request, outcome),
    };
  }

  private create(request: ApiRequest, descriptor: CollectionDescriptor, collection: Collection, parentId: string | undefined, fields: unknown): Outcome {
    const { id, item } = request.data.newItem(descriptor, parentId);
    overlay(this.ctx.validator, descriptor, item, fields);
    collection.add(id, item);
    return { id, status: 'CREATED', item };
  }

  private update(descriptor: CollectionDescriptor, collection: Collection, id: string, fields: unknown, change?: (item: Item, body: unknown) => void): Outcome {
    const item = collection.get(id);
    if (!item) return { id, status: 'NOT_FOUND' };
    if (change) change(item, fields);
    else overlay(this.ctx.validator, descriptor, item, fields);
    collection.changed(id);
    return { id, status: 'UPDATED', item };
  }

  /**
   * Bulk writes name their items in the body: an array of ids (`cardUuids`) with shared fields (`locked`), or an
   * array of objects each carrying its id (`cardsThresholds[].cardUuid`), or of new items (`bulk-create`).
   */
  private bulk(request: ApiRequest, descriptor: CollectionDescriptor, action: string): WritePlan {
    const collection = request.data.collection(descriptor);
    const body = isObject(request.body) ? request.body : {};
    const arrays = Object.values(body).filter(Array.isArray) as unknown[][];
    const shared = Object.fromEntries(Object.entries(body).filter(([, value]) => !Array.isArray(value)));
    const entries = arrays.flatMap((list) => list.map((entry) => (isObject(entry) ? entry : { [descriptor.idField]: entry })));
    const creates = /create/.test(action);
    const idOf = (entry: Record<string, unknown>) => {
      const idKey = Object.keys(entry).find((key) => key === descriptor.idField || /uuid$|id$/i.test(key));
      return String(idKey === undefined ? '' : entry[idKey]);
    };
    return {
      targets: entries.map((entry) => (creates ? creationTarget(entry) : targetOf(idOf(entry), collection.get(idOf(entry))))),
      bulk: true,
      apply: () =>
        entries.map((entry) => {
          if (creates) return this.create(request, descriptor, collection, undefined, entry);
          const id = idOf(entry);
          if (/delete/.test(action)) return remove(collection, id);
          return this.update(descriptor, collection, id, { ...shared, ...entry }, ACTIONS[action]);
        }),
      respond: (outcomes) => {
        const results = outcomes.map((outcome): Item => {
          if (!('id' in outcome)) return { status: outcome.status };
          const id = 'item' in outcome ? (outcome.item[descriptor.idField] as Json) : outcome.id;
          return { [descriptor.idField]: id, status: outcome.status };
        });
        const { success } = request.operation;
        if (!success.schema) return { status: success.status };
        const source: Item = {};
        for (const [key, schema] of Object.entries((success.schema.properties ?? {}) as Record<string, JsonSchema>)) {
          if (schema.type === 'array') source[key] = results;
        }
        return { status: success.status, body: request.data.view(undefined, success.schema, '', source) };
      },
    };
  }

  /** The write's response: the item itself if the schema is the item's, else a body generated from the schema mirroring the item. */
  private respond(request: ApiRequest, outcome: Outcome | undefined): ApiResult {
    const descriptor = (request.behaviour as WriteBehaviour).collection;
    // plan() checked that the item exists, so a synchronous write always has it: this narrows the type.
    if (!outcome || !('item' in outcome)) return notFound(`${title(descriptor.resource)} with UUID '${outcome && 'id' in outcome ? outcome.id : ''}' not found`);
    const { success } = request.operation;
    if (!success.schema) return { status: success.status };
    if (success.schema === descriptor.itemSchema) return { status: success.status, body: JSON.stringify(outcome.item) };
    const statusSchema = (success.schema.properties as Record<string, JsonSchema> | undefined)?.status;
    const source: Item = { ...outcome.item };
    if (statusSchema && (!Array.isArray(statusSchema.enum) || statusSchema.enum.includes(outcome.status))) source.status = outcome.status;
    return { status: success.status, body: request.data.view(undefined, success.schema, '', source) };
  }
}

function remove(collection: Collection, id: string): Outcome {
  const item = collection.get(id);
  if (!item) return { id, status: 'NOT_FOUND' };
  collection.remove(id);
  return { id, status: 'DELETED', item };
}
