// Generated from specs/co/api-docs-v3.json and specs/co/overlay.yaml by tools/generate — do not edit.
export * from './api/types.gen.js';
export * as raw from './api/sdk.gen.js';
export * from './enums.js';
export { country, createClaraClient, operations, type ClaraClient } from './client.js';
