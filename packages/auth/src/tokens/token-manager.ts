// The token lifecycle: cache, proactive refresh, single flight, invalidation after a 401.
//
//   |------------- token valid -------------|-- background window --|-- blocking window --| expiry
//   served from cache                         served from cache while  callers wait for a
//                                             one refresh runs behind  fresh token
//
// Defaults follow the better SDKs (see README): background 120 s before expiry, blocking 30 s before. A blocking
// wait is bounded while the cached token is still good: a hanging token endpoint delays calls, it never fails
// them while there is a valid token to send. The token request itself is the caller's (`requestGrant`): this
// class decides when to ask, the runtime how (HTTP, retries, errors). A client the endpoint rejected is not asked
// for again for a short while: every call waiting meanwhile gets that rejection. While it lives, the manager
// registers its credentials' secrets and its tokens with the redaction boundary.
import { EventEmitter } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import { monotonicClock, type Clock } from '../clock.js';
import { expiryWarning } from '../credentials/certificate.js';
import { credentialSecrets } from '../credentials/secrets.js';
import type { ClaraCredentials } from '../credentials/types.js';
import { ClaraClosedError, ClaraConfigError, ClaraCredentialsError } from '../errors.js';
import { log, type Logger } from '../logger.js';
import { registerSecrets, type SecretRegistration } from '../redact.js';
import { echoableSecrets, type TokenGrant } from './client-credentials.js';
import { MemoryTokenStore, tokenStoreKey, type StoredToken, type TokenLease, type TokenStore } from './token-store.js';
import { tokenProblem } from './token-value.js';

export interface TokenManagerOptions {
  credentials: ClaraCredentials;
  /**
   * Asks the token endpoint for a token with `credentials` (see `clientCredentialsRequest`). `signal` aborts when
   * the manager is closed. Retries of a failed request are its business.
   */
  requestGrant(credentials: ClaraCredentials, signal: AbortSignal): Promise<TokenGrant>;
  /** e.g. `tokenUrlFor('mx')`; must be https. Part of the token store key. */
  tokenUrl: string;
  store?: TokenStore;
  /** Monotonic clock for token expiry (milliseconds). */
  clock?: Clock;
  /** Wall clock, for certificate validity and for expiry times shared through the store. */
  now?: () => Date;
  logger?: Logger;
  /** Refresh in the background, serving the cached token, once fewer than this many seconds remain. Default 120. */
  backgroundRefreshSeconds?: number;
  /** Make callers wait for a fresh token once fewer than this many seconds remain. Default 30. */
  blockingRefreshSeconds?: number;
  /** Lifetime assumed when the answer has no `expires_in`. Default 300 (conservative: Clara does not document it). */
  defaultExpiresInSeconds?: number;
  /** With a store that grants leases: how long to wait for another process's token before asking for one. Default 30 000. */
  requestTimeoutMs?: number;
  /** Pause after a failed background refresh; doubles up to 60 s while failures repeat. Default 5. */
  backgroundRetrySeconds?: number;
  /** With a store that grants leases: how often a process waiting for another's refresh looks for the token. Default 100. */
  leasePollMs?: number;
  /** Time limit of one store call; a slower store counts as failed and the token is requested without it. Default 2000. */
  storeTimeoutMs?: number;
}

export type TokenReason = 'first' | 'background' | 'expiring' | 'invalidated';

/** What listeners learn about a token: never the token itself. */
export interface TokenEvent {
  reason: TokenReason;
  source: 'endpoint' | 'store';
  tokenType: string;
  expiresInSeconds: number;
  /** What it grants, when the token endpoint said. */
  scopes?: string[];
}

/** The cached token, without the token: what `describe()` tells. */
export interface TokenInfo {
  tokenType: string;
  /** Seconds left before it expires. */
  expiresInSeconds: number;
  scopes?: string[];
}

export interface CertificateExpiringEvent {
  daysLeft: number;
  notAfter: Date;
  subject: string;
  fingerprint256: string;
}

export interface TokenManagerEvents {
  /** A token was obtained where there was none (first use, or after an invalidation). */
  token: [TokenEvent];
  /** A token replaced one that was about to expire. */
  refresh: [TokenEvent];
  /** Obtaining a token failed (the old token, if still valid, keeps being served). */
  error: [Error, { background: boolean }];
  /** Fewer than 30 days of certificate validity remain; emitted at most once per day left. */
  'certificate-expiring': [CertificateExpiringEvent];
}

interface CachedToken {
  accessToken: string;
  tokenType: string;
  scopes?: string[];
  /** Monotonic milliseconds. */
  expiresAt: number;
  backgroundAt: number;
  blockingAt: number;
  /** From here to expiry the token is too close to its end to send: callers wait for the new one. */
  lastSendableAt: number;
}

/** Where a token came from: the endpoint (`issuedAt` known) or a store (another manager or process). */
interface Obtained {
  grant: TokenGrant & { expiresInSeconds: number };
  source: TokenEvent['source'];
  /**
   * The token's whole lifetime: refresh windows are parts of it, the same in every process. Infinity when
   * unknown (a stored token without `issuedAt`): the configured windows apply.
   */
  lifetimeMs: number;
}

const MAX_BACKGROUND_PAUSE_MS = 60_000;
const DEFAULT_REQUEST_TIMEOUT_MS = 30_000;
const REMEMBERED_INVALID_TOKENS = 8;
/** The longest a caller waits for a refresh while the cached token is still good to send. */
const BOUNDED_WAIT_MS = 2_000;
/** Shortest lifetime taken from an answer: an `expires_in` under a second would refresh on every call. */
const MIN_LIFETIME_SECONDS = 1;
/**
 * How long a rejection of the client by the token endpoint (an error with status 400, 401 or 403: wrong id or
 * secret, a revoked project) is answered from memory: a burst of calls costs one token request, not one per
 * wave of connection slots, and the endpoint is asked again soon after (the fix may be on Clara's side).
 */
export const REJECTION_BACKOFF_MS = 5_000;
const REJECTION_STATUSES = new Set([400, 401, 403]);

export class TokenManager extends EventEmitter<TokenManagerEvents> {
  readonly tokenUrl: string;
  readonly #options: TokenManagerOptions;
  #credentials: ClaraCredentials;
  readonly #store: TokenStore;
  #storeKey: string;
  /** Bumped by updateCredentials: a refresh started for older credentials must not be cached. */
  #generation = 0;
  readonly #clock: Clock;
  readonly #now: () => Date;
  readonly #backgroundMs: number;
  readonly #blockingMs: number;
  readonly #requestTimeoutMs: number;
  readonly #backgroundRetryMs: number;
  readonly #leasePollMs: number;
  readonly #storeTimeoutMs: number;
  /** Aborted by close(): ends a refresh in flight (its retries and waits) and refuses later calls. */
  readonly #closing = new AbortController();
  #current: CachedToken | undefined;
  #inflight: Promise<CachedToken> | undefined;
  /** The refresh in flight once a caller's bounded wait for it ran out: later callers do not wait for it again. */
  #slowRefresh: Promise<CachedToken> | undefined;
  #invalidated = false;
  /** Tokens given to invalidate(): a store that still holds one must not hand it back. */
  readonly #rejected: string[] = [];
  #backgroundFailures = 0;
  #nextBackgroundAttempt = 0;
  #lastWarnedDaysLeft: number | undefined;
  /** The endpoint's last rejection of the client, answered from memory until `until` (monotonic ms). */
  #rejection: { error: unknown; until: number } | undefined;
  readonly #credentialSecrets: SecretRegistration;
  readonly #tokenSecrets = registerSecrets();

  constructor(options: TokenManagerOptions) {
    super();
    credentialSecrets(options.credentials); // fails early for credentials not made by loadCredentials
    this.#options = options;
    this.#credentials = options.credentials;
    this.tokenUrl = checkTokenUrl(options.tokenUrl);
    this.#store = options.store ?? new MemoryTokenStore();
    this.#storeKey = tokenStoreKey(this.tokenUrl, options.credentials.clientId, options.credentials.certificate.fingerprint256);
    this.#clock = options.clock ?? monotonicClock;
    this.#now = options.now ?? (() => new Date());
    this.#backgroundMs = seconds(options.backgroundRefreshSeconds ?? 120, 'backgroundRefreshSeconds');
    this.#blockingMs = seconds(options.blockingRefreshSeconds ?? 30, 'blockingRefreshSeconds');
    if (this.#blockingMs > this.#backgroundMs) throw new ClaraConfigError('blockingRefreshSeconds must not exceed backgroundRefreshSeconds.');
    this.#requestTimeoutMs = positive(options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS, 'requestTimeoutMs');
    this.#backgroundRetryMs = positive(options.backgroundRetrySeconds ?? 5, 'backgroundRetrySeconds') * 1000;
    this.#leasePollMs = positive(options.leasePollMs ?? 100, 'leasePollMs'); // 0 would poll the store in a tight loop
    this.#storeTimeoutMs = positive(options.storeTimeoutMs ?? 2000, 'storeTimeoutMs');
    this.#credentialSecrets = registerSecrets(...echoableSecrets(options.credentials));
  }

  /**
   * Switches to new credentials (a rotated certificate): the cached token is dropped, never used again, and
   * tokens are looked up and stored under the new certificate's key. A refresh in flight for the old
   * credentials is not cached: it starts over with the new ones, and its callers get that token.
   */
  updateCredentials(credentials: ClaraCredentials): void {
    credentialSecrets(credentials); // only credentials made by loadCredentials
    this.#credentialSecrets.add(...echoableSecrets(credentials));
    this.#credentials = credentials;
    this.#storeKey = tokenStoreKey(this.tokenUrl, credentials.clientId, credentials.certificate.fingerprint256);
    this.#generation++;
    this.#current = undefined;
    this.#invalidated = false;
    this.#backgroundFailures = 0;
    this.#nextBackgroundAttempt = 0;
    this.#lastWarnedDaysLeft = undefined;
    this.#rejection = undefined;
  }

  /**
   * The cached token when it can be sent now without waiting (a background refresh starts when due), else
   * undefined: then `getToken()` waits for one. The hot path of every request, without a promise.
   */
  cachedToken(): string | undefined {
    const cached = this.#current;
    if (this.#closing.signal.aborted || !cached) return undefined;
    const now = this.#clock.now();
    if (now >= cached.blockingAt) return undefined;
    if (now >= cached.backgroundAt && !this.#inflight && now >= this.#nextBackgroundAttempt) this.#refreshInBackground();
    return cached.accessToken;
  }

  /** A valid access token: from the cache, or from one token request shared by all concurrent callers. */
  async getToken(): Promise<string> {
    if (this.#closing.signal.aborted) throw closedError();
    const ready = this.cachedToken();
    if (ready !== undefined) return ready;
    const cached = this.#current;
    const now = this.#clock.now();
    const refresh = this.#refresh(cached ? 'expiring' : this.#invalidated ? 'invalidated' : 'first');
    if (cached && now < cached.lastSendableAt) return this.#waitBounded(refresh, cached, cached.lastSendableAt - now);
    try {
      return (await refresh).accessToken;
    } catch (error) {
      const still = this.#current;
      if (!this.#closing.signal.aborted && still && this.#clock.now() < still.expiresAt) {
        log(this.#options.logger, 'warn', 'Clara token refresh failed; using the current token until it expires', { error: (error as Error).message });
        return still.accessToken;
      }
      throw error;
    }
  }

  /**
   * Inside the blocking window, with a token still good to send: the fresh token if it comes within the bound,
   * else the cached one (a refresh that failed or hangs costs this call nothing; it goes on for the next).
   */
  async #waitBounded(refresh: Promise<CachedToken>, cached: CachedToken, sendableMs: number): Promise<string> {
    if (refresh !== this.#slowRefresh) {
      let timer: NodeJS.Timeout | undefined;
      const bound = new Promise<undefined>((resolve) => {
        timer = setTimeout(() => resolve(undefined), Math.min(sendableMs, BOUNDED_WAIT_MS));
      });
      try {
        const fresh = await Promise.race([refresh, bound]);
        if (fresh) return fresh.accessToken;
        this.#slowRefresh = refresh;
      } catch {
        // logged and emitted by #obtain; the cached token is still good
      } finally {
        clearTimeout(timer);
      }
    }
    if (this.#closing.signal.aborted) throw closedError();
    return (this.#current ?? cached).accessToken;
  }

  /** The cached token's type, remaining lifetime and scopes — never the token — or undefined when there is none. */
  describe(): TokenInfo | undefined {
    const cached = this.#current;
    if (!cached) return undefined;
    const expiresInSeconds = Math.max(0, Math.floor((cached.expiresAt - this.#clock.now()) / 1000));
    return { tokenType: cached.tokenType, expiresInSeconds, ...(cached.scopes ? { scopes: cached.scopes } : {}) };
  }

  /**
   * Drops `token` after Clara refused it (a 401). A token that was already replaced is left alone, so that
   * many requests failing with the same old token cause one refresh, not one each. The store is not touched:
   * this manager refuses the token from there too, and on a shared store a delete could remove a newer token
   * another process has just written.
   */
  invalidate(token: string): void {
    if (this.#current?.accessToken !== token) return;
    this.#current = undefined;
    this.#invalidated = true;
    this.#rejected.push(token);
    if (this.#rejected.length > REMEMBERED_INVALID_TOKENS) this.#rejected.shift();
  }

  /** Ends a refresh in flight (its retries and waits, which would keep the process alive) and refuses later calls. */
  close(): void {
    this.#closing.abort();
    this.#current = undefined;
    this.#credentialSecrets.release();
    this.#tokenSecrets.release();
  }

  #refreshInBackground(): void {
    this.#refresh('background').then(
      () => {
        this.#backgroundFailures = 0;
        this.#nextBackgroundAttempt = 0;
      },
      () => {
        this.#backgroundFailures++;
        const pause = Math.min(this.#backgroundRetryMs * 2 ** (this.#backgroundFailures - 1), MAX_BACKGROUND_PAUSE_MS);
        this.#nextBackgroundAttempt = this.#clock.now() + pause;
      },
    );
  }

  /** Single flight: every caller during a refresh shares its promise. */
  #refresh(reason: TokenReason): Promise<CachedToken> {
    const rejection = this.#rejection;
    if (rejection && this.#clock.now() < rejection.until) return Promise.reject(rejection.error);
    this.#inflight ??= this.#obtain(reason).finally(() => {
      this.#inflight = undefined;
    });
    return this.#inflight;
  }

  async #obtain(reason: TokenReason): Promise<CachedToken> {
    try {
      let generation: number;
      let obtained: Obtained;
      do {
        generation = this.#generation;
        const key = this.#storeKey;
        this.#checkCertificate();
        obtained = (await this.#readStore(key)) ?? (await this.#fromEndpoint(key));
      } while (generation !== this.#generation); // the credentials were rotated meanwhile: that token is for the old certificate
      const { grant, source } = obtained;
      const cached = this.#cache(grant, obtained.lifetimeMs);
      const event: TokenEvent = { reason, source, tokenType: grant.tokenType, expiresInSeconds: grant.expiresInSeconds, ...(grant.scopes ? { scopes: grant.scopes } : {}) };
      log(this.#options.logger, 'debug', 'Clara token obtained', { ...event });
      this.emit(reason === 'first' || reason === 'invalidated' ? 'token' : 'refresh', event);
      return cached;
    } catch (error) {
      if (this.#closing.signal.aborted) throw closedError(); // not a failure worth reporting
      if (REJECTION_STATUSES.has((error as { status?: unknown }).status as number)) this.#rejection = { error, until: this.#clock.now() + REJECTION_BACKOFF_MS };
      const background = reason === 'background';
      log(this.#options.logger, background ? 'warn' : 'error', 'Clara token request failed', { reason, error: (error as Error).message });
      // An 'error' event without listeners would throw; the error reaches callers anyway.
      if (this.listenerCount('error') > 0) this.emit('error', error as Error, { background });
      throw error;
    }
  }

  /**
   * A token from the endpoint, stored for others. With a store that grants leases (shared between processes),
   * one process at a time asks the endpoint; the others poll the store until its token appears, or until the
   * lease is free again (its holder failed, or died and the lease expired) and one of them takes over.
   */
  async #fromEndpoint(key: string): Promise<Obtained> {
    const store = this.#store;
    const deadline = this.#clock.now() + this.#requestTimeoutMs;
    while (store.acquireLease && this.#clock.now() < deadline) {
      let lease: TokenLease | undefined;
      let granting: Promise<TokenLease | undefined> | undefined;
      try {
        granting = store.acquireLease(key);
        lease = await this.#bounded(granting, 'grant a refresh lease');
      } catch (error) {
        granting?.then((late) => late?.release()).catch(() => undefined); // a lease granted too late is given back
        log(this.#options.logger, 'warn', 'Clara token store failed to grant a refresh lease; requesting a token without it', { error: (error as Error).message });
        break;
      }
      if (lease) {
        try {
          // Another process may have stored a fresh token between our last look and the lease.
          return (await this.#readStore(key)) ?? (await this.#requestAndStore(key));
        } finally {
          await this.#bounded(lease.release(), 'release a refresh lease').catch((error: unknown) =>
            log(this.#options.logger, 'warn', 'Clara token store failed to release a refresh lease', { error: (error as Error).message }),
          );
        }
      }
      await sleep(this.#leasePollMs, undefined, { signal: this.#closing.signal });
      const stored = await this.#readStore(key);
      if (stored) return stored;
    }
    return this.#requestAndStore(key);
  }

  /** `key` is the one of the credentials the request started with, even if they were rotated meanwhile. */
  async #requestAndStore(key: string): Promise<Obtained> {
    const answer = await this.#options.requestGrant(this.#credentials, this.#closing.signal);
    const expiresInSeconds = Math.max(answer.expiresInSeconds ?? this.#defaultExpiresInSeconds(), MIN_LIFETIME_SECONDS);
    const grant = { ...answer, expiresInSeconds };
    const issuedAt = this.#now().getTime();
    await this.#writeStore(key, grant, issuedAt);
    return { grant, source: 'endpoint', lifetimeMs: expiresInSeconds * 1000 };
  }

  #defaultExpiresInSeconds(): number {
    const seconds = this.#options.defaultExpiresInSeconds ?? 300;
    log(this.#options.logger, 'debug', `Clara token answer has no usable expires_in; assuming ${seconds} s`);
    return seconds;
  }

  #cache(grant: TokenGrant & { expiresInSeconds: number }, lifetimeMs: number): CachedToken {
    this.#tokenSecrets.add(grant.accessToken);
    this.#rejection = undefined;
    const expiresAt = this.#clock.now() + grant.expiresInSeconds * 1000;
    const blockingWindow = this.#blockingWindow(lifetimeMs);
    const cached = {
      accessToken: grant.accessToken,
      tokenType: grant.tokenType,
      ...(grant.scopes ? { scopes: grant.scopes } : {}),
      expiresAt,
      backgroundAt: expiresAt - this.#backgroundWindow(lifetimeMs),
      blockingAt: expiresAt - blockingWindow,
      // The last second (a JWT's expiry is in whole seconds), or the last half of a tiny blocking window.
      lastSendableAt: expiresAt - Math.min(1000, blockingWindow / 2),
    };
    this.#current = cached;
    this.#invalidated = false;
    return cached;
  }

  // Windows longer than a short-lived token would keep it permanently "due", so they shrink to a twentieth and a
  // tenth of its lifetime: about one token request per lifetime. The blocking window stays at least 1 s (the
  // granularity of a JWT's expiry; a quarter of the lifetime for tokens under 4 s) and the background window
  // twice that, so that in-flight requests never carry an expired token.
  #blockingWindow(lifetimeMs: number): number {
    return Math.min(this.#blockingMs, Math.max(lifetimeMs / 20, Math.min(1000, lifetimeMs / 4)));
  }

  #backgroundWindow(lifetimeMs: number): number {
    return Math.min(this.#backgroundMs, Math.max(lifetimeMs / 10, 2 * this.#blockingWindow(lifetimeMs)));
  }

  /** A token another manager (or process) stored, if it is fresh enough not to need a refresh itself. */
  async #readStore(key: string): Promise<Obtained | undefined> {
    let stored: StoredToken | undefined;
    try {
      stored = await this.#bounded(this.#store.get(key), 'read');
    } catch (error) {
      log(this.#options.logger, 'warn', 'Clara token store failed to read; requesting a new token', { error: (error as Error).message });
      return undefined;
    }
    if (!stored || this.#rejected.includes(stored.accessToken)) return undefined;
    const problem = tokenProblem(stored.accessToken);
    if (problem) {
      // A damaged or foreign value would fail every call until it expires: it goes, and a token is requested.
      log(this.#options.logger, 'warn', `Clara token store holds an unusable token (it ${problem}); deleting it and requesting a new one`);
      await this.#bounded(this.#store.delete(key), 'delete a token').catch((error: unknown) =>
        log(this.#options.logger, 'warn', 'Clara token store failed to delete an unusable token', { error: (error as Error).message }),
      );
      return undefined;
    }
    const now = this.#now().getTime();
    const remainingMs = stored.expiresAt - now;
    // Without the issue time the lifetime is unknown: only a token outside the longest window is fresh enough.
    const lifetimeMs = stored.issuedAt === undefined ? Infinity : stored.expiresAt - stored.issuedAt;
    if (remainingMs <= this.#backgroundWindow(lifetimeMs)) return undefined;
    const grant = { accessToken: stored.accessToken, tokenType: stored.tokenType, expiresInSeconds: remainingMs / 1000 };
    return { grant, source: 'store', lifetimeMs };
  }

  async #writeStore(key: string, grant: TokenGrant & { expiresInSeconds: number }, issuedAt: number): Promise<void> {
    const token = { accessToken: grant.accessToken, tokenType: grant.tokenType, issuedAt, expiresAt: issuedAt + grant.expiresInSeconds * 1000 };
    try {
      await this.#bounded(this.#store.set(key, token), 'save a token');
    } catch (error) {
      log(this.#options.logger, 'warn', 'Clara token store failed to save a token', { error: (error as Error).message });
    }
  }

  /** No token request with an expired certificate; a warning per day once fewer than 30 days remain. */
  #checkCertificate(): void {
    const { notAfter, subject, fingerprint256 } = this.#credentials.certificate;
    const now = this.#now();
    if (now > notAfter) {
      throw new ClaraCredentialsError(`The client certificate (${subject}) expired on ${notAfter.toISOString()}: create new project credentials in the Clara dashboard.`);
    }
    const warning = expiryWarning(notAfter, now);
    if (!warning || warning.daysLeft === this.#lastWarnedDaysLeft) return;
    this.#lastWarnedDaysLeft = warning.daysLeft;
    log(this.#options.logger, 'warn', warning.message, { daysLeft: warning.daysLeft, notAfter: notAfter.toISOString() });
    this.emit('certificate-expiring', { daysLeft: warning.daysLeft, notAfter, subject, fingerprint256 });
  }

  /** A store call slower than storeTimeoutMs counts as failed: a hung store must not hang every token request. */
  async #bounded<T>(call: Promise<T>, action: string): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`the token store did not ${action} within ${this.#storeTimeoutMs} ms`)), this.#storeTimeoutMs);
    });
    try {
      return await Promise.race([call, timedOut]);
    } finally {
      clearTimeout(timer);
    }
  }
}

function checkTokenUrl(tokenUrl: string): string {
  let url: URL;
  try {
    url = new URL(tokenUrl);
  } catch {
    throw new ClaraConfigError(`tokenUrl is not a URL: ${JSON.stringify(tokenUrl)}.`);
  }
  if (url.protocol !== 'https:') throw new ClaraConfigError(`tokenUrl must use https (mutual TLS), got ${url.origin}.`);
  return url.href;
}

function seconds(value: number, name: string): number {
  if (!Number.isFinite(value) || value < 0) throw new ClaraConfigError(`${name} must be a number of seconds ≥ 0, got ${String(value)}.`);
  return value * 1000;
}

function positive(value: number, name: string): number {
  if (!Number.isFinite(value) || value <= 0) throw new ClaraConfigError(`${name} must be a number > 0, got ${String(value)}.`);
  return value;
}

const closedError = (): ClaraClosedError => new ClaraClosedError('The Clara token manager is closed: it requests no more tokens.');
