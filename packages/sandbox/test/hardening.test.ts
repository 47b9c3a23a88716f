// Bad requests get an HTTP answer, never a crash (500) or a connection reset, and never reach the stored data.
import { request as httpsRequest } from 'node:https';
import { connect } from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../src/index.js';
import { depthExceededAt, MAX_JSON_DEPTH } from '../src/json-body.js';
import { TokenIssuer } from '../src/oauth.js';
import { FIXTURE_SPEC, TestClient, type Reply } from './helpers.js';

describe('hardening', () => {
  let sandbox: Sandbox;
  let client: TestClient;

  beforeAll(async () => {
    sandbox = await startSandbox({ country: 'mx', spec: FIXTURE_SPEC });
    client = await new TestClient(sandbox).login();
  });
  afterAll(async () => {
    client.close();
    await sandbox.close();
  });

  const basic = (id: string, secret: string) => ({
    rawBody: 'grant_type=client_credentials',
    headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: `Basic ${Buffer.from(`${id}:${secret}`).toString('base64')}` },
  });

  it('answers a malformed % in the Basic credentials with 401 invalid_client, like any bad credentials', async () => {
    const { clientId, clientSecret } = client.bundle.credentials;
    for (const [id, secret] of [[clientId, `${clientSecret}%zz`], [clientId, '%'], ['%E0%A4%A', clientSecret]] as const) {
      const reply = await client.request('POST', '/oauth/token', basic(id, secret));
      expect(reply.status).toBe(401);
      expect(reply.json).toEqual({ error: 'invalid_client', error_description: 'Client authentication failed' });
    }
    // A correctly form-encoded secret still works (RFC 6749 §2.3.1).
    expect((await client.request('POST', '/oauth/token', basic(clientId, encodeURIComponent(clientSecret)))).status).toBe(200);
  });

  it('takes the raw id and secret in Basic, as Clara documents and the SDK sends them, also when the secret holds a %', async () => {
    const issuer = await TokenIssuer.create({ clientId: 'acme', clientSecret: 'se%41cr+et', scopes: [], issuer: 'test' });
    const header = (id: string, secret: string) => `Basic ${Buffer.from(`${id}:${secret}`).toString('base64')}`;
    expect(issuer.authenticateClient(header('acme', 'se%41cr+et'))).toBe(true); // raw
    expect(issuer.authenticateClient(header('acme', encodeURIComponent('se%41cr+et')))).toBe(true); // RFC 6749 form
    expect(issuer.authenticateClient(header('acme', 'seAcr+et'))).toBe(false);
  });

  it('answers oversized request headers with 431 and a Clara error body, small or large', async () => {
    for (const size of [20_000, 300_000]) {
      const reply = await client.request('GET', '/api/v3/cards', { headers: { 'x-padding': 'a'.repeat(size) } });
      expect(reply.status).toBe(431);
      expect(reply.json).toMatchObject({ code: 'REQUEST_HEADER_FIELDS_TOO_LARGE' });
    }
    expect((await client.request('GET', '/api/v3/cards?size=1')).status).toBe(200);
  });

  it('answers a request that is not HTTP with 400, not a reset', async () => {
    const { cert, key, ca } = client.bundle;
    const answer = await new Promise<string>((resolve, reject) => {
      const socket = connect({ host: '127.0.0.1', port: sandbox.port, cert, key, ca, servername: 'localhost' }, () => socket.end('NOT HTTP AT ALL\r\n\r\n'));
      let text = '';
      socket.on('data', (chunk: Buffer) => (text += chunk.toString()));
      socket.on('end', () => resolve(text));
      socket.on('error', reject);
    });
    expect(answer).toMatch(/^HTTP\/1\.1 400 Bad Request\r\n/);
    expect(JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4))).toMatchObject({ code: 'VALIDATION_ERROR' });
  });

  it('answers a body over 5 MiB with 413, declared by Content-Length or streamed in chunks', async () => {
    const declared = await client.request('POST', '/api/v3/users', { rawBody: 'x'.repeat(6 * 1024 * 1024) });
    expect(declared.status).toBe(413);
    expect(declared.json).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', message: 'Request body larger than 5242880 bytes' });

    const streamed = await new Promise<Reply>((resolve, reject) => {
      const req = httpsRequest(`${sandbox.url}/api/v3/users`, {
        method: 'POST',
        agent: client.agent,
        headers: { authorization: `Bearer ${client.token}`, 'content-type': 'application/json', 'transfer-encoding': 'chunked' },
      });
      req.on('response', (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json: JSON.parse(text) }));
      });
      req.on('error', reject);
      const chunk = Buffer.alloc(1024 * 1024, 'x');
      for (let i = 0; i < 6; i++) req.write(chunk);
      req.end();
    });
    expect(streamed.status).toBe(413);
    expect(streamed.json.code).toBe('PAYLOAD_TOO_LARGE');
    expect((await client.request('GET', '/api/v3/cards?size=1')).status).toBe(200);
  });

  it('answers a 4 MB body nested 2 000 000 deep with 400 naming the depth bound, not a 500 stack overflow', async () => {
    const card = (await client.request('GET', '/api/v3/cards?size=1')).json.content[0];
    const deep = `{"threshold":${'['.repeat(2_000_000)}${']'.repeat(2_000_000)}}`;
    const reply = await client.request('PATCH', `/api/v3/cards/${card.uuid}/threshold`, { rawBody: deep });
    expect(reply.status).toBe(400);
    expect(reply.json).toMatchObject({
      code: 'VALIDATION_ERROR',
      message: `Invalid request: body nests deeper than ${MAX_JSON_DEPTH} levels (at character ${deep.indexOf('[') + MAX_JSON_DEPTH - 1} of ${deep.length})`,
    });
    // The control API parses JSON bodies too.
    const control = await client.request('POST', '/__sandbox/latency', { rawBody: '['.repeat(100_000) });
    expect(control.status).toBe(400);
    expect(control.json.message).toBe(`Control request body nests deeper than ${MAX_JSON_DEPTH} levels (at character ${MAX_JSON_DEPTH} of 100000)`);
    expect((await client.request('GET', `/api/v3/cards/${card.uuid}`)).json).toEqual(card);
  });

  it('accepts a body nested exactly to the bound, and does not count brackets inside strings', async () => {
    const card = (await client.request('GET', '/api/v3/cards?size=1')).json.content[0];
    // Threshold bodies allow other properties: the nesting reaches validation and is accepted by it.
    const atBound = `{"threshold":9000,"note":${'['.repeat(MAX_JSON_DEPTH - 1)}${']'.repeat(MAX_JSON_DEPTH - 1)},"label":"${'[{'.repeat(5_000)}\\\"["}`;
    const reply = await client.request('PATCH', `/api/v3/cards/${card.uuid}/threshold`, { rawBody: atBound });
    expect(reply.status).toBe(200);
    expect(depthExceededAt(atBound)).toBe(-1);
    expect(depthExceededAt(`[${atBound}]`)).toBe(1 + atBound.indexOf('[') + MAX_JSON_DEPTH - 2);
  });

  it('refuses __proto__, constructor and prototype keys anywhere in a body, and stores nothing of it', async () => {
    // The fixture's threshold body allows other properties: the keys would otherwise pass validation and be stored.
    const card = (await client.request('GET', '/api/v3/cards?size=1')).json.content[0];
    const reply = await client.request('PATCH', `/api/v3/cards/${card.uuid}/threshold`, {
      rawBody: '{"threshold": 9000, "__proto__": {"polluted": true}, "constructor": {"x": 1}, "nested": {"prototype": 1}}',
    });
    expect(reply.status).toBe(400);
    expect(reply.json).toMatchObject({ code: 'VALIDATION_ERROR', details: ['body.__proto__ is not allowed', 'body.constructor is not allowed', 'body.nested.prototype is not allowed'] });
    const after = (await client.request('GET', `/api/v3/cards/${card.uuid}`)).json;
    expect(after).toEqual(card);
    expect(Object.keys(after)).not.toContain('constructor');
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });
});
