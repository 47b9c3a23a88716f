// `spec:sync` end to end, through the CLI, on a temporary repository (specs/, packages/, .changeset/) holding the
// small "Testland" country zz generated from tools/test/fixtures/spec-pairs/base.json.
import { execFile, execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';

import { findStaleFiles } from '../generate/check.ts';
import { generateCountry, generatedDir, specPath } from '../generate/generate.ts';

const pairs = join(import.meta.dirname, 'fixtures', 'spec-pairs');
const cli = join(import.meta.dirname, '..', 'spec', 'cli.ts');
let root: string;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'clara-spec-sync-test-'));
  await mkdir(join(root, 'specs', 'zz'), { recursive: true });
  await cp(join(pairs, 'base.json'), specPath(root, 'zz'));
  await generateCountry({ root, code: 'zz' });
  await mkdir(join(root, '.changeset'));
  await writeFile(join(root, '.changeset', 'config.json'), '{ "baseBranch": "main" }\n');
});
afterEach(() => rm(root, { recursive: true, force: true }));

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function sync(args: string[], env: NodeJS.ProcessEnv = {}): Promise<Run> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [cli, 'sync', '--root', root, '--country', 'zz', ...args], {
      env: { ...process.env, ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

/** Content hash of every file under specs/, packages/ and .changeset/. */
async function snapshot(): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const top of ['specs', 'packages', '.changeset']) {
    for (const entry of await readdir(join(root, top), { recursive: true, withFileTypes: true })) {
      if (!entry.isFile()) continue;
      const file = join(entry.parentPath, entry.name);
      files[file.slice(root.length)] = createHash('sha256').update(await readFile(file)).digest('hex');
    }
  }
  return files;
}

const changesets = async () => (await readdir(join(root, '.changeset'))).filter((f) => f.endsWith('.md'));

describe('a changed spec', () => {
  test('is written normalised, the package regenerated, and a changeset with the implied bump added', async () => {
    const run = await sync(['--from', join(pairs, 'after', 'optional-parameter-added.json')]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('patch release of @org/clara-zz');
    expect(await readFile(specPath(root, 'zz'), 'utf8')).toBe(await readFile(join(pairs, 'after', 'optional-parameter-added.json'), 'utf8'));
    expect(await readFile(join(generatedDir(root, 'zz'), 'api', 'types.gen.ts'), 'utf8')).toContain('size?: number');
    expect(await findStaleFiles(root, 'zz')).toEqual([]);
    const [file] = await changesets();
    expect(await readFile(join(root, '.changeset', file!), 'utf8')).toBe(
      [
        '---',
        '"@org/clara-zz": patch',
        '---',
        '',
        'Spec update (specs/zz/api-docs-v3.json): 1 new feature.',
        '',
        'New features:',
        '- `GET /v3/transactions`: new optional query parameter `size`',
        '',
      ].join('\n'),
    );
  });

  test('a breaking change is a minor bump before 1.0, and the removed exports are listed', async () => {
    const run = await sync(['--from', join(pairs, 'after', 'operation-removed.json')]);
    expect(run.code).toBe(0);
    const text = await readFile(join(root, '.changeset', (await changesets())[0]!), 'utf8');
    expect(text).toContain('"@org/clara-zz": minor');
    expect(text).toContain('- Removed operation `GET /v3/transactions/{uuid}` (getTransaction)');
    expect(text).toMatch(/- Public API: removed .*`raw\.getTransaction`/);
    expect(text).toMatch(/- Public API: removed .*`ClaraClient\.transactions\.get`/);
  });

  test('generator rename: the spec diff says feature, the disappeared exports make it breaking', async () => {
    // A new schema named like a type the generator derives from an operationId: the generator renames its own
    // type (GetTransactionResponse → GetTransactionResponse2), so the members users had disappear.
    const run = await sync(['--from', join(pairs, 'after', 'schema-name-collides.json')]);
    expect(run.code).toBe(0);
    const text = await readFile(join(root, '.changeset', (await changesets())[0]!), 'utf8');
    expect(text).toContain('"@org/clara-zz": minor');
    expect(text).toContain('- New schema `GetTransactionResponse`');
    expect(text).toContain('- Public API: removed `GetTransactionResponse.amount`, `GetTransactionResponse.status`, `GetTransactionResponse.uuid`');
  });

  test('a new enum value is a feature (patch before 1.0): the changed member type is not a break', async () => {
    const run = await sync(['--from', join(pairs, 'after', 'enum-value-added.json')]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const text = await readFile(join(root, '.changeset', (await changesets())[0]!), 'utf8');
    expect(text).toContain('"@org/clara-zz": patch');
    expect(text).toContain('new enum value `"REVERSED"`');
    expect(text).not.toContain('Public API');
  });

  test('a changed value of an exported constant (country.name from info.title) is not a break', async () => {
    const run = await sync(['--from', join(pairs, 'after', 'title-renames-country.json')]);
    expect(run.code).toBe(0);
    const text = await readFile(join(root, '.changeset', (await changesets())[0]!), 'utf8');
    expect(text).toContain('"@org/clara-zz": patch');
    expect(text).toContain('- API description, tags or links updated');
  });

  test('a changeset that cannot be written leaves spec and code untouched, so a re-run retries', async () => {
    const next = await readFile(join(pairs, 'after', 'field-added.json'), 'utf8');
    const changesetFile = `spec-zz-${createHash('sha256').update(next).digest('hex').slice(0, 10)}.md`;
    await mkdir(join(root, '.changeset', changesetFile)); // a directory where the file should go: the write fails
    const before = await snapshot();
    const run = await sync(['--from', join(pairs, 'after', 'field-added.json')]);
    expect(run.code).toBe(1);
    expect(await snapshot()).toEqual(before);
    await rm(join(root, '.changeset', changesetFile), { recursive: true });
    expect((await sync(['--from', join(pairs, 'after', 'field-added.json')])).stdout).toContain('patch release of @org/clara-zz');
  });
});

describe('nothing to do', () => {
  test('an unchanged spec is "up to date": exit 0, no changeset, nothing written', async () => {
    const before = await snapshot();
    const run = await sync(['--from', join(pairs, 'base.json')]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('specs/zz is up to date');
    expect(await snapshot()).toEqual(before);
  });

  test("Clara's upstream artefacts are repaired and listed: the published form of the same spec is up to date", async () => {
    const run = await sync(['--from', join(pairs, 'upstream-artefacts.json')]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('repaired: filled in the empty country of https://public-api..clara.com/oauth/token');
    expect(run.stdout).toContain('repaired: filled in the empty country of https://public-api..clara.com\n');
    expect(run.stdout).toContain('repaired: moved the "/api" prefix of 3 paths into the servers (https://public-api.zz.clara.com/api, https://public-api.zz.clara.com/api-test)');
    expect(run.stdout).toContain('repaired: removed the "*/*" media type next to "application/json" (2×)');
    expect(run.stdout).toContain('specs/zz is up to date');
    expect(await changesets()).toEqual([]);
  });
});

describe('bad input leaves spec, generated code and .changeset untouched', () => {
  test('an invalid spec: exit 1 naming the problem and where', async () => {
    const invalid = JSON.parse(await readFile(join(pairs, 'base.json'), 'utf8'));
    invalid.paths['/v3/transactions'].get.parameters[0].in = 'body';
    await writeFile(join(root, 'invalid.json'), JSON.stringify(invalid, null, 2));
    const before = await snapshot();
    const run = await sync(['--from', join(root, 'invalid.json')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('invalid.json (positions refer to the normalised document): invalid OpenAPI document');
    expect(run.stderr).toMatch(/line \d+, column \d+ \(#\/paths\/~1v3~1transactions\/get\/parameters\/0/);
    expect(await snapshot()).toEqual(before);
  });

  test('a JSON syntax error: exit 1 with line and column', async () => {
    await writeFile(join(root, 'broken.json'), '{\n  "openapi": "3.1.0",\n  "info": {,\n}\n');
    const before = await snapshot();
    const run = await sync(['--from', join(root, 'broken.json')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('line 3, column 12: JSON syntax error');
    expect(await snapshot()).toEqual(before);
  });

  test('an unreachable URL: exit 1 with the network reason', async () => {
    const before = await snapshot();
    const refused = await sync(['--from', 'https://127.0.0.1:2/api-docs-v3.json']); // nothing listens on port 2
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('cannot download https://127.0.0.1:2/api-docs-v3.json: ECONNREFUSED');
    const blocked = await sync(['--from', 'https://127.0.0.1:1/api-docs-v3.json']); // fetch refuses port 1 outright
    expect(blocked.code).toBe(1);
    expect(blocked.stderr).toContain('cannot download https://127.0.0.1:1/api-docs-v3.json: bad port');
    expect(await snapshot()).toEqual(before);
  });

  test('a plain-HTTP URL is refused', async () => {
    const run = await sync(['--from', 'http://127.0.0.1:1/api-docs-v3.json']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('only https:// URLs are accepted');
  });

  test('a missing file, and a missing --country', async () => {
    expect((await sync(['--from', join(root, 'nope.json')])).stderr).toContain('nope.json: ENOENT');
    const run: Run = await promisify(execFile)(process.execPath, [cli, 'sync', '--root', root]).then(
      (ok) => ({ code: 0, ...ok }),
      (error: Run) => error,
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('--country <cc> is required');
  });
});

describe('an HTTPS source', () => {
  let server: Server;
  let pki: string;
  beforeAll(async () => {
    pki = await mkdtemp(join(tmpdir(), 'clara-spec-pki-'));
    const openssl = (args: string[]) => execFileSync('openssl', args, { cwd: pki, stdio: 'pipe' });
    openssl(['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'ca.key', '-out', 'ca.pem', '-days', '2', '-subj', '/CN=spec-sync test CA']);
    openssl(['req', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'server.key', '-out', 'server.csr', '-subj', '/CN=127.0.0.1']);
    await writeFile(join(pki, 'san.ext'), 'subjectAltName=IP:127.0.0.1\n');
    openssl(['x509', '-req', '-in', 'server.csr', '-CA', 'ca.pem', '-CAkey', 'ca.key', '-CAcreateserial', '-out', 'server.pem', '-days', '2', '-extfile', 'san.ext']);
    const body = await readFile(join(pairs, 'after', 'field-added.json'));
    server = createServer({ key: await readFile(join(pki, 'server.key')), cert: await readFile(join(pki, 'server.pem')) }, (request, response) => {
      if (request.url === '/api-docs-v3.json') response.writeHead(200, { 'content-type': 'application/json' }).end(body);
      else response.writeHead(404).end();
    });
    await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  });
  afterAll(async () => {
    await new Promise((closed) => server.close(closed));
    await rm(pki, { recursive: true, force: true });
  });
  const url = (path: string) => `https://127.0.0.1:${(server.address() as AddressInfo).port}${path}`;

  test('is downloaded over verified TLS and synced', async () => {
    const run = await sync(['--from', url('/api-docs-v3.json')], { NODE_EXTRA_CA_CERTS: join(pki, 'ca.pem') });
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('- schema `Tx`, field `currency` added (optional)');
    expect(await changesets()).toHaveLength(1);
  });

  test('an HTTP error status and an untrusted certificate are reasons, not crashes', async () => {
    const before = await snapshot();
    const missing = await sync(['--from', url('/missing.json')], { NODE_EXTRA_CA_CERTS: join(pki, 'ca.pem') });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('HTTP 404');
    const untrusted = await sync(['--from', url('/api-docs-v3.json')]);
    expect(untrusted.code).toBe(1);
    expect(untrusted.stderr).toMatch(/cannot download .*(UNABLE_TO_VERIFY_LEAF_SIGNATURE|SELF_SIGNED_CERT_IN_CHAIN|UNABLE_TO_GET_ISSUER_CERT)/);
    expect(await snapshot()).toEqual(before);
  });
});
