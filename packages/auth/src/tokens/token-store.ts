// Where tokens are kept between requests. Async so that a shared store (Redis, say) can implement it; the key
// binds a token to its token URL, client id and certificate fingerprint (Clara's tokens may be bound to the
// certificate, RFC 8705), so new credentials never pick up a token issued for the old ones.

export interface StoredToken {
  accessToken: string;
  tokenType: string;
  /** Wall-clock expiry (epoch ms): stores may be shared between processes, whose monotonic clocks differ. */
  expiresAt: number;
  /** Wall-clock time it was issued (epoch ms), so that every process derives the same refresh windows. */
  issuedAt?: number;
}

/** The right to ask the token endpoint for `key`, held by one process at a time. */
export interface TokenLease {
  /** Gives the lease up if it is still this holder's (a lease that expired meanwhile is left to its new holder). */
  release(): Promise<void>;
}

export interface TokenStore {
  get(key: string): Promise<StoredToken | undefined>;
  set(key: string, token: StoredToken): Promise<void>;
  delete(key: string): Promise<void>;
  /**
   * Optional, for stores shared between processes: a lease when this process may request a token for `key`,
   * or undefined while another process holds it. Leases must expire by themselves (the store's lease time), so
   * that a holder that died blocks the others no longer than that. Without it, each process refreshes on its own.
   */
  acquireLease?(key: string): Promise<TokenLease | undefined>;
}

export function tokenStoreKey(tokenUrl: string, clientId: string, fingerprint256: string): string {
  return `clara-token|${tokenUrl}|${clientId}|${fingerprint256}`;
}

/** The default store: a Map in this process. Share one instance between TokenManagers to share tokens. */
export class MemoryTokenStore implements TokenStore {
  // A private field: util.inspect(store) must not print tokens.
  readonly #tokens = new Map<string, StoredToken>();

  async get(key: string): Promise<StoredToken | undefined> {
    const token = this.#tokens.get(key);
    return token && { ...token };
  }

  async set(key: string, token: StoredToken): Promise<void> {
    this.#tokens.set(key, { ...token });
  }

  async delete(key: string): Promise<void> {
    this.#tokens.delete(key);
  }
}
