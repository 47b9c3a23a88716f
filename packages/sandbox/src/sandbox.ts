import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { createServer } from 'node:https';
import type { AddressInfo, Socket } from 'node:net';
import type { TLSSocket } from 'node:tls';
import { writeCredentialsBundle, type ClientCredentials } from './bundle.js';
import { CardRequests } from './card-requests.js';
import type { SandboxControl } from './control.js';
import { countryProfile, type CountryCode } from './data/countries.js';
import { Dataset } from './data/dataset.js';
import { exampleIds } from './data/example-ids.js';
import { createEntities, type Entity } from './data/entities.js';
import { deriveBehaviours } from './data/resources.js';
import { planSeeds, type SeedData, type SeedMode } from './data/seed.js';
import { ExampleRequests, type ExampleRequest, type ExampleRequestOptions } from './examples.js';
import { Faults, type FaultOptions } from './faults.js';
import { TokenIssuer } from './oauth.js';
import { PendingWrites } from './pending-writes.js';
import { Router } from './router.js';
import { answerClientError, createRequestHandler } from './server.js';
import { listOperations, loadSpec, serverPrefixes } from './spec.js';
import { Stats } from './stats.js';
import { exampleSubscriber, Subscribers } from './subscribers.js';
import { createCertificateAuthority, issueClientCertificate, issueServerCertificate, thumbprintOf } from './tls/certificates.js';
import { UsageLog } from './usage-log.js';
import { SpecValidator } from './validation.js';
import { Webhooks, type WebhookOptions } from './webhooks.js';
import { Writes } from './writes.js';

export interface SandboxOptions {
  country: CountryCode;
  /** 0 (default) picks a free port. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** Lifetime of issued tokens; default 3600 s (Clara does not document it; third-party clients assume 3600 s). */
  tokenTtlSeconds?: number;
  /** Same seed, same data (default "clara"). */
  seed?: string | number;
  faults?: FaultOptions;
  /** A spec file path or an already parsed spec; default the country's spec shipped in this package (`specs/<cc>`). */
  spec?: string | object;
  /** Where to write the credentials bundle; default a fresh temp folder, removed by `close()`. */
  credentialsOut?: string;
  /** Items per collection, by resource (`transactions`) or collection path (`/v3/transactions`). */
  datasetSizes?: Record<string, number>;
  /** The day generated dates are relative to (default today, UTC): fix it for data identical across days. */
  referenceDate?: string;
  /**
   * Your own items for the holding, by collection: resource name (`users`, `cards`, `transactions`: the newest API
   * version's collection) or path (`/v2/cards`). Missing fields are generated; every item is checked against the
   * spec (a `SandboxDataError` names the item and field).
   */
  data?: SeedData;
  /** `replace` (default): a seeded collection holds exactly your items. `add`: your items first, then generated ones. */
  dataMode?: SeedMode;
  /** Hybrid card writes (create, bulk create, delete, lock, threshold) answer 204 and finish after `delayMs`. */
  asyncWrites?: { delayMs: number };
  /** Webhook delivery: attempts, backoff, timeout, fetch. */
  webhooks?: WebhookOptions;
  /** Bytes of usage-log rows kept (default 16 MiB); the oldest rows are dropped first, and still counted. */
  usageLogBytes?: number;
}

export interface Sandbox {
  /** `https://127.0.0.1:<port>`: API calls go to `${url}/api/...` or `${url}/api-test/...`, tokens to `${url}/oauth/token`. */
  url: string;
  port: number;
  caCert: string;
  credentialsDir: string;
  clientId: string;
  /** The holding (the credentials' company) first, then its subsidiaries. */
  entities: readonly Entity[];
  stats: Stats;
  control: SandboxControl;
  /**
   * A request the sandbox accepts for an operation of its spec, for your own tests: path parameters that address
   * existing items (read from its current data), required query parameters and a body valid for the spec.
   */
  exampleRequest(operationId: string, options?: ExampleRequestOptions): Promise<ExampleRequest>;
  close(): Promise<void>;
}

const SCOPES = ['read:transactions', 'write:transactions', 'read:cards', 'write:cards', 'read:users', 'write:users'];
const DEFAULT_TOKEN_TTL_SECONDS = 3_600;

function checkTtl(seconds: number): number {
  if (!Number.isInteger(seconds) || seconds < 1) throw new Error(`Token lifetime must be a whole number of seconds >= 1, got ${String(seconds)}`);
  return seconds;
}

function checkDelay(delayMs: number | undefined): number | undefined {
  if (delayMs !== undefined && !(Number.isInteger(delayMs) && delayMs >= 0)) {
    throw new Error(`asyncWrites.delayMs must be a whole number of milliseconds >= 0, got ${String(delayMs)}`);
  }
  return delayMs;
}

function referenceDay(date: string | undefined): number {
  const base = date === undefined ? new Date() : new Date(date);
  if (Number.isNaN(base.getTime())) throw new Error(`referenceDate "${date}" is not a date (use YYYY-MM-DD)`);
  return Date.UTC(base.getUTCFullYear(), base.getUTCMonth(), base.getUTCDate());
}

export async function startSandbox(options: SandboxOptions): Promise<Sandbox> {
  const profile = countryProfile(options.country);
  const initialTtl = checkTtl(options.tokenTtlSeconds ?? DEFAULT_TOKEN_TTL_SECONDS);
  const seed = String(options.seed ?? 'clara');
  for (const [name, size] of Object.entries(options.datasetSizes ?? {})) {
    if (!Number.isInteger(size) || size < 0) throw new Error(`datasetSizes["${name}"] must be a whole number >= 0, got ${String(size)}`);
  }
  const initialAsyncDelay = checkDelay(options.asyncWrites?.delayMs);
  if (options.usageLogBytes !== undefined && !(Number.isInteger(options.usageLogBytes) && options.usageLogBytes >= 0)) {
    throw new Error(`usageLogBytes must be a whole number of bytes >= 0, got ${String(options.usageLogBytes)}`);
  }
  if (options.dataMode !== undefined && options.dataMode !== 'replace' && options.dataMode !== 'add') {
    throw new Error(`dataMode must be "replace" or "add", got ${JSON.stringify(options.dataMode)}`);
  }
  const webhooks = new Webhooks(options.webhooks);
  const spec = loadSpec(profile.code, options.spec);
  const operations = listOperations(spec);
  const behaviours = deriveBehaviours(spec, operations);
  const entities = createEntities(profile, seed);
  const collections = [...new Set([...behaviours.values()].flatMap((b) => ('collection' in b ? [b.collection] : [])))];
  const seeds = options.data === undefined ? [] : planSeeds(options.data, collections, spec);
  const today = referenceDay(options.referenceDate);
  const validator = SpecValidator.of(spec);
  const dataset = new Dataset(entities, {
    spec,
    profile,
    seed,
    today,
    sizes: options.datasetSizes ?? {},
    collections,
    validator,
    seeds,
    seedMode: options.dataMode ?? 'replace',
    firstIds: exampleIds(operations, collections),
  });
  const holdingTaxId = (entities[0] as Entity).taxId;
  for (const { taxId } of entities) webhooks.add(taxId, exampleSubscriber(seed, taxId));
  // Seeded items are checked now, so bad data fails the start rather than a request.
  const holdingData = dataset.forEntity(holdingTaxId);
  for (const { descriptor } of seeds) holdingData?.collection(descriptor);
  const examples = new ExampleRequests({ spec, operations, collections, dataset, holdingTaxId, validator, profile, seed, today, behaviours, webhooks });

  const ca = createCertificateAuthority();
  const serverCert = issueServerCertificate(ca);
  const clientCert = issueClientCertificate(ca, `clara-sandbox-${profile.code}`);
  const credentials: ClientCredentials = {
    projectName: `Clara sandbox (${profile.code.toUpperCase()})`,
    clientId: `sandbox-${profile.code}-${randomBytes(8).toString('hex')}`,
    clientSecret: randomBytes(24).toString('base64url'),
    scopes: SCOPES,
  };
  const credentialsDir = writeCredentialsBundle(options.credentialsOut, { ...clientCert, credentials, caCert: ca.cert });
  const tokens = await TokenIssuer.create({ ...credentials, issuer: 'https://auth.sandbox.clara.local/' });

  let tokenTtl = initialTtl;
  let asyncDelay = initialAsyncDelay;
  const faults = new Faults(options.faults);
  const stats = new Stats();
  const pending = new PendingWrites();
  const usageLog = new UsageLog(credentials.clientId, options.usageLogBytes);
  const cardRequests = new CardRequests(validator, (taxId, event, data) => webhooks.emit(taxId, event, data));
  const control: SandboxControl = {
    failNext: (count, fault) => faults.failNext(count, fault),
    resetNext: (count, resetOptions) => faults.resetNext(count, resetOptions),
    setLatency: (ms) => faults.setLatency(ms),
    setRateLimit: (rps) => faults.setRateLimit(rps),
    setDrift: (fault) => faults.setDrift(fault),
    setTokenTtl: (seconds) => {
      tokenTtl = checkTtl(seconds);
    },
    reset: () => {
      faults.reset();
      tokenTtl = initialTtl;
      asyncDelay = initialAsyncDelay;
    },
    issueClientCertificate: (commonName = `clara-sandbox-${profile.code}-extra`) => issueClientCertificate(ca, commonName),
    setAsyncWrites: (delayMs) => {
      asyncDelay = checkDelay(delayMs);
    },
    completePendingWrites: () => pending.completeAll(),
    webhookDeliveries: () => webhooks.deliveries(),
    webhooksSettled: () => webhooks.settled(),
    sendWebhook: (event, data, { taxIdentifier = holdingTaxId } = {}) => {
      if (!entities.some((entity) => entity.taxId === taxIdentifier)) throw new Error(`Tax identifier "${taxIdentifier}" is not a company of this sandbox`);
      if (typeof event !== 'string' || event === '') throw new Error('sendWebhook: event must be a non-empty string');
      return webhooks.emit(taxIdentifier, event, data);
    },
  };

  const thumbprints = new WeakMap<object, string>();
  const handler = createRequestHandler({
    router: new Router(operations),
    prefixes: serverPrefixes(spec),
    behaviours,
    validator,
    dataset,
    holdingTaxId,
    tokens,
    tokenTtlSeconds: () => tokenTtl,
    faults,
    stats,
    control,
    thumbprints,
    api: { writes: new Writes({ validator, cardRequests, pending }), subscribers: new Subscribers(webhooks), usageLog },
    usageLog,
    asyncWriteDelayMs: () => asyncDelay,
  });

  // Like Clara: no client certificate from the sandbox CA, no handshake.
  const server = createServer({ key: serverCert.key, cert: serverCert.cert, ca: ca.cert, requestCert: true, rejectUnauthorized: true }, handler);
  server.keepAliveTimeout = 60_000;
  const sockets = new Set<Socket>();
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  server.on('secureConnection', (socket: TLSSocket) => {
    stats.tlsHandshakes++;
    thumbprints.set(socket, thumbprintOf(socket.getPeerCertificate().raw));
  });
  server.on('tlsClientError', () => {
    stats.tlsHandshakeFailures++;
  });
  server.on('clientError', answerClientError(stats));

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;

  return {
    url: `https://${host}:${address.port}`,
    port: address.port,
    caCert: ca.cert,
    credentialsDir,
    clientId: credentials.clientId,
    entities,
    stats,
    control,
    exampleRequest: async (operationId, exampleOptions) => examples.build(operationId, exampleOptions),
    close: () =>
      new Promise<void>((resolve, reject) => {
        pending.cancelAll();
        webhooks.close();
        server.close((error) => {
          if (!options.credentialsOut) rmSync(credentialsDir, { recursive: true, force: true });
          if (error) reject(error);
          else resolve();
        });
        for (const socket of sockets) socket.destroy();
      }),
  };
}
