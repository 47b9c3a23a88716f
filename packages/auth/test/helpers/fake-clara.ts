// A minimal Clara over real mTLS: POST /oauth/token issues tokens (or scripted failures), every other path
// answers 200 to a known token and 401 otherwise.
import type { IncomingMessage } from 'node:http';
import { json, startMtlsServer, type MtlsServer } from './mtls-server.js';
import type { TestPki } from './pki.js';

export interface TokenAnswer {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

export interface FakeClara {
  url: string;
  tokenUrl: string;
  server: MtlsServer;
  tokenRequests: { authorization?: string; contentType?: string; body: string }[];
  apiRequests: { path: string; method: string; authorization?: string; taxIdentifier?: string; body: string }[];
  /** Scripted token answers, used first to last; when empty, a fresh token valid for `expiresIn` seconds. */
  tokenAnswers: TokenAnswer[];
  expiresIn: number | undefined;
  /** Makes token answers wait until the returned function is called (to keep a refresh in flight). */
  hold(): () => void;
  /** Tokens the API accepts. */
  validTokens: Set<string>;
  close(): Promise<void>;
}

export async function startFakeClara(pki: TestPki): Promise<FakeClara> {
  let issued = 0;
  const header = (request: IncomingMessage, name: string): string | undefined => request.headers[name] as string | undefined;
  let gate: Promise<void> | undefined;
  const hold = (): (() => void) => {
    let resolve = (): void => {};
    gate = new Promise<void>((done) => (resolve = done));
    return () => {
      gate = undefined;
      resolve();
    };
  };
  const fake: Omit<FakeClara, 'url' | 'tokenUrl' | 'server' | 'close'> = { tokenRequests: [], apiRequests: [], tokenAnswers: [], expiresIn: 3600, hold, validTokens: new Set() };
  const server = await startMtlsServer(pki, async (request, response, body) => {
    if (request.url?.startsWith('/oauth/token') && request.method === 'POST') {
      fake.tokenRequests.push({ authorization: header(request, 'authorization'), contentType: header(request, 'content-type'), body });
      await gate;
      const scripted = fake.tokenAnswers.shift();
      if (scripted) {
        response.writeHead(scripted.status, { 'content-type': 'application/json', ...scripted.headers });
        response.end(typeof scripted.body === 'string' ? scripted.body : JSON.stringify(scripted.body));
        return;
      }
      const token = `token-${++issued}`;
      fake.validTokens.add(token);
      json(response, 200, { access_token: token, token_type: 'Bearer', ...(fake.expiresIn === undefined ? {} : { expires_in: fake.expiresIn }) });
      return;
    }
    const authorization = header(request, 'authorization');
    fake.apiRequests.push({ path: request.url ?? '', method: request.method ?? '', authorization, taxIdentifier: header(request, 'x-tax-identifier'), body });
    const token = authorization?.replace(/^Bearer /, '') ?? '';
    if (fake.validTokens.has(token) && !request.url?.endsWith('/always-401')) json(response, 200, { ok: true, path: request.url, body });
    else json(response, 401, { code: 'UNAUTHORIZED', message: 'Invalid or expired token', timestamp: '2026-01-01T00:00:00Z', echo: token });
  });
  return Object.assign(fake, { url: server.url, tokenUrl: `${server.url}/oauth/token`, server, close: () => server.close() });
}

/** A monotonic clock the test moves by hand, with a wall clock (`date`) that moves along with it. */
export class FakeClock {
  #ms = 1_000_000;
  readonly #wallOrigin = Date.now();
  now(): number {
    return this.#ms;
  }
  readonly date = (): Date => new Date(this.#wallOrigin + this.#ms);
  advance(seconds: number): void {
    this.#ms += seconds * 1000;
  }
}
