// A sandbox in its own worker thread: its own heap (so the client's heap growth is measured alone) and its own
// event loop. Messages: { stats: true } → stats snapshot, { control: name, args } → runs a control, 'close'.
import { parentPort, workerData } from 'node:worker_threads';

import { startSandbox, type SandboxOptions } from '../../../packages/sandbox/src/index.ts';

const sandbox = await startSandbox(workerData as SandboxOptions);
parentPort!.postMessage({ url: sandbox.url, caCert: sandbox.caCert, credentialsDir: sandbox.credentialsDir });
parentPort!.on('message', async (message: 'close' | { stats?: true; resetStats?: true; control?: string; args?: unknown[] }) => {
  if (message === 'close') {
    await sandbox.close();
    process.exit(0);
  }
  if (message.stats) parentPort!.postMessage(sandbox.stats.snapshot());
  if (message.resetStats) parentPort!.postMessage(sandbox.stats.reset());
  if (message.control) parentPort!.postMessage((sandbox.control as unknown as Record<string, (...args: unknown[]) => unknown>)[message.control]!(...(message.args ?? [])) ?? null);
});
