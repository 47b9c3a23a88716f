// What generated country bindings import. Not part of the public API: users import their country package.
export { buildClient, type ClaraClientBase, type ClientBinding, type HttpClientConfig } from './client.js';
export type { OperationDefinition, OperationTree } from './operations.js';
export type { ResponseSchemas } from './core/response-check.js';
export type { ClaraClientOptions, RequestOptions } from './core/options.js';
export type { ClaraPromise } from './core/promise.js';
export type { PagePromise } from './core/pagination.js';
