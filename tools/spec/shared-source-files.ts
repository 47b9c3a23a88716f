// Parsed TypeScript files shared by every program of the process over generated code (spec:sync's API surfaces and
// type-checks, the country type tests): TypeScript's libraries, @types/node, ky and the workspace runtime are the
// same for all of them, and parsing them is most of a new program.
import ts from 'typescript';

const parsed = new Map<string, ts.SourceFile | undefined>();

/** Makes `host` parse the files for which `isShared` holds once per process. */
export function shareSourceFiles(host: ts.CompilerHost, isShared: (fileName: string) => boolean): ts.CompilerHost {
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (fileName, language, onError, create) => {
    if (!isShared(fileName)) return getSourceFile(fileName, language, onError, create);
    const key = `${fileName}:${JSON.stringify(language)}`;
    if (!parsed.has(key)) parsed.set(key, getSourceFile(fileName, language, onError, create));
    return parsed.get(key);
  };
  return host;
}
