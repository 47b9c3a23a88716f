// A client for the small "Testland" spec (test/fixtures/testland-spec.json), wired exactly as generated
// country bindings wire theirs, and a sandbox serving the same spec over real mTLS.
import { startSandbox, type Sandbox } from '@org/clara-sandbox';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { buildClient, type ClaraClientBase, type ClaraClientOptions, type ClaraPromise, type ClientBinding, type PagePromise, type RequestOptions, type ResponseSchemas } from '../../src/binding.js';
import { createClient, createConfig, type Client } from '../.generated/client/index.js';
import * as sdk from '../.generated/sdk.gen.js';
import type * as api from '../.generated/types.gen.js';

export const specPath = join(import.meta.dirname, '..', 'fixtures', 'testland-spec.json');

export const country = {
  code: 'mx', // Testland borrows Mexico's tax identifiers
  name: 'Testland',
  servers: { production: 'https://public-api.zz.clara.com/api', sandbox: 'https://public-api.zz.clara.com/api-test' },
  tokenUrl: 'https://public-api.zz.clara.com/oauth/token',
};

export interface TestlandClient extends ClaraClientBase<TestlandClient, Client> {
  transactions: {
    list(query?: api.ListTransactionsData['query'], options?: RequestOptions): PagePromise<api.ListTransactionsResponse>;
    get(uuid: string, options?: RequestOptions): ClaraPromise<api.GetTransactionResponse>;
  };
  cards: {
    create(body: api.CreateCardData['body'], options?: RequestOptions): ClaraPromise<api.CreateCardResponse>;
    toggleLock(uuid: string, body: api.ToggleCardLockData['body'], options?: RequestOptions): ClaraPromise<api.ToggleCardLockResponse>;
    delete(uuid: string, options?: RequestOptions): ClaraPromise<api.DeleteCardResponse>;
  };
  digitalAccounts: {
    list(query: api.ListDigitalAccountsData['query'], options?: RequestOptions): PagePromise<api.ListDigitalAccountsResponse>;
  };
}

export const operations = {
  transactions: {
    list: { id: 'listTransactions', route: 'GET /v3/transactions', call: sdk.listTransactions, path: [], input: 'query', paging: 'page' },
    get: { id: 'getTransaction', route: 'GET /v3/transactions/{uuid}', call: sdk.getTransaction, path: ['uuid'], input: 'none' },
  },
  cards: {
    create: { id: 'createCard', route: 'POST /v3/cards', call: sdk.createCard, path: [], input: 'body' },
    toggleLock: { id: 'toggleCardLock', route: 'PATCH /v3/cards/{uuid}/lock', call: sdk.toggleCardLock, path: ['uuid'], input: 'body' },
    delete: { id: 'deleteCard', route: 'DELETE /v3/cards/{uuid}', call: sdk.deleteCard, path: ['uuid'], input: 'none' },
  },
  digitalAccounts: {
    list: { id: 'listDigitalAccounts', route: 'GET /v3/digital-accounts', call: sdk.listDigitalAccounts, path: [], input: 'query', paging: 'array' },
  },
} as const;

export const testlandPackage = { name: '@org/clara-zz', version: '0.0.0-test' };

// One binding for every Testland client, as a generated country package has.
const binding: ClientBinding<Client> = {
  country,
  package: testlandPackage,
  operations,
  createHttpClient: (config) => createClient(createConfig(config)),
  responses: async () => (await import('../.generated/responses.json', { with: { type: 'json' } })).default as ResponseSchemas,
};

export const createTestlandClient = (options: ClaraClientOptions): TestlandClient => buildClient<TestlandClient, Client>(binding, options);

export async function startTestland(options: Partial<Parameters<typeof startSandbox>[0]> = {}): Promise<Sandbox> {
  return startSandbox({ country: 'mx', spec: specPath, seed: 'facade-tests', ...options });
}

/** Client options pointing at a sandbox, as a user would write them. */
export const sandboxOptions = (sandbox: Sandbox): ClaraClientOptions => ({
  credentials: sandbox.credentialsDir,
  baseUrl: sandbox.url,
  ca: sandbox.caCert,
});

/** The secrets of a sandbox bundle, for redaction checks. */
export const bundleSecret = (sandbox: Sandbox): string =>
  JSON.parse(readFileSync(join(sandbox.credentialsDir, 'client-credentials.json'), 'utf8')).clientSecret;
