// What a failed undici request says about the network. The facts sit in the cause chain (OpenSSL alert codes,
// certificate verification codes, errno codes, a socket closed before any answer) and, for whether the request
// had been written, with the transport (`requestWasSent`: undici's own callback).
import { causeChain, type CauseLink } from './cause.js';
import { ClaraConnectionError, ClaraTimeoutError, ClaraTlsError, type CallInfo } from './classes.js';

// The server's certificate failed our verification.
export const SERVER_UNTRUSTED = new Set([
  'SELF_SIGNED_CERT_IN_CHAIN', 'DEPTH_ZERO_SELF_SIGNED_CERT', 'UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY', 'CERT_HAS_EXPIRED', 'CERT_NOT_YET_VALID', 'CERT_UNTRUSTED', 'CERT_REJECTED',
  'CERT_SIGNATURE_FAILURE', 'CERT_REVOKED', 'INVALID_CA', 'ERR_TLS_CERT_ALTNAME_INVALID', 'HOSTNAME_MISMATCH',
]);
// TLS alerts by which the server says it did not accept our certificate.
const CLIENT_REJECTED_ALERTS = /ALERT_(BAD_CERTIFICATE|UNKNOWN_CA|CERTIFICATE_EXPIRED|CERTIFICATE_REVOKED|CERTIFICATE_UNKNOWN|UNSUPPORTED_CERTIFICATE|ACCESS_DENIED|DECRYPT_ERROR)$/;
/** Failures in which no byte of the request left this process. */
const NEVER_SENT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ENETUNREACH', 'EHOSTUNREACH', 'UND_ERR_CONNECT_TIMEOUT']);
const NO_ANSWER_IN_TIME = new Set(['UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT', 'ETIMEDOUT']);
const IDEMPOTENT = new Set(['GET', 'HEAD', 'PUT', 'DELETE', 'OPTIONS', 'TRACE']);
const SAFE = new Set(['GET', 'HEAD', 'OPTIONS', 'TRACE']);

/** Why Clara refuses a client certificate. */
const REFUSAL_REASONS = 'a certificate of another Clara project, an expired or revoked one, or sandbox credentials used against production (or the other way round)';

export interface WireContext extends CallInfo {
  origin: string;
  method: string;
  path: string;
  /** Whether this connection pool has had any HTTP answer since it started (or since a rotation). */
  answeredBefore: boolean;
  /** Whether the request had been written to the connection, as the transport saw it; undefined when it cannot tell. */
  requestSent?: boolean;
  /** Changes nothing at Clara: a read (GET, HEAD, OPTIONS) or the token request. Anything else is a write. */
  safe: boolean;
}

/** The error for a failed request, or undefined when `error` is no network failure (a TypeError for bad input, say). */
export function networkFailure(error: unknown, context: WireContext): ClaraTlsError | ClaraConnectionError | ClaraTimeoutError | undefined {
  const chain = causeChain(error);
  const codes = chain.flatMap((link) => (link.code ? [link.code] : []));
  if (codes.length === 0) return undefined;
  const { origin, method, path } = context;
  const call = `${method} ${path}`;
  const info = { operation: context.operation, method, path, cause: error };
  const has = (test: (code: string) => boolean): string | undefined => codes.find(test);
  const tls = (side: ClaraTlsError['side'], message: string): ClaraTlsError => new ClaraTlsError(`TLS handshake with ${origin} failed: ${message}`, { ...info, side });

  const untrusted = has((code) => SERVER_UNTRUSTED.has(code));
  if (untrusted) {
    return tls('server-untrusted', `the server certificate is not trusted (${untrusted}); Clara's server certificate is always verified. Add the CA that issued it with the "ca" option if it is a private CA.`);
  }
  const certificateRequired = has((code) => code.endsWith('ALERT_CERTIFICATE_REQUIRED'));
  if (certificateRequired) return tls('client-certificate-missing', `the server requires a client certificate and none was sent (${certificateRequired}).`);
  const rejectedAlert = has((code) => CLIENT_REJECTED_ALERTS.test(code));
  if (rejectedAlert) return tls('client-certificate-rejected', `the server rejected the client certificate (${rejectedAlert}): ${REFUSAL_REASONS}.`);
  const handshake = has((code) => code.startsWith('ERR_SSL_') || code.startsWith('ERR_TLS_'));
  if (handshake) return tls('handshake', `${handshake} (no common TLS version or cipher, or a certificate problem).`);

  const neverSent = has((code) => NEVER_SENT.has(code));
  if (neverSent) return new ClaraConnectionError(`Could not reach ${origin} (${neverSent}): ${call} was not sent.`, { ...info, requestSent: false });
  const { requestSent } = context;
  const refusedLikely = `Clara closed the connection right after the handshake, before answering anything: it most likely refused the client certificate (${REFUSAL_REASONS}).`;
  const mayBeApplied = context.safe ? '' : ' Clara may have applied it: check (get or list what it changes) before sending it again.';
  if (closedBeforeAnswer(chain) && !context.answeredBefore) {
    // A TLS 1.3 server checks our certificate after its side of the handshake, then just closes — by then the
    // request is written. On a pool that has never had an answer that is the likeliest reason, and said so at
    // once when nothing is at stake: nothing was written, or it changes nothing. A write that was written may
    // have been received and applied: that is what its error says first.
    // Not retried either (see refusalLikely), even when idempotent: a refused certificate does not heal.
    if (requestSent === false || context.safe) return tls('client-certificate-rejected', refusedLikely);
    const lost = new ClaraConnectionError(
      `The connection to ${origin} closed right after ${call} was sent, before any answer.${mayBeApplied} (On a new connection this is also how Clara refuses a client certificate: if every call fails so, check it — ${REFUSAL_REASONS}.)`,
      { ...info, requestSent: true },
    );
    refusals.add(lost);
    return lost;
  }
  const timeout = has((code) => NO_ANSWER_IN_TIME.has(code));
  if (timeout) return new ClaraTimeoutError(`${origin} did not answer ${call} in time (${timeout}).`, info);
  const innermost = chain.at(-1);
  const what = innermost?.code ?? innermost?.message ?? 'network error';
  if (requestSent === false) return new ClaraConnectionError(`The connection to ${origin} failed before ${call} was sent (${what}): nothing reached Clara.`, { ...info, requestSent: false });
  return new ClaraConnectionError(`The connection to ${origin} was lost after ${call} was sent, before the answer (${what}).${mayBeApplied}`, { ...info, requestSent: true });
}

const refusals = new WeakSet<Error>();

/**
 * A connection closed right after the handshake on a pool Clara never answered, reported as a lost write: most
 * likely a refused certificate, which a retry does not heal.
 */
export const refusalLikely = (error: Error): boolean => refusals.has(error);

/**
 * A connection that ended before a single response byte arrived, on a fresh socket: undici's "other side closed"
 * with nothing read, or a reset "before secure TLS connection was established".
 */
function closedBeforeAnswer(chain: CauseLink[]): boolean {
  return chain.some(({ code, message, error }) => {
    if (code === 'UND_ERR_SOCKET') return (error as { socket?: { bytesRead?: number } }).socket?.bytesRead === 0;
    return code === 'ECONNRESET' && message.includes('before secure TLS connection was established');
  });
}

export const isIdempotent = (method: string): boolean => IDEMPOTENT.has(method.toUpperCase());
/** A read: it changes nothing at Clara (RFC 9110 §9.2.1). */
export const isSafe = (method: string): boolean => SAFE.has(method.toUpperCase());
