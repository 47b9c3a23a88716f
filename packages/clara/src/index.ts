// The public runtime, re-exported by every country package: the errors, the promise types, the options, and
// what users need of @org/clara-auth (credentials, token stores, the diagnostics channels).
export {
  CERTIFICATE_WARNING_DAYS,
  ClaraClosedError,
  ClaraConfigError,
  ClaraCredentialsError,
  ClaraError,
  errorChannel,
  isClaraCredentials,
  loadCaCertificates,
  loadCredentials,
  logChannel,
  MemoryTokenStore,
  probeProxy,
  redact,
  REDACTED,
  type CertificateInfo,
  type ClaraCredentials,
  type CredentialsSource,
  type EnvSource,
  type FilesSource,
  type FolderSource,
  type LoadCredentialsOptions,
  type Logger,
  type LogLevel,
  type PemSource,
  type ProxyProbe,
  type ProxyRoute,
  type StoredToken,
  type TokenInfo,
  type TokenLease,
  type TokenStore,
} from '@org/clara-auth';
export {
  ClaraApiError,
  ClaraAuthError,
  ClaraCallError,
  ClaraConnectionError,
  ClaraNotFoundError,
  ClaraPaginationError,
  ClaraPermissionError,
  ClaraProxyError,
  ClaraQuotaError,
  ClaraRateLimitError,
  ClaraResponseError,
  ClaraServerError,
  ClaraTimeoutError,
  ClaraTlsError,
  ClaraValidationError,
  type CallInfo,
  type ClaraApiErrorOptions,
  type ClaraPaginationProblem,
  type ClaraProxyProblem,
  type ClaraTlsErrorSide,
} from './errors/classes.js';
export type { ClaraClientBase } from './client.js';
export type { ClaraClientOptions, DriftValues, RequestOptions, ValidateResponses } from './core/options.js';
export { driftChannel, MAX_DRIFT_ENTRIES, type ClaraDriftEntry, type ClaraDriftKind } from './core/drift.js';
export type { AppInfo } from './core/user-agent.js';
export type { Fleet, FleetMember, FleetPermit, FleetScope, FleetUsage } from './core/fleet.js';
export { requestChannel, type ClaraUsage, type RequestEvent, type ServiceUsage } from './core/usage.js';
export type { MeterProviderLike, TelemetryOptions, TracerProviderLike } from './core/telemetry.js';
export { PagePromise, type PageItem } from './core/pagination.js';
export { ClaraPromise, type WithResponse, type WriteOutcome } from './core/promise.js';
export { waitFor, type WaitForOptions } from './core/wait-for.js';
export type { Hooks } from 'ky';
