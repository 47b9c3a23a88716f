import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countryProfile, type CountryCode } from '../src/data/countries.js';
import { Generator } from '../src/data/generate.js';
import { Random } from '../src/data/prng.js';
import { startSandbox, type Sandbox } from '../src/index.js';
import { deref, listOperations, type Operation, type SpecDocument } from '../src/spec.js';
import { FIXTURE_SPEC, responseValidator, TestClient } from './helpers.js';

const specsRoot = join(import.meta.dirname, '..', '..', '..', 'specs');
const cases: { name: string; country: CountryCode; file: string }[] = [
  { name: 'fixture', country: 'mx', file: FIXTURE_SPEC },
  ...(['mx', 'br', 'co'] as const).map((country) => ({ name: country, country, file: join(specsRoot, country, 'api-docs-v3.json') })),
];

/** A value for a path/query parameter: an existing id for `{uuid}`-like params, else from the schema. */
function sampleParameter(spec: SpecDocument, schema: Record<string, unknown>): unknown {
  const resolved = deref(spec, schema, '').node;
  if (resolved.default !== undefined) return resolved.default;
  if (resolved.example !== undefined) return resolved.example;
  if (Array.isArray(resolved.enum)) return resolved.enum[0];
  if (resolved.type === 'integer' || resolved.type === 'number') return resolved.minimum ?? 1;
  if (resolved.format === 'date') return '2025-01-31';
  if (resolved.format === 'uuid') return '3f1c2a9e-8b7d-4c6e-9a5f-1e2d3c4b5a69';
  return 'x';
}

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

    /** Fills the path with ids listed by the collection above each `{param}` (so the item exists). */
    async function concretePath(operation: Operation): Promise<string> {
      const segments = operation.path.split('/');
      for (let index = 0; index < segments.length; index++) {
        const match = /^\{(.+)\}$/.exec(segments[index] as string);
        if (!match) continue;
        const parameter = operation.parameters.find((p) => p.in === 'path' && p.name === match[1]);
        const listPath = segments.slice(0, index).join('/');
        const list = operations.find((op) => op.method === 'GET' && op.path === listPath);
        let value: unknown;
        if (list) {
          const reply = await client.request('GET', `/api${listPath}?page=0&size=5`);
          const items = Array.isArray(reply.json) ? reply.json : reply.json?.content;
          const first = items?.[0];
          value = first?.uuid ?? first?.id;
        }
        segments[index] = encodeURIComponent(String(value ?? sampleParameter(spec, parameter?.schema ?? {})));
      }
      return segments.join('/');
    }

    function validQuery(operation: Operation): string {
      const required = operation.parameters.filter((p) => p.in === 'query' && p.required);
      const params = new URLSearchParams(required.map((p) => [p.name, String(sampleParameter(spec, p.schema))] as [string, string]));
      return params.size > 0 ? `?${params}` : '';
    }

    function validBody(operation: Operation): unknown {
      if (!operation.requestBody) return undefined;
      const generator = new Generator({ spec, random: new Random(operation.operationId), profile: countryProfile(country), today: Date.now() });
      const body = generator.value(operation.requestBody.schema, operation.operationId);
      const problem = validate(operation.requestBody.schemaPointer, body);
      if (problem) throw new Error(`could not build a valid body for ${operation.operationId}: ${problem}`);
      return body;
    }

    it('answers a valid request with a response that validates against the spec', async () => {
      const failures: string[] = [];
      // Deletes last, so every other operation still finds the items it addresses.
      const ordered = [...operations].sort((a, b) => Number(a.method === 'DELETE') - Number(b.method === 'DELETE'));
      for (const operation of ordered) {
        const path = `/api${await concretePath(operation)}${validQuery(operation)}`;
        const body = validBody(operation);
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
        const path = await concretePath(operation);
        let target: string | undefined;
        let body = validBody(operation);
        const pathParam = operation.parameters.find((p) => p.in === 'path' && invalidParameter(spec, p.schema) !== undefined);
        const queryParam = operation.parameters.find((p) => p.in === 'query' && invalidParameter(spec, p.schema) !== undefined);
        if (pathParam) {
          target = `/api${operation.path.replace(`{${pathParam.name}}`, invalidParameter(spec, pathParam.schema) as string).replace(/\{[^}]+\}/g, (segment) => path.split('/')[operation.path.split('/').indexOf(segment)] as string)}${validQuery(operation)}`;
        } else if (queryParam) {
          const query = new URLSearchParams(validQuery(operation).slice(1));
          query.set(queryParam.name, invalidParameter(spec, queryParam.schema) as string);
          target = `/api${path}?${query}`;
        } else if (operation.requestBody) {
          target = `/api${path}${validQuery(operation)}`;
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
