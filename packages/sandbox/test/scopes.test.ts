// A project's permissions: the sandbox's `scopes` are in the credentials JSON and the token's `scope`, and a call
// on a resource the project may not read or write answers 403, as Clara does for a project without that permission.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../src/index.js';
import { FIXTURE_SPEC, TestClient } from './helpers.js';

describe('scopes', () => {
  let sandbox: Sandbox;
  let client: TestClient;

  beforeAll(async () => {
    sandbox = await startSandbox({ country: 'mx', spec: FIXTURE_SPEC, scopes: ['read:transactions'] });
    client = await new TestClient(sandbox).login();
  });
  afterAll(async () => {
    client.close();
    await sandbox.close();
  });

  it('writes them to the credentials JSON and grants them in the token', async () => {
    expect(client.bundle.credentials.scopes).toEqual(['read:transactions']);
    expect((await client.fetchToken()).json.scope).toBe('read:transactions');
  });

  it('answers 403 on a resource the project may not read, 200 on the one it may', async () => {
    expect((await client.request('GET', '/api/v3/transactions')).status).toBe(200);
    const cards = await client.request('GET', '/api/v3/cards');
    expect(cards.status).toBe(403);
    expect(cards.json).toMatchObject({ code: 'FORBIDDEN', message: 'Access denied: this project lacks the permission read:cards' });
    expect((await client.request('GET', '/api/v3/users')).status).toBe(403);
    expect((await client.request('GET', '/api/v3/billing-statements/current')).status).toBe(200); // no scope guards it
  });

  it('refuses scope names that are not OAuth scope tokens', async () => {
    await expect(startSandbox({ country: 'mx', spec: FIXTURE_SPEC, scopes: ['read cards'] })).rejects.toThrow(/scopes must be an array of OAuth scope names/);
  });
});
