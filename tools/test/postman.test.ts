// The Postman collection's generator: ids as variables with Clara's examples as defaults, reads before writes,
// and the token script next to the app's OAuth 2.0 settings. (newman runs the shipped one: postman-newman.test.ts.)
import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { describe, expect, test } from 'vitest';

import { sealCredentials } from '../../packages/auth/src/credentials/secrets.ts';
import { clientCredentialsRequest } from '../../packages/auth/src/tokens/client-credentials.ts';
import type { ClaraCredentials } from '../../packages/auth/src/credentials/types.ts';
import { PostmanError, renderPostman } from '../generate/postman.ts';

const CARD = '7b2e4d61-3a9f-4c8e-b5d2-1e0f9a8c7b6d';
const BATCH = '1f0e9d8c-7b6a-4594-8372-6150a4b3c2d1';
const country = { code: 'zz', name: 'Zedland', servers: { production: 'https://public-api.zz.clara.com/api', sandbox: 'https://public-api.zz.clara.com/api-test' }, tokenUrl: 'https://public-api.zz.clara.com/oauth/token' };
const ok = { 200: { description: 'OK', content: { 'application/json': { schema: { type: 'object' } } } } };
const uuid = (example?: string) => ({ name: 'uuid', in: 'path', required: true, schema: { type: 'string', format: 'uuid' }, ...(example ? { example } : {}) });
const document = {
  openapi: '3.0.1',
  info: { title: 'Zedland', version: 'v3' },
  paths: {
    '/v3/cards/{uuid}': {
      delete: { tags: ['Cards'], operationId: 'deleteCard', parameters: [{ $ref: '#/components/parameters/CardUuid' }], responses: ok },
      get: { tags: ['Cards'], operationId: 'getCard', parameters: [{ $ref: '#/components/parameters/CardUuid' }], responses: ok },
    },
    '/v3/cards/lock': {
      patch: {
        tags: ['Cards'],
        operationId: 'lockCards',
        requestBody: { content: { 'application/json': { schema: { type: 'object', properties: { cardUuids: { type: 'array', items: { type: 'string' } } } }, example: { cardUuids: [CARD] } } } },
        responses: ok,
      },
    },
    '/v3/cards/requests/batches/{id}': { get: { tags: ['Cards'], operationId: 'getBatch', parameters: [{ ...uuid(BATCH), name: 'id' }], responses: ok } },
    '/v1/cards/{uuid}': { get: { tags: ['Cards'], operationId: 'getCardV1', parameters: [uuid(CARD)], responses: ok } },
    '/v3/users/{uuid}': { get: { tags: ['Users'], operationId: 'getUser', parameters: [uuid()], responses: ok } },
  },
  components: { parameters: { CardUuid: uuid(CARD) } },
};

describe('the Postman collection', async () => {
  const [collectionFile, production] = await renderPostman(country, document);
  const collection = JSON.parse(collectionFile?.text as string);
  const requests = collection.item.flatMap((folder: { item: unknown[] }) => folder.item).map((item: { request: any }) => item.request);
  const named = (method: string, path: string) => requests.find((request: any) => request.method === method && request.url.path.join('/') === path);

  test("names example ids by variables, in paths and bodies, with Clara's examples as the collection's defaults", () => {
    expect(collection.variable).toEqual([
      { key: 'baseUrl', value: country.servers.production, type: 'string' },
      { key: 'tokenUrl', value: country.tokenUrl, type: 'string' },
      { key: 'cardRequestBatchId', value: BATCH, type: 'string' },
      { key: 'cardUuid', value: CARD, type: 'string' },
    ]);
    expect(named('GET', 'v3/cards/:uuid').url.variable[0].value).toBe('{{cardUuid}}');
    expect(named('GET', 'v1/cards/:uuid').url.variable[0].value).toBe('{{cardUuid}}');
    expect(named('GET', 'v3/cards/requests/batches/:id').url.variable[0].value).toBe('{{cardRequestBatchId}}');
    expect(JSON.parse(named('PATCH', 'v3/cards/lock').body.raw)).toEqual({ cardUuids: ['{{cardUuid}}'] });
    // No example: the converter's placeholder stays, no variable is made of it.
    expect(named('GET', 'v3/users/:uuid').url.variable[0].value).not.toMatch(/\{\{/);
  });

  test('puts reads first, then writes, deletions last, in each folder', () => {
    const cards = collection.item.find((folder: { name: string }) => folder.name === 'Cards');
    expect(cards.item.map((item: any) => item.request.method)).toEqual(['GET', 'GET', 'GET', 'PATCH', 'DELETE']);
  });

  test("keeps the app's OAuth 2.0 settings, sending the token the pre-request script caches", () => {
    expect(collection.auth.type).toBe('oauth2');
    expect(collection.auth.oauth2).toEqual(
      expect.arrayContaining([
        { key: 'grant_type', value: 'client_credentials', type: 'string' },
        { key: 'accessTokenUrl', value: '{{tokenUrl}}', type: 'string' },
        { key: 'accessToken', value: '{{accessToken}}', type: 'string' },
        { key: 'headerPrefix', value: 'Bearer', type: 'string' },
      ]),
    );
    const script = collection.event[0].script.exec.join('\n');
    expect(script).toContain("pm.collectionVariables.set('accessToken', body.access_token)");
    expect(script).toContain("pm.collectionVariables.set('accessTokenExpiresAt'");
    expect(JSON.parse(production?.text as string).values.map((value: { key: string }) => value.key)).toEqual(['baseUrl', 'tokenUrl', 'clientId', 'clientSecret']);
  });
});

describe('hostile path parameter names and example ids', () => {
  const hostile = (name: string, id: string) => ({
    ...document,
    paths: {
      [`/v3/items/{${name}}`]: { get: { tags: ['Items'], operationId: 'getItem', parameters: [{ ...uuid(CARD), name }], responses: ok } },
      '/v3/orders/{id}': { get: { tags: ['Items'], operationId: 'getOrder', parameters: [{ ...uuid(id), name: 'id' }], responses: ok } },
    },
  });

  test('add no key to a request: names that are not plain letters and digits become generated ones', async () => {
    const id = 'id" \\ {{x}}';
    const [file] = await renderPostman(country, hostile('x","url":"evil","a":"aid', id));
    const collection = JSON.parse(file?.text as string);
    const [item, order] = collection.item[0].item.map((entry: { request: any }) => entry.request);
    expect(Object.keys(item)).toEqual(Object.keys(order));
    expect(item.url.host).toEqual(['{{baseUrl}}']);
    expect(collection.variable.slice(2)).toEqual([
      { key: 'exampleId1', value: CARD, type: 'string' },
      { key: 'orderId', value: id, type: 'string' },
    ]);
    expect(item.url.variable[0].value).toBe('{{exampleId1}}');
    expect(order.url.variable[0].value).toBe('{{orderId}}');
  });

  test('a path Postman would read as a request to another host is refused', async () => {
    const error = await renderPostman(country, hostile('x","url":"https://evil.example/steal","a":"aid', CARD)).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(PostmanError);
    expect((error as Error).message).toMatch(/^Postman conversion: the request "get Item" would not go to \{\{baseUrl\}\} \(its path reads as a URL of its own\): .*evil/);
  });
});

test("the token script's Basic credentials are the SDK's, byte for byte, for an id and secret with reserved and non-ASCII characters", () => {
  const [clientId, clientSecret] = ['id+with space/é', 'se%2Bcret+/=:ü€ &'];
  const sent: { header: { key: string; value: string }[] }[] = [];
  const variables: Record<string, string> = { clientId, clientSecret, tokenUrl: 'https://public-api.zz.clara.com/oauth/token' };
  const pm = {
    collectionVariables: { get: () => undefined, set: () => undefined },
    variables: { get: (key: string) => variables[key], replaceIn: (text: string) => text.replace(/\{\{(\w+)\}\}/g, (_, key: string) => variables[key] ?? '') },
    sendRequest: (request: (typeof sent)[number]) => sent.push(request),
  };
  runInNewContext(readFileSync(new URL('../generate/postman-token-script.js', import.meta.url), 'utf8'), { pm, btoa });
  const credentials = sealCredentials({ clientId } as ClaraCredentials, { clientSecret, certPem: '', keyPem: '' });
  expect(sent[0]?.header.find(({ key }) => key === 'Authorization')?.value).toBe(clientCredentialsRequest(credentials).headers.authorization);
});
