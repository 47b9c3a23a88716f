// `pnpm bench`: builds, runs every benchmark in tools/bench in its own process (from the sources, except the
// size bench which bundles the built packages), and writes bench/RESULTS.md with the figures and the machine.
// Each benchmark prints one JSON object; this script only runs them and formats the results.
import './lib/require-node.ts';
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';

import { loadSourcesHook as hook, root } from '../bench/support/paths.ts';

function run(script: string): Record<string, any> {
  console.error(`› ${script}`);
  const result = spawnSync(process.execPath, ['--conditions=source', '--import', hook, join(root, 'tools', 'bench', script)], { cwd: root, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`${script} failed:\n${result.stdout}\n${result.stderr}`);
  return JSON.parse(result.stdout.trim().split('\n').at(-1)!) as Record<string, any>;
}

/** The auth package's own bench prints `name: value` lines. */
function runAuthBench(): Record<string, number> {
  console.error('› packages/auth/bench/auth.ts');
  const result = spawnSync(process.execPath, ['--conditions=source', join(root, 'packages', 'auth', 'bench', 'auth.ts')], { cwd: root, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`auth bench failed:\n${result.stdout}\n${result.stderr}`);
  return Object.fromEntries(result.stdout.trim().split('\n').map((line) => line.split(': ')).map(([name, value]) => [name, Number(value)]));
}

if (spawnSync('turbo', ['run', 'build', '--output-logs=errors-only'], { cwd: root, stdio: 'inherit' }).status !== 0) process.exit(1);
const requestPath = run('request-path.ts');
const coldImport = run('cold-import.ts');
const profile = run('where-time-goes.ts');
const tokens = run('tokens.ts');
const pagination = run('pagination.ts');
const generation = run('generation.ts');
const size = run('size.ts');
const manyClients = run('many-clients.ts');
const auth = runAuthBench();

const kib = (bytes: number): number => Math.round(bytes / 1024);
const machine = `${cpus()[0]?.model.trim() ?? 'unknown CPU'}, ${cpus().length} cores, ${Math.round(totalmem() / 1024 ** 3)} GiB RAM, ${process.platform} ${process.arch}, Node ${process.version}`;
type Client = { requests: number; rps: number; p50Ms: number; p99Ms: number; cpuMicrosPerCall: number };
const rp = requestPath as Record<'fetch' | 'request' | 'heyApi' | 'facade' | 'facadeOff', Client> & Record<string, number>;
const row = (name: string, client: Client) => `| ${name} | ${client.requests} | ${client.rps} | ${client.p50Ms} | ${client.p99Ms} | ${client.cpuMicrosPerCall} |`;

const markdown = `# Benchmark results

Written by \`pnpm bench\` (tools/scripts/bench.ts; the benchmarks are in tools/bench) on ${new Date().toISOString().slice(0, 10)}.

**Machine:** ${machine}

## 1. Request path

Facade (\`@org/clara-mx\` → \`@org/clara\` → \`@org/clara-auth\`: the method, options resolved once, hey-api, the ky
engine with the SDK's retry policy and the call's deadline, a connection slot, the token, the mTLS transport)
against the bare hey-api ky client (the same generated code and ky with its defaults, sending through the same
transport with a fixed token: what the facade's own layers cost), and against raw undici \`fetch\` and raw undici
\`request\` on an Agent configured like the SDK's (client certificate, extra CA, TLS ≥ 1.2, 16 connections). All
call the same HTTPS server (tools/bench/support/echo-server.ts, a worker thread): a minimal server that requires
the client certificate and answers a fixed 228-byte JSON, so the server costs the same for everyone and the
ratios show the clients' own cost. ${rp.concurrency} requests in flight; ${rp.rounds} rounds of ${rp.perRound} requests per client,
rotating which client goes first (after a warm-up of 500 each). CPU is the whole process's per call (the server
thread's share is the same for every client).

| client | requests | requests/s | p50 ms | p99 ms | CPU µs/call |
|---|---|---|---|---|---|
${row('undici fetch', rp.fetch)}
${row('undici request', rp.request)}
${row('bare hey-api ky client', rp.heyApi)}
${row('facade', rp.facade)}
${row("facade, validateResponses: 'off'", rp.facadeOff)}

- facade / bare hey-api ky client throughput: **${rp.facadeVsHeyApi}** (goal ≥ 0.9: the facade's own layers cost at most 10 %),
  the median of the per-round ratios (rounds: ${(rp.facadeVsHeyApiRounds as unknown as number[]).join(', ')})
- checking answers against the document (\`validateResponses: 'report'\`, the default, as in the facade row) / \`'off'\`
  throughput: **${rp.reportVsOff}** (goal ≥ 0.95; rounds: ${(rp.reportVsOffRounds as unknown as number[]).join(', ')})
- facade / fetch throughput: **${rp.facadeVsFetch}** (rounds: ${(rp.facadeVsFetchRounds as unknown as number[]).join(', ')}); facade / request: **${rp.facadeVsRequest}**
- latency the facade adds over fetch: p50 **${rp.facadeAddsP50Ms} ms**, p99 **${rp.facadeAddsP99Ms} ms**${(rp.facadeAddsP99Ms ?? 0) < 0 ? " (negative: the facade's tail was shorter than fetch's)" : ''}
- cold \`import('@org/clara-mx')\` from the built package in a fresh process: **${coldImport.claraMxMs} ms** (median of ${coldImport.runs}; ky alone: ${coldImport.kyAloneMs} ms)

On a 2-core machine the server thread and the client share the cores with whatever else runs, and the
throughput of every client drifts between runs (by up to a third on this machine); the per-round ratios cancel
most of that drift.

### Where the facade's time goes

CPU profile of ${profile.requests} facade requests (tools/bench/where-time-goes.ts): ${profile.cpuMicrosPerRequest} µs of CPU per request,
each sample charged to the first JavaScript frame on its stack:

| where | share of CPU |
|---|---|
${(profile.shares as { group: string; percent: number }[]).map(({ group, percent }) => `| ${group} | ${percent} % |`).join('\n')}

What separates the facade from raw \`request\` is the fetch-style stack the design chose: hey-api's generated
client builds a global Request per call, ky copies it (twice when it retries) and merges options and abort
signals per call, and the transport hands back a global Response. The facade sends with undici's \`request\`
rather than re-sending through undici's \`fetch\` (a Request, a Response and the fetch algorithms less per call).
Until ky became the engine again (issue #11) the SDK had its own request engine in ky's place, at about 1.0 of raw
\`fetch\`; the ky engine costs that throughput back, which is invisible against a remote API whose writes take up
to 30 s, and gives users ky's hooks.

## 2. TLS handshakes

${rp.tlsHandshakesPer10k} TLS handshakes for 10 000 facade requests, 16 in flight, default connection bound ${rp.connectionBound} (goal ≤ the bound).

## 3. Tokens (sandbox)

- 1 000 concurrent first calls of a new client: **${tokens.firstCalls.tokenRequests}** token request(s), ${tokens.firstCalls.failed} failed calls (goal: 1).
- ${tokens.lifetimes.seconds} s of continuous calls (8 in flight) with ${tokens.lifetimes.tokenTtlSeconds} s tokens, i.e. three token lifetimes, by a client
  that already held its first token: **${tokens.lifetimes.tokenRequests}** token requests, **${tokens.lifetimes.failed}** failed calls of ${tokens.lifetimes.calls} (goal: 3 and 0).
  Tokens are refreshed in the background shortly before they expire (\`min(120 s, lifetime / 10)\` early, never
  under 2 s: a 10 s token 2 s early, a 3600 s one 120 s early), so no caller waits and each lifetime costs one
  request.

## 4. Pagination

\`for await\` over ${pagination.items} transactions, ${pagination.pageSize} per page (the spec's maximum), sandbox in its own thread:
**${pagination.itemsPerSecond} items/s** (${pagination.seconds} s, bounded by the sandbox generating the data);
heap growth after GC, sampled every 10 000 items: max **${pagination.heapGrowthMaxMb} MB** (goal < 20 MB; samples ${pagination.heapGrowthSamplesMb.join(', ')} MB).

## 5. Generation

\`pnpm generate\` for ${generation.countries.length} countries (${generation.countries.join(', ')}): cold (turbo cache bypassed) **${generation.coldSeconds} s**, cached **${generation.cachedSeconds} s**.

## 6. Size

- Minimal consumer (tools/bench/fixtures/list-transactions.mjs: list transactions) bundled with all its
  dependencies (tsdown/rolldown, minified): **${size.bundleMinifiedKiB} KiB**, gzipped **${size.bundleGzipKiB} KiB**.
- Install footprint of \`@org/clara-mx\` with production dependencies (npm, from packed tarballs):
  **${size.installKiB} KiB** in ${size.installFiles} files; packages: ${size.installPackages.join(', ')}.

## 7. Auth (packages/auth/bench/auth.ts: the transport and token manager alone, against a local mTLS server)

- Cached-token lookups: **${auth.cached_token_lookups_per_second}** per second.
- TLS handshakes for ${auth.sequential_requests} sequential requests: **${auth.sequential_tls_handshakes}** (${auth.sequential_requests_per_second} requests/s).
- TLS handshakes for ${auth.concurrent_requests} requests, ${auth.concurrent_in_flight} in flight: **${auth.concurrent_tls_handshakes}** (${auth.concurrent_requests_per_second} requests/s; the transport's default bound is 16 connections).
- Token requests for all of it: ${auth.token_requests}.

## 8. Many Clara customers in one process (tools/bench/many-clients.ts)

${manyClients.clients} clients, each with its own freshly loaded credentials (the same certificate, key and CA), each after one
token request and one call, against ${manyClients.clients} bare undici \`Agent\`s with the same certificate, key and CA, each after a
token request and a call; each side in its own child process, the server in a worker thread of the parent.

| | RSS per client | JS heap per client | connections per client | first call p50 / p90 |
|---|---|---|---|---|
| Clara client | ${kib(manyClients.clara.rssPerClientBytes)} KiB | ${kib(manyClients.clara.heapPerClientBytes)} KiB | ${manyClients.clara.connectionsPerClient} | ${manyClients.clara.firstCallMs.p50} / ${manyClients.clara.firstCallMs.p90} ms |
| bare undici Agent | ${kib(manyClients.bare.rssPerClientBytes)} KiB | ${kib(manyClients.bare.heapPerClientBytes)} KiB | ${manyClients.bare.connectionsPerClient} | ${manyClients.bare.firstCallMs.p50} / ${manyClients.bare.firstCallMs.p90} ms |

- RSS per client, Clara / bare Agent: **${manyClients.ratio}** (goal ≤ 1.5).
`;

mkdirSync(join(root, 'bench'), { recursive: true });
writeFileSync(join(root, 'bench', 'RESULTS.md'), markdown);
console.log(markdown);
