// Each country client has exactly its country's resources: operations only one country's spec has are absent,
// at compile time, from the other clients. Tiny snippets are type-checked against each published package name
// with that package's own compiler options, as a user's code would be.
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';

const COUNTRIES = ['mx', 'br', 'co'] as const;
type Country = (typeof COUNTRIES)[number];

/** A call per resource; `null` = every country has it (a control: the snippet itself is valid). */
const SNIPPETS: Record<string, { code: string; onlyIn: Country | null }> = {
  invoices: { code: 'clara.invoices.list();', onlyIn: 'mx' },
  digitalAccounts: { code: 'clara.digitalAccounts.listTransactions({ page: 0, size: 10 });', onlyIn: 'br' },
  transactions: { code: 'clara.transactions.list();', onlyIn: null },
};

const packageDir = (country: Country) => join(import.meta.dirname, '..', '..', 'packages', `clara-${country}`);

/** The diagnostics of each snippet, compiled in one program with the country package's tsconfig options. */
function compileSnippets(country: Country): Record<string, string[]> {
  const parsed = ts.getParsedCommandLineOfConfigFile(join(packageDir(country), 'tsconfig.json'), {}, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
      throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
    },
  });
  if (!parsed) throw new Error(`Cannot read the tsconfig of clara-${country}`);
  // Virtual files beside this test: `@org/clara-<cc>` resolves through tools' node_modules like a user's import.
  const fileOf = (name: string) => join(import.meta.dirname, `surface-${country}-${name}.ts`);
  const files = new Map(
    Object.entries(SNIPPETS).map(([name, { code }]) => [
      fileOf(name),
      `import type { ClaraClient } from '@org/clara-${country}';\ndeclare const clara: ClaraClient;\n${code}\nexport {};\n`,
    ]),
  );
  const host = ts.createCompilerHost(parsed.options);
  const { getSourceFile, fileExists, readFile } = host;
  host.fileExists = (file) => files.has(file) || fileExists.call(host, file);
  host.readFile = (file) => files.get(file) ?? readFile.call(host, file);
  host.getSourceFile = (file, language, ...rest) => {
    const text = files.get(file);
    return text === undefined ? getSourceFile.call(host, file, language, ...rest) : ts.createSourceFile(file, text, language);
  };
  const program = ts.createProgram({ rootNames: [...files.keys()], options: parsed.options, host });
  const diagnosticsOf = (file: string) =>
    ts.getPreEmitDiagnostics(program, program.getSourceFile(file)).map((d) => `TS${d.code}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`);
  return Object.fromEntries(Object.keys(SNIPPETS).map((name) => [name, diagnosticsOf(fileOf(name))]));
}

describe.each(COUNTRIES)('the client of @org/clara-%s', (country) => {
  // A cold TypeScript program over the generated types takes seconds.
  test('has its own resources and not those of other countries', { timeout: 60_000 }, () => {
    const expected = Object.fromEntries(
      Object.entries(SNIPPETS).map(([name, { onlyIn }]) => [
        name,
        onlyIn === null || onlyIn === country ? [] : [`TS2339: Property '${name}' does not exist on type 'ClaraClient'.`],
      ]),
    );
    expect(compileSnippets(country)).toEqual(expected);
  });
});
