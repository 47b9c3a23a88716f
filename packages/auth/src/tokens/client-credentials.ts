// What Clara's token endpoint takes: an OAuth 2.0 client-credentials grant (RFC 6749 §4.4) with the client id
// and secret as HTTP Basic credentials. The runtime sends it; the secret never leaves this package otherwise.
import { credentialSecrets } from '../credentials/secrets.js';
import type { ClaraCredentials } from '../credentials/types.js';

/** A token as the endpoint granted it. */
export interface TokenGrant {
  accessToken: string;
  tokenType: string;
  /** Undefined when the answer carried no usable `expires_in`: the token manager assumes its default. */
  expiresInSeconds?: number;
  /** What the token grants, when the answer says (`scope`). */
  scopes?: string[];
}

export interface ClientCredentialsRequest {
  headers: Record<string, string>;
  body: string;
}

export function clientCredentialsRequest(credentials: ClaraCredentials): ClientCredentialsRequest {
  const { clientSecret } = credentialSecrets(credentials);
  const basic = Buffer.from(`${credentials.clientId}:${clientSecret}`).toString('base64');
  return {
    headers: { authorization: `Basic ${basic}`, 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
    body: 'grant_type=client_credentials',
  };
}

/**
 * The secrets of `credentials` that a server could echo, for `registerSecrets`: the client secret, the Basic
 * credential (`clientId:clientSecret` and its base64, each with its own encodings) and the key's passphrase.
 */
export function echoableSecrets(credentials: ClaraCredentials): (string | undefined)[] {
  const { clientSecret, passphrase } = credentialSecrets(credentials);
  const pair = `${credentials.clientId}:${clientSecret}`;
  return [clientSecret, pair, Buffer.from(pair).toString('base64'), passphrase];
}
