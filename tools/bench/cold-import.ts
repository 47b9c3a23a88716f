// Cold start: how long a fresh Node process takes to `import('@org/clara-mx')` from the built package (dist, as
// users get it), against the same process importing nothing. Median of several processes. Prints one JSON object.
import { spawnSync } from 'node:child_process';

import { median, round } from './support/measure.ts';
import { packageDir } from './support/paths.ts';

const RUNS = Number(process.env.BENCH_IMPORT_RUNS ?? 9);
const timed = (specifier: string | undefined): number => {
  const code = `const t = performance.now(); ${specifier ? `await import(${JSON.stringify(specifier)});` : ''} console.log(performance.now() - t);`;
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', code], { cwd: packageDir('clara-mx'), encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`import failed:\n${result.stderr}`);
  return Number(result.stdout.trim());
};

const client = Array.from({ length: RUNS }, () => timed('@org/clara-mx'));
const ky = Array.from({ length: RUNS }, () => timed('ky'));
console.log(JSON.stringify({ runs: RUNS, claraMxMs: round(median(client), 1), kyAloneMs: round(median(ky), 1) }));
