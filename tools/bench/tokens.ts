// Tokens against the sandbox: token requests for 1 000 concurrent first calls, and over three token lifetimes of
// continuous calls by a client that already holds a token (the steady state: one refresh per lifetime is the
// goal). Prints one JSON object.

import { closedLoop, round } from './support/measure.ts';
import { loadFacade } from './support/facade.ts';
import { startBenchSandbox } from './support/sandbox.ts';

const { createClaraClient } = await loadFacade();
const TTL_SECONDS = 10;
const LIFETIMES = 3;

const sandbox = await startBenchSandbox({ country: 'mx', seed: 'bench' });
const options = { credentials: sandbox.credentialsDir, baseUrl: sandbox.url, ca: sandbox.caCert };
try {
  const cold = createClaraClient(options);
  await sandbox.resetStats();
  const results = await Promise.allSettled(Array.from({ length: 1000 }, () => Promise.resolve(cold.transactions.list({ size: 1 }))));
  const firstCalls = { calls: 1000, failed: results.filter((result) => result.status === 'rejected').length, tokenRequests: (await sandbox.stats()).tokenRequests };
  await cold.close();

  await sandbox.control('setTokenTtl', TTL_SECONDS);
  const steady = createClaraClient(options);
  await steady.transactions.list({ size: 1 }); // its first token: the three lifetimes start now
  await sandbox.resetStats();
  let failed = 0;
  const deadline = performance.now() + TTL_SECONDS * LIFETIMES * 1000;
  let calls = 0;
  await closedLoop(async () => {
    calls++;
    await Promise.resolve(steady.transactions.list({ size: 1 })).catch(() => failed++);
  }, Number.MAX_SAFE_INTEGER, 8, () => performance.now() > deadline);
  const lifetimes = { tokenTtlSeconds: TTL_SECONDS, seconds: TTL_SECONDS * LIFETIMES, calls, failed, tokenRequests: (await sandbox.stats()).tokenRequests };
  await steady.close();
  console.log(JSON.stringify({ firstCalls, lifetimes, callsPerSecond: round(calls / (TTL_SECONDS * LIFETIMES)) }));
} finally {
  await sandbox.close();
}
