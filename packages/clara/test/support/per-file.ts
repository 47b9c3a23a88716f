// The setup most runtime tests share: one Testland sandbox per test file, clients closed after each test, and the
// sandbox's faults and counters reset between tests.
import type { Sandbox } from '@org/clara-sandbox';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';

import type { ClaraClientOptions } from '../../src/index.js';
import { createTestlandClient, sandboxOptions, startTestland, type TestlandClient } from './testland.js';

export interface PerFile {
  /** The file's sandbox (set before the file's own beforeAll hooks run). */
  readonly sandbox: Sandbox;
  /** A client of the sandbox (with `options` on top), closed after the test. */
  client(options?: Partial<ClaraClientOptions>): TestlandClient;
  /** Closes `client` after the test (one made against another server). */
  track(client: TestlandClient): TestlandClient;
}

export function sandboxPerFile(options: Parameters<typeof startTestland>[0] = {}): PerFile {
  let sandbox: Sandbox | undefined;
  const clients: TestlandClient[] = [];
  beforeAll(async () => {
    sandbox = await startTestland(options);
  });
  afterEach(async () => {
    sandbox?.control.reset();
    sandbox?.stats.reset();
    await Promise.all(clients.splice(0).map((client) => client.close()));
  });
  afterAll(async () => {
    await sandbox?.close();
  });
  const track = (client: TestlandClient): TestlandClient => {
    clients.push(client);
    return client;
  };
  return {
    get sandbox() {
      return sandbox!;
    },
    client: (extra = {}) => track(createTestlandClient({ ...sandboxOptions(sandbox!), ...extra })),
    track,
  };
}

/** The error `promise` rejects with, checked to be a `type`. */
export async function failure<E>(promise: PromiseLike<unknown>, type: new (...args: never[]) => E): Promise<E> {
  const error = await Promise.resolve(promise).then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(type);
  return error as E;
}
