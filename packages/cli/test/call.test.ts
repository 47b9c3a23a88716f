// `clara call`: one SDK method from the command line, arguments positional or by name, JSON out.
import { startSandbox, type Sandbox } from '@org/clara-sandbox';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { runCli as runInProcess } from '../src/program.js';
import { captureIo, runCli } from './support/run-cli.js';

describe('clara call', { timeout: 20_000 }, () => {
  let sandbox: Sandbox;
  let scratch: string;
  let connection: string[];
  let cardUuid: string;

  const inProcess = async (args: string[], stdin = '') => {
    const io = captureIo(stdin);
    const code = await runInProcess(['call', ...args, ...connection], io);
    return { code, ...io.output() };
  };

  beforeAll(async () => {
    sandbox = await startSandbox({ country: 'mx' });
    scratch = mkdtempSync(join(tmpdir(), 'clara-cli-call-'));
    connection = ['--country', 'mx', '--credentials', sandbox.credentialsDir, '--base-url', sandbox.url];
    [cardUuid] = (await sandbox.exampleRequest('getCard')).pathParams as [string];
  }, 20_000);
  afterAll(async () => {
    await sandbox.close();
    rmSync(scratch, { recursive: true, force: true });
  });

  it('calls a method with positional arguments and prints its JSON', async () => {
    const { code, stdout, stderr } = await runCli(['call', 'cards.get', '--json', JSON.stringify([cardUuid]), ...connection]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ uuid: cardUuid });
    expect(stdout).toMatch(/^\{\n {2}"uuid"/); // indented
  });

  it('takes path parameters and a body by name, and a query by name', async () => {
    const locked = await inProcess(['cards.toggleLock', '--json', JSON.stringify({ uuid: cardUuid, body: { locked: true } })]);
    expect(locked.code).toBe(0);
    expect(JSON.parse(locked.stdout)).toMatchObject({ uuid: cardUuid });
    const card = await inProcess(['cards.get', '--json', JSON.stringify({ uuid: cardUuid })]);
    expect(JSON.parse(card.stdout)).toMatchObject({ lockCode: expect.stringMatching(/^LOCKED/) });

    const page = await inProcess(['cards.list', '--json', '{"query":{"size":2,"page":1}}']);
    expect(JSON.parse(page.stdout)).toMatchObject({ number: 1, size: 2, totalElements: 30 });
  });

  it('reads the arguments from a file (@file) or stdin (-), and calls methods of older versions', async () => {
    const file = join(scratch, 'args.json');
    writeFileSync(file, JSON.stringify({ year: '2026', month: '4' }));
    const fromFile = await inProcess(['v1.logs.getByMonth', '--json', `@${file}`]);
    expect(JSON.parse(fromFile.stdout)).toMatchObject({ stats: expect.any(Object), requests: expect.any(Array) });
    const fromStdin = await inProcess(['cards.get', '--json', '-'], JSON.stringify([cardUuid]));
    expect(JSON.parse(fromStdin.stdout)).toMatchObject({ uuid: cardUuid });
  });

  it('prints an API error as one line with exit code 1, and in full with --verbose (in its own process), without secrets', async () => {
    const missing = ['cards.get', '--json', '["00000000-0000-0000-0000-000000000000"]'];
    const plain = await inProcess(missing);
    expect(plain.code).toBe(1);
    expect(plain.stdout).toBe('');
    expect(plain.stderr).toBe(
      "error: Clara answered 404 NOT_FOUND to GET /api/v3/cards/00000000-0000-0000-0000-000000000000: Card with UUID '00000000-0000-0000-0000-000000000000' not found\n",
    );
    const verbose = await runCli(['call', ...missing, ...connection, '--verbose']);
    expect(verbose.code).toBe(1);
    expect(verbose.stderr).toContain('ClaraNotFoundError: Clara answered 404');
    expect(verbose.stderr).toMatch(/\n\s+at /); // the stack
    expect(verbose.stderr).toContain("status: 404");
    expect(verbose.stderr).toContain('[debug] Clara token obtained');
    expect(verbose.stderr).not.toMatch(/eyJ[\w-]+\.[\w-]+\.|Bearer [\w-]{20}/);
  });

  it('says what is wrong with a method name or its arguments', async () => {
    const errors = async (args: string[]) => (await inProcess(args)).stderr;
    expect(await errors(['cardz.get'])).toBe(
      'error: Unknown method "cardz.get": the resources are billingStatements, cards, extractedDocuments, invoices, reimbursements, transactions, users, v1, v2.\n',
    );
    expect(await errors(['v1.logs.get'])).toBe('error: Unknown method "v1.logs.get": v1.logs has getByDay, getByMonth, getCurrent.\n');
    expect(await errors(['users'])).toBe('error: "users" is a resource, not a method: pick one of users.create, users.delete, users.get, users.list, users.update.\n');
    expect(await errors(['cards.get', '--json', '{"id":"x"}'])).toBe('error: cards.get takes uuid; unknown: id.\n');
    expect(await errors(['cards.toggleLock', '--json', '{"body":{"locked":true}}'])).toBe('error: cards.toggleLock needs the path parameter(s) uuid.\n');
    expect(await errors(['cards.get', '--json', '["a","b"]'])).toBe('error: cards.get(uuid) takes 1 argument(s), got 2.\n');
    expect(await errors(['cards.get', '--json', '[oops'])).toMatch(/^error: --json is not valid JSON: /);
    expect(await errors(['cards.get', '--json', '"x"'])).toBe('error: --json must be a JSON array (the arguments in order) or an object (the arguments by name).\n');
  });
});
