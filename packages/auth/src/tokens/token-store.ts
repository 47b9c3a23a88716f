// Where tokens are kept between requests. Async so that a shared store (Redis, say) can implement it; the key
// binds a token to its token URL, client id and certificate fingerprint (Clara's tokens may be bound to the
// certificate, RFC 8705), so new credentials never pick up a token issued for the old ones.

export interface StoredToken {
  accessToken: string;
  tokenType: string;
  /** Wall-clock expiry (epoch ms): stores may be shared between processes, whose monotonic clocks differ. */
  expiresAt: number;
}

export interface TokenStore {
  get(key: string): Promise<StoredToken | undefined>;
  set(key: string, token: StoredToken): Promise<void>;
  delete(key: string): Promise<void>;
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
