import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deriveBehaviours } from '../src/data/resources.js';
import { planSeeds } from '../src/data/seed.js';
import { SandboxDataError, startSandbox, type Sandbox } from '../src/index.js';
import { listOperations, type SpecDocument } from '../src/spec.js';
import { FIXTURE_SPEC, TestClient } from './helpers.js';

const ANA = '2b8f3c1d-4e5a-4b6c-8d7e-9f0a1b2c3d4e';
const TRAVEL = '7b2e4d61-3a9f-4c8e-b5d2-1e0f9a8c7b6d';
const OFFICE = '5a1b2c3d-4e5f-4a6b-9c8d-7e6f5a4b3c2d';

const data = {
  users: [{ uuid: ANA, firstName: 'Ana', lastName: 'Ruiz', fullName: 'Ana Ruiz', email: 'ana.ruiz@example.com.mx', role: 'MANAGER' }],
  cards: [
    { uuid: TRAVEL, alias: 'Travel', threshold: 5000, status: 'ACTIVE', lockCode: 'UNLOCKED', user: { uuid: ANA } },
    { uuid: OFFICE, alias: 'Office', threshold: 1200, status: 'INACTIVE', lockCode: 'LOCKED', user: { uuid: ANA } },
  ],
};

describe('seeded data (replace, the default)', () => {
  let sandbox: Sandbox;
  let client: TestClient;

  beforeAll(async () => {
    sandbox = await startSandbox({ country: 'mx', spec: FIXTURE_SPEC, data });
    client = await new TestClient(sandbox).login();
  });
  afterAll(async () => {
    client.close();
    await sandbox.close();
  });

  it('serves exactly your items from list and get, missing fields generated, references resolved', async () => {
    const cards = (await client.request('GET', '/api/v3/cards?size=50')).json;
    expect(cards.totalElements).toBe(2);
    expect(cards.content.map((card: { uuid: string }) => card.uuid)).toEqual([TRAVEL, OFFICE]);
    const travel = (await client.request('GET', `/api/v3/cards/${TRAVEL}`)).json;
    expect(travel).toEqual(cards.content[0]);
    expect(travel).toMatchObject({ alias: 'Travel', threshold: 5000, lockCode: 'UNLOCKED', user: { uuid: ANA, fullName: 'Ana Ruiz' } });
    expect(travel.maskedPan).toMatch(/^\d{6}\*{6}\d{4}$/); // generated
    expect((await client.request('GET', `/api/v3/users/${ANA}`)).json).toMatchObject(data.users[0]!);
    expect((await client.request('GET', '/api/v3/users')).json.totalElements).toBe(1);
  });

  it('points generated collections at your items (a transaction is on one of your cards)', async () => {
    const { content } = (await client.request('GET', '/api/v3/transactions?size=20')).json;
    expect(new Set(content.map((tx: { card: { uuid: string } }) => tx.card.uuid))).toEqual(new Set([TRAVEL, OFFICE]));
  });

  it('keeps writes consistent with your items, and filters them', async () => {
    expect((await client.request('PATCH', `/api/v3/cards/${OFFICE}/lock`, { body: { locked: false } })).status).toBe(204);
    expect((await client.request('GET', `/api/v3/cards/${OFFICE}`)).json.lockCode).toBe('UNLOCKED');
    expect((await client.request('GET', '/api/v3/cards?status=INACTIVE')).json.content.map((card: { uuid: string }) => card.uuid)).toEqual([OFFICE]);
    expect((await client.request('PATCH', `/api/v3/cards/${OFFICE}/threshold`, { body: { threshold: 9000 } })).status).toBe(200);
    expect((await client.request('GET', `/api/v3/cards/${OFFICE}`)).json.threshold).toBe(9000);
    expect((await client.request('DELETE', `/api/v3/cards/${OFFICE}`)).status).toBe(200);
    expect((await client.request('GET', '/api/v3/cards')).json.totalElements).toBe(1);
  });

  it('leaves the subsidiaries their generated data', async () => {
    const asSubsidiary = { headers: { 'x-tax-identifier': sandbox.entities[1]!.taxId } };
    expect((await client.request('GET', '/api/v3/cards', asSubsidiary)).json.totalElements).toBe(30);
  });
});

describe('seeded data (add)', () => {
  it('puts your items first, then the generated ones; a path names a collection too', async () => {
    const sandbox = await startSandbox({ country: 'mx', spec: FIXTURE_SPEC, data: { '/v3/cards': data.cards }, dataMode: 'add', datasetSizes: { cards: 5 } });
    const client = await new TestClient(sandbox).login();
    try {
      const cards = (await client.request('GET', '/api/v3/cards')).json;
      expect(cards.totalElements).toBe(7);
      expect(cards.content.slice(0, 2).map((card: { uuid: string }) => card.uuid)).toEqual([TRAVEL, OFFICE]);
      // The seeded card's holder is not seeded: it mirrors a generated user, consistently.
      const travel = cards.content[0];
      expect((await client.request('GET', `/api/v3/users/${travel.user.uuid}`)).status).toBe(404);
      expect((await client.request('GET', '/api/v3/users')).json.totalElements).toBe(25);
    } finally {
      client.close();
      await sandbox.close();
    }
  });
});

describe('bad seed data', () => {
  const fails = async (seed: unknown) => {
    const error = await startSandbox({ country: 'mx', spec: FIXTURE_SPEC, data: seed as never }).then(
      (sandbox) => sandbox.close().then(() => undefined),
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(SandboxDataError);
    return error as SandboxDataError;
  };

  it('names the item index and field against the spec', async () => {
    const error = await fails({ cards: [data.cards[0], { ...data.cards[1], threshold: 'a lot', status: 'LOST' }] });
    expect(error.message).toBe('Invalid sandbox data: data.cards[1].status: must be one of ACTIVE, INACTIVE, CANCELLED; data.cards[1].threshold: must be number');
    expect(error.problems).toHaveLength(2);
    expect((await fails({ users: [{ email: 'not an email' }] })).problems).toEqual(['data.users[0].email: must match format "email"']);
  });

  it('names fields the schema does not have, at any depth', async () => {
    const error = await fails({ cards: [{ alias: 'Travel', treshold: 5000, user: { uuid: ANA, nickname: 'Ana' } }] });
    expect(error.problems).toEqual([
      'data.cards[0].treshold: not a field of this item (fields: uuid, claraStatus, status, lockCode, alias, threshold, periodicity, maskedPan, type, user)',
      'data.cards[0].user.nickname: not a field of this item (fields: uuid, fullName, username)',
    ]);
  });

  it('names unknown collections, wrong shapes, duplicate ids and prototype keys', async () => {
    expect((await fails({ cardz: [] })).message).toMatch(/^Invalid sandbox data: data\.cardz: no collection of that name \(collections: .*cards.*users\)$/);
    expect((await fails({ cards: { uuid: TRAVEL } })).problems).toEqual(['data.cards: must be an array of items']);
    expect((await fails({ cards: ['x'] })).problems).toEqual(['data.cards[0]: must be an object']);
    expect((await fails({ cards: [{ uuid: TRAVEL }, { uuid: TRAVEL }] })).problems).toEqual([`data.cards[1].uuid: "${TRAVEL}" is already the id of data.cards[0]`]);
    expect((await fails({ cards: [JSON.parse('{"__proto__": {"alias": "x"}}')] })).problems).toEqual(['data.cards[0].__proto__: not allowed (a prototype key)']);
    expect((await fails([])).message).toBe('Invalid sandbox data: data must be an object of item arrays by collection, e.g. { "cards": [...] }');
  });

  it('writes nothing when the data is bad', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'clara-sandbox-seed-')), 'bundle');
    try {
      await expect(startSandbox({ country: 'mx', spec: FIXTURE_SPEC, credentialsOut: dir, data: { cards: [{ threshold: 'x' }] } })).rejects.toThrow(SandboxDataError);
      expect(existsSync(dir)).toBe(false);
    } finally {
      rmSync(join(dir, '..'), { recursive: true, force: true });
    }
  });
});

describe('collection names', () => {
  it('match whatever prefix the spec paths carry (springdoc\'s `/api/v3/cards` is read as `/v3/cards`)', () => {
    const fixture = JSON.parse(readFileSync(FIXTURE_SPEC, 'utf8')) as SpecDocument;
    const spec = { ...fixture, paths: Object.fromEntries(Object.entries(fixture.paths).map(([path, item]) => [`/api${path}`, item])) };
    const collections = [...new Set([...deriveBehaviours(spec, listOperations(spec)).values()].flatMap((b) => ('collection' in b ? [b.collection] : [])))];
    const keys = (seed: object) => planSeeds(seed, collections, spec).map((planned) => planned.descriptor.key);
    expect(keys({ cards: [], '/v3/users': [], '/api/v3/transactions': [] })).toEqual(['/v3/cards', '/v3/users', '/v3/transactions']);
  });
});
