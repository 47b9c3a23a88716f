// Clara Colombia: the current billing statement and its transactions, and reimbursements.
//   CLARA_CREDENTIALS=./clara-credentials node examples/co.ts
import { ClaraNotFoundError, createClaraClient } from '@org/clara-co';

const clara = createClaraClient({
  credentials: process.env.CLARA_CREDENTIALS ?? './clara-credentials',
  baseUrl: process.env.CLARA_BASE_URL,
  ca: process.env.CLARA_CA_FILE,
});

try {
  const statement = await clara.billingStatements.getCurrent();
  console.log(`✓ current billing statement ${statement.uuid}`);

  let lines = 0;
  for await (const _ of clara.billingStatements.listTransactions(statement.uuid)) lines += 1;
  console.log(`✓ ${lines} transactions on it`);

  const reimbursements = await clara.reimbursements.list({ size: 5 });
  console.log(`✓ ${reimbursements.totalElements} reimbursements`);

  await clara.cards.get('00000000-0000-4000-8000-000000000000').catch((error: unknown) => {
    if (!(error instanceof ClaraNotFoundError)) throw error;
    console.log(`✓ unknown card → ${error.name} (${error.status})`);
  });
} finally {
  await clara.close();
}
