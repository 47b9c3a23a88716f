// The CLI as users run it: a separate process, `node src/cli.ts` on the TypeScript sources (Node's type stripping,
// the workspace packages by their `source` condition, the repository's resolve hook for `.js` → `.ts`).
import { spawn, type ChildProcessByStdio } from 'node:child_process';
import { PassThrough, type Readable } from 'node:stream';
import { join } from 'node:path';

import type { CliIo } from '../../src/io.js';

const root = join(import.meta.dirname, '..', '..', '..', '..');
const nodeArgs = ['--conditions=source', '--import', join(root, 'tools', 'scripts', 'lib', 'load-sources.ts'), join(import.meta.dirname, '..', '..', 'src', 'cli.ts')];

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Starts `clara <args>`; `done` resolves when it exits. */
export function startCli(args: string[], options: { stdin?: string } = {}): { child: ChildProcessByStdio<null, Readable, Readable>; done: Promise<CliResult> } {
  // Without the CLARA_* variables of the environment the tests run in: every option is given explicitly. (Node's
  // compile cache, NODE_COMPILE_CACHE from the root vitest.config.ts, saves most of the start-up.)
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('CLARA_')));
  const child = spawn(process.execPath, [...nodeArgs, ...args], { env, stdio: [options.stdin === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'] }) as unknown as ChildProcessByStdio<null, Readable, Readable>;
  if (options.stdin !== undefined) (child as unknown as { stdin: NodeJS.WritableStream }).stdin.end(options.stdin);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
  const done = new Promise<CliResult>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, stdout, stderr }));
  });
  return { child, done };
}

export function runCli(args: string[], options: { stdin?: string } = {}): Promise<CliResult> {
  return startCli(args, options).done;
}

/** Streams for the in-process `runCli`, and what was written to them. */
export function captureIo(stdin = ''): CliIo & { output(): { stdout: string; stderr: string } } {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const chunks = { stdout: '', stderr: '' };
  stdout.on('data', (chunk: Buffer) => (chunks.stdout += chunk));
  stderr.on('data', (chunk: Buffer) => (chunks.stderr += chunk));
  const input = new PassThrough();
  input.end(stdin);
  return { stdout, stderr, stdin: input, output: () => ({ ...chunks }) };
}
