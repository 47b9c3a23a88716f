// The public API of a generated country package: every exported name with its printed type, read with the
// TypeScript compiler from `<generated>/index.ts`. Comparing two surfaces catches what a spec diff cannot see —
// the generator renaming a function or a type (operationId suffixes, name collisions).
//
// Object types (type aliases, interfaces, `as const` objects) are flattened into one entry per member, so a new
// optional field is an added entry rather than a "changed" one; named types are printed by name and compared at
// their own entry. Members are keyed by name alone: optionality is part of the printed value (`optional number`),
// so a field that became optional is a changed entry, not a removed one. Exported functions are printed as
// `function <signature>`, which tells them apart from members (spec:sync treats only their changes as breaking).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import ts from 'typescript';

import { shareSourceFiles } from './shared-source-files.ts';

export type ApiSurface = Map<string, string>;

export interface ApiSurfaceDiff {
  removed: string[];
  changed: { name: string; before: string; after: string }[];
}

const REPO_ROOT = join(import.meta.dirname, '..', '..');
const FLAGS = ts.TypeFormatFlags.NoTruncation | ts.TypeFormatFlags.UseAliasDefinedOutsideCurrentScope | ts.TypeFormatFlags.WriteArrowStyleSignature;
const MAX_DEPTH = 8;
/** Resolutions from outside the generated code (the runtime's imports, node_modules): the same for every program. */
let sharedResolutions: ts.ModuleResolutionCache | undefined;

export function readApiSurface(generatedDir: string): ApiSurface {
  return inspectGenerated(generatedDir, { typeCheck: false }).surface;
}

export interface InspectOptions {
  /** Also report the compiler's errors in the generated files (default true). */
  typeCheck?: boolean;
  /**
   * The same package's generated code as type-checked before (the repository's). A file identical to its
   * counterpart there, whose own imports are all such files, has the same diagnostics and is not checked again:
   * hey-api's bundled client (`api/client`, `api/core`) never depends on the spec and is most of the checking.
   */
  checkedBefore?: string;
}

/**
 * The public API and, with `typeCheck`, the compiler's errors in the generated files (one program for both: a
 * spec sync refuses code that does not compile before writing anything).
 */
export function inspectGenerated(generatedDir: string, { typeCheck = true, checkedBefore }: InspectOptions = {}): { surface: ApiSurface; errors: string[] } {
  const entry = join(generatedDir, 'index.ts');
  if (!existsSync(entry)) throw new Error(`${entry}: no generated entry point to read the public API from`);
  const anchor = resolutionAnchor();
  const options = compilerOptions(anchor);
  const isOwn = (fileName: string) => !relative(generatedDir, fileName).startsWith('..');
  const host = shareSourceFiles(ts.createCompilerHost(options), (fileName) => !isOwn(fileName));
  // Generated code may sit in a scratch folder: bare imports (@org/clara, ky) resolve from a real country package.
  sharedResolutions ??= ts.createModuleResolutionCache(REPO_ROOT, (fileName) => fileName, options);
  const ownImports = new Map<string, string[]>();
  host.resolveModuleNameLiterals = (literals, containingFile, _redirect, compilerOptions) => {
    const resolved = literals.map((literal) =>
      ts.resolveModuleName(literal.text, literal.text.startsWith('.') ? containingFile : anchor, compilerOptions, host, sharedResolutions),
    );
    ownImports.set(containingFile, resolved.flatMap(({ resolvedModule }) => (resolvedModule && isOwn(resolvedModule.resolvedFileName) ? [resolvedModule.resolvedFileName] : [])));
    return resolved;
  };
  const program = ts.createProgram({ rootNames: [entry], options, host });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(entry)!;
  const moduleSymbol = checker.getSymbolAtLocation(source);
  const surface: ApiSurface = new Map();
  if (moduleSymbol) describeModule(checker, moduleSymbol, '', surface);
  const own = program.getSourceFiles().filter((file) => isOwn(file.fileName));
  const unchanged = checkedBefore ? unchangedFiles(own, generatedDir, checkedBefore, ownImports) : new Set<string>();
  const errors = typeCheck ? compileErrors(program, own.filter((file) => !unchanged.has(file.fileName)), generatedDir) : [];
  return { surface: new Map([...surface].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))), errors };
}

/** The files identical to their counterparts in `before` whose own imports are all such files (cycles included). */
function unchangedFiles(own: readonly ts.SourceFile[], generatedDir: string, before: string, ownImports: Map<string, string[]>): Set<string> {
  const identical = own.filter((file) => {
    const counterpart = join(before, relative(generatedDir, file.fileName));
    return existsSync(counterpart) && readFileSync(counterpart, 'utf8') === file.text;
  });
  const unchanged = new Set(identical.map((file) => file.fileName));
  // Drop the files that import a changed one until none does: what remains is identical, imports included.
  for (let dropped = true; dropped; ) {
    dropped = false;
    for (const fileName of unchanged) {
      if ((ownImports.get(fileName) ?? []).some((imported) => !unchanged.has(imported))) dropped = unchanged.delete(fileName);
    }
  }
  return unchanged;
}

function compileErrors(program: ts.Program, files: readonly ts.SourceFile[], generatedDir: string): string[] {
  const diagnostics = [...program.getGlobalDiagnostics(), ...files.flatMap((file) => [...program.getSyntacticDiagnostics(file), ...program.getSemanticDiagnostics(file)])];
  return diagnostics.map((d) => {
    const where = d.file && d.start !== undefined ? `${relative(generatedDir, d.file.fileName)}:${d.file.getLineAndCharacterOfPosition(d.start).line + 1}: ` : '';
    return `${where}TS${d.code}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`;
  });
}

export function compareApiSurfaces(before: ApiSurface, after: ApiSurface): ApiSurfaceDiff {
  const removed = [...before.keys()].filter((name) => !after.has(name));
  const changed = [...before]
    .filter(([name, type]) => after.has(name) && after.get(name) !== type)
    .map(([name, type]) => ({ name, before: type, after: after.get(name)! }));
  return { removed, changed };
}

/** A country package's own compiler options (its tsconfig.json): the generated code is checked as it is built. */
function compilerOptions(anchor: string): ts.CompilerOptions {
  const config = join(dirname(dirname(anchor)), 'tsconfig.json');
  const parsed = ts.getParsedCommandLineOfConfigFile(config, { noEmit: true }, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
      throw new Error(`${config}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ')}`);
    },
  });
  if (!parsed) throw new Error(`${config}: cannot read the compiler options`);
  return parsed.options;
}

function resolutionAnchor(): string {
  const packages = join(REPO_ROOT, 'packages');
  const country = readdirSync(packages).find((name) => /^clara-[a-z]{2}$/.test(name) && existsSync(join(packages, name, 'package.json')));
  if (!country) throw new Error(`${packages}: no country package to resolve the generated code's dependencies from`);
  return join(packages, country, 'src', 'index.ts');
}

function describeModule(checker: ts.TypeChecker, moduleSymbol: ts.Symbol, prefix: string, surface: ApiSurface): void {
  for (const exported of checker.getExportsOfModule(moduleSymbol)) {
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    const name = `${prefix}${exported.name}`;
    if (symbol.flags & ts.SymbolFlags.ValueModule) {
      describeModule(checker, symbol, `${name}.`, surface); // `export * as raw from …`
      continue;
    }
    if (symbol.flags & (ts.SymbolFlags.TypeAlias | ts.SymbolFlags.Interface | ts.SymbolFlags.Enum)) {
      describeType(checker, checker.getDeclaredTypeOfSymbol(symbol), `type ${name}`, surface, 0);
    }
    if (symbol.flags & ts.SymbolFlags.Value) {
      describeType(checker, checker.getTypeOfSymbol(symbol), name, surface, 0);
    }
  }
}

function describeType(checker: ts.TypeChecker, type: ts.Type, name: string, surface: ApiSurface, depth: number, optional = false): void {
  const signatures = type.getCallSignatures();
  const isFunction = depth === 0 && !name.startsWith('type ') && signatures.length > 0;
  const set = (printed: string) => surface.set(name, optional ? `optional ${printed}` : printed);
  const properties = isExpandable(checker, type, depth) ? checker.getPropertiesOfType(type) : [];
  if (properties.length === 0) {
    // At the top, print what an alias stands for (`'A' | 'B'`); below it, named types by name.
    const flags = depth === 0 ? FLAGS | ts.TypeFormatFlags.InTypeAlias : FLAGS;
    const printed = signatures.length > 0 && !type.aliasSymbol ? printSignatures(checker, signatures) : checker.typeToString(type, undefined, flags);
    set(isFunction ? `function ${printed}` : printed);
    return;
  }
  set(signatures.length > 0 ? `callable object ${printSignatures(checker, signatures)}` : 'object');
  for (const property of properties) {
    const optional = (property.flags & ts.SymbolFlags.Optional) !== 0;
    const propertyType = checker.getTypeOfSymbol(property);
    describeType(checker, optional ? checker.getNonNullableType(propertyType) : propertyType, `${name}.${property.name}`, surface, depth + 1, optional);
  }
}

/** Exported object types are flattened; nested ones only when anonymous (named ones have their own entry). */
function isExpandable(checker: ts.TypeChecker, type: ts.Type, depth: number): boolean {
  if (depth > MAX_DEPTH || !(type.flags & ts.TypeFlags.Object) || checker.isArrayLikeType(type)) return false;
  if (depth === 0) return true;
  if (type.aliasSymbol) return false;
  const objectFlags = (type as ts.ObjectType).objectFlags;
  return (objectFlags & ts.ObjectFlags.Anonymous) !== 0 && type.getCallSignatures().length === 0;
}

function printSignatures(checker: ts.TypeChecker, signatures: readonly ts.Signature[]): string {
  return signatures.map((signature) => printSignature(checker, signature)).join(' & ');
}

/**
 * Parameter types as written (`api.ListTransactionsData['query']`), not as resolved: the resolved form inlines the
 * whole query object, so a new optional query field would look like a changed signature. Those named types have
 * their own, flattened entries.
 */
function printSignature(checker: ts.TypeChecker, signature: ts.Signature): string {
  const declaration = signature.getDeclaration() as ts.SignatureDeclaration | undefined;
  if (!declaration || !declaration.parameters.every((p) => p.type)) return checker.signatureToString(signature, undefined, FLAGS);
  const typeParameters = declaration.typeParameters ? `<${declaration.typeParameters.map((t) => t.getText()).join(', ')}>` : '';
  const parameters = declaration.parameters.map((p) => `${p.dotDotDotToken ? '...' : ''}${p.name.getText()}${p.questionToken || p.initializer ? '?' : ''}: ${p.type!.getText()}`);
  const result = declaration.type?.getText() ?? checker.typeToString(signature.getReturnType(), undefined, FLAGS);
  return `${typeParameters}(${parameters.join(', ')}) => ${result}`;
}
