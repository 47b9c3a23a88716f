import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../src/index.js';
import { TestClient } from './helpers.js';

describe('exampleRequest', () => {
  let sandbox: Sandbox;
  let client: TestClient;

  beforeAll(async () => {
    sandbox = await startSandbox({ country: 'mx' });
    client = await new TestClient(sandbox).login();
  });
  afterAll(async () => {
    client.close();
    await sandbox.close();
  });

  it('addresses an existing item, read from the data as it is now', async () => {
    const { pathParams } = await sandbox.exampleRequest('getCard');
    const [uuid] = pathParams;
    expect((await client.request('GET', `/api/v3/cards/${uuid}`)).json.uuid).toBe(uuid);

    expect((await client.request('DELETE', `/api/v3/cards/${uuid}`)).status).toBe(200);
    const next = await sandbox.exampleRequest('getCard');
    expect(next.pathParams[0]).not.toBe(uuid);
    expect((await client.request('GET', `/api/v3/cards/${next.pathParams[0]}`)).status).toBe(200);
  });

  it('fills the path in order and names existing items in the body', async () => {
    expect((await sandbox.exampleRequest('getLogsByDayV1')).pathParams).toHaveLength(3);

    const { body } = await sandbox.exampleRequest('toggleCardsLock');
    const { cardUuids } = body as { cardUuids: string[] };
    expect(cardUuids.length).toBeGreaterThan(0);
    expect(new Set(cardUuids).size).toBe(cardUuids.length);
    for (const uuid of cardUuids) expect((await client.request('GET', `/api/v3/cards/${uuid}`)).status).toBe(200);
  });

  it("reads a subsidiary's data with taxIdentifier", async () => {
    const subsidiary = sandbox.entities[1]!.taxId;
    const [holdingTx] = (await sandbox.exampleRequest('getTransaction')).pathParams;
    const [subsidiaryTx] = (await sandbox.exampleRequest('getTransaction', { taxIdentifier: subsidiary })).pathParams;
    expect(subsidiaryTx).not.toBe(holdingTx);
    const asSubsidiary = { headers: { 'x-tax-identifier': subsidiary } };
    expect((await client.request('GET', `/api/v3/transactions/${subsidiaryTx}`, asSubsidiary)).status).toBe(200);
    expect((await client.request('GET', `/api/v3/transactions/${subsidiaryTx}`)).status).toBe(404);
  });

  it('rejects an unknown operation or company', async () => {
    await expect(sandbox.exampleRequest('noSuchOperation')).rejects.toThrow('No operation "noSuchOperation"');
    await expect(sandbox.exampleRequest('getCard', { taxIdentifier: 'XAXX010101000' })).rejects.toThrow('is not a company of this sandbox');
  });
});

describe("the spec's example ids", () => {
  it("are the first items of the holding's collections, the same item in every API version", async () => {
    const sandbox = await startSandbox({ country: 'mx' });
    const client = await new TestClient(sandbox).login();
    try {
      // The path-parameter examples of Clara's document (`GET /v3/cards/{uuid}`: 7b2e4d61-…), as in its docs.
      const card = '7b2e4d61-3a9f-4c8e-b5d2-1e0f9a8c7b6d';
      for (const version of ['v1', 'v3']) expect((await client.request('GET', `/api/${version}/cards/${card}`)).json.uuid).toBe(card);
      expect((await client.request('GET', '/api/v3/cards?size=1')).json.content[0].uuid).toBe(card);
      expect((await client.request('GET', '/api/v3/users/42c7cc6b-5f3e-4a1d-9b8c-2d7e6f5a4b3c')).status).toBe(200);
      expect((await client.request('GET', '/api/v3/transactions/3f1c2a9e-8b7d-4e21-9c4a-5d6e7f809a1b/documents')).status).toBe(200);
      // Only the holding's: a subsidiary's data is its own.
      const subsidiary = sandbox.entities[1]?.taxId as string;
      expect((await client.request('GET', `/api/v3/cards/${card}`, { headers: { 'x-tax-identifier': subsidiary } })).status).toBe(404);
    } finally {
      client.close();
      await sandbox.close();
    }
  });
});
