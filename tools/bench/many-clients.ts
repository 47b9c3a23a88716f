// Many Clara customers in one process: 400 clients, each with its own freshly loaded credentials (the same
// certificate, key and CA read from the files again, as a platform loads each customer's), each after one token
// request and one call, against 400 bare undici Agents with the same certificate, key and CA, each after a token
// request and a call. RSS per client (after a GC), the ratio of the two (goal ≤ 1.5) and the first-call time of a
// new client. Each side runs in its own child process (started with --expose-gc) so the two do not share a heap;
// the HTTPS server (support/echo-server.ts) runs in a worker thread of this parent process, outside both.
// Prints one JSON object.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { median, percentile, round } from './support/measure.ts';
import { importFrom, packageDir } from './support/paths.ts';
import { startThread } from './support/workers.ts';

const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 400);
const UUID = '0b0c6f0e-1d7b-4a51-9e34-3f1f2f5b8d11';
type Side = 'clara' | 'bare';

interface SideResult {
  clients: number;
  rssPerClientBytes: number;
  heapPerClientBytes: number;
  heapTotalPerClientBytes: number;
  externalPerClientBytes: number;
  firstCallMs: { p50: number; p90: number; max: number };
}

const [side, url, pkiDir] = process.argv.slice(2) as [Side | undefined, string, string];
if (side) console.log(JSON.stringify(await measure(side, url, pkiDir)));
else await compare();

async function compare(): Promise<void> {
  const { createTestPki } = (await import(join(packageDir('auth'), 'test', 'helpers', 'pki.ts'))) as typeof import('../../packages/auth/test/helpers/pki.ts');
  const pki = createTestPki();
  const server = await startThread<{ url: string }>(join(import.meta.dirname, 'support', 'echo-server.ts'), {
    cert: pki.read('server.crt'), key: pki.read('server.key'), ca: pki.read('ca.crt'),
  });
  try {
    const handshakes = async () => (await server.ask<{ handshakes: number }>('handshakes')).handshakes;
    const run = async (which: Side): Promise<SideResult & { connectionsPerClient: number }> => {
      const before = await handshakes();
      const child = spawnSync(process.execPath, [...process.execArgv, '--expose-gc', import.meta.filename, which, server.ready.url, pki.dir], { encoding: 'utf8' });
      if (child.status !== 0) throw new Error(`many-clients ${which} failed:\n${child.stdout}\n${child.stderr}`);
      const result = JSON.parse(child.stdout.trim().split('\n').at(-1)!) as SideResult;
      return { ...result, connectionsPerClient: round((await handshakes() - before) / (CLIENTS + 1), 2) };
    };
    const bare = await run('bare');
    const clara = await run('clara');
    console.log(JSON.stringify({ clients: CLIENTS, clara, bare, ratio: round(clara.rssPerClientBytes / bare.rssPerClientBytes, 2) }));
  } finally {
    await server.stop();
    pki.remove();
  }
}

async function measure(which: Side, origin: string, dir: string): Promise<SideResult> {
  const read = (name: string) => readFileSync(join(dir, name), 'utf8');
  const gc = globalThis.gc!;
  const newClient = which === 'clara' ? await claraClients(origin, read) : await bareAgents(origin, read);
  await newClient(); // warm-up: modules, JIT; not counted
  const settle = async () => {
    for (let i = 0; i < 3; i++) {
      gc();
      await new Promise((resolve) => setImmediate(resolve));
    }
  };
  await settle();
  const before = process.memoryUsage();
  const firstCalls: number[] = [];
  const kept: unknown[] = [];
  for (let i = 0; i < CLIENTS; i++) {
    const started = performance.now();
    kept.push(await newClient());
    firstCalls.push(performance.now() - started);
  }
  await settle();
  const after = process.memoryUsage();
  firstCalls.sort((a, b) => a - b);
  return {
    clients: kept.length,
    rssPerClientBytes: Math.round((after.rss - before.rss) / CLIENTS),
    heapPerClientBytes: Math.round((after.heapUsed - before.heapUsed) / CLIENTS),
    heapTotalPerClientBytes: Math.round((after.heapTotal - before.heapTotal) / CLIENTS),
    externalPerClientBytes: Math.round((after.external - before.external) / CLIENTS),
    firstCallMs: { p50: round(median(firstCalls), 2), p90: round(percentile(firstCalls, 0.9), 2), max: round(firstCalls.at(-1)!, 2) },
  };
}

/** A new client per call, with credentials read from the files again, after its first call (token request + call). */
async function claraClients(origin: string, read: (name: string) => string): Promise<() => Promise<unknown>> {
  const { createClaraClient } = (await import(join(packageDir('clara-mx'), 'src', 'index.ts'))) as {
    createClaraClient(options: unknown): { transactions: { get(uuid: string): PromiseLike<unknown> } };
  };
  return async () => {
    const credentials = { cert: read('client.crt'), key: read('client.key'), ca: read('ca.crt'), clientId: 'bench', clientSecret: 'bench-secret' };
    const client = createClaraClient({ credentials, baseUrl: origin });
    await client.transactions.get(UUID);
    return client;
  };
}

/** A bare undici Agent per call with the same certificate, key and CA, after a token request and a call. */
async function bareAgents(origin: string, read: (name: string) => string): Promise<() => Promise<unknown>> {
  type Undici = typeof import('../../packages/auth/node_modules/undici/index.js');
  const { Agent, request } = await importFrom<Undici>('auth', 'undici');
  return async () => {
    const agent = new Agent({ connect: { cert: read('client.crt'), key: read('client.key'), ca: read('ca.crt'), minVersion: 'TLSv1.2', rejectUnauthorized: true } });
    const grant = await request(`${origin}/oauth/token`, {
      method: 'POST', dispatcher: agent, body: 'grant_type=client_credentials',
      headers: { authorization: `Basic ${Buffer.from('bench:bench-secret').toString('base64')}`, 'content-type': 'application/x-www-form-urlencoded' },
    });
    const { access_token: token } = (await grant.body.json()) as { access_token: string };
    const call = await request(`${origin}/api/v3/transactions/${UUID}`, { dispatcher: agent, headers: { authorization: `Bearer ${token}`, accept: 'application/json' } });
    await call.body.json();
    return agent;
  };
}
