// A server that looks like Clara to the client but misbehaves on purpose: it redirects to another host,
// answers HTML, truncated JSON, empty and huge bodies, 64 KiB of headers, drops requests it has read, and
// echoes every credential it has seen (the Basic credential of the token request, the Bearer token) in every
// encoding, in headers and bodies. Its token endpoint can reject the client or hand out unusable tokens
// (`tokenMode`). Its own CA and server certificate are minted per run with openssl; it asks for the client
// certificate (mutual TLS) without checking it. `elsewhere` is the other host a redirect points to, recording
// anything that reaches it. Under the `/ignores-page`, `/empty-page` and `/shrinking` prefixes it serves lists that
// break pagination (see servePaginationScenario).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
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
  /** `METHOD /path` of each request this server read whole (token requests included), for counting attempts. */
  requests: string[];
  /** What the token endpoint answers; 'ok' (a usable token) unless a test sets another. */
  tokenMode: TokenMode;
  /** The token the endpoint hands out in mode 'ok' (a test may set its own). */
  token: string;
  /** The `scope` the token endpoint answers with the token, as it comes (none unless a test sets it). */
  tokenScope?: string;
  /** When set, the token endpoint answers 401 invalid_client with this `error_description`, as it comes. */
  tokenErrorDescription?: string;
  /** Forgets the credentials seen so far (what the echo scenarios echo). */
  forget(): void;
  close(): Promise<void>;
}

export type TokenMode =
  | 'ok'
  /** 401 invalid_client, echoing the client secret and the Basic credential in body and headers. */
  | 'reject'
  /** 401 invalid_client as text/plain, echoing the same. */
  | 'reject-text'
  /** 200 with an access_token containing CR/LF. */
  | 'token-crlf'
  /** 200 with a 1 MB access_token. */
  | 'token-huge'
  /** 200 with an access_token containing a space and quotes (not a b64token). */
  | 'token-invalid';

export const HUGE_BYTES = 20 * 1024 * 1024;
/** Response headers of the `huge-headers` scenario: past undici's 64 KiB (maxHeaderSize, Node's default 16 KiB is per server). */
export const HUGE_HEADER_BYTES = 64 * 1024;

/** Every form in which this server echoes a credential: as it is, URL-encoded, form-encoded, base64. */
export function echoForms(value: string): Record<string, string> {
  return {
    plain: value,
    url: encodeURIComponent(value),
    form: new URLSearchParams({ v: value }).toString().slice(2),
    base64: Buffer.from(value).toString('base64'),
  };
}

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

/** Items of the 1 000-item lists below, `size` a page as asked. */
export const LIST_ITEMS = 1_000;

/**
 * Lists under a prefix (a client with that `baseUrl` prefix): `/ignores-page` answers page 0 of 2 500 whatever
 * `page` is asked; `/empty-page` is a list of 1 000 whose page 3 is empty while 10 pages are announced;
 * `/shrinking` a list that announces 1 000 on its first page and 950 from then on, its pages consistent with that.
 */
function servePaginationScenario(url: string, response: ServerResponse): boolean {
  const { pathname, searchParams } = new URL(url, 'https://hostile.invalid');
  const send = (page: object) => response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(page));
  if (pathname.startsWith('/ignores-page/api/')) {
    send({ content: [{ uuid: 'tx-0' }, { uuid: 'tx-1' }], number: 0, size: 2, totalPages: 2500, totalElements: 5000, last: false });
    return true;
  }
  const scenario = ['/empty-page/api/', '/shrinking/api/'].find((prefix) => pathname.startsWith(prefix));
  if (!scenario) return false;
  const number = Number(searchParams.get('page') ?? 0);
  const size = Number(searchParams.get('size') ?? 20);
  const total = scenario === '/shrinking/api/' && number > 0 ? LIST_ITEMS - 50 : LIST_ITEMS;
  const totalPages = Math.ceil(total / size);
  const from = number * size;
  const empty = scenario === '/empty-page/api/' && number === 3;
  const content = empty ? [] : Array.from({ length: Math.max(0, Math.min(size, total - from)) }, (_, index) => ({ uuid: `tx-${from + index}`, userName: `User ${from + index}` }));
  send({ content, number, size, totalPages, totalElements: total, last: number >= totalPages - 1 });
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
  const requests: string[] = [];
  /** Credentials seen so far: the Basic credential decoded (`id:secret`), the secret, the Bearer token. */
  const seen = new Set<string>();
  /** Requests per path, for scenarios that answer the second attempt differently. */
  const counts = new Map<string, number>();
  const state: Pick<HostileClara, 'tokenMode' | 'token' | 'tokenScope' | 'tokenErrorDescription'> = { tokenMode: 'ok', token: 'hostile-token-0123456789' };

  const echoHeaders = (authorization = ''): Record<string, string> => {
    const headers: Record<string, string> = {};
    [...seen].forEach((value, index) => {
      for (const [form, encoded] of Object.entries(echoForms(value))) headers[`x-echo-${index}-${form}`] = encoded;
    });
    if (authorization) Object.assign(headers, { authorization, 'www-authenticate': `${authorization.split(' ')[0]} realm="clara", echo="${authorization}"` });
    return headers;
  };
  const echoText = (): string => [...seen].flatMap((value) => Object.values(echoForms(value))).join(' | ');
  const echoFormBody = (): string => new URLSearchParams([...seen].map((value, index) => [`echo${index}`, value])).toString();

  const remember = (authorization: string | undefined): void => {
    if (!authorization) return;
    seen.add(authorization);
    const [scheme, value = ''] = authorization.split(' ');
    seen.add(value);
    if (scheme === 'Basic') {
      const decoded = Buffer.from(value, 'base64').toString('utf8');
      seen.add(decoded);
      seen.add(decoded.slice(decoded.indexOf(':') + 1)); // the client secret
    }
  };

  const server = createServer({ cert, key, requestCert: true, rejectUnauthorized: false }, (request, response) => {
    request.resume();
    request.once('end', () => answer(request, response));
  });
  const answer = (request: IncomingMessage, response: ServerResponse): void => {
    const path = request.url?.split('?')[0] ?? '';
    paths.push(request.url ?? '');
    requests.push(`${request.method} ${path}`);
    remember(request.headers.authorization);
    if (path.endsWith('/oauth/token')) return token(request, response);
    if (servePaginationScenario(request.url ?? '', response)) return;
    // The last path segment names the scenario, or an `x-scenario` header (for operations with a fixed path).
    const scenario = String(request.headers['x-scenario'] ?? path.split('/').pop() ?? '');
    const count = (counts.get(path) ?? 0) + 1;
    counts.set(path, count);
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
    } else if (scenario === 'not-json') response.writeHead(200, { 'content-type': json }).end(state.token); // a secret where JSON should be
    else if (scenario === 'empty') response.writeHead(200, { 'content-type': json, 'content-length': '0' }).end();
    else if (scenario === 'empty-chunked') response.writeHead(200, { 'content-type': json }).end();
    else if (scenario === 'huge-headers') {
      const padding = Object.fromEntries(Array.from({ length: 64 }, (_, index) => [`x-padding-${index}`, 'p'.repeat(HUGE_HEADER_BYTES / 64)]));
      response.writeHead(200, { 'content-type': json, ...padding }).end('{}');
    } else if (scenario === 'drop') request.socket.destroy(); // read whole, then gone: a write may have been applied
    else if (scenario === 'drop-then-404') {
      // The first attempt is applied and its answer lost; the retry finds nothing left.
      if (count === 1) request.socket.destroy();
      else response.writeHead(404, { 'content-type': json }).end('{"code":"NOT_FOUND","message":"Card not found"}');
    } else if (scenario === 'echo-headers') response.writeHead(400, { 'content-type': json, ...echoHeaders(request.headers.authorization) }).end('{"code":"BAD_REQUEST","message":"Rejected"}');
    else if (scenario === 'echo-json') response.writeHead(400, { 'content-type': json }).end(JSON.stringify({ code: 'BAD_REQUEST', message: `Rejected ${echoText()}`, echo: [...seen].map(echoForms) }));
    else if (scenario === 'echo-form') response.writeHead(400, { 'content-type': 'application/x-www-form-urlencoded' }).end(echoFormBody());
    else if (scenario === 'echo-text') response.writeHead(500, { 'content-type': 'text/plain' }).end(`Internal error: ${echoText()}`);
    else response.writeHead(200, { 'content-type': json }).end('{"uuid":"ok"}');
  };

  const token = (request: IncomingMessage, response: ServerResponse): void => {
    const scope = state.tokenScope === undefined ? {} : { scope: state.tokenScope };
    const grant = (accessToken: string) => response.writeHead(200, { 'content-type': json }).end(JSON.stringify({ access_token: accessToken, token_type: 'Bearer', expires_in: 3600, ...scope }));
    const { tokenMode } = state;
    if (state.tokenErrorDescription !== undefined) {
      response.writeHead(401, { 'content-type': json }).end(JSON.stringify({ error: 'invalid_client', error_description: state.tokenErrorDescription }));
    } else if (tokenMode === 'ok') grant(state.token);
    else if (tokenMode === 'token-crlf') grant(`${state.token}\r\nX-Injected: 1`);
    else if (tokenMode === 'token-huge') grant('a'.repeat(1024 * 1024));
    else if (tokenMode === 'token-invalid') grant('not a "token"');
    else if (tokenMode === 'reject') {
      const body = { error: 'invalid_client', error_description: `Unknown client: ${echoText()}`, form: echoFormBody() };
      response.writeHead(401, { 'content-type': json, ...echoHeaders(request.headers.authorization) }).end(JSON.stringify(body));
    } else response.writeHead(401, { 'content-type': 'text/plain', ...echoHeaders(request.headers.authorization) }).end(`invalid_client ${echoText()} ${echoFormBody()}`);
  };
  const url = await listen(server);
  const close = (target: Server) => new Promise<void>((resolve) => {
    target.close(() => resolve());
    target.closeAllConnections();
  });
  const forget = () => seen.clear();
  const hostile: HostileClara = Object.assign(state, { url, ca, elsewhere, paths, requests, forget, close: async () => void (await Promise.all([close(server), close(other)])) });
  return hostile;
}
