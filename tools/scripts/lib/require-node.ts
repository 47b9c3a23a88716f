// Imported first by every repository script: the repo runs on the Node pinned in tools/toolchain.
const major = Number(process.versions.node.split('.')[0]);
if (major < 24) {
  console.error(
    `This repository runs on Node 24 (found ${process.version}).\n` +
      'Run it through npm (npm test, npm run demo) or `bash tools/toolchain/run <command>`, which install the pinned Node and pnpm.',
  );
  process.exit(1);
}
