// What generated country bindings import. Not part of the public API: users import their country package.
export { buildClient, type ClaraClientBase, type ClientBinding, type OperationDefinition, type RequestOptions } from './client.js';
export type { ClaraClientOptions } from './core/options.js';
export { ClaraPromise } from './core/promise.js';
export { PagePromise } from './core/pagination.js';
