// Generates a small hey-api client from test/fixtures/testland-spec.json, the same way tools/generate does for
// the real countries, so the runtime is tested against real generated code without depending on a country.
import { createClient } from '@hey-api/openapi-ts';
import { join } from 'node:path';

export default async function setup(): Promise<void> {
  await createClient({
    input: join(import.meta.dirname, 'fixtures', 'testland-spec.json'),
    output: { path: join(import.meta.dirname, '.generated'), module: { extension: '.js' }, postProcess: [] },
    plugins: ['@hey-api/client-ky', '@hey-api/typescript', '@hey-api/sdk'],
    logs: { level: 'silent', file: false },
  });
}
