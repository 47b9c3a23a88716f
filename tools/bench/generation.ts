// Generation: `pnpm generate` for every country, cold (turbo cache bypassed) and cached. Prints one JSON object.
import { spawnSync } from 'node:child_process';

import { round } from './support/measure.ts';
import { root } from './support/paths.ts';

function timed(env: Record<string, string>): number {
  const started = performance.now();
  const run = spawnSync('pnpm', ['generate'], { cwd: root, env: { ...process.env, ...env }, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`pnpm generate failed:\n${run.stdout}\n${run.stderr}`);
  return (performance.now() - started) / 1000;
}

const cold = timed({ TURBO_FORCE: 'true' });
const cached = timed({});
console.log(JSON.stringify({ countries: ['mx', 'br', 'co'], coldSeconds: round(cold, 2), cachedSeconds: round(cached, 2) }));
