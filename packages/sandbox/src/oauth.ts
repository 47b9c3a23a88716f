import { timingSafeEqual } from 'node:crypto';
import { generateKeyPair, SignJWT, type CryptoKey } from 'jose';

export interface TokenResponse {
  access_token: string;
  token_type: 'Bearer';
  expires_in: number;
  scope: string;
}

export type TokenCheck = 'valid' | 'missing' | 'unknown' | 'expired' | 'wrong-certificate';

interface IssuedToken {
  expiresAt: number;
  thumbprint: string;
}

const equalSecret = (a: string, b: string) => {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
};

/** RFC 6749 §2.3.1 form-encodes the id and secret inside Basic auth; a malformed `%` is bad credentials, not a crash. */
function formDecode(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

/**
 * Issues ES256 JWTs bound to the presenting client certificate (RFC 8705 `cnf.x5t#S256`). The server only
 * accepts tokens it issued: a lookup on the hot path instead of a signature check.
 */
export class TokenIssuer {
  private readonly issued = new Map<string, IssuedToken>();

  private readonly key: CryptoKey;
  readonly clientId: string;
  private readonly clientSecret: string;
  readonly scopes: readonly string[];
  private readonly issuer: string;

  private constructor(key: CryptoKey, clientId: string, clientSecret: string, scopes: readonly string[], issuer: string) {
    this.key = key;
    this.clientId = clientId;
    this.clientSecret = clientSecret;
    this.scopes = scopes;
    this.issuer = issuer;
  }

  static async create(options: { clientId: string; clientSecret: string; scopes: readonly string[]; issuer: string }): Promise<TokenIssuer> {
    const { privateKey } = await generateKeyPair('ES256');
    return new TokenIssuer(privateKey, options.clientId, options.clientSecret, options.scopes, options.issuer);
  }

  /** Checks an `Authorization: Basic` header against the client id and secret. */
  authenticateClient(authorization: string | undefined): boolean {
    const match = /^Basic\s+(\S+)$/i.exec(authorization ?? '');
    if (!match) return false;
    const decoded = Buffer.from(match[1] as string, 'base64').toString('utf8');
    const separator = decoded.indexOf(':');
    if (separator < 0) return false;
    const [id, secret] = [decoded.slice(0, separator), decoded.slice(separator + 1)];
    const matches = (candidateId: string | undefined, candidateSecret: string | undefined) =>
      candidateId !== undefined && candidateSecret !== undefined && equalSecret(candidateId, this.clientId) && equalSecret(candidateSecret, this.clientSecret);
    // As Clara documents it (and the SDK and the Postman script send it): base64(id:secret) of the raw values;
    // RFC 6749's form-encoded values are accepted too.
    return matches(id, secret) || matches(formDecode(id), formDecode(secret));
  }

  async issue(thumbprint: string, lifetimeSeconds: number): Promise<TokenResponse> {
    const now = Math.floor(Date.now() / 1000);
    const scope = this.scopes.join(' ');
    const accessToken = await new SignJWT({ scope, gty: 'client-credentials', azp: this.clientId, cnf: { 'x5t#S256': thumbprint } })
      .setProtectedHeader({ alg: 'ES256', typ: 'JWT' })
      .setIssuer(this.issuer)
      .setSubject(`${this.clientId}@clients`)
      .setAudience('https://public-api.clara.com')
      .setIssuedAt(now)
      .setExpirationTime(now + lifetimeSeconds)
      .setJti(crypto.randomUUID())
      .sign(this.key);
    this.forgetExpired(now);
    this.issued.set(accessToken, { expiresAt: (now + lifetimeSeconds) * 1000, thumbprint });
    return { access_token: accessToken, token_type: 'Bearer', expires_in: lifetimeSeconds, scope };
  }

  /** Verifies `Authorization: Bearer` for a connection whose client certificate has `thumbprint`. */
  check(authorization: string | undefined, thumbprint: string): TokenCheck {
    if (!authorization || !/^Bearer /i.test(authorization)) return 'missing';
    const token = this.issued.get(authorization.slice(7).trim());
    if (!token) return 'unknown';
    if (Date.now() >= token.expiresAt) return 'expired';
    return token.thumbprint === thumbprint ? 'valid' : 'wrong-certificate';
  }

  private forgetExpired(nowSeconds: number): void {
    if (this.issued.size < 1000) return;
    for (const [token, { expiresAt }] of this.issued) if (expiresAt <= nowSeconds * 1000) this.issued.delete(token);
  }
}
