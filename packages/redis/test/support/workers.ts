// Starts token-worker processes and talks to them line by line (see test/fixtures/token-worker.ts).
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createInterface } from 'node:readline';
import { join } from 'node:path';

const worker = join(import.meta.dirname, '..', 'fixtures', 'token-worker.ts');
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

export async function startWorker(env: Record<string, string>): Promise<Worker> {
  const child: ChildProcessWithoutNullStreams = spawn(process.execPath, ['--conditions=source', '--import', loadSources, worker], {
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
    run: (calls, concurrency) => {
      child.stdin.write(`run ${calls} ${concurrency}\n`);
      return nextLine<RunResult>();
    },
    kill: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
    },
  };
}
