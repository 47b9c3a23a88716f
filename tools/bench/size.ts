// Size: a minimal consumer (fixtures/list-transactions.mjs) bundled with everything it needs, minified and
// gzipped; and the install footprint of @org/clara-mx with its production dependencies, installed by npm from
// packed tarballs into an empty project. Needs built packages (`pnpm build`). Prints one JSON object.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'tsdown';

import { packageDir } from './support/paths.ts';

const work = mkdtempSync(join(tmpdir(), 'clara-size-'));
const kib = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;

function directoryBytes(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      const inner = directoryBytes(path);
      bytes += inner.bytes;
      files += inner.files;
    } else if (entry.isFile()) {
      bytes += statSync(path).size;
      files++;
    }
  }
  return { bytes, files };
}

try {
  await build({
    entry: { consumer: join(import.meta.dirname, 'fixtures', 'list-transactions.mjs') },
    outDir: join(work, 'bundle'),
    format: 'esm',
    platform: 'node',
    target: 'node22',
    minify: true,
    dts: false,
    noExternal: [/.*/], // everything but Node's built-ins goes into the bundle
    logLevel: 'silent',
    config: false,
  });
  const bundleFile = readdirSync(join(work, 'bundle')).find((name) => name.startsWith('consumer') && /\.m?js$/.test(name))!;
  const bundle = readFileSync(join(work, 'bundle', bundleFile));

  // pnpm pack replaces workspace: ranges with versions; npm overrides point them at the local tarballs.
  const pack = (name: string) => {
    const output = execFileSync('pnpm', ['pack', '--pack-destination', work], { cwd: packageDir(name), encoding: 'utf8' });
    return output.trim().split('\n').at(-1)!.trim();
  };
  const tarballs = { '@org/clara-mx': pack('clara-mx'), '@org/clara': pack('clara'), '@org/clara-auth': pack('auth') };
  const project = join(work, 'consumer');
  mkdirSync(project, { recursive: true });
  writeFileSync(join(project, 'package.json'), JSON.stringify({
    name: 'size-probe', private: true, type: 'module',
    dependencies: { '@org/clara-mx': `file:${tarballs['@org/clara-mx']}` },
    overrides: { '@org/clara': `file:${tarballs['@org/clara']}`, '@org/clara-auth': `file:${tarballs['@org/clara-auth']}` },
  }));
  execFileSync('npm', ['install', '--omit=dev', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: project, stdio: 'ignore' });
  const installed = directoryBytes(join(project, 'node_modules'));
  const packages = readdirSync(join(project, 'node_modules')).flatMap((name) => (name.startsWith('@') ? readdirSync(join(project, 'node_modules', name)).map((inner) => `${name}/${inner}`) : name.startsWith('.') ? [] : [name]));

  console.log(JSON.stringify({
    bundleMinifiedKiB: kib(bundle.length),
    bundleGzipKiB: kib(gzipSync(bundle, { level: 9 }).length),
    installKiB: kib(installed.bytes),
    installFiles: installed.files,
    installPackages: packages.sort(),
  }));
} finally {
  rmSync(work, { recursive: true, force: true });
}
