import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CountryCode } from '../src/data/countries.js';
import { startSandbox, type Sandbox } from '../src/index.js';
import { deref, listOperations, type Operation, type SpecDocument } from '../src/spec.js';
import { FIXTURE_SPEC, responseValidator, TestClient } from './helpers.js';

const specsRoot = join(import.meta.dirname, '..', '..', '..', 'specs');
const cases: { name: string; country: CountryCode; file: string }[] = [
  { name: 'fixture', country: 'mx', file: FIXTURE_SPEC },
  ...(['mx', 'br', 'co'] as const).map((country) => ({ name: country, country, file: join(specsRoot, country, 'api-docs-v3.json') })),
];

/** The wire path of a request: the template filled with the path parameters (in order), then the query. */
function wirePath(operation: Operation, pathParams: readonly string[], query: Record<string, unknown> = {}): string {
  let index = 0;
  const path = operation.path.replace(/\{[^}]+\}/g, () => encodeURIComponent(pathParams[index++] as string));
  const search = new URLSearchParams(Object.entries(query).map(([name, value]): [string, string] => [name, String(value)]));
  return `/api${path}${search.size > 0 ? `?${search}` : ''}`;
}

const pathParamNames = (operation: Operation) => [...operation.path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1] as string);

/** An invalid value for a parameter's schema, or undefined when the schema accepts any string. */
function invalidParameter(spec: SpecDocument, schema: Record<string, unknown>): string | undefined {
  const resolved = deref(spec, schema, '').node;
  if (resolved.type === 'integer' || resolved.type === 'number') return 'not-a-number';
  if (resolved.format === 'uuid') return 'not-a-uuid';
  if (resolved.format === 'date') return '31/01/2025';
  if (Array.isArray(resolved.enum)) return 'NOT_AN_ENUM_VALUE';
  return undefined;
}

for (const { name, country, file } of cases) {
  describe.skipIf(!existsSync(file))(`every operation of the ${name} spec`, () => {
    let sandbox: Sandbox;
    let client: TestClient;
    let spec: SpecDocument;
    let operations: Operation[];
    let validate: ReturnType<typeof responseValidator>;

    beforeAll(async () => {
      spec = JSON.parse(readFileSync(file, 'utf8')) as SpecDocument;
      operations = listOperations(spec);
      validate = responseValidator(spec);
      sandbox = await startSandbox({ country, spec });
      client = await new TestClient(sandbox).login();
    });
    afterAll(async () => {
      client.close();
      await sandbox.close();
    });

    it('answers a valid request with a response that validates against the spec', async () => {
      const failures: string[] = [];
      // In spec order, deletes included: each example is read from the data as it is at that moment.
      for (const operation of operations) {
        const { pathParams, query, body } = await sandbox.exampleRequest(operation.operationId);
        const path = wirePath(operation, pathParams, query);
        const reply = await client.request(operation.method, path, body === undefined ? {} : { body });
        const label = `${operation.operationId} (${operation.method} ${path})`;
        if (reply.status !== operation.success.status) {
          failures.push(`${label}: status ${reply.status}, expected ${operation.success.status}: ${reply.text.slice(0, 300)}`);
          continue;
        }
        if (operation.success.schemaPointer) {
          const problem = validate(operation.success.schemaPointer, reply.json);
          if (problem) failures.push(`${label}: response does not validate: ${problem}`);
        } else if (reply.text !== '') failures.push(`${label}: expected no body, got ${reply.text.slice(0, 100)}`);
      }
      expect(failures).toEqual([]);
      expect(Object.keys(sandbox.stats.byOperation).sort()).toEqual(operations.map((op) => op.operationId).sort());
    });

    it('answers an invalid request with 400 VALIDATION_ERROR', async () => {
      const failures: string[] = [];
      let checked = 0;
      for (const operation of operations) {
        const { pathParams, query, body: validBody } = await sandbox.exampleRequest(operation.operationId);
        let target: string | undefined;
        let body = validBody;
        const pathParam = operation.parameters.find((p) => p.in === 'path' && invalidParameter(spec, p.schema) !== undefined);
        const queryParam = operation.parameters.find((p) => p.in === 'query' && invalidParameter(spec, p.schema) !== undefined);
        if (pathParam) {
          const invalidPath = [...pathParams];
          invalidPath[pathParamNames(operation).indexOf(pathParam.name)] = invalidParameter(spec, pathParam.schema) as string;
          target = wirePath(operation, invalidPath, query);
        } else if (queryParam) {
          target = wirePath(operation, pathParams, { ...query, [queryParam.name]: invalidParameter(spec, queryParam.schema) });
        } else if (operation.requestBody) {
          target = wirePath(operation, pathParams, query);
          body = operation.requestBody.schema.type === 'array' ? { not: 'an array' } : ['not', 'an', 'object'];
        }
        if (target === undefined) continue; // Nothing in the request can be wrong (no parameters, no body).
        checked++;
        const reply = await client.request(operation.method, target, body === undefined ? {} : { body });
        if (reply.status !== 400 || reply.json?.code !== 'VALIDATION_ERROR' || !Array.isArray(reply.json?.details)) {
          failures.push(`${operation.operationId} (${operation.method} ${target}): ${reply.status} ${reply.text.slice(0, 200)}`);
        }
      }
      expect(failures).toEqual([]);
      expect(checked).toBeGreaterThan(operations.length / 2);
    });
  });
}
