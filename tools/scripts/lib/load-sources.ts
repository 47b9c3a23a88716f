// Lets plain `node` run the workspace's TypeScript sources without a build (`node --conditions=source --import
// tools/scripts/lib/load-sources.ts <file>.ts`, or imported first by a script): the sources import siblings as
// `./x.js` (NodeNext style), which Node's type stripping does not map to `./x.ts`; this resolve hook does.
// The one hook for repository tooling (benchmarks, examples, worker processes); the sandbox CLI has its own, as
// the sandbox shares no code with the rest.
import { registerHooks } from 'node:module';

registerHooks({
  resolve(specifier, context, nextResolve) {
    try {
      return nextResolve(specifier, context);
    } catch (error) {
      const relative = specifier.startsWith('./') || specifier.startsWith('../');
      if (!relative || !specifier.endsWith('.js') || (error as NodeJS.ErrnoException).code !== 'ERR_MODULE_NOT_FOUND') throw error;
      return nextResolve(`${specifier.slice(0, -3)}.ts`, context);
    }
  },
});
