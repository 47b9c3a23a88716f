// `clara export` end to end: every page of a list to a file or stdout, CSV round-tripped through a CSV parser,
// and an export killed mid-way (with a torn last page) then resumed to exactly the file an uninterrupted run
// writes.
import { createClaraClient } from '@org/clara-mx';
import { startSandbox, type Sandbox } from '@org/clara-sandbox';
import { parse } from 'csv-parse/sync';
import { appendFileSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { runCli as runInProcess } from '../src/program.js';
import { csvColumns, flatten } from '../src/export/formats.js';
import type { ExportState } from '../src/export/state.js';
import { captureIo, runCli, startCli } from './support/run-cli.js';

const TRANSACTIONS = 450; // 5 pages of 100

describe('clara export', { timeout: 20_000 }, () => {
  let sandbox: Sandbox;
  let scratch: string;
  /** The transactions as the SDK lists them, in order, for comparison. */
  let expected: Record<string, unknown>[];
  let connection: string[];

  beforeAll(async () => {
    sandbox = await startSandbox({ country: 'mx', datasetSizes: { transactions: TRANSACTIONS } });
    scratch = mkdtempSync(join(tmpdir(), 'clara-cli-export-'));
    connection = ['--country', 'mx', '--credentials', sandbox.credentialsDir, '--base-url', sandbox.url];
    const clara = createClaraClient({ credentials: sandbox.credentialsDir, baseUrl: sandbox.url });
    expected = [];
    for await (const transaction of clara.transactions.list({ size: 100 })) expected.push(transaction as Record<string, unknown>);
    await clara.close();
  }, 20_000);
  afterAll(async () => {
    await sandbox.close();
    rmSync(scratch, { recursive: true, force: true });
  });
  beforeEach(() => {
    sandbox.control.reset();
    sandbox.stats.reset();
  });

  /** `clara export <args>` in this process (an export that is killed or interrupted needs a process of its own). */
  const exportInProcess = async (...args: string[]) => {
    const io = captureIo();
    const code = await runInProcess(['export', ...args, ...connection], io);
    return { code, ...io.output() };
  };
  const lines = (file: string): unknown[] => readFileSync(file, 'utf8').trimEnd().split('\n').map((line) => JSON.parse(line));

  it('writes every transaction as NDJSON, one request per page of 100, and leaves no state behind', async () => {
    const out = join(scratch, 'all.ndjson');
    const { code, stderr } = await runCli(['export', 'transactions', ...connection, '--out', out]);

    expect(stderr).toBe(`Exported ${TRANSACTIONS} transactions to ${out} (ndjson): 5 pages, 6 requests to Clara (1 for a token, 0 retried).\n`);
    expect(code).toBe(0);
    expect(lines(out)).toEqual(expected);
    expect(existsSync(`${out}.clara-export.json`)).toBe(false);
    expect(sandbox.stats.snapshot()).toMatchObject({ tokenRequests: 1, byOperation: { listTransactions: 5 } });
  });

  it('writes CSV: the first item’s flattened keys as header, every item a record, escaped', async () => {
    const out = join(scratch, 'since.csv');
    const since = String(expected[200]!.operationDate).slice(0, 10);
    expect(await runInProcess(['export', 'transactions', ...connection, '--out', out, '--since', since], captureIo())).toBe(0);

    const clara = createClaraClient({ credentials: sandbox.credentialsDir, baseUrl: sandbox.url });
    const matching: unknown[] = [];
    for await (const transaction of clara.transactions.list({ size: 100, operationDateRangeStart: since })) matching.push(transaction);
    await clara.close();
    expect(matching.length).toBeGreaterThan(0);
    expect(matching.length).toBeLessThan(TRANSACTIONS);

    const text = readFileSync(out, 'utf8');
    const columns = csvColumns(matching[0]);
    expect(text.split('\n')[0]).toBe(columns.join(','));
    expect(columns).toContain('merchant.name'); // nested objects flattened with dots
    const records = parse(text, { columns: true }) as Record<string, string>[];
    expect(records).toEqual(matching.map((item) => Object.fromEntries(columns.map((column) => [column, String(flatten(item)[column] ?? '')]))));
    expect(text).toMatch(/"\[\{""/); // arrays as JSON, quotes doubled inside a quoted field
  });

  it('resumes an export killed mid-way, dropping the torn last page, to the same file as an uninterrupted run', async () => {
    const out = join(scratch, 'killed.ndjson');
    const state = `${out}.clara-export.json`;
    sandbox.control.setLatency(150);
    const { child, done } = startCli(['export', 'transactions', ...connection, '--out', out]);
    while (!existsSync(state) || (JSON.parse(readFileSync(state, 'utf8')) as ExportState).nextPage < 2) await sleep(20);
    child.kill('SIGKILL');
    expect((await done).code).toBe(null);

    const recorded = JSON.parse(readFileSync(state, 'utf8')) as ExportState;
    expect(recorded).toMatchObject({ version: 2, totalElements: TRANSACTIONS, servedPageSize: 100, export: { clientId: expect.stringMatching(/^sandbox-mx-/), resource: 'transactions', format: 'ndjson', pageSize: 100 } });
    expect(recorded.nextPage).toBeLessThan(5);
    expect(recorded.items).toBe(recorded.nextPage * 100);
    expect(statSync(out).size).toBeGreaterThanOrEqual(recorded.bytes);
    appendFileSync(out, '{"uuid":"half a page'); // what a kill in the middle of a write leaves

    sandbox.control.reset();
    sandbox.stats.reset();
    const resumed = await exportInProcess('transactions', '--out', out, '--resume');
    expect(resumed.stderr).toBe(
      `Exported ${TRANSACTIONS} transactions to ${out} (ndjson): ${5 - recorded.nextPage} pages, ${6 - recorded.nextPage} requests to Clara (1 for a token, 0 retried), resumed at page ${recorded.nextPage}.\n`,
    );
    expect(resumed.code).toBe(0);
    expect(lines(out)).toEqual(expected);
    expect(existsSync(state)).toBe(false);
    expect(sandbox.stats.snapshot().byOperation).toEqual({ listTransactions: 5 - recorded.nextPage });
  });

  it('stops on Ctrl-C with exit code 130 and the command that continues', async () => {
    const out = join(scratch, 'interrupted.csv');
    sandbox.control.setLatency(150);
    const { child, done } = startCli(['export', 'transactions', ...connection, '--out', out]);
    while (!existsSync(`${out}.clara-export.json`) || (JSON.parse(readFileSync(`${out}.clara-export.json`, 'utf8')) as ExportState).nextPage < 1) await sleep(20);
    child.kill('SIGINT');
    const { code, stderr } = await done;
    expect(code).toBe(130);
    expect(stderr).toMatch(/^Interrupted after \d+00 transactions \(\d pages?\): run the same command with --resume to continue from page \d\.\n$/);

    sandbox.control.reset();
    expect((await exportInProcess('transactions', '--out', out, '--resume')).code).toBe(0);
    const records = parse(readFileSync(out, 'utf8'), { columns: true }) as Record<string, string>[];
    expect(records.map((record) => record.uuid)).toEqual(expected.map((item) => item.uuid));
  });

  describe('refusals, in one line', () => {
    it('an unfinished export is not overwritten, and a resume must repeat its options', async () => {
      const out = join(scratch, 'unfinished.ndjson');
      sandbox.control.setLatency(150);
      const { child, done } = startCli(['export', 'transactions', ...connection, '--out', out]);
      while (!existsSync(`${out}.clara-export.json`)) await sleep(20);
      child.kill('SIGKILL');
      await done;

      const again = await exportInProcess('transactions', '--out', out);
      expect(again.code).toBe(1);
      expect(again.stderr).toMatch(new RegExp(`^error: ${out} is an unfinished export \\(\\d+ items in \\d+ pages so far, recorded in ${out}\\.clara-export\\.json\\): add --resume to continue it, or delete \\S+ to start over\\.\\n$`));
      const other = await exportInProcess('transactions', '--out', out, '--resume', '--since', '2026-01-01');
      expect(other.stderr).toBe(
        `error: --resume: ${out}.clara-export.json records another export (query: {} → {"operationDateRangeStart":"2026-01-01"}); repeat the options of the interrupted run.\n`,
      );
      // Another project's credentials would append its data to this project's export.
      const otherProject = join(scratch, 'other-project');
      cpSync(sandbox.credentialsDir, otherProject, { recursive: true });
      const json = join(otherProject, 'client-credentials.json');
      const { clientId } = JSON.parse(readFileSync(json, 'utf8')) as { clientId: string };
      writeFileSync(json, readFileSync(json, 'utf8').replace(clientId, 'another-project-client'));
      const io = captureIo();
      const code = await runInProcess(['export', 'transactions', '--out', out, '--resume', '--country', 'mx', '--credentials', otherProject, '--base-url', sandbox.url], io);
      expect(code).toBe(1);
      expect(io.output().stderr).toBe(
        `error: --resume: ${out}.clara-export.json records an export of another Clara project (client id ${clientId}, these credentials: another-project-client); resume it with the credentials of the interrupted run.\n`,
      );
    });

    it('a finished export is not resumed, stdout cannot be resumed, and a list without dates takes no --since', async () => {
      const out = join(scratch, 'finished.ndjson');
      expect((await exportInProcess('users', '--out', out)).code).toBe(0);
      expect((await exportInProcess('users', '--out', out, '--resume')).stderr).toMatch(/^error: Nothing to resume: \S+ does not exist \(the export to \S+ finished/);
      expect((await exportInProcess('users', '--resume')).stderr).toBe('error: --resume needs --out: an export to stdout cannot be resumed.\n');
      expect((await exportInProcess('cards', '--since', '2026-01-01')).stderr).toBe(
        "error: --since: Clara's cards list has no date filter (it works with transactions, users, reimbursements).\n",
      );
      expect((await exportInProcess('invoices')).stderr).toMatch(/^error: command-argument value 'invoices' is invalid for argument 'resource'\. Allowed choices are transactions, cards, users, reimbursements, billing-statements\./);
    });
  });

  it('streams to stdout as NDJSON', async () => {
    const io = captureIo();
    expect(await runInProcess(['export', 'users', ...connection], io)).toBe(0);
    const { stdout, stderr } = io.output();
    expect(stdout.trimEnd().split('\n')).toHaveLength(25);
    expect(stderr).toBe('Exported 25 users to stdout (ndjson): 1 page, 2 requests to Clara (1 for a token, 0 retried).\n');
  });
});
