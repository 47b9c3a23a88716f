// The `clara` command line: commander parses, each command is one module. Errors end as one line on stderr and
// exit code 1 (the SDK's messages already name the problem); --verbose adds the full error with its causes.
import { Argument, Command, CommanderError, Option } from 'commander';
import { readFileSync } from 'node:fs';
import { inspect } from 'node:util';

import { parseBudget, parseDay, parseMonth, type Month } from './arguments.js';
import { call } from './call/call.js';
import { doctor } from './doctor/doctor.js';
import { drift } from './drift/drift.js';
import { EXPORT_FORMATS, EXPORT_RESOURCES, exportList } from './export/export.js';
import type { ExportResource } from './export/resources.js';
import { paint, processIo, writeLine, type CliIo } from './io.js';
import { COUNTRY_CODES, ENVIRONMENTS, loadCountrySdk, stderrLogger, type ConnectionOptions, type CountrySdk } from './sdk.js';
import { usage } from './usage/usage.js';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };

/** Runs the CLI on `argv` (without node and the script) and resolves to the exit code. */
export async function runCli(argv: string[], io: CliIo = processIo): Promise<number> {
  let exitCode = 0;
  let verbose = false;
  /** An action that loads the country package, then runs the command with it. */
  const withSdk =
    (command: (sdk: CountrySdk, options: ConnectionOptions, values: Record<string, any>, args: string[]) => Promise<number>) =>
    async (...args: unknown[]): Promise<void> => {
      const values = (args.at(-1) as Command).opts();
      const options = connectionOptions(values, io.stderr);
      verbose = options.verbose;
      exitCode = await command(await loadCountrySdk(options.country), options, values, args.slice(0, -2) as string[]);
    };

  const program = new Command('clara')
    .description("Clara's API from the terminal: check a setup, read API usage, export lists, make one-off calls, find where responses drift from the spec.")
    .version(version)
    .exitOverride()
    .configureOutput({ writeOut: (text) => io.stdout.write(text), writeErr: (text) => io.stderr.write(text) })
    .showHelpAfterError('(run with --help for usage)');

  withConnectionOptions(program.command('doctor'))
    .description('check credentials, network, TLS, certificate, token and one read call, step by step')
    .action(withSdk((sdk, options) => doctor(sdk, options, io)));

  withConnectionOptions(program.command('usage'))
    .description("the project's API usage (Clara's request logs): totals, success rate, per service, per day")
    .option('--month <YYYY-MM>', 'a past month instead of the current one', parseMonth)
    .action(withSdk((sdk, options, values) => usage(sdk, options, values.month as Month | undefined, io)));

  withConnectionOptions(program.command('export'))
    .description(`every item of a list to NDJSON or CSV, page by page, resumable (${EXPORT_RESOURCES.join(', ')})`)
    .addArgument(new Argument('<resource>', 'the list to export').choices(EXPORT_RESOURCES))
    .option('--since <YYYY-MM-DD>', 'only items from this day on (transactions, users, reimbursements)', parseDay)
    .addOption(new Option('--format <format>', 'output format (default: from the --out extension, else ndjson)').choices(EXPORT_FORMATS))
    .option('--out <file>', 'write to this file instead of stdout')
    .option('--resume', 'continue an interrupted export into --out')
    .action(
      withSdk((sdk, options, values, [resource]) =>
        exportList(sdk, options, { resource: resource as ExportResource, since: values.since, format: values.format, out: values.out, resume: values.resume === true }, io),
      ),
    );

  withConnectionOptions(program.command('call'))
    .description('one API call, JSON on stdout: clara call cards.get --json \'["<uuid>"]\'')
    .argument('<method>', 'resource.method as in the SDK, e.g. cards.list, v1.logs.getCurrent')
    .option('--json <arguments>', 'the arguments: a JSON array (as the SDK method takes them) or object ({ "<path param>": …, "query": {…}, "body": … }); @file reads a file, - stdin')
    .action(withSdk((sdk, options, values, [method]) => call(sdk, options, method!, values.json as string | undefined, io)));

  withConnectionOptions(program.command('drift'), { credentialsOptional: true })
    .description("where Clara's responses differ from the country's document: a report, an overlay patch to review, a text to send")
    .option('--out <file>', 'the report file (default clara-drift-<cc>-<date>.json); the patch and the text go beside it')
    .option('--budget <n>', 'the most requests to send, the token request included', parseBudget, 50)
    .option('--from <drift.json>', 'a saved clara.drift() dump instead of calling Clara (no --credentials needed)')
    .action(
      withSdk((sdk, options, values) => {
        if (values.from === undefined && options.credentials === undefined) throw new Error("--credentials <dir> is required to call Clara (or give --from <drift.json>)");
        return drift(sdk, options, { out: values.out, budget: values.budget as number, from: values.from }, io);
      }),
    );

  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    // Commander has already printed its own messages (usage errors, help, version).
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 1;
    writeLine(io.stderr, `${paint(io.stderr, 'red', 'error:')} ${error instanceof Error ? error.message : String(error)}`);
    if (verbose) writeLine(io.stderr, inspect(error, { depth: 6 }));
    return 1;
  }
}

function withConnectionOptions(command: Command, { credentialsOptional = false } = {}): Command {
  const credentials = new Option('--credentials <dir>', 'the folder downloaded from the Clara dashboard').env('CLARA_CREDENTIALS');
  return command
    .addOption(new Option('--country <cc>', 'the Clara country').choices(COUNTRY_CODES).env('CLARA_COUNTRY').makeOptionMandatory())
    .addOption(credentialsOptional ? credentials : credentials.makeOptionMandatory())
    .addOption(new Option('--environment <environment>', "sandbox calls Clara's /api-test paths").choices(ENVIRONMENTS).default('production'))
    .addOption(new Option('--base-url <url>', 'another host, e.g. a local @org/clara-sandbox (https only)').env('CLARA_BASE_URL'))
    .addOption(new Option('--ca <file>', 'an extra CA certificate to trust (PEM)').env('CLARA_CA_FILE'))
    .option('--tax-identifier <id>', 'act for a subsidiary of the holding (RFC, CNPJ or NIT)')
    .option('--verbose', 'SDK log lines, and errors in full, on stderr');
}

function connectionOptions(values: Record<string, unknown>, stderr: NodeJS.WritableStream): ConnectionOptions {
  const optional = (name: string) => (typeof values[name] === 'string' ? { [name]: values[name] as string } : {});
  return {
    country: values.country as ConnectionOptions['country'],
    credentials: values.credentials as string,
    environment: values.environment as ConnectionOptions['environment'],
    ...optional('baseUrl'),
    ...optional('ca'),
    ...optional('taxIdentifier'),
    verbose: values.verbose === true,
    ...(values.verbose === true ? { logger: stderrLogger(stderr) } : {}),
  };
}
