// `clara doctor`: checks a setup layer by layer, from the files on disk to one real read call, and says for the
// first broken layer what is wrong and how to fix it. Exit code 0 only when every check passed (warnings pass).
import { paint, writeLine, type CliIo } from '../io.js';
import { clientOptions, type ConnectionOptions, type CountrySdk } from '../sdk.js';
import { Checklist } from './checklist.js';
import { checkCredentials } from './credentials-check.js';
import { checkDns, checkTcp, probeTls } from './network-check.js';
import { checkProxy } from './proxy-check.js';
import { probeFor } from './scopes.js';
import { checkReadCall, reportTokenAttempt, requestToken } from './server-check.js';

export async function doctor(sdk: CountrySdk, options: ConnectionOptions, io: CliIo): Promise<number> {
  // Created first: a bad option (an http: base URL, a malformed tax identifier) stops here, as one error line.
  const client = sdk.createClaraClient(clientOptions(options, { maxRetries: 0 }));
  const tokenUrl = new URL(client.endpoints.token);
  writeLine(io.stdout, paint(io.stdout, 'bold', `Clara doctor: ${sdk.country.name} (${sdk.country.code}), ${options.environment}, ${client.endpoints.api}`));
  writeLine(io.stdout);

  const list = new Checklist(io.stdout);
  try {
    const loaded = await checkCredentials(list, sdk, options);
    const route = await checkProxy(list, sdk, tokenUrl);
    const host = tokenUrl.hostname.replace(/^\[(.*)\]$/, '$1');
    const port = Number(tokenUrl.port || 443);
    let reachable: boolean;
    if (route === 'failed') {
      list.skip(['dns', 'tcp', 'tls', 'clientCertificate', 'token', 'read'], 'needs a working proxy');
      reachable = false;
    } else if (route === 'tunnel') {
      // Behind a proxy this machine may neither resolve nor reach Clara's host: the proxy does both.
      list.pass('dns', `resolved by the proxy (CONNECT ${host}:${port} accepted)`);
      list.pass('tcp', 'through the proxy tunnel');
      reachable = true;
    } else {
      const address = await checkDns(list, host);
      reachable = address !== undefined && (await checkTcp(list, address, port));
      if (!address) list.skip(['tcp'], 'needs the host address');
      if (!reachable) list.skip(['tls', 'clientCertificate', 'token', 'read'], 'needs a TCP connection');
    }
    if (reachable && !loaded) list.skip(['tls', 'clientCertificate', 'token', 'read'], 'needs valid credentials');
    else if (reachable && loaded) {
      // The handshake probe connects directly; through a tunnel the token request itself shows the TLS layer.
      const [probe, attempt] = await Promise.all([route === 'tunnel' ? undefined : probeTls(host, port), requestToken(client)]);
      const scopes = reportTokenAttempt(list, sdk, attempt, probe, loaded.credentials);
      if (scopes) await checkReadCall(list, sdk, client, probeFor(scopes));
    }
  } finally {
    await client.close();
  }
  writeLine(io.stdout);
  writeLine(io.stdout, list.summary());
  return list.passed ? 0 : 1;
}
