import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { BUNDLE_FILES, type ClientCredentials } from './bundle.js';
import { COUNTRY_CODES, type CountryCode } from './data/countries.js';
import type { SeedData } from './data/seed.js';
import { startSandbox } from './sandbox.js';

const USAGE = `Usage: clara-sandbox --country <${COUNTRY_CODES.join('|')}> [--port 8443] [--host 127.0.0.1] [--credentials-out DIR]
                     [--spec FILE] [--seed S] [--token-ttl SECONDS] [--latency MS] [--rate-limit RPS]
                     [--data FILE] [--data-mode replace|add] [--async-writes MS]`;

const quote = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;

/** The `--data` file: `{ "users": [...], "cards": [...] }`, checked against the spec by the sandbox. */
function readData(file: string): SeedData {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new Error(`--data ${file} cannot be read: ${(error as Error).message}`);
  }
  try {
    return JSON.parse(text) as SeedData;
  } catch (error) {
    throw new Error(`--data ${file} is not valid JSON: ${(error as Error).message}`);
  }
}

/** Starts a sandbox and prints how to call it; resolves with the exit code once it stops (SIGINT/SIGTERM). */
export async function runCli(argv: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        country: { type: 'string' },
        port: { type: 'string', default: '8443' },
        host: { type: 'string', default: '127.0.0.1' },
        'credentials-out': { type: 'string' },
        spec: { type: 'string' },
        seed: { type: 'string' },
        'token-ttl': { type: 'string' },
        latency: { type: 'string' },
        'rate-limit': { type: 'string' },
        data: { type: 'string' },
        'data-mode': { type: 'string' },
        'async-writes': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const number = (name: string, text: string | undefined) => {
    if (text === undefined) return undefined;
    const value = Number(text);
    if (!Number.isFinite(value) || value < 0) throw new Error(`--${name} must be a number >= 0, got "${text}"`);
    return value;
  };
  try {
    if (!values.country || !COUNTRY_CODES.includes(values.country as CountryCode)) {
      throw new Error(`--country must be one of ${COUNTRY_CODES.join(', ')}${values.country ? `, got "${values.country}"` : ''}`);
    }
    const latency = number('latency', values.latency);
    const rateLimit = number('rate-limit', values['rate-limit']);
    const tokenTtl = number('token-ttl', values['token-ttl']);
    const asyncWrites = number('async-writes', values['async-writes']);
    const dataMode = values['data-mode'];
    if (dataMode !== undefined && dataMode !== 'replace' && dataMode !== 'add') throw new Error(`--data-mode must be replace or add, got "${dataMode}"`);
    const sandbox = await startSandbox({
      country: values.country as CountryCode,
      port: number('port', values.port) as number,
      host: values.host as string,
      ...(values['credentials-out'] ? { credentialsOut: values['credentials-out'] } : {}),
      ...(values.spec ? { spec: values.spec } : {}),
      ...(values.seed ? { seed: values.seed } : {}),
      ...(tokenTtl !== undefined ? { tokenTtlSeconds: tokenTtl } : {}),
      ...(values.data ? { data: readData(values.data) } : {}),
      ...(dataMode ? { dataMode } : {}),
      ...(asyncWrites !== undefined ? { asyncWrites: { delayMs: asyncWrites } } : {}),
      faults: { ...(latency !== undefined ? { latencyMs: latency } : {}), ...(rateLimit !== undefined ? { rateLimitRps: rateLimit } : {}) },
    });
    const dir = sandbox.credentialsDir;
    const credentials = JSON.parse(readFileSync(join(dir, BUNDLE_FILES.credentials), 'utf8')) as ClientCredentials;
    const tls = `--cert ${quote(join(dir, BUNDLE_FILES.certificate))} --key ${quote(join(dir, BUNDLE_FILES.privateKey))} --cacert ${quote(join(dir, BUNDLE_FILES.ca))}`;
    // The secret is read from the bundle by the command itself, so it never lands in this output.
    const secret = `$(node -p 'require(${JSON.stringify(join(dir, BUNDLE_FILES.credentials))}).clientSecret')`;
    const tokenCommand = `curl -s ${tls} -u "${credentials.clientId}:${secret}" -d grant_type=client_credentials ${sandbox.url}/oauth/token`;
    const token = `TOKEN=$(${tokenCommand} | node -p 'JSON.parse(require("fs").readFileSync(0, "utf8")).access_token')`;
    console.log(`Clara sandbox (${values.country}) listening on ${sandbox.url}`);
    console.log(`API base URLs: ${sandbox.url}/api and ${sandbox.url}/api-test`);
    console.log(`Credentials bundle: ${dir}`);
    console.log(`Companies (X-Tax-Identifier): ${sandbox.entities.map((e) => `${e.taxId} ${e.role}`).join(', ')}`);
    console.log('Try:');
    console.log(`${token} && curl -s ${tls} -H "Authorization: Bearer $TOKEN" '${sandbox.url}/api/v3/transactions?page=0&size=5'`);

    await new Promise<void>((resolve) => {
      process.once('SIGINT', resolve);
      process.once('SIGTERM', resolve);
    });
    await sandbox.close();
    return 0;
  } catch (error) {
    console.error(`clara-sandbox: ${(error as Error).message}`);
    return 1;
  }
}
