// `pnpm release:dry [--consumer-node <node binary>] [--keep]`: proof that what we would publish works.
// Builds, lints every publishable package as packed (publint, @arethetypeswrong/cli), installs the tarballs into a
// project outside the workspace with npm, checks the installed packages' exports (no `source` condition, every
// target shipped), and runs two scripts there that start the sandbox and list transactions over mTLS with
// @org/clara-mx — one an ES module (`import`), one CommonJS (`require`) — the way users would. The consumer also
// has the packages' optional peer dependencies (the testing kit's nock...), as a user of every entry point does;
// each main entry must not load them, unless they are its own dependencies (the sandbox's @peculiar/asn1-x509).
import '../scripts/lib/require-node.ts';
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

import { entryPoints, packedExportsProblems, type ExportsMap } from './exports.ts';
import { listPublishablePackages, type PublishablePackage } from './packages.ts';

const root = join(import.meta.dirname, '..', '..');
const bin = (pkg: string, name: string): string => join(root, pkg, 'node_modules', '.bin', name);
const { values } = parseArgs({
  options: { 'consumer-node': { type: 'string', default: process.execPath }, keep: { type: 'boolean', default: false } },
});

const SMOKE_SCRIPT = `// Runs in a fresh project with the packed tarballs installed: nothing from the workspace.
import { createClaraClient } from '@org/clara-mx';
import { startSandbox } from '@org/clara-sandbox';

const sandbox = await startSandbox({ country: 'mx' }); // the spec the package ships
try {
  const clara = createClaraClient({ credentials: sandbox.credentialsDir, baseUrl: sandbox.url, ca: sandbox.caCert });
  const uuids = [];
  for await (const tx of clara.transactions.list({ size: 5 })) {
    uuids.push(tx.uuid);
    if (uuids.length === 12) break; // crosses a page boundary
  }
  await clara.close();
  if (uuids.length === 0) throw new Error('the sandbox returned no transactions');
  console.log(\`listed \${uuids.length} transactions with @org/clara-mx on Node \${process.version}\`);
} finally {
  await sandbox.close();
}
`;

// The same from CommonJS: require() loads the ESM build (Node >= 22.12; our packages have no top-level await).
const CJS_SMOKE_SCRIPT = `// A CommonJS consumer of the packed tarballs.
const { createClaraClient } = require('@org/clara-mx');
const { startSandbox } = require('@org/clara-sandbox');

async function main() {
  const sandbox = await startSandbox({ country: 'mx' });
  try {
    const clara = createClaraClient({ credentials: sandbox.credentialsDir, baseUrl: sandbox.url, ca: sandbox.caCert });
    const page = await clara.transactions.list({ size: 5 });
    await clara.close();
    if (!page.content || page.content.length === 0) throw new Error('the sandbox returned no transactions');
    console.log(\`listed \${page.content.length} transactions with require('@org/clara-mx') on Node \${process.version}\`);
  } finally {
    await sandbox.close();
  }
}
main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
`;

// CommonJS code run with the entry points as arguments: each must load both ways.
const LOAD_EVERY_ENTRY_POINT = `(async () => {
  for (const specifier of process.argv.slice(1)) {
    require(specifier);
    await import(specifier, specifier.endsWith('.json') ? { with: { type: 'json' } } : undefined);
  }
})().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});`;

// ES module code run with a main entry and the optional peers it must not load (JSON).
const MAIN_ENTRY_LOADS_NO_OPTIONAL_PEER = `import { registerHooks } from 'node:module';
const [entry, peers] = JSON.parse(process.argv[1]);
const loaded = [];
registerHooks({ load(url, context, nextLoad) { loaded.push(url); return nextLoad(url, context); } });
await import(entry);
const found = loaded.filter((url) => peers.some((peer) => url.includes(\`/node_modules/\${peer}/\`)));
if (found.length > 0) {
  console.error(\`\${entry} loads optional peer dependencies:\\n\${found.join('\\n')}\`);
  process.exitCode = 1;
}`;

const started = Date.now();
const work = await mkdtemp(join(tmpdir(), 'clara-release-dry-'));
try {
  step('build');
  await run(bin('.', 'turbo'), ['run', 'build', '--output-logs=errors-only'], root);

  const packages = await listPublishablePackages(root);
  step(`pack ${packages.map((p) => p.name).join(', ')}`);
  const tarballs = join(work, 'tarballs');
  await mkdir(tarballs);
  for (const pkg of packages) await run('pnpm', ['pack', '--pack-destination', tarballs], pkg.dir, { quiet: true });
  const tarballOf = await tarballNames(tarballs, packages);

  step('publint + @arethetypeswrong/cli on each tarball');
  const lintResults = await Promise.allSettled(
    packages.flatMap((pkg) => [
      run(bin('tools', 'publint'), ['run', tarballOf.get(pkg.name)!, '--strict'], work, { quiet: true }),
      // `node16` checks resolution from ESM and from CommonJS (node10, without `exports`, is out of scope). From
      // CommonJS every entry must resolve, with types; that it resolves to ESM is fine on our Node (>= 22.19 runs
      // require(esm)), but attw 0.18 still reports it as "ESM (dynamic import only)" — its resolution modes predate
      // require(esm) (arethetypeswrong/arethetypeswrong.github.io#252) — so that one rule is ignored. The CommonJS
      // smoke script below proves the require() works.
      run(bin('tools', 'attw'), [tarballOf.get(pkg.name)!, '--profile', 'node16', '--ignore-rules', 'cjs-resolves-to-esm', '--format', 'ascii', '--no-color'], work, {
        quiet: true,
      }),
    ]),
  );
  const lintFailures = lintResults.flatMap((r) => (r.status === 'rejected' ? [(r.reason as Error).message] : []));
  if (lintFailures.length > 0) throw new Error(`packaging problems:\n${lintFailures.join('\n')}`);

  step('install the tarballs into a project outside the workspace (npm)');
  const consumer = join(work, 'consumer');
  await mkdir(consumer);
  const deps = Object.fromEntries(packages.map((pkg) => [pkg.name, `file:${tarballOf.get(pkg.name)}`]));
  const peers = await optionalPeers(packages);
  // overrides: the packages' own dependencies on each other must also come from the tarballs, not the registry.
  const consumerManifest = { name: 'clara-release-dry', private: true, type: 'module', dependencies: deps, devDependencies: peers, overrides: deps };
  await writeFile(join(consumer, 'package.json'), JSON.stringify(consumerManifest, null, 2));
  await run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], consumer, { quiet: true });

  step('exports of the installed packages: no source condition, every target in the tarball');
  const installed = await Promise.all(
    packages.map(async (pkg) => {
      const dir = join(consumer, 'node_modules', ...pkg.name.split('/'));
      const manifest = JSON.parse(await readFile(join(dir, 'package.json'), 'utf8')) as { exports?: ExportsMap; dependencies?: Record<string, string> };
      return { name: pkg.name, dir, exports: manifest.exports, dependencies: manifest.dependencies ?? {} };
    }),
  );
  const exportsProblems = installed.flatMap(({ name, dir, exports }) =>
    exports === undefined ? [`${name}: the packed package.json has no exports`] : packedExportsProblems(name, exports, dir),
  );
  if (exportsProblems.length > 0) throw new Error(`packaging problems:\n${exportsProblems.join('\n')}`);

  const specifiers = installed.flatMap(({ name, exports }) => entryPoints(name, exports!));
  step(`require() and import() of every entry point (${specifiers.length})`);
  await run(values['consumer-node'], ['--eval', LOAD_EVERY_ENTRY_POINT, ...specifiers], consumer, { quiet: true });

  step(`each main entry loads none of the optional peers (${Object.keys(peers).join(', ')}) but its own dependencies`);
  await Promise.all(
    installed.map(async ({ name, dependencies }) => {
      // The sandbox, say, depends on @peculiar/asn1-x509, which is only an optional peer of @org/clara (its testing entry).
      const forbidden = Object.keys(peers).filter((peer) => !(peer in dependencies));
      await run(values['consumer-node'], ['--input-type=module', '--eval', MAIN_ENTRY_LOADS_NO_OPTIONAL_PEER, JSON.stringify([name, forbidden])], consumer, { quiet: true });
    }),
  );

  await writeFile(join(consumer, 'smoke.mjs'), SMOKE_SCRIPT);
  await writeFile(join(consumer, 'smoke.cjs'), CJS_SMOKE_SCRIPT);
  step(`run the consumer scripts, ESM and CommonJS (${resolve(values['consumer-node'])})`);
  await run(values['consumer-node'], ['smoke.mjs'], consumer);
  await run(values['consumer-node'], ['smoke.cjs'], consumer);
  console.log(`release dry run passed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
} catch (error) {
  console.error(`release dry run failed: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  if (values.keep) console.log(`kept ${work}`);
  else await rm(work, { recursive: true, force: true });
}

/** The optional peer dependencies of the packages, with their ranges (the testing kit's: nock, @peculiar/...). */
async function optionalPeers(packages: PublishablePackage[]): Promise<Record<string, string>> {
  const peers: Record<string, string> = {};
  for (const pkg of packages) {
    const manifest = JSON.parse(await readFile(join(pkg.dir, 'package.json'), 'utf8')) as {
      peerDependencies?: Record<string, string>;
      peerDependenciesMeta?: Record<string, { optional?: boolean }>;
    };
    for (const [name, range] of Object.entries(manifest.peerDependencies ?? {})) if (manifest.peerDependenciesMeta?.[name]?.optional) peers[name] = range;
  }
  return peers;
}

function step(title: string): void {
  console.log(`› ${title}`);
}

async function tarballNames(dir: string, packages: PublishablePackage[]): Promise<Map<string, string>> {
  const files = await readdir(dir);
  const byName = new Map<string, string>();
  for (const pkg of packages) {
    const expected = `${pkg.name.replace('@', '').replace('/', '-')}-${pkg.version}.tgz`;
    if (!files.includes(expected)) throw new Error(`pnpm pack did not produce ${expected} for ${pkg.name}`);
    byName.set(pkg.name, join(dir, expected));
  }
  return byName;
}

/** Runs a command; with `quiet`, its output is shown only when it fails (as the error message). */
function run(command: string, args: string[], cwd: string, options: { quiet?: boolean; env?: Record<string, string> } = {}): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, ...options.env }, stdio: options.quiet ? 'pipe' : 'inherit' });
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk));
    child.on('error', (error) => fail(new Error(`${command}: ${error.message}`)));
    child.on('close', (code) =>
      code === 0 ? done() : fail(new Error(`${[command, ...args].join(' ')} (in ${cwd}) exited with ${code}${output ? `:\n${output.trim()}` : ''}`)),
    );
  });
}
