// The types of every country client, compiled as a user's code would be: snippets type-checked against each
// published package name with that package's own compiler options. Each client has exactly its country's
// resources (operations only one country's spec has are absent, at compile time, from the other clients), and
// the checks of fixtures/country-types.ts (wrong parameters do not compile, results are the schema types, the
// testing kit's replies are typed) hold for every country. The countries are those of specs/.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';

import { listCountries } from '../generate/countries.ts';
import { shareSourceFiles } from '../spec/shared-source-files.ts';

const repo = join(import.meta.dirname, '..', '..');
const countries = await listCountries(repo);

/** A call per resource; `null` = every country has it (a control: the snippet itself is valid). */
const SNIPPETS: Record<string, { code: string; onlyIn: string | null }> = {
  invoices: { code: 'clara.invoices.list();', onlyIn: 'mx' },
  digitalAccounts: { code: 'clara.digitalAccounts.listTransactions({ page: 0, size: 10 });', onlyIn: 'br' },
  transactions: { code: 'clara.transactions.list();', onlyIn: null },
};
const TYPE_CHECKS = readFileSync(join(import.meta.dirname, 'fixtures', 'country-types.ts'), 'utf8');

const packageDir = (country: string) => join(repo, 'packages', `clara-${country}`);

/** The diagnostics of each snippet, compiled in one program with the country package's tsconfig options. */
function compile(country: string, snippets: Record<string, string>): Record<string, string[]> {
  const parsed = ts.getParsedCommandLineOfConfigFile(join(packageDir(country), 'tsconfig.json'), {}, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
      throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
    },
  });
  if (!parsed) throw new Error(`Cannot read the tsconfig of clara-${country}`);
  // Virtual files beside this test: `@org/clara-<cc>` resolves through tools' node_modules like a user's import.
  const fileOf = (name: string) => join(import.meta.dirname, `${country}-${name}.ts`);
  const files = new Map(Object.entries(snippets).map(([name, code]) => [fileOf(name), code]));
  // The generated code differs by country; everything else is parsed once.
  const host = shareSourceFiles(ts.createCompilerHost(parsed.options), (file) => !files.has(file) && !file.startsWith(join(packageDir(country), 'src')));
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
  return Object.fromEntries(Object.keys(snippets).map((name) => [name, diagnosticsOf(fileOf(name))]));
}

describe.each(countries)('the types of @org/clara-%s', (country) => {
  // A cold TypeScript program over the generated types takes seconds.
  test('its own resources and not those of other countries; the type checks hold', { timeout: 60_000 }, () => {
    const surface = Object.fromEntries(
      Object.entries(SNIPPETS).map(([name, { code }]) => [
        `surface-${name}`,
        `import type { ClaraClient } from '@org/clara-${country}';\ndeclare const clara: ClaraClient;\n${code}\nexport {};\n`,
      ]),
    );
    const checks = TYPE_CHECKS.replaceAll("'@org/clara-mx", `'@org/clara-${country}`);
    const expected = Object.fromEntries(
      Object.entries(SNIPPETS).map(([name, { onlyIn }]) => [
        `surface-${name}`,
        onlyIn === null || onlyIn === country ? [] : [`TS2339: Property '${name}' does not exist on type 'ClaraClient'.`],
      ]),
    );
    expect(compile(country, { ...surface, checks })).toEqual({ ...expected, checks: [] });
  });
});
