// The doctor's report: one line per check, a mark, what was found, and for a failure or warning how to fix it.
import { paint, writeLine } from '../io.js';

export type Outcome = 'pass' | 'warn' | 'fail' | 'skip';

const MARKS = {
  pass: { mark: '✓', style: 'green' },
  warn: { mark: '⚠', style: 'yellow' },
  fail: { mark: '✗', style: 'red' },
  skip: { mark: '-', style: 'gray' },
} as const;

/** The checks, in the order they run: titles are padded to one column. */
export const CHECKS = {
  files: 'Credential files',
  key: 'Key and certificate',
  validity: 'Certificate validity',
  proxy: 'Proxy',
  dns: 'DNS',
  tcp: 'TCP',
  tls: 'TLS handshake',
  clientCertificate: 'Client certificate',
  token: 'Token',
  read: 'Read call',
} as const;

export type Check = keyof typeof CHECKS;

const TITLE_WIDTH = Math.max(...Object.values(CHECKS).map((title) => title.length));

export class Checklist {
  readonly #out: NodeJS.WritableStream;
  readonly #counts: Record<Outcome, number> = { pass: 0, warn: 0, fail: 0, skip: 0 };

  constructor(out: NodeJS.WritableStream) {
    this.#out = out;
  }

  pass(check: Check, detail: string): void {
    this.#line('pass', check, detail);
  }

  warn(check: Check, detail: string, fix: string): void {
    this.#line('warn', check, detail, fix);
  }

  fail(check: Check, detail: string, fix?: string): void {
    this.#line('fail', check, detail, fix);
  }

  /** Checks that cannot run because an earlier one failed. */
  skip(checks: Check[], reason: string): void {
    for (const check of checks) this.#line('skip', check, `skipped: ${reason}`);
  }

  get passed(): boolean {
    return this.#counts.fail === 0 && this.#counts.skip === 0;
  }

  summary(): string {
    const { pass, warn, fail, skip } = this.#counts;
    if (this.passed) return `All ${pass + warn} checks passed${warn > 0 ? ` (${warn} with a warning)` : ''}.`;
    return [`${fail} failed`, `${skip} skipped`, `${pass + warn} passed`].join(', ') + '.';
  }

  #line(outcome: Outcome, check: Check, detail: string, fix?: string): void {
    this.#counts[outcome]++;
    const { mark, style } = MARKS[outcome];
    writeLine(this.#out, `${paint(this.#out, style, mark)} ${CHECKS[check].padEnd(TITLE_WIDTH)}  ${printable(detail)}`);
    if (fix) writeLine(this.#out, `${' '.repeat(TITLE_WIDTH + 4)}${paint(this.#out, style, '→')} ${printable(fix)}`);
  }
}

// C0 and C1 controls (escape sequences, CR/LF that would forge a line) and the bidi marks, embeddings, overrides
// and isolates that reorder what a terminal shows: details quote the server (Clara's error message, its
// certificate's names), which is not trusted to write to the terminal.
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

function printable(text: string): string {
  return text.replace(UNPRINTABLE, '\uFFFD');
}
