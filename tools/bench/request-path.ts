// Request path: the facade (@org/clara-mx over @org/clara and @org/clara-auth) against the bare hey-api ky client
// (the same generated code and ky, sending through the same mTLS transport with a fixed token: what the facade's
// own layers cost on top), and against raw undici `fetch` and `request` on an mTLS Agent configured like the
// SDK's. All against the same HTTPS server (support/echo-server.ts, a worker thread: a minimal server keeps the
// server's cost small and equal for all, so the ratios show the client's own overhead). 16 in flight, rounds
// rotate the order of the clients. The facade runs as users get it (`validateResponses: 'report'`, the default) and
// with `'off'`, side by side: what checking answers against the document costs. Then the TLS handshakes the
// facade opens for 10 000 requests. Prints one JSON object.
import { join } from 'node:path';

import { closedLoop, median, percentile, round } from './support/measure.ts';
import { loadFacade } from './support/facade.ts';
import { importFrom, packageDir } from './support/paths.ts';
import { startThread } from './support/workers.ts';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 10);
const PER_ROUND = Number(process.env.BENCH_PER_ROUND ?? 5000);
const CONCURRENCY = 16;
const UUID = '0b0c6f0e-1d7b-4a51-9e34-3f1f2f5b8d11';

// Typed from the copy the SDK uses (tools/ does not depend on undici itself).
type Undici = typeof import('../../packages/auth/node_modules/undici/index.js');
const undici = await importFrom<Undici>('auth', 'undici');
const { createTestPki } = await import(join(packageDir('auth'), 'test', 'helpers', 'pki.ts')) as typeof import('../../packages/auth/test/helpers/pki.ts');
const { createClaraClient, loadCredentials } = await loadFacade();
const { DEFAULT_CONNECTIONS } = (await import(join(packageDir('auth'), 'src', 'index.ts'))) as { DEFAULT_CONNECTIONS: number };
const { createBareHeyApi } = await import('./support/bare-hey-api.ts');

const pki = createTestPki();
const server = await startThread<{ url: string }>(join(import.meta.dirname, 'support', 'echo-server.ts'), {
  cert: pki.read('server.crt'), key: pki.read('server.key'), ca: pki.read('ca.crt'),
});
const { url } = server.ready;
const handshakes = async () => (await server.ask<{ handshakes: number }>('handshakes')).handshakes;

const credentials = await loadCredentials({ cert: pki.read('client.crt'), key: pki.read('client.key'), clientId: 'bench', clientSecret: 'bench-secret', ca: pki.read('ca.crt') });
const facade = createClaraClient({ credentials, baseUrl: url, connections: CONCURRENCY });
const facadeOff = createClaraClient({ credentials, baseUrl: url, connections: CONCURRENCY, validateResponses: 'off' });
// The baselines: one Agent like the SDK's (client certificate, extra CA, TLS ≥ 1.2, 16 connections).
const agent = new undici.Agent({
  connect: { cert: pki.read('client.crt'), key: pki.read('client.key'), ca: pki.read('ca.crt'), minVersion: 'TLSv1.2', rejectUnauthorized: true },
  connections: CONCURRENCY,
});
const target = `${url}/api/v3/transactions/${UUID}`;
const headers = { authorization: 'Bearer bench-token', accept: 'application/json' };

const bare = await createBareHeyApi({ credentials, baseUrl: `${url}/api`, connections: CONCURRENCY, token: 'bench-token' });

const clients: Record<string, () => Promise<unknown>> = {
  fetch: async () => (await undici.fetch(target, { headers, dispatcher: agent })).json(),
  request: async () => (await undici.request(target, { headers, dispatcher: agent })).body.json(),
  heyApi: () => bare.getTransaction(UUID),
  facade: () => Promise.resolve(facade.transactions.get(UUID)),
  facadeOff: () => Promise.resolve(facadeOff.transactions.get(UUID)),
};
const names = Object.keys(clients);

try {
  for (const name of names) await closedLoop(clients[name]!, 500, CONCURRENCY); // warm-up: JIT, connections, token
  const totals = Object.fromEntries(names.map((name) => [name, { latencies: [] as number[], ms: 0, requests: 0, cpuMicros: 0 }]));
  // Ratios per round, side by side: a round's clients ran seconds apart, so drift in the machine's speed
  // (other jobs, CPU boost) cancels out; the median of the rounds is the figure reported.
  const roundRatios = { fetch: [] as number[], request: [] as number[], heyApi: [] as number[], off: [] as number[] };
  for (let round = 0; round < ROUNDS; round++) {
    const roundMs: Record<string, number> = {};
    for (let i = 0; i < names.length; i++) {
      const name = names[(round + i) % names.length]!; // each client goes first, second and last in turn
      const cpuBefore = process.cpuUsage();
      const { latencies, ms } = await closedLoop(clients[name]!, PER_ROUND, CONCURRENCY);
      const cpu = process.cpuUsage(cpuBefore);
      totals[name]!.cpuMicros += cpu.user + cpu.system;
      totals[name]!.latencies.push(...latencies);
      totals[name]!.ms += ms;
      totals[name]!.requests += PER_ROUND;
      roundMs[name] = ms;
    }
    roundRatios.fetch.push(roundMs.fetch! / roundMs.facade!);
    roundRatios.request.push(roundMs.request! / roundMs.facade!);
    roundRatios.heyApi.push(roundMs.heyApi! / roundMs.facade!);
    roundRatios.off.push(roundMs.facadeOff! / roundMs.facade!);
  }
  const summary = Object.fromEntries(
    names.map((name) => {
      const { latencies, ms, requests, cpuMicros } = totals[name]!;
      latencies.sort((a, b) => a - b);
      const cpuMicrosPerCall = round(cpuMicros / requests, 1); // the whole process: the server thread's share is the same for every client
      return [name, { requests, rps: round(requests / (ms / 1000)), p50Ms: round(percentile(latencies, 0.5), 3), p99Ms: round(percentile(latencies, 0.99), 3), cpuMicrosPerCall }];
    }),
  ) as Record<'fetch' | 'request' | 'heyApi' | 'facade' | 'facadeOff', { requests: number; rps: number; p50Ms: number; p99Ms: number; cpuMicrosPerCall: number }>;

  // Handshakes for 10 000 requests by a fresh client with the default connection bound.
  const fresh = createClaraClient({ credentials, baseUrl: url });
  const before = await handshakes();
  await closedLoop(() => Promise.resolve(fresh.transactions.get(UUID)), 10_000, CONCURRENCY);
  const tlsHandshakesPer10k = (await handshakes()) - before;
  await fresh.close();

  console.log(JSON.stringify({
    rounds: ROUNDS,
    perRound: PER_ROUND,
    concurrency: CONCURRENCY,
    ...summary,
    facadeVsHeyApi: round(median(roundRatios.heyApi), 3),
    facadeVsHeyApiRounds: roundRatios.heyApi.map((ratio) => round(ratio, 2)),
    reportVsOff: round(median(roundRatios.off), 3),
    reportVsOffRounds: roundRatios.off.map((ratio) => round(ratio, 2)),
    facadeVsFetch: round(median(roundRatios.fetch), 3),
    facadeVsRequest: round(median(roundRatios.request), 3),
    facadeVsFetchRounds: roundRatios.fetch.map((ratio) => round(ratio, 2)),
    facadeAddsP50Ms: round(summary.facade.p50Ms - summary.fetch.p50Ms, 3),
    facadeAddsP99Ms: round(summary.facade.p99Ms - summary.fetch.p99Ms, 3),
    tlsHandshakesPer10k,
    connectionBound: DEFAULT_CONNECTIONS,
  }));
} finally {
  await facade.close();
  await facadeOff.close();
  await bare.close();
  await agent.close();
  await server.stop();
  pki.remove();
}
