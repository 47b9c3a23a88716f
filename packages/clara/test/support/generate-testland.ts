// Generates a small hey-api client and its response schemas from test/fixtures/testland-spec.json into
// test/.generated, the same way tools/generate does for the real countries, so the runtime is tested against real generated code without
// depending on a country package. Run before the tests (global setup) and before type-checking them.
import { createClient } from '@hey-api/openapi-ts';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { renderResponses, RESPONSES_FILE } from '../../../../tools/generate/responses.ts';

const testDir = join(import.meta.dirname, '..');

export async function generateTestland(): Promise<void> {
  await createClient({
    input: join(testDir, 'fixtures', 'testland-spec.json'),
    output: { path: join(testDir, '.generated'), module: { extension: '.js' }, postProcess: [] },
    plugins: ['@hey-api/client-ky', '@hey-api/typescript', { name: '@hey-api/sdk', client: false }], // as tools/generate/generate.ts
    logs: { level: 'silent', file: false },
  });
  // Testland's paths have no `/api` prefix: its document is its own curated one.
  const spec = JSON.parse(await readFile(join(testDir, 'fixtures', 'testland-spec.json'), 'utf8'));
  await writeFile(join(testDir, '.generated', RESPONSES_FILE), renderResponses(spec, spec));
}

if (import.meta.main) await generateTestland();
