#!/usr/bin/env node
import { runCli } from './program.js';

// A reader that goes away (`clara export users | head`) ends the command quietly, as with other Unix tools.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(0);
});

process.exitCode = await runCli(process.argv.slice(2));
