// `npm run demo`: builds the packages, starts the local Clara sandbox (mTLS + OAuth), writes its credentials
// bundle to ./sandbox-credentials and runs examples/<cc>.ts against it — the example uses @org/clara-<cc>
// exactly as a user would; only the base URL and the CA point at the sandbox.
import './lib/require-node.ts';
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const root = join(import.meta.dirname, '..', '..');
const { values } = parseArgs({ options: { country: { type: 'string', default: 'mx' } } });
const country = values.country as 'mx' | 'br' | 'co';

const build = spawnSync('turbo', ['run', 'build', '--filter=@org/clara-examples...', '--filter=@org/clara-sandbox', '--output-logs=errors-only'], {
  cwd: root,
  stdio: 'inherit',
});
if (build.status !== 0) process.exit(build.status ?? 1);

// Imported after the build: the sandbox runs from its dist like any installed package.
const { startSandbox } = await import('@org/clara-sandbox');
const credentialsDir = join(root, 'sandbox-credentials');
const sandbox = await startSandbox({ country, credentialsOut: credentialsDir });
const [, subsidiary] = sandbox.entities;
console.log(`Clara sandbox (${country.toUpperCase()}) at ${sandbox.url}; credentials bundle in ${credentialsDir}\n`);

// Asynchronous: the sandbox lives in this process and must keep answering while the example runs.
const example = spawn(process.execPath, [join(root, 'examples', `${country}.ts`)], {
  cwd: root,
  stdio: 'inherit',
  env: {
    ...process.env,
    CLARA_CREDENTIALS: credentialsDir,
    CLARA_BASE_URL: sandbox.url,
    CLARA_CA_FILE: join(credentialsDir, 'ca-public-key.pem'),
    CLARA_SUBSIDIARY: subsidiary?.taxId,
  },
});
const [exitCode] = (await once(example, 'exit')) as [number | null];

const stats = sandbox.stats.snapshot();
await sandbox.close();
console.log(
  `\nSandbox saw ${stats.requests - stats.tokenRequests} API requests, ${stats.tokenRequests} token request(s), ` +
    `${stats.tlsHandshakes} TLS handshake(s).`,
);
process.exit(exitCode ?? 1);
