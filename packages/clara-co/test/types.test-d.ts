// Rendered from tools/generate/template by tools/generate — do not edit.
// Compile-time checks of the client's types. The package's typecheck (`tsc -p tsconfig.json`, which includes
// test/) checks this file; nothing here runs. A `@ts-expect-error` whose line compiles fails the typecheck.
// Which resources exist in which country is checked in tools/test/country-surface.test.ts.
import { expectTypeOf, test } from 'vitest';

import { raw, type ClaraClient, type ClaraPromise, type PagePromise, type PageTransactionResponseV3, type TransactionResponseV3 } from '../src/index.js';

declare const clara: ClaraClient;

test('wrong parameters do not compile', () => {
  // @ts-expect-error `size` is a number
  clara.transactions.list({ size: 'ten' });
  // @ts-expect-error not a query parameter of this operation
  clara.transactions.list({ pageSize: 10 });
  // @ts-expect-error a uuid is a string
  clara.transactions.get(123);
  // @ts-expect-error creating a card needs its body
  clara.cards.create();
  // @ts-expect-error the body has required fields
  clara.cards.create({ alias: 'Travel' });
});

test('results are the schema types', () => {
  expectTypeOf(clara.transactions.get('uuid')).toEqualTypeOf<ClaraPromise<TransactionResponseV3>>();
  expectTypeOf(clara.transactions.list()).toEqualTypeOf<PagePromise<PageTransactionResponseV3>>();
});

test('iterating a list yields its items, awaiting it the first page', async () => {
  for await (const transaction of clara.transactions.list({ size: 50 })) expectTypeOf(transaction).toEqualTypeOf<TransactionResponseV3>();
  const page = await clara.transactions.list();
  expectTypeOf(page.content).toEqualTypeOf<TransactionResponseV3[]>();
});

test('a client acting for a subsidiary has the same methods', () => {
  expectTypeOf(clara.withTaxIdentifier('subsidiary-tax-id')).toEqualTypeOf<ClaraClient>();
});

test('raw functions take the client’s HTTP client and keep their own types', async () => {
  const { data } = await raw.listTransactions({ client: await clara.httpClient(), throwOnError: true, query: { size: 10 } });
  expectTypeOf(data).toEqualTypeOf<PageTransactionResponseV3>();
  // @ts-expect-error `size` is a number here too
  void raw.listTransactions({ client: await clara.httpClient(), query: { size: 'ten' } });
});
