// Pagination: `for await` over 100 000 transactions (the sandbox in its own thread, so only the client's heap
// is measured), 100 per page (the spec's maximum). A first pass measures items/s; a second samples the heap after GC every 10 000 items.
// Prints one JSON object.

import { heapAfterGc, mb, round } from './support/measure.ts';
import { loadFacade } from './support/facade.ts';
import { startBenchSandbox } from './support/sandbox.ts';

const { createClaraClient } = await loadFacade();
const ITEMS = 100_000;
const PAGE_SIZE = Number(process.env.BENCH_PAGE_SIZE ?? 100);

const sandbox = await startBenchSandbox({ country: 'mx', seed: 'bench', datasetSizes: { transactions: ITEMS } });
const clara = createClaraClient({ credentials: sandbox.credentialsDir, baseUrl: sandbox.url, ca: sandbox.caCert });
try {
  await clara.transactions.list({ size: 1 }); // token and connection, outside the measurement
  let items = 0;
  const started = performance.now();
  for await (const tx of clara.transactions.list({ size: PAGE_SIZE })) if (tx.uuid) items++;
  const seconds = (performance.now() - started) / 1000;

  const baseline = heapAfterGc();
  const samples: number[] = [];
  let seen = 0;
  for await (const _ of clara.transactions.list({ size: PAGE_SIZE })) if (++seen % 10_000 === 0) samples.push(heapAfterGc() - baseline);
  console.log(JSON.stringify({
    items,
    pageSize: PAGE_SIZE,
    seconds: round(seconds, 2),
    itemsPerSecond: round(items / seconds),
    heapBaselineMb: mb(baseline),
    heapGrowthMaxMb: mb(Math.max(...samples)),
    heapGrowthSamplesMb: samples.map(mb),
  }));
} finally {
  await clara.close();
  await sandbox.close();
}
