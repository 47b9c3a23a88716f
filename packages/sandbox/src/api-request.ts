// What an API operation of the sandbox receives and answers, and the small helpers the handlers share
// (api.ts dispatches; writes.ts and subscribers.ts handle).
import type { EntityData } from './data/dataset.js';
import type { Behaviour, CollectionDescriptor } from './data/resources.js';
import { errorBody } from './errors.js';
import type { Operation } from './spec.js';

export interface ApiResult {
  status: number;
  body?: string;
  headers?: Record<string, string>;
}

/** How a hybrid card write continues in the background (header `X-Sandbox-Async` or the `asyncWrites` option). */
export interface AsyncWrite {
  delayMs: number;
  /** The write ends in ERROR with this message instead of being applied (header `X-Sandbox-Async-Error`). */
  error?: string;
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
  asyncWrite?: AsyncWrite;
}

/** The parent item's id for a nested collection, a 404 when it does not exist, undefined for a top-level one. */
export function parentOf(request: ApiRequest, descriptor: CollectionDescriptor): string | undefined | ApiResult {
  if (!descriptor.parent) return undefined;
  const parentId = String(request.pathParams[descriptor.parent.param]);
  const parents = request.data.collection(descriptor.parent.collection);
  if (!parents.has(parentId)) return notFound(`${title(descriptor.parent.collection.resource)} with UUID '${parentId}' not found`);
  return parentId;
}

export function notFound(message: string): ApiResult {
  return { status: 404, body: errorBody('NOT_FOUND', message) };
}

export const singular = (name: string) => (name.endsWith('ies') ? `${name.slice(0, -3)}y` : name.replace(/s$/, ''));

export const title = (resource: string) => {
  const word = singular(resource).replace(/-./g, (m) => ` ${(m[1] as string).toUpperCase()}`);
  return word.charAt(0).toUpperCase() + word.slice(1);
};
