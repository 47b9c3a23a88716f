// The response schemas the client checks answers against: per operation its Clara path and declared statuses,
// 2xx JSON bodies cut to the keywords drift reports on, and only the component schemas they reach.
import { expect, test } from 'vitest';

import { reconstructedOperations } from '../generate/provenance.ts';
import { renderResponses, ResponsesError } from '../generate/responses.ts';

const effective = {
  openapi: '3.1.0',
  paths: {
    '/v3/cards/{uuid}': {
      get: { operationId: 'getCard', responses: { '200': { description: 'ok', content: { 'application/json': { schema: { $ref: '#/components/schemas/Card' } } } }, '404': { description: 'no', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } } } },
      delete: { operationId: 'deleteCard', responses: { '204': { description: 'done' } } },
    },
  },
  components: {
    schemas: {
      Card: { type: 'object', description: 'A card', required: ['uuid'], properties: { uuid: { type: 'string', format: 'uuid', example: 'x' }, owner: { $ref: '#/components/schemas/User' }, status: { type: 'string', enum: ['ACTIVE', 'LOCKED'], 'x-clara-confidence': 'low' } } },
      User: { type: 'object', properties: { tags: { type: 'array', minItems: 1, items: { type: ['string', 'null'], pattern: '^a' } } } },
      Error: { type: 'object', properties: { message: { type: 'string' } } },
      Unused: { type: 'object' },
    },
  },
};
const curated = { ...effective, paths: { '/api/v3/cards/{uuid}': effective.paths['/v3/cards/{uuid}'] } };

test('operations with their Clara path and statuses; only kept keywords; only reached schemas', () => {
  expect(JSON.parse(renderResponses(effective, curated))).toEqual({
    components: {
      schemas: {
        Card: { type: 'object', required: ['uuid'], properties: { uuid: { type: 'string' }, owner: { $ref: '#/components/schemas/User' }, status: { type: 'string', enum: ['ACTIVE', 'LOCKED'] } } },
        User: { type: 'object', properties: { tags: { type: 'array', items: { type: ['string', 'null'] } } } },
      },
    },
    operations: {
      deleteCard: { path: '/api/v3/cards/{uuid}', responses: { '204': null } },
      getCard: { path: '/api/v3/cards/{uuid}', responses: { '200': { $ref: '#/components/schemas/Card' }, '404': null } },
    },
  });
});

test('the response check and provenance judge the same body schema: application/json, else the first application/*+json, through $refs', () => {
  const low = (name: string) => ({ $ref: `#/components/schemas/${name}` });
  const document = {
    openapi: '3.1.0',
    info: { title: 't', version: '1' },
    paths: {
      '/v3/a': { get: { operationId: 'a', 'x-clara-resource': 'a', 'x-clara-method': 'list', responses: { '200': { description: 'ok', content: { 'text/plain': { schema: { type: 'string' } }, 'application/vnd.clara+json': { schema: low('Low') } } } } } },
      '/v3/b': { get: { operationId: 'b', 'x-clara-resource': 'b', 'x-clara-method': 'list', responses: { '200': { $ref: '#/components/responses/Shared' } } } },
      '/v3/c': { get: { operationId: 'c', 'x-clara-resource': 'c', 'x-clara-method': 'list', responses: { '200': { description: 'ok', content: { 'application/problem+json': { schema: low('Other') }, 'application/json': { schema: low('Low') } } } } } },
    },
    components: {
      responses: { Shared: { description: 'ok', content: { 'application/json': { schema: low('Low') } } } },
      schemas: { Low: { type: 'object', 'x-clara-confidence': 'low' }, Other: { type: 'object' } },
    },
  };
  const checked = JSON.parse(renderResponses(document, document)).operations;
  expect(Object.values<{ responses: Record<string, unknown> }>(checked).map(({ responses }) => responses['200'])).toEqual([low('Low'), low('Low'), low('Low')]);
  expect(reconstructedOperations(document).map(({ route, parts }) => [route, parts])).toEqual([
    ['GET /v3/a', ['the response `Low`']],
    ['GET /v3/b', ['the response `Low`']],
    ['GET /v3/c', ['the response `Low`']],
  ]);
});

test('a $ref into a part of a schema keeps the whole schema; one into a part the file leaves out is refused by its place', () => {
  const withRef = ($ref: string) => ({
    openapi: '3.1.0',
    paths: { '/v3/a': { get: { operationId: 'a', responses: { '200': { description: 'ok', content: { 'application/json': { schema: { $ref } } } } } } } },
    components: { schemas: { A: { type: 'object', properties: { b: { type: 'string', example: 'x' } }, example: { b: 'x' } } } },
  });
  const into = withRef('#/components/schemas/A/properties/b');
  expect(JSON.parse(renderResponses(into, into))).toEqual({
    components: { schemas: { A: { type: 'object', properties: { b: { type: 'string' } } } } },
    operations: { a: { path: '/v3/a', responses: { '200': { $ref: '#/components/schemas/A/properties/b' } } } },
  });
  const dropped = withRef('#/components/schemas/A/example');
  expect(() => renderResponses(dropped, dropped)).toThrow(ResponsesError);
  expect(() => renderResponses(dropped, dropped)).toThrow(/^responses\.json: \$ref "#\/components\/schemas\/A\/example" at #\/operations\/a\/responses\/200 points at nothing the response check keeps/);
});
