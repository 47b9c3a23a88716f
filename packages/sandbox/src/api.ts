import type { Item, Json } from './data/generate.js';
import { listSelection } from './data/list-query.js';
import type { CollectionDescriptor } from './data/resources.js';
import type { Operation, JsonSchema } from './spec.js';
import type { Subscribers } from './subscribers.js';
import { USAGE_LOG_DROPPED_HEADER, UsageLog } from './usage-log.js';
import type { Writes } from './writes.js';
import { notFound, parentOf, singular, title, type ApiRequest, type ApiResult } from './api-request.js';
import { errorBody } from './errors.js';

export interface ApiContext {
  writes: Writes;
  subscribers: Subscribers;
  usageLog: UsageLog;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Runs an operation's behaviour against an entity's data. */
export class Api {
  private readonly pageDefaults = new Map<Operation, { page: number; size: number }>();
  private readonly ctx: ApiContext;

  constructor(ctx: ApiContext) {
    this.ctx = ctx;
  }

  handle(request: ApiRequest): ApiResult {
    const { behaviour, data } = request;
    switch (behaviour.kind) {
      case 'list':
        return this.list(request, behaviour.collection, behaviour.shape, behaviour.filter);
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
      case 'bulk':
      case 'update':
      case 'action':
      case 'delete':
        return this.ctx.writes.handle(request, behaviour);
      case 'subscribers':
        return this.ctx.subscribers.handle(request, behaviour.action);
      case 'usage-log':
        return this.usage(request, behaviour.period);
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

  private find(request: ApiRequest, descriptor: CollectionDescriptor, idParam: string) {
    const parentId = parentOf(request, descriptor);
    if (typeof parentId === 'object') return parentId;
    const collection = request.data.collection(descriptor, parentId);
    const id = String(request.pathParams[idParam]);
    if (!collection.has(id)) return notFound(`${title(descriptor.resource)} with UUID '${id}' not found`);
    return { collection, id };
  }

  private list(request: ApiRequest, descriptor: CollectionDescriptor, shape: 'page' | 'array', filter?: { field: string; param: string }): ApiResult {
    const parentId = parentOf(request, descriptor);
    if (typeof parentId === 'object') return parentId;
    const collection = request.data.collection(descriptor, parentId);
    const { page, size } = this.paging(request);
    // Filters and sort on the items' own fields (list-query.ts); without them no item is materialised.
    const query = filter ? { ...request.query, [filter.field]: request.pathParams[filter.param] } : request.query;
    const select = listSelection(query, (descriptor.itemSchema.properties as Record<string, unknown> | undefined) ?? {});
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

  /** Clara's usage log of a period (path parameters in order: year, month, day), from what this sandbox answered. */
  private usage(request: ApiRequest, period: 'current' | 'month' | 'day'): ApiResult {
    const names = [...request.operation.path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1] as string);
    const parts = names.map((name) => Number(request.pathParams[name]));
    const range = UsageLog.period(period, parts);
    if (!range) return { status: 400, body: errorBody('VALIDATION_ERROR', `Invalid request: ${parts.join('-')} is not a date`) };
    const { dropped, ...report } = this.ctx.usageLog.between(range.start, range.end);
    // Not in the body, which is Clara's schema: a header says how many rows of the period the log no longer holds.
    return { ...this.ok(request, JSON.stringify(report)), ...(dropped > 0 ? { headers: { [USAGE_LOG_DROPPED_HEADER]: String(dropped) } } : {}) };
  }
}
