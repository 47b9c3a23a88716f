// Reads and validates one country spec. Every failure names the file and, where it can, the line, column and
// JSON pointer of the problem — the generator never starts on a spec that does not validate.
import SwaggerParser from '@apidevtools/swagger-parser';
import { findNodeAtLocation, parseTree, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { readFile } from 'node:fs/promises';

export type OpenApiDocument = Record<string, any>;

export class SpecError extends Error {
  override name = 'SpecError';
  readonly file: string;
  readonly problems: string[];
  constructor(file: string, problems: string[]) {
    super(`${file}: invalid OpenAPI document\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.file = file;
    this.problems = problems;
  }
}

export async function loadSpec(file: string): Promise<OpenApiDocument> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new SpecError(file, [`cannot read the file (${(error as NodeJS.ErrnoException).code ?? String(error)})`]);
  }

  const parseErrors: ParseError[] = [];
  const tree = parseTree(text, parseErrors, { disallowComments: true, allowTrailingComma: false });
  if (parseErrors.length > 0 || !tree) {
    throw new SpecError(
      file,
      parseErrors.map((e) => `${lineColumn(text, e.offset)}: JSON syntax error: ${printParseErrorCode(e.error)}`),
    );
  }

  const document = JSON.parse(text) as OpenApiDocument;
  if (typeof document !== 'object' || document === null || Array.isArray(document)) {
    throw new SpecError(file, ['the document is not a JSON object']);
  }
  if (typeof document.openapi !== 'string' || !document.openapi.startsWith('3.1')) {
    throw new SpecError(file, [`"openapi" must be a 3.1.x version, found ${JSON.stringify(document.openapi)}`]);
  }

  try {
    // The validator mutates (dereferences) its input: give it a copy.
    await SwaggerParser.validate(structuredClone(document) as never);
  } catch (error) {
    const details = (error as { details?: { instancePath: string; message?: string }[] }).details;
    const problems = details?.length
      ? details.map((d) => `${locate(text, tree, d.instancePath)}: ${d.message ?? 'invalid'}`)
      : [(error as Error).message];
    throw new SpecError(file, [...new Set(problems)]);
  }
  return document;
}

function locate(text: string, tree: NonNullable<ReturnType<typeof parseTree>>, pointer: string): string {
  const path = pointer
    .split('/')
    .slice(1)
    .map((segment) => segment.replaceAll('~1', '/').replaceAll('~0', '~'))
    .map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
  const node = findNodeAtLocation(tree, path);
  return `${node ? lineColumn(text, node.offset) : 'document'} (#${pointer})`;
}

function lineColumn(text: string, offset: number): string {
  const before = text.slice(0, offset).split('\n');
  return `line ${before.length}, column ${before.at(-1)!.length + 1}`;
}
