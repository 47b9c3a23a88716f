import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { Agent, request as httpsRequest } from 'node:https';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { BUNDLE_FILES, type ClientCredentials, type Sandbox } from '../src/index.js';

export const FIXTURE_SPEC = join(import.meta.dirname, 'fixtures', 'mini-spec.json');
export const MX_SPEC = join(import.meta.dirname, '..', '..', '..', 'specs', 'mx', 'api-docs-v3.json');

export interface Bundle {
  cert: string;
  key: string;
  ca: string;
  credentials: ClientCredentials;
}

export function readBundle(dir: string): Bundle {
  const read = (name: string) => readFileSync(join(dir, name), 'utf8');
  return {
    cert: read(BUNDLE_FILES.certificate),
    key: read(BUNDLE_FILES.privateKey),
    ca: read(BUNDLE_FILES.ca),
    credentials: JSON.parse(read(BUNDLE_FILES.credentials)) as ClientCredentials,
  };
}

export interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  json: any;
}

/** A plain node:https client with the bundle's certificate (its own keep-alive agent; `close()` it). */
export class TestClient {
  readonly agent: Agent;
  token: string | undefined;
  private readonly sandbox: Sandbox;
  readonly bundle: Bundle;

  constructor(sandbox: Sandbox, certificate?: { cert: string; key: string }) {
    this.sandbox = sandbox;
    this.bundle = readBundle(sandbox.credentialsDir);
    const identity = certificate ?? this.bundle;
    this.agent = new Agent({ keepAlive: true, cert: identity.cert, key: identity.key, ca: this.bundle.ca });
  }

  request(method: string, path: string, options: { body?: unknown; rawBody?: string; headers?: Record<string, string> } = {}): Promise<Reply> {
    const body = options.rawBody ?? (options.body === undefined ? undefined : JSON.stringify(options.body));
    const headers: Record<string, string> = { ...(this.token ? { authorization: `Bearer ${this.token}` } : {}), ...options.headers };
    if (body !== undefined) {
      headers['content-type'] ??= 'application/json';
      headers['content-length'] = String(Buffer.byteLength(body));
    }
    return new Promise((resolve, reject) => {
      const req = httpsRequest(`${this.sandbox.url}${path}`, { method, headers, agent: this.agent }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', reject);
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let json: unknown;
          try {
            json = text ? JSON.parse(text) : undefined;
          } catch {
            json = undefined;
          }
          resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json });
        });
      });
      req.on('error', reject);
      req.end(body);
    });
  }

  async fetchToken(): Promise<Reply> {
    const { clientId, clientSecret } = this.bundle.credentials;
    return this.request('POST', '/oauth/token', {
      rawBody: 'grant_type=client_credentials',
      headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: `Basic ${Buffer.from(`${clientId}:${clientSecret}`).toString('base64')}` },
    });
  }

  async login(): Promise<this> {
    this.token = undefined;
    const reply = await this.fetchToken();
    if (reply.status !== 200) throw new Error(`token request failed: ${reply.status} ${reply.text}`);
    this.token = reply.json.access_token as string;
    return this;
  }

  close(): void {
    this.agent.destroy();
  }
}

const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (ajv: Ajv2020) => Ajv2020;

/** An ajv independent of the sandbox's own, to judge its responses against the spec. */
export function responseValidator(spec: object) {
  const ajv = new Ajv2020({ strict: false, allErrors: true, logger: false });
  addFormats(ajv);
  for (const name of ['int32', 'int64', 'float', 'double']) ajv.addFormat(name, { type: 'number', validate: () => true });
  ajv.addSchema({ ...spec, $id: 'https://test.local/spec.json' } as object);
  return (pointer: string, data: unknown): string | undefined => {
    const validate = ajv.getSchema(`https://test.local/spec.json#${pointer}`) ?? ajv.compile({ $ref: `https://test.local/spec.json#${pointer}` });
    return validate(data) ? undefined : ajv.errorsText(validate.errors);
  };
}

export interface ReceivedWebhook {
  headers: Record<string, string | string[] | undefined>;
  body: any;
}

/** A real local HTTP server receiving webhooks; answers each POST with the next of `statuses` (then 200). */
export class WebhookReceiver {
  readonly received: ReceivedWebhook[] = [];
  statuses: number[] = [];
  private readonly server: Server;
  private waiters: { count: number; resolve: () => void }[] = [];

  private constructor(server: Server) {
    this.server = server;
    server.on('request', (req: IncomingMessage, res: ServerResponse) => {
      let text = '';
      req.on('data', (chunk: Buffer) => (text += chunk.toString()));
      req.on('end', () => {
        this.received.push({ headers: req.headers, body: JSON.parse(text) });
        res.writeHead(this.statuses.shift() ?? 200).end();
        this.waiters = this.waiters.filter((waiter) => (this.received.length >= waiter.count ? (waiter.resolve(), false) : true));
      });
    });
  }

  static async start(): Promise<WebhookReceiver> {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return new WebhookReceiver(server);
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/hooks/clara`;
  }

  /** Resolves once `count` webhooks have arrived in all. */
  waitFor(count: number): Promise<void> {
    if (this.received.length >= count) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push({ count, resolve }));
  }

  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
