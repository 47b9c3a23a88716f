// The public runtime, re-exported by every country package.
export * from '@org/clara-auth';
export type { ClaraClientBase, RequestOptions } from './client.js';
export type { ClaraClientOptions } from './core/options.js';
export { PagePromise, type PageItem } from './core/pagination.js';
export { ClaraPromise, type WithResponse } from './core/promise.js';
