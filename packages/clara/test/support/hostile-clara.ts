// A server that looks like Clara to the client but misbehaves on purpose: it redirects to another host,
// answers HTML, truncated JSON and huge bodies. Its own CA and server certificate are minted per run with
// openssl; `elsewhere` is the other host a redirect points to, recording anything that reaches it. Under the
// `/ignores-page` prefix it serves lists that ignore `page`.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface HostileClara {
  url: string;
  /** The CA to trust for both servers. */
  ca: string;
  /** Requests that reached the other host (method, path, authorization header). */
  elsewhere: { method: string; path: string; authorization?: string }[];
  /** Paths of the requests that reached this server (token requests included). */
  paths: string[];
  close(): Promise<void>;
}

export const HUGE_BYTES = 20 * 1024 * 1024;

function mintCertificates(): { ca: string; cert: string; key: string } {
  const dir = mkdtempSync(join(tmpdir(), 'clara-hostile-'));
  const openssl = (...args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: 'ignore' });
  try {
    openssl('req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-keyout', 'ca.key', '-out', 'ca.crt', '-subj', '/CN=Hostile CA', '-days', '2',
      '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign');
    writeFileSync(join(dir, 'server.ext'), 'basicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\nsubjectAltName=IP:127.0.0.1\n');
    openssl('req', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-keyout', 'server.key', '-out', 'server.csr', '-subj', '/CN=127.0.0.1');
    openssl('x509', '-req', '-in', 'server.csr', '-CA', 'ca.crt', '-CAkey', 'ca.key', '-CAcreateserial', '-days', '2', '-extfile', 'server.ext', '-out', 'server.crt');
    const read = (name: string) => readFileSync(join(dir, name), 'utf8');
    return { ca: read('ca.crt'), cert: read('server.crt'), key: read('server.key') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Lists under the `/ignores-page` prefix (a client with that `baseUrl` prefix): page 0 of 2 500 whatever `page` is asked. */
function servePaginationScenario(path: string, response: ServerResponse): boolean {
  if (!path.startsWith('/ignores-page/api/')) return false;
  const content = [{ uuid: 'tx-0' }, { uuid: 'tx-1' }];
  response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ content, number: 0, size: 2, totalPages: 2500, totalElements: 5000, last: false }));
  return true;
}

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

export async function startHostileClara(): Promise<HostileClara> {
  const { ca, cert, key } = mintCertificates();
  const elsewhere: HostileClara['elsewhere'] = [];
  const other = createServer({ cert, key }, (request, response) => {
    elsewhere.push({ method: request.method ?? '', path: request.url ?? '', authorization: request.headers.authorization });
    response.writeHead(200, { 'content-type': 'application/json' }).end('{"content":[]}');
  });
  const otherUrl = await listen(other);

  const json = 'application/json';
  const paths: string[] = [];
  const server = createServer({ cert, key }, (request, response) => {
    const path = request.url?.split('?')[0] ?? '';
    paths.push(request.url ?? '');
    if (path.endsWith('/oauth/token')) {
      response.writeHead(200, { 'content-type': json }).end(JSON.stringify({ access_token: 'hostile-token-0123456789', token_type: 'Bearer', expires_in: 3600 }));
      return;
    }
    if (servePaginationScenario(path, response)) return;
    const scenario = path.split('/').pop();
    if (scenario === 'redirect') response.writeHead(302, { location: `${otherUrl}/steal` }).end();
    else if (scenario === 'redirect-same-host') response.writeHead(307, { location: '/api/v3/transactions/elsewhere' }).end();
    else if (scenario === 'echo-token') {
      // A gateway that echoes the request's credentials in its error page.
      const echoed = request.headers.authorization ?? '';
      response.writeHead(400, { 'content-type': json }).end(JSON.stringify({ code: 'BAD_REQUEST', message: `Rejected ${echoed}`, echo: echoed, seen: { header: `Authorization: ${echoed}` }, other: 'Bearer eyJhbGciOiJub25lIn0.e30.sig' }));
    } else if (scenario === 'html') response.writeHead(200, { 'content-type': 'text/html' }).end('<html><body>Maintenance</body></html>');
    else if (scenario === 'truncated') response.writeHead(200, { 'content-type': json }).end('{"uuid":"5f0c","amountValue":12');
    else if (scenario === 'huge-announced') {
      response.writeHead(200, { 'content-type': json, 'content-length': String(HUGE_BYTES) });
      response.write('{"padding":"'); // the client stops at the announced length; the connection is then dropped
      setTimeout(() => response.destroy(), 100);
    } else if (scenario === 'huge-streamed') {
      response.writeHead(200, { 'content-type': json }); // chunked: no announced length
      const chunk = Buffer.alloc(256 * 1024, 'a');
      let sent = 0;
      const pump = () => {
        while (sent < HUGE_BYTES && !response.destroyed) {
          sent += chunk.length;
          if (!response.write(chunk)) return void response.once('drain', pump);
        }
        response.end();
      };
      response.write('{"padding":"');
      pump();
      response.on('error', () => {});
    } else response.writeHead(200, { 'content-type': json }).end('{"uuid":"ok"}');
  });
  const url = await listen(server);
  const close = (target: Server) => new Promise<void>((resolve) => {
    target.close(() => resolve());
    target.closeAllConnections();
  });
  return { url, ca, elsewhere, paths, close: async () => void (await Promise.all([close(server), close(other)])) };
}
