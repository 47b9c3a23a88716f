// The testing kit behind every country's `/testing` entry (`@org/clara-mx/testing`): a typed nock mock of the
// country's API, and in-memory test credentials. Country packages bind it to their operation table; users
// import it from there. Needs `nock` 15, `@peculiar/asn1-x509` and `@peculiar/asn1-schema`, the
// package's optional peer dependencies: only this entry loads them.
export { createClaraMock, type MockBinding } from './mock.js';
export { testCredentials } from './credentials.js';
export type {
  AnyOperation,
  ClaraMock,
  ClaraMockControls,
  ErrorBody,
  FailureStatus,
  MockClaraOptions,
  MockedRequest,
  MockReply,
  OperationMock,
  OperationMocks,
  OperationShape,
  ReplyArgs,
  ReplyHeaders,
  SentQuery,
  ShapeOf,
  SuccessStatus,
  TokenRequest,
  TokenShape,
} from './types.js';
