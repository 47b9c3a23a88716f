// The `clara` command is the package's bin; `runCli` runs it in-process (argv without node and the script).
export { runCli } from './program.js';
export type { CliIo } from './io.js';
