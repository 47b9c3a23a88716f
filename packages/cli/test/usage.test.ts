// `clara usage`: the summary from fixed rows (exact numbers), then the CLI against the sandbox, whose logs may be
// generated or reflect what it served: there, the numbers are checked against each other.
import { startSandbox, type Sandbox } from '@org/clara-sandbox';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { renderUsage } from '../src/usage/render.js';
import { serviceName, summarise, type UsageLog } from '../src/usage/summary.js';
import { runCli } from './support/run-cli.js';

const DAY_1 = Date.UTC(2026, 4, 1, 10);
const DAY_2 = Date.UTC(2026, 4, 2, 23, 59);

const LOG: UsageLog = {
  stats: { total: 1250, chargeable: 1100, nonChargeable: 150 },
  requests: [
    { method: 'GET', requestUri: '/api/v3/transactions?page=1', responseStatus: '200', instant: DAY_1 },
    { method: 'GET', requestUri: '/api/v3/transactions/5f0c', responseStatus: '404', instant: DAY_1 },
    { method: 'GET', requestUri: '/api/v3/transactions', responseStatus: '200', instant: DAY_2 },
    { method: 'PATCH', requestUri: '/api-test/v3/cards/5f0c/lock', responseStatus: '500', instant: DAY_2 },
    { method: 'POST', requestUri: '/oauth/token', responseStatus: '200', instant: DAY_2 },
    { method: 'GET', requestUri: '/api/v1/logs/current', responseStatus: '304' },
    { method: 'POST', requestUri: '/api/v3/cards', responseStatus: '201', service: 'CardIssuing', instant: DAY_2 },
  ],
};

describe('usage summary', () => {
  it('derives the service from method and path unless the row names one', () => {
    expect(serviceName({ method: 'GET', requestUri: '/api/v3/billing-statements/9a?x=1' })).toBe('BillingStatementsRead');
    expect(serviceName({ method: 'patch', requestUri: '/api-test/v3/cards/9a/lock' })).toBe('CardsWrite');
    expect(serviceName({ method: 'POST', requestUri: '/oauth/token' })).toBe('OauthWrite');
    expect(serviceName({ method: 'GET', requestUri: '/v2/digital_accounts' })).toBe('DigitalAccountsRead');
    expect(serviceName({ method: 'GET' })).toBe('UnknownRead');
    expect(serviceName({ method: 'GET', requestUri: '/api/v3/cards', service: ' CardsQuery ' })).toBe('CardsQuery');
  });

  it('counts successes (1xx–3xx), services and days from the rows, and keeps Clara’s totals', () => {
    expect(summarise(LOG)).toEqual({
      total: 1250,
      chargeable: 1100,
      nonChargeable: 150,
      listed: 7,
      succeeded: 5,
      services: [
        { service: 'TransactionsRead', requests: 3, failed: 1 },
        { service: 'CardIssuing', requests: 1, failed: 0 },
        { service: 'CardsWrite', requests: 1, failed: 1 },
        { service: 'LogsRead', requests: 1, failed: 0 },
        { service: 'OauthWrite', requests: 1, failed: 0 },
      ],
      days: [
        { day: '2026-05-01', requests: 2 },
        { day: '2026-05-02', requests: 4 },
      ],
    });
    expect(summarise({})).toEqual({ listed: 0, succeeded: 0, services: [], days: [] });
  });

  it('renders totals, a table per service and a bar per day (no colours off a terminal)', () => {
    expect(renderUsage(summarise(LOG), 'Clara API usage: May 2026', new PassThrough())).toBe(
      [
        'Clara API usage: May 2026',
        '',
        '  Requests        1,250',
        '  Chargeable      1,100',
        '  Non-chargeable    150',
        '  Success rate    71.4%  (5 of 7 listed requests)',
        '',
        '┌──────────────────┬──────────┬────────┬──────────────┐',
        '│ Service          │ Requests │ Failed │ Success rate │',
        '├──────────────────┼──────────┼────────┼──────────────┤',
        '│ TransactionsRead │        3 │      1 │        66.7% │',
        '├──────────────────┼──────────┼────────┼──────────────┤',
        '│ CardIssuing      │        1 │      0 │       100.0% │',
        '├──────────────────┼──────────┼────────┼──────────────┤',
        '│ CardsWrite       │        1 │      1 │         0.0% │',
        '├──────────────────┼──────────┼────────┼──────────────┤',
        '│ LogsRead         │        1 │      0 │       100.0% │',
        '├──────────────────┼──────────┼────────┼──────────────┤',
        '│ OauthWrite       │        1 │      0 │       100.0% │',
        '└──────────────────┴──────────┴────────┴──────────────┘',
        '',
        'Requests per day',
        `  2026-05-01  ${'█'.repeat(20)} 2`,
        `  2026-05-02  ${'█'.repeat(40)} 4`,
        '',
      ].join('\n'),
    );
  });
});

/** The numbers of a rendered usage report. */
function parseReport(stdout: string) {
  const number = (label: string) => Number(new RegExp(`^  ${label}\\s+([\\d,]+)$`, 'm').exec(stdout)?.[1]?.replaceAll(',', ''));
  const rate = /^ {2}Success rate\s+(\S+)\s+\(([\d,]+) of ([\d,]+) listed requests\)$/m.exec(stdout);
  const services = [...stdout.matchAll(/^│ (\S+)\s+│\s+([\d,]+) │\s+([\d,]+) │\s+(\S+) │$/gm)]
    .filter((row) => row[1] !== 'Service')
    .map(([, service, requests, failed, successRate]) => ({ service: service!, requests: Number(requests!.replaceAll(',', '')), failed: Number(failed!.replaceAll(',', '')), successRate: successRate! }));
  const days = [...stdout.matchAll(/^ {2}(\d{4}-\d\d-\d\d) {2}█+ ([\d,]+)$/gm)].map(([, day, requests]) => ({ day: day!, requests: Number(requests!.replaceAll(',', '')) }));
  return {
    total: number('Requests'),
    chargeable: number('Chargeable'),
    nonChargeable: number('Non-chargeable'),
    successRate: rate?.[1],
    succeeded: Number(rate?.[2]?.replaceAll(',', '')),
    listed: Number(rate?.[3]?.replaceAll(',', '')),
    services,
    days,
  };
}

const percent = (part: number, whole: number): string => (whole === 0 ? 'n/a' : `${((part / whole) * 100).toFixed(1)}%`);

describe('clara usage', { timeout: 20_000 }, () => {
  let sandbox: Sandbox;
  const usage = (...more: string[]) => runCli(['usage', '--country', 'mx', '--credentials', sandbox.credentialsDir, '--base-url', sandbox.url, ...more]);

  beforeAll(async () => {
    sandbox = await startSandbox({ country: 'mx' });
    // Some traffic for logs that reflect what the sandbox served.
    await runCli(['export', 'cards', '--country', 'mx', '--credentials', sandbox.credentialsDir, '--base-url', sandbox.url]);
  }, 20_000);
  afterAll(() => sandbox.close());

  it('renders the current month: totals, services and days that add up', async () => {
    const { code, stdout, stderr } = await usage();
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const month = new Date().toLocaleDateString('en-US', { month: 'long', year: 'numeric', timeZone: 'UTC' });
    expect(stdout.split('\n')[0]).toBe(`Clara API usage: Mexico (mx), current month (${month})`);

    const report = parseReport(stdout);
    for (const value of [report.total, report.chargeable, report.nonChargeable]) expect(Number.isInteger(value)).toBe(true);
    expect(report.listed).toBeGreaterThan(0);
    expect(report.successRate).toBe(percent(report.succeeded, report.listed));
    expect(report.services.reduce((sum, row) => sum + row.requests, 0)).toBe(report.listed);
    expect(report.services.reduce((sum, row) => sum + row.failed, 0)).toBe(report.listed - report.succeeded);
    for (const row of report.services) {
      expect(row.service).toMatch(/^[A-Z]\w*$/);
      expect(row.successRate).toBe(percent(row.requests - row.failed, row.requests));
    }
    expect(report.services.map((row) => row.requests)).toEqual(report.services.map((row) => row.requests).sort((a, b) => b - a));
    expect(report.days.length).toBeGreaterThan(0);
    expect(report.days.reduce((sum, day) => sum + day.requests, 0)).toBeLessThanOrEqual(report.listed);
  });

  it('reads a past month with --month', async () => {
    sandbox.stats.reset();
    const { code, stdout } = await usage('--month', '2026-04');
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toBe('Clara API usage: Mexico (mx), April 2026');
    expect(sandbox.stats.snapshot().byOperation).toEqual({ getLogsByMonthV1: 1 });
    // Two-digit months, as Clara's page writes the path (/api/v1/logs/yyyy/MM).
    const log = await runCli(['call', 'v1.logs.getCurrent', '--country', 'mx', '--credentials', sandbox.credentialsDir, '--base-url', sandbox.url]);
    expect((JSON.parse(log.stdout) as { requests: { requestUri: string }[] }).requests.map((row) => row.requestUri)).toContain('/api/v1/logs/2026/04');
  });

  it('refuses a malformed month in one line', async () => {
    const { code, stderr } = await usage('--month', '2026-4');
    expect(code).toBe(1);
    expect(stderr).toContain("error: option '--month <YYYY-MM>' argument '2026-4' is invalid. Use YYYY-MM, e.g. 2026-04.");
  });
});
