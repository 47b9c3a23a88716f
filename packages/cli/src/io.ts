// Where the CLI writes: results on stdout, everything for the human (progress, diagnostics, errors) on stderr.
// Injected so that tests and embedders can capture both.
import { styleText } from 'node:util';

export interface CliIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  stdin: NodeJS.ReadableStream;
}

export const processIo: CliIo = { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin };

type Style = Parameters<typeof styleText>[0];

/** Colours only when `stream` is a terminal that wants them (NO_COLOR, FORCE_COLOR and TERM are honoured). */
export function paint(stream: NodeJS.WritableStream, style: Style, text: string): string {
  return 'isTTY' in stream ? styleText(style, text, { stream: stream as NodeJS.WriteStream }) : text;
}

export function writeLine(stream: NodeJS.WritableStream, line = ''): void {
  stream.write(`${line}\n`);
}
