// The testing kit on the Testland client, as a country package binds it (its src/testing.ts): a nock mock of
// Testland's API and a client made from its options. Kept apart from testland.ts: importing nock activates it
// in the process, which the sandbox tests do not want.
import { afterEach, beforeEach } from 'vitest';

import { createClaraMock, type ClaraMock, type MockClaraOptions } from '../../src/testing/index.js';
import { country, createTestlandClient, operations, type TestlandClient } from './testland.js';

export type TestlandMock = ClaraMock<typeof operations>;

export const mockTestland = (options?: MockClaraOptions): TestlandMock => createClaraMock({ country, operations }, options);

/**
 * A fresh mock and client for each test of the file, closed and restored after it; `client(options)` makes
 * another client of the same mock (other options), closed with it.
 */
export function useMockedTestland(options?: MockClaraOptions) {
  const clients: TestlandClient[] = [];
  const state = {} as { mock: TestlandMock; clara: TestlandClient; client(overrides?: Partial<Parameters<typeof createTestlandClient>[0]>): TestlandClient };
  beforeEach(() => {
    state.mock = mockTestland(options);
    state.client = (overrides = {}) => {
      const created = createTestlandClient({ ...state.mock.clientOptions, ...overrides });
      clients.push(created);
      return created;
    };
    state.clara = state.client();
  });
  afterEach(async () => {
    await Promise.all(clients.splice(0).map((client) => client.close()));
    state.mock.restore();
  });
  return state;
}
