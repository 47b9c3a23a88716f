// Rendered from tools/generate/template by tools/generate — do not edit.
// The testing kit of this package (`@org/clara-br/testing`): a nock mock of Clara Brazil's API with every
// operation typed, and in-memory test credentials. Needs nock 15, @peculiar/asn1-x509 and
// @peculiar/asn1-schema in your dev dependencies; the package's main entry never loads them.
import { createClaraMock, type ClaraMock as ClaraMockOf, type MockClaraOptions } from '@org/clara/testing';

import { country, operations } from './generated/client.js';

/** The mock of Clara Brazil: `mock.<resource>.<method>` for every operation of the client, and its controls. */
export type ClaraMock = ClaraMockOf<typeof operations>;

/**
 * Mocks Clara Brazil until `restore()`: answers the token endpoint, lets you mock each operation
 * (`mock.cards.get.reply(200, card)`), and refuses every other network connection. Create the client under test
 * with `createClaraClient(mock.clientOptions)`.
 */
export function mockClara(options?: MockClaraOptions): ClaraMock {
  return createClaraMock({ country, operations }, options);
}

export {
  testCredentials,
  type ErrorBody,
  type MockClaraOptions,
  type MockedRequest,
  type MockReply,
  type OperationMock,
  type ReplyHeaders,
  type SentQuery,
  type TokenRequest,
} from '@org/clara/testing';
