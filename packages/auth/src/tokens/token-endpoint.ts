// One client-credentials grant against Clara's token endpoint, with bounded retries for failures that can heal
// (5xx, 429, network, timeouts). Rejections (400/401/403), TLS failures and malformed answers are final.
import { setTimeout as sleep } from 'node:timers/promises';
import { backoffDelay, withJitter } from '../backoff.js';
import { errorBodyFields, parseErrorBody } from '../error-body.js';
import {
  CERTIFICATE_NOT_RECEIVED,
  ClaraAuthError,
  ClaraConnectionError,
  ClaraError,
  ClaraRateLimitError,
  ClaraServerError,
  ClaraTimeoutError,
  createApiError,
} from '../errors.js';
import { log, type Logger } from '../logger.js';
import { scrubSecrets } from '../redact.js';
import type { ClaraTransport } from '../transport/transport.js';

export interface TokenGrant {
  accessToken: string;
  tokenType: string;
  expiresInSeconds: number;
}

export interface TokenRequestOptions {
  fetch: ClaraTransport['fetch'];
  tokenUrl: string;
  clientId: string;
  clientSecret: string;
  /** Used when the answer has no usable `expires_in`. */
  defaultExpiresInSeconds: number;
  maxRetries: number;
  retryBaseDelayMs: number;
  retryMaxDelayMs: number;
  timeoutMs: number;
  /** Ends the request and its retries (the token manager was closed). */
  signal?: AbortSignal;
  logger?: Logger;
}

export async function requestToken(options: TokenRequestOptions): Promise<TokenGrant> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await requestOnce(options);
    } catch (error) {
      const delay = isRetryable(error) && attempt <= options.maxRetries ? retryDelay(error, attempt, options) : undefined;
      if (delay === undefined) throw attempt > 1 ? withAttempts(error, attempt) : error;
      log(options.logger, 'debug', 'Clara token request failed; retrying', { attempt, delayMs: Math.round(delay), error: (error as Error).message });
      await sleep(delay, undefined, options.signal ? { signal: options.signal } : undefined);
    }
  }
}

async function requestOnce(options: TokenRequestOptions): Promise<TokenGrant> {
  const basic = Buffer.from(`${options.clientId}:${options.clientSecret}`).toString('base64');
  let response: Response;
  let text: string;
  try {
    response = await options.fetch(options.tokenUrl, {
      method: 'POST',
      headers: { authorization: `Basic ${basic}`, 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
      body: 'grant_type=client_credentials',
      signal: options.signal ? AbortSignal.any([options.signal, AbortSignal.timeout(options.timeoutMs)]) : AbortSignal.timeout(options.timeoutMs),
    });
    text = await response.text();
  } catch (error) {
    if (options.signal?.aborted) throw error;
    if ((error as Error).name === 'TimeoutError') throw new ClaraTimeoutError(`The token request to ${options.tokenUrl} got no answer within ${options.timeoutMs} ms.`);
    throw error;
  }
  const secrets = [options.clientSecret, basic];
  if (!response.ok) throw endpointError(response, text, options.tokenUrl, secrets);
  return parseGrant(response, text, options);
}

function endpointError(response: Response, text: string, tokenUrl: string, secrets: string[]): ClaraError {
  const body = scrubSecrets(parseErrorBody(text), secrets);
  const { code, message: description } = errorBodyFields(body, { oauth: true });
  const said = [code, description].filter(Boolean).join(': ');
  const context = { status: response.status, method: 'POST', path: new URL(tokenUrl).pathname, headers: response.headers, ...(code ? { code } : {}), ...(body === undefined ? {} : { body }) };
  if (response.status === 400 || response.status === 401 || response.status === 403) {
    return new ClaraAuthError({
      ...context,
      message: `The token endpoint ${tokenUrl} rejected the client credentials (HTTP ${response.status}${said ? `, ${said}` : ''}): check the client id and secret, and that the client certificate belongs to the same Clara project.`,
    });
  }
  if (response.status === 511) return new ClaraAuthError({ ...context, message: `${CERTIFICATE_NOT_RECEIVED} (token endpoint ${tokenUrl})` });
  return createApiError({ ...context, message: `The token endpoint ${tokenUrl} answered HTTP ${response.status}${said ? ` (${said})` : ''}.` });
}

function parseGrant(response: Response, text: string, options: TokenRequestOptions): TokenGrant {
  // The body of a successful answer holds the token: it never goes into an error.
  const malformed = (problem: string): ClaraAuthError =>
    new ClaraAuthError({ status: response.status, method: 'POST', path: new URL(options.tokenUrl).pathname, message: `The token endpoint ${options.tokenUrl} answered HTTP ${response.status} ${problem}.` });
  const body = parseJson(text);
  if (typeof body !== 'object' || body === null) throw malformed('with a body that is not a JSON object');
  const fields = body as Record<string, unknown>;
  const accessToken = stringField(fields, 'access_token');
  if (!accessToken) throw malformed('without an access_token');
  const tokenType = stringField(fields, 'token_type') ?? 'Bearer';
  if (tokenType.toLowerCase() !== 'bearer') throw malformed(`with token_type "${tokenType.slice(0, 40)}"; only Bearer tokens are supported`);
  return { accessToken, tokenType: 'Bearer', expiresInSeconds: expiresIn(fields['expires_in'], options) };
}

function expiresIn(value: unknown, options: TokenRequestOptions): number {
  const seconds = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  if (typeof seconds === 'number' && Number.isFinite(seconds) && seconds > 0) return seconds;
  const problem = value === undefined ? 'has no expires_in' : 'has an unusable expires_in';
  log(options.logger, value === undefined ? 'debug' : 'warn', `Clara token answer ${problem}; assuming ${options.defaultExpiresInSeconds} s`, {});
  return options.defaultExpiresInSeconds;
}

const isRetryable = (error: unknown): boolean =>
  error instanceof ClaraServerError || error instanceof ClaraRateLimitError || error instanceof ClaraConnectionError || error instanceof ClaraTimeoutError;

/**
 * Exponential backoff with jitter; a 429's Retry-After is obeyed. One longer than the maximum delay ends the
 * retries (undefined): retrying earlier than asked only earns another 429.
 */
function retryDelay(error: unknown, attempt: number, options: TokenRequestOptions): number | undefined {
  const retryAfter = error instanceof ClaraRateLimitError ? error.retryAfterMs : undefined;
  if (retryAfter !== undefined) return retryAfter <= options.retryMaxDelayMs ? retryAfter : undefined;
  return withJitter(backoffDelay(attempt, options.retryBaseDelayMs, options.retryMaxDelayMs));
}

function withAttempts(error: unknown, attempts: number): unknown {
  if (error instanceof Error) error.message = `${error.message} (gave up after ${attempts} attempts)`;
  return error;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

const stringField = (fields: Record<string, unknown>, name: string): string | undefined => {
  const value = fields[name];
  return typeof value === 'string' && value !== '' ? value : undefined;
};
