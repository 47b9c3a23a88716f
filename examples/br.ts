// Clara Brazil: the digital account (BR only) and boleto payments, then the cards of a subsidiary.
//   CLARA_CREDENTIALS=./clara-credentials CLARA_SUBSIDIARY=<CNPJ> node examples/br.ts
import { createClaraClient } from '@org/clara-br';

const clara = createClaraClient({
  credentials: process.env.CLARA_CREDENTIALS ?? './clara-credentials',
  baseUrl: process.env.CLARA_BASE_URL,
  ca: process.env.CLARA_CA_FILE,
});

try {
  // The digital account answers bare arrays; the client pages until a short page.
  let movements = 0;
  let balance = 0;
  for await (const movement of clara.digitalAccounts.listTransactions({ page: 0, size: 20 })) {
    movements += 1;
    balance += movement.type?.endsWith('received') ? (movement.amount ?? 0) : -(movement.amount ?? 0);
  }
  console.log(`✓ ${movements} digital-account movements, net R$ ${balance.toFixed(2)}`);

  const payments = await clara.v2.payments.list();
  console.log(`✓ ${Array.isArray(payments) ? payments.length : payments.totalElements} boleto payments`);

  const cnpj = process.env.CLARA_SUBSIDIARY;
  if (cnpj) {
    const cards = await clara.withTaxIdentifier(cnpj).cards.list({ size: 10 });
    console.log(`✓ subsidiary ${cnpj}: ${cards.totalElements} cards`);
  }
} finally {
  await clara.close();
}
