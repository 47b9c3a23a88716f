// The drift fault: successful answers that differ from the spec (extra fields, a changed type, an undeclared
// status), for trying a client's response checks end to end.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../src/index.js';
import { FIXTURE_SPEC, TestClient } from './helpers.js';

describe('the drift fault', () => {
  let sandbox: Sandbox;
  let client: TestClient;

  beforeAll(async () => {
    sandbox = await startSandbox({ country: 'mx', spec: FIXTURE_SPEC });
    client = await new TestClient(sandbox).login();
  });
  afterEach(() => sandbox.control.reset());
  afterAll(async () => {
    client.close();
    await sandbox.close();
  });

  it('adds and changes fields on every item of a page, only on its path', async () => {
    sandbox.control.setDrift({ path: '/v3/cards', addFields: { extra: { nested: true } }, changeFields: { uuid: 42 } });
    const page = await client.request('GET', '/api/v3/cards');
    expect(page.status).toBe(200);
    expect(page.json.content.length).toBeGreaterThan(0);
    for (const card of page.json.content) expect(card).toMatchObject({ extra: { nested: true }, uuid: 42 });
    expect(page.json).not.toHaveProperty('extra'); // the envelope stays as it was
    const users = await client.request('GET', '/api/v3/users');
    expect(users.json.content[0]).not.toHaveProperty('extra');
  });

  it('answers a status the operation does not declare, with the same body', async () => {
    sandbox.control.setDrift({ status: 203 });
    const page = await client.request('GET', '/api/v3/cards');
    expect(page.status).toBe(203);
    expect(Array.isArray(page.json.content)).toBe(true);
  });

  it('leaves error answers alone and stops on reset or undefined', async () => {
    sandbox.control.setDrift({ addFields: { extra: 1 } });
    expect((await client.request('GET', '/api/v3/cards/no-such-card')).json).not.toHaveProperty('extra');
    sandbox.control.setDrift(undefined);
    expect((await client.request('GET', '/api/v3/cards')).json.content[0]).not.toHaveProperty('extra');
  });

  it('refuses a bad fault with a clear error, also over the control API', async () => {
    expect(() => sandbox.control.setDrift({})).toThrow(/at least one of addFields, changeFields, status/);
    expect(() => sandbox.control.setDrift({ status: 204 })).toThrow(/2xx status with a body/);
    expect(() => sandbox.control.setDrift({ addFields: [] as never })).toThrow(/addFields must be an object/);
    expect(() => sandbox.control.setDrift({ fields: {} } as never)).toThrow(/unknown field\(s\) fields/);
    const anonymous = new TestClient(sandbox);
    expect((await anonymous.request('POST', '/__sandbox/drift', { body: { fault: { status: 404 } } })).json.message).toMatch(/2xx status/);
    expect((await anonymous.request('POST', '/__sandbox/drift', { body: { fault: [] } })).json.message).toMatch(/the fault must be an object/);
    expect((await anonymous.request('POST', '/__sandbox/drift', { body: {} })).json.message).toMatch(/or \{ "fault": null \} to stop it/);
    expect((await anonymous.request('POST', '/__sandbox/drift', { body: { fault: { path: '/v3/cards', addFields: { extra: 'x' } } } })).status).toBe(204);
    expect((await client.request('GET', '/api/v3/cards')).json.content[0]).toMatchObject({ extra: 'x' });
    expect((await anonymous.request('POST', '/__sandbox/drift', { body: { fault: null } })).status).toBe(204);
    expect((await client.request('GET', '/api/v3/cards')).json.content[0]).not.toHaveProperty('extra');
    anonymous.close();
  });

  it('takes the fault as a start option', async () => {
    const started = await startSandbox({ country: 'mx', spec: FIXTURE_SPEC, faults: { drift: { addFields: { extra: 'start' } } } });
    const other = await new TestClient(started).login();
    try {
      expect((await other.request('GET', '/api/v3/users')).json.content[0]).toMatchObject({ extra: 'start' });
    } finally {
      other.close();
      await started.close();
    }
  });
});
