// A spec is untrusted input that ends up in published code and decides where credentials are sent: every hostile
// or broken document is refused with a reason, before anything reads a file or contacts a host it names, and the
// repository is left exactly as it was.
import SwaggerParser from '@apidevtools/swagger-parser';
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer as createHttpServer, type Server as HttpServer } from 'node:http';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Agent, fetch as undiciFetch } from 'undici';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';
import { stringify } from 'yaml';

import { sourcesPath } from '../generate/hosts.ts';
import { validateSpec } from '../generate/spec.ts';
import { renderSyncReport } from '../spec/report.ts';
import { syncSpec } from '../spec/sync.ts';
import { pairs, removeTestland, snapshot, testlandPerFile, variant } from './support/testland.ts';

// A sync generates and type-checks a package: seconds, more on a loaded machine (the first one loads TypeScript).
vi.setConfig({ testTimeout: 30_000, hookTimeout: 30_000 });
const copyTestland = testlandPerFile();
let root: string;
beforeEach(async () => {
  root = await copyTestland();
});
afterEach(() => removeTestland(root));

const sync = (from: string, allowHost?: string) => syncSpec({ root, code: 'zz', from, ...(allowHost ? { allowHost } : {}) });

/** Syncs `from` expecting a refusal: returns its message, after checking that nothing was written. */
async function refused(from: string): Promise<string> {
  const before = await snapshot(root);
  const error = await sync(from).then(
    () => undefined,
    (e: Error) => e,
  );
  expect(error, `${from} was accepted`).toBeInstanceOf(Error);
  expect(await snapshot(root)).toEqual(before);
  return error!.message;
}

describe('references', () => {
  let server: HttpServer;
  const hits: string[] = [];
  beforeAll(async () => {
    server = createHttpServer((request, response) => {
      hits.push(request.url ?? '');
      response.end('{"type":"string"}');
    });
    await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  });
  afterAll(() => new Promise((closed) => server.close(closed)));

  test('a $ref to a file or a host is refused before any resolver runs: nothing is read, nobody is contacted', async () => {
    const secret = join(root, 'secret.json');
    await writeFile(secret, '{"type":"string","description":"SECRET-MARKER"}');
    const port = (server.address() as AddressInfo).port;
    const from = await variant(root, 'external-refs', (spec) => {
      spec.components.schemas.Tx.properties.memo = { $ref: secret };
      spec.components.schemas.Tx.properties.note = { $ref: `http://127.0.0.1:${port}/schema.json` };
      spec.components.schemas.Tx.properties.tag = { $ref: 'other.json#/components/schemas/Tag' };
    });
    const message = await refused(from);
    expect(message).toContain(`#/components/schemas/Tx/properties/memo: $ref "${secret}" is not local`);
    expect(message).toContain(`$ref "http://127.0.0.1:${port}/schema.json" is not local`);
    expect(message).toContain('$ref "other.json#/components/schemas/Tag" is not local');
    expect(hits).toEqual([]);
  });
});

describe('hosts: servers and the token URL must be Clara\'s, for this country', () => {
  test('a foreign server is refused; a look-alike token URL too', async () => {
    const foreign = await variant(root, 'foreign', (spec) => {
      spec.servers = [{ url: 'https://api.evil.example' }];
    });
    expect(await refused(foreign)).toMatch(/production server https:\/\/api\.evil\.example\/api is not on an allowed Clara host \(https:\/\/public-api\.zz\.clara\.com\)/);
    const lookAlike = await variant(root, 'look-alike', (spec) => {
      spec.components.securitySchemes.oauth2.flows.clientCredentials.tokenUrl = 'https://public-api.zz.clara.com.evil.example/oauth/token';
    });
    const message = await refused(lookAlike);
    expect(message).toContain('token URL https://public-api.zz.clara.com.evil.example/oauth/token is not on an allowed Clara host');
    expect(message).toContain('--allow-host');
  });

  test('a deliberate move is accepted with --allow-host, recorded in sources.json and printed first', async () => {
    const moved = await variant(root, 'moved', (spec) => {
      spec.servers = [{ url: 'https://api.zz.clara.com' }];
      spec.components.securitySchemes.oauth2.flows.clientCredentials.tokenUrl = 'https://api.zz.clara.com/oauth/token';
    });
    const result = await sync(moved, 'https://api.zz.clara.com');
    expect(renderSyncReport('zz', result).split('\n')[0]).toBe('HOST CHANGE (--allow-host): https://public-api.zz.clara.com → https://api.zz.clara.com');
    expect(JSON.parse(await readFile(sourcesPath(root), 'utf8')).countries.zz.hosts).toEqual(['https://api.zz.clara.com']);
    expect(result.status).toBe('updated');
  });
});

describe('what the text is', () => {
  test('Swagger 2.0, an empty file, a truncated file: each named', async () => {
    await writeFile(join(root, 'swagger.json'), JSON.stringify({ swagger: '2.0', info: { title: 'x', version: '1' }, paths: {} }));
    expect(await refused(join(root, 'swagger.json'))).toContain('Clara publishes OpenAPI 3.1; this is Swagger 2.0');
    await writeFile(join(root, 'empty.json'), '\n');
    expect(await refused(join(root, 'empty.json'))).toContain('the document is empty');
    const text = await readFile(join(pairs, 'base.json'), 'utf8');
    await writeFile(join(root, 'truncated.json'), text.slice(0, Math.floor(text.length / 2)));
    expect(await refused(join(root, 'truncated.json'))).toContain('the document ends early: the file or download is truncated');
  });

  test('YAML is accepted: the same document in YAML is up to date', async () => {
    await writeFile(join(root, 'spec.yaml'), stringify(JSON.parse(await readFile(join(pairs, 'base.json'), 'utf8'))));
    expect((await sync(join(root, 'spec.yaml'))).status).toBe('up-to-date');
  });

  test('a file over 20 MB is refused before it is read', async () => {
    const big = join(root, 'big.json');
    await writeFile(big, Buffer.alloc(21 * 1024 * 1024, 0x20));
    expect(await refused(big)).toContain('more than the 20 MB limit');
  });

  test('an invalid document names the problem and where', async () => {
    const invalid = await variant(root, 'invalid', (spec) => {
      spec.paths['/api/v3/transactions'].get.parameters[0].in = 'body';
    });
    const message = await refused(invalid);
    expect(message).toContain('invalid.json: invalid OpenAPI document');
    expect(message).toMatch(/line \d+, column \d+ \(#\/paths\/~1api~1v3~1transactions\/get\/parameters\/0/);
  });
});

describe('an HTTPS source', () => {
  let server: Server;
  let pki: string;
  let body: Buffer;
  let trusting: Agent;
  beforeAll(async () => {
    pki = await mkdtemp(join(tmpdir(), 'clara-spec-pki-'));
    const openssl = (args: string[]) => execFileSync('openssl', args, { cwd: pki, stdio: 'pipe' });
    openssl(['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'ca.key', '-out', 'ca.pem', '-days', '2', '-subj', '/CN=spec-sync test CA']);
    openssl(['req', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'server.key', '-out', 'server.csr', '-subj', '/CN=127.0.0.1']);
    await writeFile(join(pki, 'san.ext'), 'subjectAltName=IP:127.0.0.1\n');
    openssl(['x509', '-req', '-in', 'server.csr', '-CA', 'ca.pem', '-CAkey', 'ca.key', '-CAcreateserial', '-out', 'server.pem', '-days', '2', '-extfile', 'san.ext']);
    body = await readFile(join(pairs, 'after', 'field-added.json'));
    server = createServer({ key: await readFile(join(pki, 'server.key')), cert: await readFile(join(pki, 'server.pem')) }, (request, response) => {
      const here = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
      if (request.url === '/api-docs-v3.json') response.writeHead(200, { 'content-type': 'application/json' }).end(body);
      else if (request.url === '/moved') response.writeHead(302, { location: `${here}/api-docs-v3.json` }).end();
      else if (request.url === '/to-http') response.writeHead(301, { location: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api-docs-v3.json` }).end();
      else if (request.url === '/to-elsewhere') response.writeHead(302, { location: 'https://docs.evil.example/api-docs-v3.json' }).end();
      else if (request.url === '/huge') response.writeHead(200, { 'content-length': String(25 * 1024 * 1024) }).end();
      else response.writeHead(404).end();
    });
    await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
    trusting = new Agent({ connect: { ca: await readFile(join(pki, 'ca.pem')) } });
  });
  afterAll(async () => {
    await trusting.close();
    await new Promise((closed) => server.close(closed));
    await rm(pki, { recursive: true, force: true });
  });
  const url = (path: string) => `https://127.0.0.1:${(server.address() as AddressInfo).port}${path}`;
  /** fetch trusting the test CA (the default one, Node's, does not: the untrusted-certificate case). */
  const trustingFetch = ((input: string, init: RequestInit) => undiciFetch(input, { ...init, dispatcher: trusting } as never)) as unknown as typeof fetch;
  const download = (path: string, fetchImpl: typeof fetch = trustingFetch) => syncSpec({ root, code: 'zz', from: url(path), fetch: fetchImpl });
  const downloadRefused = async (path: string, fetchImpl?: typeof fetch) => {
    const before = await snapshot(root);
    const error = await download(path, fetchImpl).then(() => undefined, (e: Error) => e);
    expect(error).toBeInstanceOf(Error);
    expect(await snapshot(root)).toEqual(before);
    return error!.message;
  };

  test('is downloaded over verified TLS, following a redirect on the same host, and synced', async () => {
    const result = await download('/moved');
    expect(result.status).toBe('updated');
  });

  test('a redirect to plain HTTP or to another host is refused', async () => {
    expect(await downloadRefused('/to-http')).toMatch(/redirects to http:\/\/127\.0\.0\.1:\d+\/api-docs-v3\.json: refused \(only https:\/\/ on /);
    expect(await downloadRefused('/to-elsewhere')).toContain('redirects to https://docs.evil.example/api-docs-v3.json: refused');
  });

  test('a download over 20 MB, an HTTP error status and an untrusted certificate are reasons, not crashes', async () => {
    expect(await downloadRefused('/huge')).toContain('more than the 20 MB limit');
    expect(await downloadRefused('/missing.json')).toContain('HTTP 404');
    expect(await downloadRefused('/api-docs-v3.json', globalThis.fetch)).toMatch(/cannot download .*(UNABLE_TO_VERIFY_LEAF_SIGNATURE|SELF_SIGNED_CERT_IN_CHAIN|UNABLE_TO_GET_ISSUER_CERT)/);
  });

  test('plain HTTP, and an unreachable host, are refused', async () => {
    expect(await refused('http://127.0.0.1:1/api-docs-v3.json')).toContain('only https:// URLs are accepted');
    expect(await refused('https://127.0.0.1:2/api-docs-v3.json')).toContain('cannot download https://127.0.0.1:2/api-docs-v3.json: ECONNREFUSED');
  });
});

describe('validation, the OpenAPI 3.1 schema compiled once', () => {
  // validateSpec does what swagger-parser's validate does, with the schema compiled once per process: both must
  // accept and refuse the same documents, for the same reasons.
  const broken: Record<string, (spec: Record<string, any>) => void> = {
    'as published': () => {},
    'a parameter in the body': (spec) => (spec.paths['/api/v3/transactions'].get.parameters[0].in = 'body'),
    'a response without a description': (spec) => delete spec.paths['/api/v3/transactions'].get.responses['200'].description,
    'a $ref to a missing schema': (spec) => (spec.paths['/api/v3/transactions'].get.responses['200'].content['application/json'].schema.$ref = '#/components/schemas/Nope'),
    'a parameter $ref that points at a schema': (spec) => (spec.paths['/api/v3/transactions'].get.parameters[0] = { $ref: '#/components/schemas/Tx' }),
    'no info': (spec) => delete spec.info,
  };
  const reasons = (promise: Promise<unknown>) =>
    promise.then(
      () => [],
      (error: { details?: { instancePath: string; message?: string }[]; problems?: string[]; message: string }) =>
        error.problems ?? error.details?.map((d) => `#${d.instancePath}: ${d.message}`) ?? [error.message],
    );

  test.each(Object.entries(broken))('%s: the same verdict and reasons as swagger-parser', async (_name, change) => {
    const spec = JSON.parse(await readFile(join(pairs, 'base.json'), 'utf8')) as Record<string, any>;
    change(spec);
    const ours = await reasons(validateSpec('spec.json', structuredClone(spec)));
    const document = structuredClone(spec) as Exclude<Parameters<typeof SwaggerParser.validate>[0], string>;
    const theirs = await reasons(SwaggerParser.validate(document, { resolve: { external: false, file: false, http: false } }));
    expect(ours).toEqual([...new Set(theirs)]);
  });
});
