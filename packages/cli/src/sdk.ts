// The country packages, loaded on demand: `--country br` never loads the Mexican client. Each one re-exports the
// whole shared runtime (credentials, transport, token manager, error classes), so the CLI takes those from the
// loaded package too and always works with the very classes that package throws.
import type { ClaraClientOptions, Logger } from '@org/clara-mx';

const countryPackages = {
  mx: () => import('@org/clara-mx'),
  br: () => import('@org/clara-br'),
  co: () => import('@org/clara-co'),
};

export type CountryCode = keyof typeof countryPackages;
export const COUNTRY_CODES = Object.keys(countryPackages) as CountryCode[];

export type CountrySdk = Awaited<ReturnType<(typeof countryPackages)[CountryCode]>>;
export type CountryClient = ReturnType<CountrySdk['createClaraClient']>;

export function loadCountrySdk(country: CountryCode): Promise<CountrySdk> {
  return countryPackages[country]();
}

export type Environment = 'production' | 'sandbox';
export const ENVIRONMENTS: Environment[] = ['production', 'sandbox'];

/** The options every command shares: which Clara, with which credentials. */
export interface ConnectionOptions {
  country: CountryCode;
  /** The folder downloaded from the Clara dashboard. */
  credentials: string;
  environment: Environment;
  baseUrl?: string;
  ca?: string;
  taxIdentifier?: string;
  /** --verbose: errors in full, and the SDK's log lines on stderr through `logger`. */
  verbose: boolean;
  logger?: Logger;
}

/**
 * The credentials source: the folder, with the key's passphrase from CLARA_KEY_PASSPHRASE when set (an
 * environment variable rather than a flag, so it stays out of shell history and process lists).
 */
export function credentialsSource(options: ConnectionOptions): string | { folder: string; passphrase: string } {
  const passphrase = process.env.CLARA_KEY_PASSPHRASE;
  return passphrase ? { folder: options.credentials, passphrase } : options.credentials;
}

/** `createClaraClient` options for these connection options; `extra` adds or overrides (a token store, retries...). */
export function clientOptions(options: ConnectionOptions, extra: Partial<ClaraClientOptions> = {}): ClaraClientOptions {
  return {
    credentials: credentialsSource(options),
    environment: options.environment,
    ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}),
    ...(options.ca ? { ca: options.ca } : {}),
    ...(options.taxIdentifier ? { taxIdentifier: options.taxIdentifier } : {}),
    ...(options.logger ? { logger: options.logger } : {}),
    ...extra,
  };
}

/** SDK log lines on stderr, for --verbose. The SDK never passes a secret to its logger. */
export function stderrLogger(stderr: NodeJS.WritableStream): Logger {
  const line = (level: string) => (message: string, data?: object) =>
    stderr.write(`[${level}] ${message}${data && Object.keys(data).length > 0 ? ` ${JSON.stringify(data)}` : ''}\n`);
  return { debug: line('debug'), info: line('info'), warn: line('warn'), error: line('error') };
}
