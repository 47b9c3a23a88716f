// The READMEs' TypeScript examples are what users paste into their editors: every one that starts with its imports
// must type-check against the packages' sources, as a user's `tsc --strict` would. Some continue an example above
// them (`clara`, `body`): a name declared nowhere is that context, not an error; anything else is.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { expect, test } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const readmes = ['README.md', ...readdirSync(join(root, 'packages')).map((name) => join('packages', name, 'README.md'))].filter((file) => {
  try {
    return readFileSync(join(root, file), 'utf8').length > 0;
  } catch {
    return false;
  }
});

/** `@org/clara-mx` → its `source` entry, for every export of every workspace package. */
function workspacePaths(): Record<string, string[]> {
  const paths: Record<string, string[]> = {};
  for (const dir of readdirSync(join(root, 'packages'))) {
    const manifest = JSON.parse(readFileSync(join(root, 'packages', dir, 'package.json'), 'utf8')) as { name: string; exports?: Record<string, unknown> };
    for (const [subpath, target] of Object.entries(manifest.exports ?? {})) {
      const source = typeof target === 'object' && target !== null ? (target as { source?: string }).source : undefined;
      if (source) paths[join(manifest.name, subpath).replace(/\/\.$/, '')] = [join(root, 'packages', dir, source)];
    }
  }
  // The README's `npm install redis`: node-redis, whose client is the @redis/client the Redis package uses.
  paths['redis'] = [join(root, 'packages', 'redis', 'node_modules', '@redis', 'client')];
  return paths;
}

/** "Cannot find name" (2304, and 2552 with a suggestion): the example continues one above it. */
const CONTEXT = new Set([2304, 2552]);

const examples = readmes.flatMap((file) =>
  [...readFileSync(join(root, file), 'utf8').matchAll(/^```ts[^\n]*\n([\s\S]*?)^```$/gm)]
    .map((match) => ({ file, line: readFileSync(join(root, file), 'utf8').slice(0, match.index).split('\n').length + 1, code: match[1]! }))
    .filter((example) => example.code.trimStart().startsWith('import')),
);

test('the READMEs have self-contained TypeScript examples', () => {
  expect(examples.length).toBeGreaterThan(20);
});

test('every self-contained README example type-checks', () => {
  const virtual = new Map(examples.map((example, index) => [join(root, 'tools', 'test', `.readme-example-${index}.ts`), example]));
  const options: ts.CompilerOptions = {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2023,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    customConditions: ['source'],
    allowImportingTsExtensions: true,
    resolveJsonModule: true,
    skipLibCheck: true,
    types: ['node'],
    typeRoots: [join(root, 'node_modules', '@types')],
    baseUrl: root,
    paths: workspacePaths(),
  };
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  host.readFile = (file) => virtual.get(file)?.code ?? readFile(file);
  host.fileExists = (file) => virtual.has(file) || ts.sys.fileExists(file);
  host.getSourceFile = (file, language, onError) => {
    const example = virtual.get(file);
    return example ? ts.createSourceFile(file, example.code, language, true) : getSourceFile(file, language, onError);
  };
  const program = ts.createProgram([...virtual.keys()], options, host);
  const problems = ts
    .getPreEmitDiagnostics(program)
    .filter((diagnostic) => diagnostic.file && virtual.has(diagnostic.file.fileName) && !CONTEXT.has(diagnostic.code))
    .map((diagnostic) => {
      const example = virtual.get(diagnostic.file!.fileName)!;
      const { line } = diagnostic.file!.getLineAndCharacterOfPosition(diagnostic.start ?? 0);
      return `${relative(root, join(root, example.file))}:${example.line + line}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`;
    });
  expect(problems).toEqual([]);
}, 60_000);
