// Imported first by every repository script: the repo runs on the Node pinned in tools/toolchain. npm scripts go
// through tools/toolchain/run, which puts that Node first on the PATH; this guards direct `node tools/...` runs on
// a Node that can run TypeScript files (type stripping: 22.18+, 23.6+) but is older than 24. An older Node cannot
// load this file at all and fails with its own error before reaching it.
const major = Number(process.versions.node.split('.')[0]);
if (major < 24) {
  console.error(
    `This repository runs on Node 24 (found ${process.version}).\n` +
      'Run it through npm (npm test, npm run demo) or `bash tools/toolchain/run <command>`, which install the pinned Node and pnpm.',
  );
  process.exit(1);
}
