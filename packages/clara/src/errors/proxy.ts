// What a failure says about the proxy between this process and Clara, when the connection was being opened
// through one (the transport tags those failures: `proxyFailure`). A refusal by the proxy is no sign of Clara
// being down, so it is its own error, never retried; a failure that belongs to Clara (its refusal of the client
// certificate inside the tunnel, say) is left to the network mapper.
import { proxyFailure } from '@org/clara-auth';

import { causeChain } from './cause.js';
import { ClaraProxyError, type CallInfo, type ClaraProxyProblem } from './classes.js';
import { SERVER_UNTRUSTED } from './network.js';

/** Failures to open a TCP connection: through a tunnel, only the one to the proxy can fail so. */
const UNREACHABLE = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ENETUNREACH', 'EHOSTUNREACH', 'ETIMEDOUT', 'ECONNRESET', 'UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_PRX_CONN', 'UND_ERR_SOCKET']);

export function proxyError(error: unknown, context: CallInfo & { origin: string; method: string; path: string }): ClaraProxyError | undefined {
  const failure = proxyFailure(error);
  if (!failure) return undefined;
  const { proxy, stage, connectStatus } = failure;
  const codes = causeChain(error).flatMap((link) => (link.code ? [link.code] : []));
  const { origin, method, path } = context;
  const via = `the proxy ${proxy.url} (${proxy.source})`;
  const notSent = `${method} ${path} was not sent`;
  const fail = (problem: ClaraProxyProblem, message: string) =>
    new ClaraProxyError(message, { ...context, cause: error, proxy: proxy.url, source: proxy.source, problem, ...(connectStatus === undefined ? {} : { connectStatus }) });

  if (connectStatus === 407) {
    return proxy.authenticated
      ? fail('authentication', `${via} refused its credentials (407 Proxy Authentication Required to CONNECT ${origin}): check the user and password in the proxy URL; ${notSent}.`)
      : fail('authentication', `${via} requires credentials (407 Proxy Authentication Required to CONNECT ${origin}): give them in the proxy URL, http://user:password@host:port; ${notSent}.`);
  }
  if (connectStatus !== undefined) {
    return fail('refused', `${via} refused to open a tunnel to ${origin} (CONNECT answered ${connectStatus}): its policy must allow ${origin}, or reach Clara directly (NO_PROXY); ${notSent}.`);
  }
  const untrusted = codes.find((code) => SERVER_UNTRUSTED.has(code));
  if (stage === 'proxy') {
    const what = untrusted ?? codes.find((code) => code.startsWith('ERR_SSL_') || code.startsWith('ERR_TLS_')) ?? codes.find((code) => UNREACHABLE.has(code));
    if (!what) return undefined;
    const tlsHint = untrusted ? ' (the proxy\'s own certificate is not trusted: add its CA with NODE_EXTRA_CA_CERTS)' : '';
    return fail('unreachable', `Could not reach ${via} (${what})${tlsHint}; ${notSent}.`);
  }
  if (untrusted) {
    return fail('tls-intercepted', `Through ${via}, the server presented a certificate that is not Clara's (${untrusted}): the proxy intercepts TLS. The client certificate needs a TLS session with Clara end to end: exempt ${origin} from the proxy's TLS inspection, or reach it directly (NO_PROXY); ${notSent}.`);
  }
  if (codes.includes('UND_ERR_PRX_CONN')) return fail('unreachable', `${via} closed the connection while opening the tunnel to ${origin}; ${notSent}.`);
  return undefined;
}
