// Clara Mexico, end to end: paged transactions, one by uuid, a virtual card created and locked, a subsidiary,
// and a typed error. `npm run demo` runs it against the local sandbox; with your own credentials:
//   CLARA_CREDENTIALS=./clara-credentials CLARA_SUBSIDIARY=<RFC> node examples/mx.ts
import { CardPeriodicityType, CardType, ClaraValidationError, createClaraClient } from '@org/clara-mx';

const clara = createClaraClient({
  credentials: process.env.CLARA_CREDENTIALS ?? './clara-credentials', // the folder from the Clara dashboard
  baseUrl: process.env.CLARA_BASE_URL, // unset: Clara's Mexican host
  ca: process.env.CLARA_CA_FILE, // unset: the system's CAs
});
const since = new Date(Date.now() - 90 * 86_400_000).toISOString().slice(0, 10);

try {
  // Every transaction of the last 90 days; pages of 50 are fetched as the loop needs them.
  let count = 0;
  const totals = new Map<string, number>();
  for await (const tx of clara.transactions.list({ operationDateRangeStart: since, size: 50 })) {
    count += 1;
    if (tx.amountValue) totals.set(tx.amountValue.currency, (totals.get(tx.amountValue.currency) ?? 0) + tx.amountValue.value);
  }
  const spent = [...totals].map(([currency, total]) => `${total.toFixed(2)} ${currency}`).join(', ');
  console.log(`✓ ${count} transactions since ${since}, ${spent || 'nothing'} in total`);

  const [latest] = (await clara.transactions.list({ size: 1, sort: 'operationDate,DESC' })).content;
  if (latest) {
    const tx = await clara.transactions.get(latest.uuid);
    console.log(`✓ transaction ${tx.uuid}: ${tx.merchant?.name ?? tx.transactionLabel} — ${tx.amountValue?.value} ${tx.amountValue?.currency} (${tx.status})`);
  }

  // A virtual card for the first user, then locked.
  const [holder] = (await clara.users.list({ size: 1 })).content;
  if (holder) {
    // Clara finishes card writes within about 30 s, or else in the background: outcome() tells which.
    const outcome = await clara.cards.create({ type: CardType.VIRTUAL, alias: 'Demo travel card', userUUID: holder.uuid, threshold: 5000, periodicityType: CardPeriodicityType.MONTHLY }).outcome();
    if (outcome.completed && outcome.data.uuid) {
      await clara.cards.toggleLock(outcome.data.uuid, { locked: true });
      const card = await clara.cards.get(outcome.data.uuid);
      console.log(`✓ virtual card ${card.uuid} "${card.alias}" for ${holder.fullName}: ${card.lockCode}`);
    } else {
      console.log('✓ card creation accepted; Clara finishes it in the background (a webhook, or waitFor() polling its card request)');
    }
  }

  // A holding acts for one of its companies with the same credentials and token.
  const subsidiary = process.env.CLARA_SUBSIDIARY;
  if (subsidiary) {
    const page = await clara.withTaxIdentifier(subsidiary).transactions.list({ size: 5 });
    console.log(`✓ subsidiary ${subsidiary}: ${page.totalElements} transactions`);
  }

  // Bad input comes back as a typed error naming the problem.
  try {
    await clara.transactions.list({ operationDateRangeStart: '2026-13-45' });
  } catch (error) {
    if (!(error instanceof ClaraValidationError)) throw error;
    console.log(`✓ typed error: ${error.name} ${error.status} ${error.code} — ${error.message}`);
  }

  // What all this cost on Clara's side, counted the way its API Insights page does.
  const usage = clara.usage();
  const services = Object.entries(usage.byService).map(([service, { requests }]) => `${service} ${requests}`).join(', ');
  console.log(`✓ ${usage.requests} requests to Clara (${services}), ${(usage.successRate * 100).toFixed(0)} % answered 2xx`);
} finally {
  await clara.close();
}
