// Setup file of every vitest project (root vitest.config.ts): records what the whole suite could leak, for
// the final sweep (secrets.check.ts). Per worker, into the run's sweep folder (CLARA_SECRET_SWEEP_DIR):
//   - every console call of tests and code under test,
//   - every SDK log line and every ClaraError, from the SDK's diagnostics channels (also when no logger is set
//     and when a test catches the error and never prints it), serialised as users would: JSON and util.inspect,
//   - the secrets of every sandbox credentials bundle written (client secret, private key), to search for.
import { subscribe } from 'node:diagnostics_channel';
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import { basename, join } from 'node:path';
import { format, inspect } from 'node:util';
import { threadId } from 'node:worker_threads';

const dir = process.env.CLARA_SECRET_SWEEP_DIR;
if (dir && !(globalThis as { [key: symbol]: boolean })[Symbol.for('clara.secret-sweep')]) {
  (globalThis as { [key: symbol]: boolean })[Symbol.for('clara.secret-sweep')] = true; // once per worker
  const appendFileSync = fs.appendFileSync;
  const writeFileSync = fs.writeFileSync;
  const records = join(dir, `records-${process.pid}-${threadId}.jsonl`);
  const secrets = join(dir, `secrets-${process.pid}-${threadId}.jsonl`);
  const record = (kind: string, text: string): void => appendFileSync(records, `${JSON.stringify({ kind, text })}\n`);

  for (const level of ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const) {
    const original = console[level].bind(console);
    console[level] = (...args: unknown[]) => {
      record('console', format(...args));
      original(...args);
    };
  }
  subscribe('clara:log', (message) => record('log', `${JSON.stringify(message)}\n${inspect(message, { depth: Infinity })}`));
  subscribe('clara:error', (error) => {
    // Published from the base constructor: subclass fields (status, body, headers...) are set later in this tick.
    queueMicrotask(() => record('error', `${JSON.stringify(error)}\n${inspect(error, { depth: Infinity, showHidden: true })}\n${String((error as Error).stack)}`));
  });

  // The sandbox writes its bundle with fs.writeFileSync; the ESM bindings of node:fs follow once synced.
  fs.writeFileSync = function recordBundleSecrets(this: unknown, ...args: Parameters<typeof fs.writeFileSync>) {
    const [file, data] = args;
    if (typeof file === 'string' && typeof data === 'string') {
      if (basename(file) === 'client-credentials.json') {
        const { clientSecret } = JSON.parse(data) as { clientSecret?: string };
        if (clientSecret) appendFileSync(secrets, `${JSON.stringify({ kind: 'client secret', value: clientSecret })}\n`);
      } else if (basename(file) === 'private-key.key') {
        appendFileSync(secrets, `${JSON.stringify({ kind: 'private key', value: data })}\n`);
      }
    }
    return writeFileSync.apply(this, args);
  } as typeof fs.writeFileSync;
  syncBuiltinESMExports();
}
