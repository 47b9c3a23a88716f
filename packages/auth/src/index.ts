// @org/clara-auth: credentials, the mutual-TLS transport and the token lifecycle. Errors of calls (HTTP answers,
// TLS, connection, timeouts) belong to the runtime, @org/clara.
export { ClaraClosedError, ClaraConfigError, ClaraCredentialsError, ClaraError, type ClaraErrorOptions } from './errors.js';
export { errorChannel, logChannel } from './diagnostics.js';
export { log, type Logger, type LogLevel } from './logger.js';
export { monotonicClock, type Clock } from './clock.js';
export { REDACTED, redact, redactHeaders, registerSecrets, type SecretRegistration } from './redact.js';
export { loadCredentials } from './credentials/load.js';
export { isClaraCredentials } from './credentials/secrets.js';
export { CERTIFICATE_WARNING_DAYS } from './credentials/certificate.js';
export { loadCaCertificates } from './credentials/ca.js';
export type {
  CertificateInfo,
  CredentialsWarning,
  ClaraCredentials,
  CredentialsSource,
  EnvSource,
  FilesSource,
  FolderSource,
  LoadCredentialsOptions,
  PemSource,
} from './credentials/types.js';
export { createTransport, receivedBody, DEFAULT_CONNECTIONS, DEFAULT_MAX_RESPONSE_BYTES, IDLE_CONNECTION_MS, MAX_IDLE_CONNECTION_MS, ResponseTooLargeError } from './transport/transport.js';
export type { ClaraTransport, TransportOptions, WireRequest } from './transport/transport.js';
export { proxyFailure, resolveProxy, type ProxyFailure, type ProxyRoute, type ProxySetting } from './transport/proxy.js';
export { probeProxy, type ProxyProbe } from './transport/proxy-probe.js';
export { requestWasSent } from './transport/request-sent.js';
export { clientCredentialsRequest, type ClientCredentialsRequest, type TokenGrant } from './tokens/client-credentials.js';
export { REJECTION_BACKOFF_MS, TokenManager } from './tokens/token-manager.js';
export { MAX_TOKEN_LENGTH, tokenProblem } from './tokens/token-value.js';
export type { CertificateExpiringEvent, TokenEvent, TokenInfo, TokenManagerEvents, TokenManagerOptions, TokenReason } from './tokens/token-manager.js';
export { MemoryTokenStore, tokenStoreKey } from './tokens/token-store.js';
export type { StoredToken, TokenLease, TokenStore } from './tokens/token-store.js';
export { tokenUrlFor } from './tokens/token-url.js';
