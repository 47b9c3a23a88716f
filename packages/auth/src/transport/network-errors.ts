// Turns a failed undici request into an error that says what went wrong. The useful facts sit in the cause
// chain: OpenSSL alert codes, certificate verification codes, or a socket closed before any answer.
import { causeChain, type CauseLink } from '../cause.js';
import { ClaraConnectionError, ClaraTimeoutError, ClaraTlsError, type ClaraError } from '../errors.js';

// The server's certificate failed our verification.
const SERVER_UNTRUSTED = new Set([
  'SELF_SIGNED_CERT_IN_CHAIN', 'DEPTH_ZERO_SELF_SIGNED_CERT', 'UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY', 'CERT_HAS_EXPIRED', 'CERT_NOT_YET_VALID', 'CERT_UNTRUSTED', 'CERT_REJECTED',
  'CERT_SIGNATURE_FAILURE', 'CERT_REVOKED', 'INVALID_CA', 'ERR_TLS_CERT_ALTNAME_INVALID', 'HOSTNAME_MISMATCH',
]);
// TLS alerts by which the server says it did not accept our certificate.
const CLIENT_REJECTED_ALERTS = /ALERT_(BAD_CERTIFICATE|UNKNOWN_CA|CERTIFICATE_EXPIRED|CERTIFICATE_REVOKED|CERTIFICATE_UNKNOWN|UNSUPPORTED_CERTIFICATE|ACCESS_DENIED|DECRYPT_ERROR)$/;
const TIMEOUTS = new Set(['UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT', 'ETIMEDOUT']);

/** The Clara error for a failed request to `url`, or undefined when `error` is not a network failure (a TypeError for bad input, say). */
export function toNetworkError(error: unknown, url: string): ClaraError | undefined {
  const chain = causeChain(error);
  const codes = chain.flatMap((link) => (link.code ? [link.code] : []));
  if (codes.length === 0) return undefined;
  const origin = new URL(url).host;
  const has = (test: (code: string) => boolean): string | undefined => codes.find(test);
  const tls = (side: ClaraTlsError['side'], message: string): ClaraTlsError => new ClaraTlsError(`TLS handshake with ${origin} failed: ${message}`, { side, cause: error });

  const untrusted = has((code) => SERVER_UNTRUSTED.has(code));
  if (untrusted) {
    return tls('server-untrusted', `the server certificate is not trusted (${untrusted}); Clara's server certificate is always verified. Add the CA that issued it with the "ca" option if it is a private CA.`);
  }
  const certificateRequired = has((code) => code.endsWith('ALERT_CERTIFICATE_REQUIRED'));
  if (certificateRequired) return tls('client-certificate-missing', `the server requires a client certificate and none was sent (${certificateRequired}).`);
  const rejectedAlert = has((code) => CLIENT_REJECTED_ALERTS.test(code));
  if (rejectedAlert) {
    return tls('client-certificate-rejected', `the server rejected the client certificate (${rejectedAlert}): it is expired, revoked, or not issued for this Clara environment.`);
  }
  const handshake = has((code) => code.startsWith('ERR_SSL_') || code.startsWith('ERR_TLS_'));
  if (handshake) return tls('handshake', `${handshake} (no common TLS version or cipher, or a certificate problem).`);

  const timeout = has((code) => TIMEOUTS.has(code));
  if (timeout) return new ClaraTimeoutError(`Request to ${origin} timed out (${timeout}).`, { cause: error });
  if (closedBeforeAnswer(chain)) {
    // A server that restarts or a load balancer that resets looks exactly like a TLS 1.3 server refusing our
    // certificate (it checks it after our side of the handshake, then just closes): a connection error, with
    // the certificate named as one possible cause.
    return new ClaraConnectionError(
      `Could not reach ${origin}: the server closed a new connection before answering. It may be restarting or overloaded, or it rejected the client certificate (expired, revoked, or from another CA / environment).`,
      { cause: error },
    );
  }
  const innermost = chain.at(-1);
  return new ClaraConnectionError(`Could not reach ${origin}: ${innermost?.code ? `${innermost.code} ` : ''}${innermost?.message ?? 'network error'}.`, { cause: error });
}

/**
 * A connection that ended before a single response byte arrived, on a fresh socket: undici's "other side closed"
 * with nothing read, or a reset "before secure TLS connection was established". (A kept-alive socket that the
 * server closed has bytes read and is an ordinary connection error.)
 */
function closedBeforeAnswer(chain: CauseLink[]): boolean {
  return chain.some(({ code, message, error }) => {
    if (code === 'UND_ERR_SOCKET') return (error as { socket?: { bytesRead?: number } }).socket?.bytesRead === 0;
    return code === 'ECONNRESET' && message.includes('before secure TLS connection was established');
  });
}
