import { defineConfig } from 'tsdown';

export default defineConfig({
  // Named entries: dist/testing.js, not dist/testing/index.js.
  entry: { index: 'src/index.ts', binding: 'src/binding.ts', testing: 'src/testing/index.ts' },
  format: 'esm',
  dts: true,
  platform: 'node',
  target: 'node22',
  fixedExtension: false,
});
