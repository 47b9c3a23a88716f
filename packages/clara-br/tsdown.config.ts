// Rendered from tools/generate/template by tools/generate — do not edit.
import { defineConfig } from 'tsdown';

export default defineConfig({ entry: ['src/index.ts', 'src/testing.ts'], format: 'esm', dts: true, platform: 'node', target: 'node22', fixedExtension: false });
