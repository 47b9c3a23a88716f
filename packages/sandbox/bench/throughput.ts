// Requests per second of the sandbox for simple GETs over 16 keep-alive mTLS connections.
// Usage: node packages/sandbox/bench/throughput.ts [--country mx] [--seconds 5] [--connections 16]
// The sandbox runs in its own process (the CLI, from source) so the load generator does not share its event loop.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { country: { type: 'string', default: 'mx' }, seconds: { type: 'string', default: '5' }, connections: { type: 'string', default: '16' } } });
const seconds = Number(values.seconds);
const connections = Number(values.connections);
const dir = mkdtempSync(join(tmpdir(), 'clara-sandbox-bench-'));
const cli = join(import.meta.dirname, '..', 'src', 'cli.ts');
const server = spawn(process.execPath, [cli, '--country', values.country as string, '--port', '0', '--credentials-out', dir], { stdio: ['ignore', 'pipe', 'inherit'] });

const url = await new Promise<string>((resolve, reject) => {
  let output = '';
  server.stdout.on('data', (chunk: Buffer) => {
    output += chunk.toString();
    const match = /listening on (https:\/\/\S+)/.exec(output);
    if (match) resolve(match[1] as string);
  });
  server.once('exit', (code) => reject(new Error(`sandbox exited with code ${code}`)));
});

const read = (name: string) => readFileSync(join(dir, name), 'utf8');
const credentials = JSON.parse(read('client-credentials.json')) as { clientId: string; clientSecret: string };
const agent = new Agent({ keepAlive: true, maxSockets: connections, cert: read('public-key.crt'), key: read('private-key.key'), ca: read('ca-public-key.pem') });

function call(method: string, path: string, headers: Record<string, string>, body?: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request(`${url}${path}`, { method, headers, agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString() }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

const basic = Buffer.from(`${credentials.clientId}:${credentials.clientSecret}`).toString('base64');
const token = JSON.parse(
  (await call('POST', '/oauth/token', { authorization: `Basic ${basic}`, 'content-type': 'application/x-www-form-urlencoded' }, 'grant_type=client_credentials')).text,
).access_token as string;
const auth = { authorization: `Bearer ${token}` };
const uuid = JSON.parse((await call('GET', '/api/v3/transactions?size=1', auth)).text).content[0].uuid as string;

async function measure(path: string): Promise<{ rps: number; p50: number; p99: number }> {
  const latencies: number[] = [];
  const worker = async (until: number) => {
    while (performance.now() < until) {
      const started = performance.now();
      const reply = await call('GET', path, auth);
      if (reply.status !== 200) throw new Error(`GET ${path} answered ${reply.status}`);
      latencies.push(performance.now() - started);
    }
  };
  await Promise.all(Array.from({ length: connections }, () => worker(performance.now() + 1000))); // warm-up
  latencies.length = 0;
  const started = performance.now();
  await Promise.all(Array.from({ length: connections }, () => worker(started + seconds * 1000)));
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] as number;
  return { rps: latencies.length / elapsed, p50: at(0.5), p99: at(0.99) };
}

try {
  const single = await measure(`/api/v3/transactions/${uuid}`);
  const page = await measure('/api/v3/transactions?page=0&size=20');
  console.log(`connections: ${connections}`);
  console.log(`get_transaction_rps: ${single.rps.toFixed(0)}`);
  console.log(`get_transaction_p50_ms: ${single.p50.toFixed(2)}`);
  console.log(`get_transaction_p99_ms: ${single.p99.toFixed(2)}`);
  console.log(`list_transactions_20_rps: ${page.rps.toFixed(0)}`);
  console.log(`list_transactions_20_p50_ms: ${page.p50.toFixed(2)}`);
} finally {
  agent.destroy();
  server.kill('SIGTERM');
  rmSync(dir, { recursive: true, force: true });
}
