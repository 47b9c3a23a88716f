// One CONNECT through the proxy the client would use, for `clara doctor`: whether the proxy opens a tunnel to
// Clara's host, before any TLS. undici sends the CONNECT (its Client.connect); nothing goes through the tunnel.
import { redact } from '../redact.js';
import { resolveProxy, type ProxyRoute, type ProxySetting } from './proxy.js';

export interface ProxyProbe {
  /** The proxy, or undefined when connections go direct. */
  proxy?: ProxyRoute;
  /** The proxy's answer to CONNECT. */
  connectStatus?: number;
  /** The proxy could not be reached (name, code and redacted message only). */
  error?: { code?: string; message: string };
}

const PROBE_TIMEOUT_MS = 10_000;

/** CONNECT `host:port` through the proxy of `setting` (undefined: from `env`), as the client would. */
export async function probeProxy(target: URL, setting?: ProxySetting, env: NodeJS.ProcessEnv = process.env): Promise<ProxyProbe> {
  const resolved = resolveProxy(setting, env);
  if (!resolved) return {};
  const { token, secrets, ...proxy } = resolved;
  const { Client } = await import('undici');
  const client = new Client(proxy.url, { connectTimeout: PROBE_TIMEOUT_MS });
  const host = `${target.hostname}:${target.port || 443}`;
  try {
    const { socket, statusCode } = await client.connect({
      path: host,
      headers: { host, ...(token ? { 'proxy-authorization': token } : {}) },
      signal: AbortSignal.timeout(PROBE_TIMEOUT_MS),
    });
    socket.destroy();
    return { proxy, connectStatus: statusCode };
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    return { proxy, error: { ...(code ? { code } : {}), message: redact(message) } };
  } finally {
    await client.destroy();
    secrets.release();
  }
}
