// node tools/spec/cli.ts sync --country <cc> [--from <file|https-url>] [--overlay-patch <file>] [--base <git-ref>] [--allow-host <origin>] [--report <file>] [--root <dir>]
// node tools/spec/cli.ts check [--base <git-ref>] [--root <dir>]
// Exit 0: done (or up to date / all checks pass); 1: the reason is printed on stderr and nothing was written.
import '../scripts/lib/require-node.ts';
import { writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';

// The commands are imported when run, so that a usage error answers at once (sync and check themselves load
// TypeScript, hey-api and the Postman converter only when they generate code).

const USAGE =
  'usage: spec:sync --country <cc> [--from <file|https-url>] [--overlay-patch <file>] [--base <git-ref>] [--allow-host <https-origin>] [--report <file>]\n' +
  '       spec:check [--base <git-ref>]';

try {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      country: { type: 'string' },
      from: { type: 'string' },
      'overlay-patch': { type: 'string' },
      base: { type: 'string' },
      'allow-host': { type: 'string' },
      report: { type: 'string' },
      root: { type: 'string', default: join(import.meta.dirname, '..', '..') },
    },
  });
  const root = resolve(values.root);
  const [command] = positionals;
  if (command === 'sync') {
    if (!values.country || !/^[a-z]{2}$/.test(values.country)) throw new Error(`--country <cc> is required (two lowercase letters)\n${USAGE}`);
    const { syncSpec } = await import('./sync.ts');
    const { renderSyncReport } = await import('./report.ts');
    const result = await syncSpec({ root, code: values.country, from: values.from, base: values.base, allowHost: values['allow-host'], overlayPatch: values['overlay-patch'] });
    const report = renderSyncReport(values.country, result, result.status === 'updated' ? relative(root, result.changesetFile) : undefined);
    process.stdout.write(report);
    if (values.report) await writeFile(values.report, report);
  } else if (command === 'check') {
    const { checkSpecs } = await import('./check.ts');
    const problems = await checkSpecs({ root, base: values.base });
    if (problems.length > 0) {
      console.error(`spec check failed:\n${problems.map((p) => `  - ${p.replaceAll('\n', '\n    ')}`).join('\n')}`);
      process.exit(1);
    }
    console.log('specs valid and canonical, overlays apply, generated code in sync, every changed effective document has a changeset');
  } else {
    throw new Error(USAGE);
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
