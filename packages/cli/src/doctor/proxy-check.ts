// The "Proxy" step: which proxy the client goes through and where that was set (HTTPS_PROXY, https_proxy), and
// whether it opens a CONNECT tunnel to Clara's host. A proxy that asks for credentials or refuses the host is
// named here, before the token step fails for that reason. Credentials are never printed.
import type { CountrySdk } from '../sdk.js';
import type { Checklist } from './checklist.js';

/**
 * How the client reaches Clara: `direct`, through a `tunnel` the proxy accepted (then the proxy resolves and
 * connects to the host, not this machine), or `failed` when the proxy refused or could not be reached.
 */
export type Route = 'direct' | 'tunnel' | 'failed';

export async function checkProxy(list: Checklist, sdk: CountrySdk, target: URL): Promise<Route> {
  let probe: Awaited<ReturnType<CountrySdk['probeProxy']>>;
  try {
    probe = await sdk.probeProxy(target);
  } catch (error) {
    list.fail('proxy', (error as Error).message, 'set HTTPS_PROXY to a proxy URL such as http://proxy.internal:3128, or unset it.');
    return 'failed';
  }
  const { proxy, connectStatus, error, bypassed } = probe;
  if (!proxy) {
    list.pass('proxy', 'none: HTTPS_PROXY is not set, Clara is reached directly');
    return 'direct';
  }
  if (bypassed) {
    list.pass('proxy', `${proxy.source} is set but NO_PROXY lists ${target.hostname}: reached directly`);
    return 'direct';
  }
  const which = `${proxy.url} (${proxy.source}${proxy.authenticated ? ', with credentials' : ''})`;
  const bypass = proxy.noProxy ? `; NO_PROXY=${proxy.noProxy}: hosts listed there are reached directly` : '';
  const host = `${target.hostname}:${target.port || 443}`;
  if (connectStatus === 200) {
    list.pass('proxy', `${which}: CONNECT ${host} accepted${bypass}`);
    return 'tunnel';
  }
  if (connectStatus === 407) {
    list.fail('proxy', `${which}: CONNECT ${host} answered 407 Proxy Authentication Required`, proxy.authenticated ? 'check the user and password in the proxy URL.' : 'give the credentials in the proxy URL: http://user:password@host:port.');
  } else if (connectStatus !== undefined) {
    list.fail('proxy', `${which}: CONNECT ${host} answered ${connectStatus}`, `the proxy's policy must allow ${host}, or list the host in NO_PROXY to reach it directly.`);
  } else {
    list.fail('proxy', `${which} cannot be reached (${error?.code ?? error?.message ?? 'no answer'})`, 'check the proxy URL in HTTPS_PROXY, or that the proxy runs.');
  }
  return 'failed';
}
