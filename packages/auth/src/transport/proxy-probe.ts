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
  /** NO_PROXY lists the host: the client connects directly, so no CONNECT was sent. */
  bypassed?: true;
}

const PROBE_TIMEOUT_MS = 10_000;

/** CONNECT `host:port` through the proxy of `setting` (undefined: from `env`), as the client would. */
export async function probeProxy(target: URL, setting?: ProxySetting, env: NodeJS.ProcessEnv = process.env): Promise<ProxyProbe> {
  const resolved = resolveProxy(setting, env);
  if (!resolved) return {};
  const { token, secrets, ...proxy } = resolved;
  if (proxy.noProxy !== undefined && listedInNoProxy(target, proxy.noProxy)) {
    secrets.release();
    return { proxy, bypassed: true };
  }
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

const DEFAULT_PORTS: Record<string, number> = { 'http:': 80, 'https:': 443 };

/**
 * Whether `noProxy` exempts `target` from the proxy. undici does not export its matching, so this is
 * EnvHttpProxyAgent's (undici 8.13.1, lib/dispatcher/env-http-proxy-agent.js: #parseNoProxy and #shouldProxy) step
 * for step: the doctor must decide exactly as the client's agent does. `*` matches every host; `example.com` and
 * `.example.com` match it and its subdomains, `*.example.com` subdomains only; `host:port` only that port.
 */
function listedInNoProxy(target: URL, noProxy: string): boolean {
  let hostname = target.host.replace(/:\d*$/, '').replace(/^\[(.+)\]$/, '$1').toLowerCase();
  if (hostname.length > 1 && hostname.endsWith('.')) hostname = hostname.slice(0, -1);
  const port = Number.parseInt(target.port, 10) || DEFAULT_PORTS[target.protocol] || 0;
  return noProxyEntries(noProxy).some((entry) => {
    if (entry.port && entry.port !== port) return false;
    if (entry.hostname === '*') return true;
    if (!entry.wildcard && hostname === entry.hostname) return true;
    return hostname.slice(-(entry.hostname.length + 1)) === `.${entry.hostname}`;
  });
}

function noProxyEntries(noProxy: string): { hostname: string; port: number; wildcard: boolean }[] {
  return noProxy
    .split(/[,\s]/)
    .filter(Boolean)
    .map((entry) => {
      // An IPv6 entry with a port is bracketed ([::1]:443); a bare IPv6 address has several colons, not a port.
      const ipv6WithPort = /^\[(.+)\]:(\d+)$/.exec(entry);
      let hostname: string;
      let port = 0;
      if (ipv6WithPort) {
        hostname = ipv6WithPort[1]!;
        port = Number.parseInt(ipv6WithPort[2]!, 10);
      } else {
        const unbracketed = entry.replace(/^\[(.+)\]$/, '$1');
        const parsed = (unbracketed.match(/:/g) ?? []).length === 1 ? /^(.+):(\d+)$/.exec(unbracketed) : null;
        hostname = parsed ? parsed[1]! : unbracketed;
        if (parsed) port = Number.parseInt(parsed[2]!, 10);
      }
      return { hostname: hostname.replace(/^\*?\./, '').replace(/^(.+)\.$/, '$1').toLowerCase(), port, wildcard: entry.startsWith('*') };
    });
}
