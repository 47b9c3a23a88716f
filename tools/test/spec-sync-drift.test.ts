// `spec:sync --overlay-patch`: the patch `clara drift` writes, merged into a temporary copy of the repository's
// Mexican spec, overlay and package; the regenerated response schemas then accept the responses that drifted
// (checked with ajv as the runtime checks them: objects closed by `unevaluatedProperties: false`). Then the
// whole loop over mTLS: the sandbox's drift fault → the client → clara.drift() → `clara drift --from` → sync.
import { startSandbox } from '@org/clara-sandbox';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { parse, stringify } from 'yaml';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';

import { findStaleFiles } from '../generate/check.ts';
import { generatedDir, packageDir, specPath } from '../generate/generate.ts';
import { overlayPath } from '../generate/overlay.ts';
import { RESPONSES_FILE } from '../generate/responses.ts';
import { sourcesPath } from '../generate/hosts.ts';
import { renderSyncReport } from '../spec/report.ts';
import { syncSpec } from '../spec/sync.ts';
import { snapshot } from './support/testland.ts';

const repo = join(import.meta.dirname, '..', '..');
const FIXTURE = join(repo, 'packages', 'cli', 'test', 'fixtures', 'drift-mx.json');
// A sync of the Mexican package generates and type-checks it: seconds, more on a loaded machine.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 30_000 });

/** What this file uses of @org/clara-mx (imported at run time: its generated code is typed against the DOM, which tools/ leaves out). */
interface Client {
  cards: { list(query: { size: number }): PromiseLike<{ content?: { uuid?: string }[] }>; get(uuid: string): PromiseLike<Record<string, unknown>> };
  users: { list(query: { size: number }): PromiseLike<unknown> };
  drift(): { operationId: string; status: number; pointer: string; kind: string }[];
  close(): Promise<void>;
}
const country = 'mx';
const { createClaraClient } = (await import(`@org/clara-${country}`)) as { createClaraClient(options: object): Client };

let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'clara-drift-sync-'));
  await cp(join(repo, 'specs', 'mx'), join(root, 'specs', 'mx'), { recursive: true });
  await cp(sourcesPath(repo), sourcesPath(root));
  await cp(join(packageDir(repo, 'mx'), 'package.json'), join(packageDir(root, 'mx'), 'package.json'));
  await cp(generatedDir(repo, 'mx'), generatedDir(root, 'mx'), { recursive: true });
  await mkdir(join(root, '.changeset'));
});
afterEach(() => rm(root, { recursive: true, force: true }));

/** `clara drift --country mx --from <dump>`, as users run it; resolves to the patch file. */
async function driftPatch(dump: string): Promise<string> {
  const out = join(root, 'drift.json');
  const loader = join(repo, 'tools', 'scripts', 'lib', 'load-sources.ts');
  await promisify(execFile)(process.execPath, ['--conditions=source', '--import', loader, join(repo, 'packages', 'cli', 'src', 'cli.ts'), 'drift', '--country', 'mx', '--from', dump, '--out', out]);
  return join(root, 'drift.overlay.yaml');
}

/** What the runtime finds in an answer, from a package's responses.json: ajv's errors, or [] when it checks clean. */
async function checker(packageRoot: string) {
  const schemas = JSON.parse(await readFile(join(generatedDir(packageRoot, 'mx'), RESPONSES_FILE), 'utf8'));
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateSchema: false, validateFormats: false });
  ajv.addSchema({ $id: 'responses', ...(closeObjects(schemas) as object) });
  return (operationId: string, status: number, body: unknown): string[] => {
    const declared = schemas.operations[operationId].responses;
    if (!(String(status) in declared)) return [`undeclared status ${status}`];
    if (!declared[status]) return [];
    const validate = ajv.compile({ $ref: `responses#/operations/${operationId}/responses/${status}` });
    return validate(body) ? [] : validate.errors!.map((error) => `${error.instancePath} ${error.message}`);
  };
}

function closeObjects(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(closeObjects);
  if (typeof node !== 'object' || node === null) return node;
  const copy: Record<string, unknown> = Object.fromEntries(Object.entries(node).map(([key, value]) => [key, key === 'enum' ? value : closeObjects(value)]));
  if ('properties' in copy && !('additionalProperties' in copy)) copy.unevaluatedProperties = false;
  return copy;
}

// Answers with what the fixture dump describes (drift-mx.json): a new field, a number as a string, a null object,
// a missing required field, an undeclared status.
const invoice = { invoiceId: '6f9a2b1c-3d4e-4f5a-8b6c-7d8e9f0a1b2c', taxDetails: { regime: '601' }, amount: { total: '3450.75' }, issuer: null };
const ANSWERS: [operationId: string, status: number, body: unknown][] = [
  ['listInvoices', 200, { content: [invoice], totalElements: 1, totalPages: 1, size: 20, number: 0 }],
  ['listInvoicesByTransaction', 200, { transactionUuid: invoice.invoiceId, invoices: [{ ...invoice, taxDetails: null }] }],
  ['getCard', 200, { alias: 'Travel' }],
  ['listCards', 203, { content: [], totalElements: 0, totalPages: 0, size: 20, number: 0 }],
];

describe('spec:sync --overlay-patch', () => {
  test('merges the patch into the overlay, regenerates, and the responses that drifted then check clean', async () => {
    const patch = await driftPatch(FIXTURE);
    const before = await checker(root);
    for (const [operationId, status, body] of ANSWERS) expect(before(operationId, status, body), operationId).not.toEqual([]);
    const overlayBefore = await readFile(overlayPath(root, 'mx'), 'utf8');

    const result = await syncSpec({ root, code: 'mx', overlayPatch: patch });
    expect(result).toMatchObject({ status: 'updated', patchedActions: 7 });
    expect(renderSyncReport('mx', result)).toMatch(/^minor release of @org\/clara-mx \(.*\.changeset\/spec-mx-\w+\.md\)\noverlay patch: 7 action\(s\) added to specs\/mx\/overlay\.yaml\n/);
    expect(await readFile(specPath(root, 'mx'), 'utf8')).toBe(await readFile(specPath(repo, 'mx'), 'utf8')); // only the overlay changed
    // Appended under a comment naming the patch; every line of the curation before it is kept as it was.
    const overlay = await readFile(overlayPath(root, 'mx'), 'utf8');
    expect(overlay.startsWith(overlayBefore.trimEnd())).toBe(true);
    expect(overlay).toContain('# From drift.overlay.yaml (clara drift: Mexico (mx),');
    const [changeset] = await readdir(join(root, '.changeset'));
    expect(await readFile(join(root, '.changeset', changeset!), 'utf8')).toContain('Spec update (specs/mx/overlay.yaml)');
    const effective = JSON.parse(await readFile(join(generatedDir(root, 'mx'), 'openapi.json'), 'utf8'));
    expect(effective.components.schemas.InvoiceResponse.properties.taxDetails.type).toEqual(['object', 'null']);
    expect(effective.paths['/v3/cards'].get.responses['203']).toBeDefined();
    expect(await findStaleFiles(root, 'mx')).toEqual([]);

    const after = await checker(root);
    for (const [operationId, status, body] of ANSWERS) expect(after(operationId, status, body), operationId).toEqual([]);
    // The same patch again adds nothing.
    expect(await syncSpec({ root, code: 'mx', overlayPatch: patch })).toMatchObject({ status: 'up-to-date', patchedActions: 0 });
  });

  test('refuses a patch for another country, an action that reaches nothing or a malformed one, by number; nothing is written', async () => {
    const patch = parse(await readFile(await driftPatch(FIXTURE), 'utf8'));
    const variant = async (name: string, change: (overlay: Record<string, any>) => void) => {
      const copy = structuredClone(patch);
      change(copy);
      await writeFile(join(root, name), stringify(copy));
      return join(root, name);
    };
    const untouched = await snapshot(root);
    const refusal = (file: string) => syncSpec({ root, code: 'mx', overlayPatch: file }).then(() => 'accepted', (error: Error) => error.message);

    expect(await refusal(await variant('br.yaml', (p) => (p['x-clara-drift'].country = 'br')))).toMatch(/br\.yaml: a patch for country "br", not "mx" — run with --country br/);
    expect(await refusal(await variant('anonymous.yaml', (p) => delete p['x-clara-drift']))).toMatch(/does not say which country it is for/);
    expect(
      await refusal(
        await variant('gone.yaml', (p) => {
          p.actions[2].target = '$.components.schemas.NoSuchSchema.properties';
          p.actions[5].target = "$.paths['/api/v9/cards'].get.responses";
        }),
      ),
    ).toMatch(/gone\.yaml: refused, nothing was written\n {2}- action 3 \(\$\.components\.schemas\.NoSuchSchema\.properties\): matches nothing in the document\n {2}- action 6 /);
    expect(await refusal(await variant('bad.yaml', (p) => (p.actions[1] = { target: 'components.schemas.X' })))).toMatch(/action 2 \(components\.schemas\.X\): "target" must be a JSONPath starting with "\$"[\s\S]*action 2 .*needs "update" or "remove: true"/);
    expect(await snapshot(root)).toEqual(untouched);
  });

  test('the CLI takes --overlay-patch: exit 1 with the refusal on stderr', async () => {
    const patch = parse(await readFile(await driftPatch(FIXTURE), 'utf8'));
    patch['x-clara-drift'].country = 'co';
    await writeFile(join(root, 'co.yaml'), stringify(patch));
    const run = promisify(execFile)(process.execPath, [join(repo, 'tools', 'spec', 'cli.ts'), 'sync', '--root', root, '--country', 'mx', '--overlay-patch', join(root, 'co.yaml')]);
    await expect(run).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining('co.yaml: a patch for country "co", not "mx"') });
  });
});

describe('the loop over mTLS', () => {
  test("sandbox drift → the client's clara.drift() → clara drift --from → spec:sync → the same answers check clean", async () => {
    const sandbox = await startSandbox({ country: 'mx' });
    const clara = createClaraClient({ credentials: sandbox.credentialsDir, baseUrl: sandbox.url, validateResponses: 'report' });
    try {
      const answers: [string, number, unknown][] = [];
      sandbox.control.setDrift({ path: '/v3/cards', addFields: { loyaltyTier: 'gold', limits: { daily: 100 } }, changeFields: { alias: 7 } });
      const cards = await clara.cards.list({ size: 5 });
      const card = await clara.cards.get(cards.content![0]!.uuid!);
      expect(card).toMatchObject({ loyaltyTier: 'gold', alias: 7 }); // report mode hands the data back unchanged
      answers.push(['listCards', 200, cards], ['getCard', 200, card]);
      // An undeclared 2xx: its body is not checked until the status is declared (with the success body).
      sandbox.control.setDrift({ path: '/v3/users', status: 203 });
      answers.push(['listUsers', 203, await clara.users.list({ size: 5 })]);

      const found = clara.drift().map((entry) => `${entry.operationId} ${entry.status} ${entry.pointer || '-'} ${entry.kind}`);
      expect(found.sort()).toEqual([
        'getCard 200 alias type',
        'getCard 200 limits unknown field',
        'getCard 200 loyaltyTier unknown field',
        'listCards 200 content[].alias type',
        'listCards 200 content[].limits unknown field',
        'listCards 200 content[].loyaltyTier unknown field',
        'listUsers 203 - undeclared status',
      ]);
      const before = await checker(root);
      for (const [operationId, status, body] of answers) expect(before(operationId, status, body), operationId).not.toEqual([]);

      const dump = join(root, 'clara-drift.json');
      await writeFile(dump, JSON.stringify(clara.drift()));
      expect(await syncSpec({ root, code: 'mx', overlayPatch: await driftPatch(dump) })).toMatchObject({ status: 'updated' });
      const after = await checker(root);
      for (const [operationId, status, body] of answers) expect(after(operationId, status, body), operationId).toEqual([]);
    } finally {
      await clara.close();
      await sandbox.close();
    }
  });
});
