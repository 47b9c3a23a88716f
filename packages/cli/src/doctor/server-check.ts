// The checks that talk to Clara through the SDK itself: the client's own token request (`verifyCredentials`, no
// retries) decides the TLS check (is the server's certificate trusted?) and the client-certificate check (did the
// server accept ours?), then the token, then one read call that reuses that token. Nothing here sees the token:
// only its type, lifetime and scopes.
import type { ClaraCredentials, TokenInfo } from '@org/clara-mx';

import type { CountryClient, CountrySdk } from '../sdk.js';
import type { Checklist } from './checklist.js';
import { describeServerCertificate, type TlsProbe } from './network-check.js';
import { describeScopes, projectScopes, type Probe, type ProjectScopes } from './scopes.js';

const ANOTHER_PROJECT =
  'use the certificate of a Clara project of this environment (sandbox credentials work only with --environment sandbox, production ones only without it); ' +
  'a revoked or replaced project needs new credentials from the Clara dashboard.';

type TokenAttempt = { ok: true; token: TokenInfo } | { ok: false; error: Error };

/** The client's token request (the client is made with no retries: the doctor reports what happened to one request, now). */
export async function requestToken(client: CountryClient): Promise<TokenAttempt> {
  try {
    return { ok: true, token: await client.verifyCredentials() };
  } catch (error) {
    return { ok: false, error: error as Error };
  }
}

/**
 * Reports the TLS, client-certificate and token checks from the outcome of the token request. Returns the
 * project's scopes when a token was obtained, else undefined. `probe` is the direct handshake probe, undefined
 * through a proxy tunnel (the probe cannot run there: the handshake inside the tunnel is the token request's).
 */
export function reportTokenAttempt(list: Checklist, sdk: CountrySdk, attempt: TokenAttempt, probe: TlsProbe | undefined, credentials: ClaraCredentials): ProjectScopes | undefined {
  // A TLS 1.2 server may end the probe's handshake (it sends no client certificate) before the protocol is settled.
  const server = probe
    ? `${probe.protocol ? `${probe.protocol}, ` : ''}server certificate ${describeServerCertificate(probe.certificate)}`
    : 'inside the proxy tunnel (checked by the token request)';
  const ours = `ours: ${credentials.certificate.subject}, issued by ${credentials.certificate.issuer}`;
  const error = attempt.ok ? undefined : attempt.error;

  if (error instanceof sdk.ClaraTlsError && (error.side === 'server-untrusted' || error.side === 'handshake')) {
    const fix =
      error.side === 'server-untrusted'
        ? 'a proxy that intercepts TLS presents its own certificate: connect directly, or pass its CA with --ca (a local sandbox: its ca-public-key.pem).'
        : 'no common TLS version or cipher with the server: check --base-url and any proxy in between.';
    list.fail('tls', `${error.message} (${server})`, fix);
    list.skip(['clientCertificate', 'token', 'read'], 'needs a TLS connection');
    return undefined;
  }
  list.pass('tls', server);

  const refused = clientCertificateRefusal(sdk, error);
  if (refused) {
    list.fail('clientCertificate', `refused: ${refused.replace(/\.$/, '')} (${ours})`, ANOTHER_PROJECT);
    list.skip(['token', 'read'], 'needs an accepted client certificate');
    return undefined;
  }
  list.pass('clientCertificate', 'accepted by the server');

  if (!attempt.ok) {
    list.fail('token', attempt.error.message, tokenFix(sdk, attempt.error));
    list.skip(['read'], 'needs a token');
    return undefined;
  }
  const scopes = projectScopes(attempt.token, credentials, sdk.redact);
  list.pass('token', `${attempt.token.tokenType} token issued, expires in ${attempt.token.expiresInSeconds} s; ${describeScopes(scopes)}`);
  return scopes;
}

/** Why the server refused our certificate, or undefined when it accepted it (any HTTP answer means it did). */
function clientCertificateRefusal(sdk: CountrySdk, error: Error | undefined): string | undefined {
  if (error instanceof sdk.ClaraTlsError) return error.message;
  if (error instanceof sdk.ClaraConnectionError) {
    // The TCP check and the TLS probe succeeded moments ago, and the server's certificate passed (else a
    // ClaraTlsError): what is left is a server that checked our certificate and hung up.
    return 'the server closed the connection right after the TLS handshake, before any HTTP answer: the way a server rejects a client certificate, typically with TLS 1.3';
  }
  if (error instanceof sdk.ClaraTimeoutError) return `the server did not answer after the handshake: ${error.message}`;
  if (error instanceof sdk.ClaraApiError && error.status === 511) return error.message;
  return undefined;
}

function tokenFix(sdk: CountrySdk, error: Error): string | undefined {
  if (error instanceof sdk.ClaraAuthError) return 'check clientId and clientSecret in the client-credentials JSON: they must belong to the same project as the certificate.';
  if (error instanceof sdk.ClaraServerError || error instanceof sdk.ClaraRateLimitError) return 'Clara had a problem answering: try again in a moment.';
  return undefined;
}

type ListProbe = { list(query: { size: number }): { withResponse(): Promise<{ data: { totalElements?: number }; response: Response }> } };

/**
 * One read call on `resource` (chosen from the project's scopes), reusing the doctor's token. A 403 is a warning:
 * the token was accepted, and the project lacks that permission, which a sound setup may (a transactions-only
 * project asked for cards).
 */
export async function checkReadCall(list: Checklist, sdk: CountrySdk, client: CountryClient, resource: Probe): Promise<void> {
  try {
    const { data, response } = await (client as unknown as Record<Probe, ListProbe>)[resource].list({ size: 1 }).withResponse();
    const url = new URL(response.url);
    const total = typeof data.totalElements === 'number' ? ` (${data.totalElements} ${resource} in all)` : '';
    list.pass('read', `GET ${url.pathname}${url.search} → ${response.status}${total}`);
  } catch (error) {
    if (error instanceof sdk.ClaraPermissionError) {
      list.warn(
        'read',
        `token accepted; this project lacks the permission to read ${resource} (${error.status} on GET ${error.path ?? resource})`,
        `if it should read ${resource}, add that permission to the project in the Clara dashboard; or --tax-identifier names a company outside the holding.`,
      );
    } else list.fail('read', (error as Error).message, readFix(sdk, error as Error));
  }
}

function readFix(sdk: CountrySdk, error: Error): string | undefined {
  if (error instanceof sdk.ClaraAuthError) return 'the API refused the token: check --environment (sandbox credentials need --environment sandbox).';
  if (error instanceof sdk.ClaraNotFoundError) return 'check --environment and --base-url.';
  return undefined;
}
