// Which HTTP(S) proxy, if any, carries the client's connections to Clara: the `proxy` option, or by default
// HTTPS_PROXY / https_proxy with NO_PROXY / no_proxy from the environment (read when the client starts). The
// connections themselves are undici's proxy agents' work (a CONNECT tunnel; the TLS handshake with Clara, client
// certificate included, runs end to end inside it). What is here: reading and checking the setting, keeping its
// credentials out of sight (the URL others see has none; the credential is registered with the redaction
// boundary), and telling afterwards whether a failed connection was opened through the proxy.
import { ClaraConfigError } from '../errors.js';
import { registerSecrets, type SecretRegistration } from '../redact.js';

/** `proxy` option: a proxy URL (`http://user:password@proxy.internal:3128`), or `false` to ignore the environment. */
export type ProxySetting = string | URL | false;

/** The proxy in use, as it is safe to show: no credentials. */
export interface ProxyRoute {
  /** `http://proxy.internal:3128` (credentials left out). */
  url: string;
  /** Where it was set: `the proxy option`, `HTTPS_PROXY` or `https_proxy`. */
  source: string;
  /** Whether the URL carries credentials (sent as Proxy-Authorization on CONNECT). */
  authenticated: boolean;
  /** The NO_PROXY list in effect (environment proxies only): hosts reached directly. */
  noProxy?: string;
}

export interface ResolvedProxy extends ProxyRoute {
  /** `Proxy-Authorization` value, when the URL carries credentials. */
  token?: string;
  /** The proxy's credentials, registered with the redaction boundary until the transport closes. */
  secrets: SecretRegistration;
}

/** A failed connection opened through a proxy: which one, where it failed, and the CONNECT answer if it refused. */
export interface ProxyFailure {
  proxy: ProxyRoute;
  /** `proxy`: the connection to the proxy itself; `tunnel`: the CONNECT tunnel, or the TLS handshake with Clara inside it. */
  stage: 'proxy' | 'tunnel';
  /** The proxy's answer to CONNECT (407, 403, 502...) when it refused to open the tunnel. */
  connectStatus?: number;
}

const failures = new WeakMap<object, ProxyFailure>();

/**
 * The proxy for `setting` (undefined: from `env`); undefined when connections go direct. A URL that is not an
 * http(s) proxy URL is a ClaraConfigError naming where it came from, without its credentials.
 */
export function resolveProxy(setting: ProxySetting | undefined, env: NodeJS.ProcessEnv = process.env): ResolvedProxy | undefined {
  if (setting === false) return undefined;
  if (setting !== undefined) return parse(String(setting), 'the proxy option');
  const name = ['https_proxy', 'HTTPS_PROXY'].find((key) => env[key]?.trim());
  if (!name) return undefined;
  const noProxy = (env.no_proxy ?? env.NO_PROXY ?? '').trim();
  return { ...parse(env[name]!.trim(), name), noProxy };
}

function parse(text: string, source: string): ResolvedProxy {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new ClaraConfigError(`${source} is not a proxy URL such as http://proxy.internal:3128 (its value is not shown: it may carry credentials).`);
  }
  const user = decodeURIComponent(url.username);
  const password = decodeURIComponent(url.password);
  const authenticated = user !== '' || password !== '';
  // The user name is a credential too (`http://APIKEY@proxy:3128` has no password), and so is `user:` (Basic).
  const secrets = registerSecrets(...(authenticated ? [user, url.username, password, url.password, `${user}:${password}`] : []));
  const shown = `${url.protocol}//${url.host}`;
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    secrets.release();
    throw new ClaraConfigError(`${source} must be an http: or https: proxy URL, got ${shown}`);
  }
  return {
    url: shown,
    source,
    authenticated,
    ...(authenticated ? { token: `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}` } : {}),
    secrets,
  };
}

type Connector = (options: never, callback: (error: Error | null, socket: unknown) => void) => unknown;

/**
 * `connect` (an undici connector: to the proxy itself, or through its tunnel to Clara), tagging its failures with
 * the proxy and the stage. The innermost tag stands: a failure to reach the proxy stays one.
 */
export function taggingProxyFailures<C extends Connector>(connect: C, proxy: ProxyRoute, stage: ProxyFailure['stage']): C {
  const tagged = (options: never, callback: (error: Error | null, socket: unknown) => void) =>
    connect(options, (error, socket) => {
      if (error && !failures.has(error)) {
        // undici says the CONNECT answer only in its message: `Proxy response (407) !== 200 when HTTP Tunneling`.
        const status = /^Proxy response \((\d{3})\)/.exec(error.message)?.[1];
        failures.set(error, { proxy, stage, ...(status ? { connectStatus: Number(status) } : {}) });
      }
      callback(error, socket);
    });
  return tagged as C;
}

/**
 * For an error a request failed with: the proxy its connection was being opened through, if it was; the stage
 * is `proxy` when anything along the cause chain failed on the connection to the proxy itself.
 */
export function proxyFailure(error: unknown): ProxyFailure | undefined {
  const tags: ProxyFailure[] = [];
  for (let link = error, depth = 0; typeof link === 'object' && link !== null && depth < 8; link = (link as Error).cause, depth++) {
    const tag = failures.get(link);
    if (tag) tags.push(tag);
  }
  return tags.find((tag) => tag.stage === 'proxy') ?? tags[0];
}
