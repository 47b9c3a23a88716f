// The checks of a list walk over the real pipeline (mutual TLS, token, ky, undici): a hostile server that
// ignores `page` is stopped at the second request, and the sandbox's lists — Spring pages, an exact multiple of
// the page size — walk to their end with no extra request.
import type { Sandbox } from '@org/clara-sandbox';
import { afterAll, beforeAll, expect, test } from 'vitest';

import { ClaraPaginationError } from '../src/index.js';
import { startHostileClara, type HostileClara } from './support/hostile-clara.js';
import { failure } from './support/per-file.js';
import { createTestlandClient, sandboxOptions, startTestland, type TestlandClient } from './support/testland.js';

let sandbox: Sandbox;
let hostile: HostileClara;
const clients: TestlandClient[] = [];
const client = (options: Parameters<typeof createTestlandClient>[0]) => {
  const created = createTestlandClient(options);
  clients.push(created);
  return created;
};

beforeAll(async () => {
  sandbox = await startTestland({ datasetSizes: { transactions: 60 } });
  hostile = await startHostileClara();
});
afterAll(async () => {
  await Promise.all(clients.map((created) => created.close()));
  await hostile.close();
  await sandbox.close();
});

test('a server that ignores `page` ends the walk at the second page, over mTLS', async () => {
  const clara = client({ credentials: sandbox.credentialsDir, baseUrl: `${hostile.url}/ignores-page`, ca: hostile.ca });
  const seen: string[] = [];
  const error = await failure((async () => {
    for await (const tx of clara.transactions.list({ size: 2 })) seen.push(tx.uuid);
  })(), ClaraPaginationError);
  expect(error).toMatchObject({ problem: 'page-number', pageRequested: 1, pageReceived: 0, itemsSoFar: 2, operation: 'listTransactions', path: '/ignores-page/api/v3/transactions' });
  expect(seen).toEqual(['tx-0', 'tx-1']);
  expect(hostile.paths.filter((path) => path.startsWith('/ignores-page/api/'))).toHaveLength(2);
});

test('the sandbox\'s list, an exact multiple of the page size, walks to its end in as many requests as pages', async () => {
  const clara = client(sandboxOptions(sandbox));
  let items = 0;
  for await (const _ of clara.transactions.list({ size: 20 })) items++;
  expect(items).toBe(60);
  expect(clara.usage().byService.TransactionsRead?.requests).toBe(3);
});
