// A sandbox and a redis-server for the files whose fleets are spawned processes (fleet-worker.ts): started before
// the file's tests, every worker closed after each test, both stopped at the end.
import { startSandbox, type Sandbox } from '@org/clara-sandbox';
import { afterAll, afterEach, beforeAll } from 'vitest';

import { startRedisServer, type RedisServer } from './redis-server.js';
import { startFleetWorker, type FleetRun, type FleetWorker } from './workers.js';

// Above the default 250 ms: on a loaded machine (the whole suite on two cores) a Redis answer can take longer, and
// a slower Redis counts as down for that request (the bound itself is tested on a fake clock in fleet.test.ts).
const REDIS_TIMEOUT_MS = '2000';

export interface FleetTestbed {
  readonly sandbox: Sandbox;
  readonly redis: RedisServer;
  /** `count` processes of one fleet, with a key prefix of their own. */
  startFleet(count: number, env: Record<string, string>): Promise<FleetWorker[]>;
}

export function fleetTestbed(seed: string): FleetTestbed {
  let redis: RedisServer | undefined;
  let sandbox: Sandbox | undefined;
  let workers: FleetWorker[] = [];
  let prefixes = 0;
  beforeAll(async () => {
    [redis, sandbox] = await Promise.all([startRedisServer(), startSandbox({ country: 'mx', seed })]);
  });
  afterEach(async () => {
    await Promise.all(workers.map((worker) => worker.close()));
    workers = [];
  });
  afterAll(async () => {
    await sandbox?.close();
    await redis?.close();
  });
  return {
    get sandbox() {
      return sandbox!;
    },
    get redis() {
      return redis!;
    },
    async startFleet(count, env) {
      const prefix = `${seed}-${++prefixes}:`;
      const started = await Promise.all(
        Array.from({ length: count }, () =>
          startFleetWorker({ SANDBOX_URL: sandbox!.url, SANDBOX_CA: sandbox!.caCert, CREDENTIALS_DIR: sandbox!.credentialsDir, REDIS_URL: redis!.url, REDIS_PREFIX: prefix, REDIS_TIMEOUT_MS, ...env }),
        ),
      );
      workers.push(...started);
      return started;
    },
  };
}

/** How many calls of all the runs ended with `outcome` (`ok`, `ClaraQuotaError`...). */
export const total = (runs: FleetRun[], outcome: string): number => runs.reduce((sum, run) => sum + (run.outcomes[outcome] ?? 0), 0);
