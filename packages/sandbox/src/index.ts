export { startSandbox, type Sandbox, type SandboxOptions } from './sandbox.js';
export type { SandboxControl } from './control.js';
export type { FailureFault, FaultOptions, FaultStatus } from './faults.js';
export type { StatsSnapshot, Stats } from './stats.js';
export type { IssuedCertificate } from './tls/certificates.js';
export type { ClientCredentials } from './bundle.js';
export { BUNDLE_FILES } from './bundle.js';
export type { CountryCode } from './data/countries.js';
export type { Entity } from './data/entities.js';
