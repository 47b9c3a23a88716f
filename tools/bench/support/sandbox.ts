import { join } from 'node:path';

import type { SandboxOptions, StatsSnapshot } from '../../../packages/sandbox/src/index.ts';
import { startThread } from './workers.ts';

export interface BenchSandbox {
  url: string;
  caCert: string;
  credentialsDir: string;
  stats(): Promise<StatsSnapshot>;
  resetStats(): Promise<void>;
  control(name: string, ...args: unknown[]): Promise<void>;
  close(): Promise<void>;
}

export async function startBenchSandbox(options: SandboxOptions): Promise<BenchSandbox> {
  const thread = await startThread<{ url: string; caCert: string; credentialsDir: string }>(join(import.meta.dirname, 'sandbox-thread.ts'), options);
  return {
    ...thread.ready,
    stats: () => thread.ask({ stats: true }),
    resetStats: () => thread.ask({ resetStats: true }),
    control: (name, ...args) => thread.ask({ control: name, args }),
    close: () => thread.stop(),
  };
}
