export * from './errors.js';
export { errorChannel, logChannel } from './diagnostics.js';
export { log, type Logger, type LogLevel } from './logger.js';
export type { Clock } from './clock.js';
export { monotonicClock } from './clock.js';
export { loadCredentials } from './credentials/load.js';
export { isClaraCredentials } from './credentials/secrets.js';
export { CERTIFICATE_WARNING_DAYS } from './credentials/certificate.js';
export { loadCaCertificates } from './credentials/ca.js';
export { causeChain, causeCode, type CauseLink } from './cause.js';
export { backoffDelay, RETRY_BASE_DELAY_MS, RETRY_MAX_DELAY_MS, withJitter } from './backoff.js';
export { errorBodyFields, type ErrorBodyFields } from './error-body.js';
export type {
  CertificateInfo,
  ClaraCredentials,
  CredentialsSource,
  EnvSource,
  FilesSource,
  FolderSource,
  LoadCredentialsOptions,
  PemSource,
} from './credentials/types.js';
export { createTransport, DEFAULT_CONNECTIONS, DEFAULT_MAX_RESPONSE_BYTES } from './transport/transport.js';
export type { ClaraTransport, TransportOptions } from './transport/transport.js';
export { TokenManager } from './tokens/token-manager.js';
export type { CertificateExpiringEvent, TokenEvent, TokenManagerEvents, TokenManagerOptions, TokenReason } from './tokens/token-manager.js';
export { MemoryTokenStore, tokenStoreKey } from './tokens/token-store.js';
export type { StoredToken, TokenLease, TokenStore } from './tokens/token-store.js';
export { tokenUrlFor } from './tokens/token-url.js';
export { createAuthFetch } from './auth-fetch.js';
export type { AuthFetchOptions } from './auth-fetch.js';
