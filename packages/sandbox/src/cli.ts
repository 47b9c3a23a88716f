#!/usr/bin/env node
// Run from source (`node src/cli.ts`, Node's type stripping): our sources import each other as `.js`; map those
// to the `.ts` files. The built CLI (dist/cli.js) never takes this branch, and imports nothing from node:module at
// the top level (a named import of `registerHooks` would fail to link on a Node without it).
if (import.meta.url.endsWith('.ts')) {
  const { registerHooks } = await import('node:module');
  registerHooks({
    resolve(specifier, context, nextResolve) {
      try {
        return nextResolve(specifier, context);
      } catch (error) {
        if (specifier.startsWith('.') && specifier.endsWith('.js')) return nextResolve(`${specifier.slice(0, -3)}.ts`, context);
        throw error;
      }
    },
  });
}

const { runCli } = await import('./cli-main.js');
process.exitCode = await runCli(process.argv.slice(2));
