// Starts worker processes (test/fixtures/*-worker.ts) and talks to them line by line: a command on stdin, one
// JSON line back on stdout.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createInterface } from 'node:readline';
import { join } from 'node:path';

// Lets plain `node` run the workspace's TypeScript sources (`./x.js` specifiers → `./x.ts`).
const loadSources = join(import.meta.dirname, '..', '..', '..', '..', 'tools', 'scripts', 'lib', 'load-sources.ts');

export interface RunResult {
  ok: number;
  failed: number;
  errors: string[];
  /** Tokens this process obtained from the token endpoint, and adopted from the store. */
  endpoint: number;
  store: number;
  ms: number;
}

export interface Worker {
  pid: number;
  run(calls: number, concurrency: number): Promise<RunResult>;
  kill(): Promise<void>;
}

interface LineWorker {
  pid: number;
  ask<T>(command: string): Promise<T>;
  /** Ends it with `command` when given (it exits by itself), else SIGKILL. */
  kill(command?: string): Promise<void>;
}

async function startLineWorker(fixture: string, env: Record<string, string>): Promise<LineWorker> {
  const child: ChildProcessWithoutNullStreams = spawn(process.execPath, ['--conditions=source', '--import', loadSources, join(import.meta.dirname, '..', 'fixtures', fixture)], {
    env: { ...process.env, ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const nextLine = async <T>(): Promise<T> => {
    const { value, done } = await lines.next();
    if (done) throw new Error(`worker ${child.pid} exited (code ${child.exitCode}): ${stderr.trim()}`);
    return JSON.parse(value) as T;
  };
  await nextLine<{ ready: true }>();
  return {
    pid: child.pid as number,
    ask: (command) => {
      child.stdin.write(`${command}\n`);
      return nextLine();
    },
    kill: async (command) => {
      if (child.exitCode === null && child.signalCode === null) {
        if (command) child.stdin.write(`${command}\n`);
        else child.kill('SIGKILL');
      }
      await exited;
    },
  };
}

/** A token-worker: its own TokenManager, tokens shared through a RedisTokenStore. */
export async function startWorker(env: Record<string, string>): Promise<Worker> {
  const worker = await startLineWorker('token-worker.ts', env);
  return { pid: worker.pid, run: (calls, concurrency) => worker.ask(`run ${calls} ${concurrency}`), kill: () => worker.kill() };
}

export interface FleetRun {
  /** How the calls ended: `ok`, or the error's name (`ClaraQuotaError`...), with counts. */
  outcomes: Record<string, number>;
  ms: number;
  /** What the client logged since the last answer (`warn: …`, `info: …`). */
  logs: string[];
}

export interface FleetWorker {
  pid: number;
  run(calls: number, concurrency: number): Promise<FleetRun>;
  usage(): Promise<{ usage?: import('@org/clara').FleetUsage; error?: string }>;
  /** Closes its client (leaving the fleet) and waits for it to exit. */
  close(): Promise<void>;
}

/** A fleet-worker: a country client with `fleet: redisFleet(...)`. */
export async function startFleetWorker(env: Record<string, string>): Promise<FleetWorker> {
  const worker = await startLineWorker('fleet-worker.ts', env);
  return {
    pid: worker.pid,
    run: (calls, concurrency) => worker.ask(`run ${calls} ${concurrency}`),
    usage: () => worker.ask('usage'),
    close: () => worker.kill('close'),
  };
}
