// Rendered from tools/generate/template by tools/generate — do not edit.
// The package surface: the generated client and types of this country, plus the shared runtime
// (errors, credentials, token stores) from @org/clara.
export * from '@org/clara';
export * from './generated/index.js';
