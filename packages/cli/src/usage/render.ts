// The usage summary for a terminal: the totals, a table per service (cli-table3) and a bar per day.
import Table from 'cli-table3';

import { paint } from '../io.js';
import type { UsageSummary } from './summary.js';

const BAR_WIDTH = 40;
const numbers = new Intl.NumberFormat('en-US');

export function renderUsage(summary: UsageSummary, title: string, out: NodeJS.WritableStream): string {
  const lines = [paint(out, 'bold', title), ''];
  const totals: [label: string, value: string, note?: string][] = [
    ['Requests', count(summary.total)],
    ['Chargeable', count(summary.chargeable)],
    ['Non-chargeable', count(summary.nonChargeable)],
    ['Success rate', rate(summary.succeeded, summary.listed), `(${numbers.format(summary.succeeded)} of ${numbers.format(summary.listed)} listed requests)`],
  ];
  const labelWidth = Math.max(...totals.map(([label]) => label.length));
  const valueWidth = Math.max(...totals.map(([, value]) => value.length));
  for (const [label, value, note] of totals) lines.push(`  ${label.padEnd(labelWidth)}  ${value.padStart(valueWidth)}${note ? `  ${note}` : ''}`);

  if (summary.services.length > 0) {
    const table = new Table({
      head: ['Service', 'Requests', 'Failed', 'Success rate'].map((text) => paint(out, 'bold', text)),
      colAligns: ['left', 'right', 'right', 'right'],
      style: { head: [], border: [] }, // colours only through paint(), which knows whether the output is a terminal
    });
    for (const { service, requests, failed } of summary.services) table.push([service, numbers.format(requests), numbers.format(failed), rate(requests - failed, requests)]);
    lines.push('', table.toString());
  }

  if (summary.days.length > 0) {
    const most = Math.max(...summary.days.map((day) => day.requests));
    lines.push('', paint(out, 'bold', 'Requests per day'));
    for (const { day, requests } of summary.days) {
      const bar = '█'.repeat(Math.max(1, Math.round((requests / most) * BAR_WIDTH)));
      lines.push(`  ${day}  ${paint(out, 'cyan', bar)} ${numbers.format(requests)}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

const count = (value: number | undefined): string => (value === undefined ? 'n/a' : numbers.format(value));

const rate = (succeeded: number, of: number): string => (of === 0 ? 'n/a' : `${((succeeded / of) * 100).toFixed(1)}%`);
