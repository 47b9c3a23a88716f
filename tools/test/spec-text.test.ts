// Spec and overlay text are data: names that would shadow what every object or promise has are refused (with the
// overlay's line), upstream text cannot add JSDoc tags or leave a string literal in the generated code, nor break
// the Markdown spec:sync writes, and documents nested 100 000 levels are refused before anything recurses.
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ts from 'typescript';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';

import { countryOf } from '../generate/country.ts';
import { MAX_DOCUMENT_DEPTH } from '../generate/depth.ts';
import { buildEffectiveDocument } from '../generate/effective.ts';
import { generateCountry, generatedDir, specPath } from '../generate/generate.ts';
import { HostError } from '../generate/hosts.ts';
import { NamingError } from '../generate/naming.ts';
import { collectOperations } from '../generate/operations.ts';
import { loadOverlay, OverlayError, overlayPath, parseOverlay } from '../generate/overlay.ts';
import { loadSpec, SpecError } from '../generate/spec.ts';
import { renderChangeset } from '../spec/changeset.ts';
import { diffSpecs } from '../spec/diff.ts';
import { syncSpec } from '../spec/sync.ts';

const fixture = join(import.meta.dirname, 'fixtures', 'mini-spec.json');
const HOSTILE_PATH = "/api/v3/it's`${process.exit()}`";
let root: string;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'clara-spec-text-'));
  await mkdir(join(root, 'specs', 'zz'), { recursive: true });
  await cp(fixture, specPath(root, 'zz'));
});
afterEach(() => rm(root, { recursive: true, force: true }));

const overlayText = (sdk: string[]) =>
  ['overlay: 1.0.0', 'info: { title: t, version: "1" }', 'actions:', "  - target: $.paths['/api/v3/transactions'].get", '    update:', '      x-clara-sdk:', ...sdk.map((line) => `        ${line}`)].join('\n');

describe('names', () => {
  test.each([
    ['method', 'then', 9],
    ['method', 'hasOwnProperty', 9],
    ['resource', 'constructor', 8],
    ['resource', '__proto__', 8],
    ['operationId', 'toString', 7],
    ['operationId', 'delete', 7],
  ])('an overlay %s %s is refused with the file and its line', (kind, name, line) => {
    const names: Record<string, string> = { operationId: 'listTransactions', resource: 'transactions', method: 'list', [kind]: name };
    const text = overlayText([`operationId: ${JSON.stringify(names.operationId)}`, `resource: ${JSON.stringify(names.resource)}`, `method: ${JSON.stringify(names.method)}`]);
    const error = (() => {
      try {
        return parseOverlay('specs/zz/overlay.yaml', text);
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(OverlayError);
    expect((error as Error).message).toContain('specs/zz/overlay.yaml: invalid overlay');
    expect((error as Error).message).toContain(`line ${line} (action 1): x-clara-sdk ${kind} ${JSON.stringify(name)}`);
  });

  const upstream = (paths: string[]) => ({
    openapi: '3.1.0',
    info: { title: 'Clara API — Testland', version: '1' },
    servers: [{ url: 'https://public-api.zz.clara.com' }],
    paths: Object.fromEntries(paths.map((path) => [path, { get: { operationId: 'x_1', responses: { '204': { description: 'ok' } } } }])),
  });
  const empty = parseOverlay('overlay.yaml', 'overlay: 1.0.0\ninfo: { title: t, version: "1" }\nactions: []');

  test('a resource derived from the path never shadows an object or promise member; an unusable one is named', async () => {
    const { document } = await buildEffectiveDocument(upstream(['/api/v3/then', '/api/v3/constructor', '/api/v3/has-own-property']), empty, 'zz', 'spec');
    expect(collectOperations(document).map((op) => op.resource).sort()).toEqual(['constructorResource', 'hasOwnPropertyResource', 'thenResource']);
    const error = await buildEffectiveDocument(upstream(['/api/v3/2fa']), empty, 'zz', 'spec').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NamingError);
    expect((error as NamingError).problems[0]).toMatch(/^GET \/api\/v3\/2fa: the names derived from its path cannot be used: resource "2fa"/);
  });
});

describe('documents nested 100 000 levels', () => {
  const DEPTH = 100_000;
  const bound = `nests deeper than ${MAX_DOCUMENT_DEPTH} levels`;

  test('a JSON spec: spec:sync and generate name the file and the bound', async () => {
    const deep = join(root, 'deep.json');
    await writeFile(deep, `{"openapi": "3.1.0", "x": ${'['.repeat(DEPTH)}${']'.repeat(DEPTH)}}`);
    await expect(syncSpec({ root, code: 'zz', from: deep })).rejects.toThrow(new RegExp(`^${deep.replaceAll('/', '\\/')}: invalid OpenAPI document\\n  - line 1, column \\d+: the document ${bound}`));
    await cp(deep, specPath(root, 'zz'));
    await expect(generateCountry({ root, code: 'zz' })).rejects.toThrow(SpecError);
    await expect(loadSpec(specPath(root, 'zz'))).rejects.toThrow(bound);
  });

  test('a YAML spec, block and flow nesting alike', async () => {
    for (const [name, text] of [
      ['block.yaml', `openapi: 3.1.0\nx:\n  ${'- '.repeat(DEPTH)}leaf\n`],
      ['flow.yaml', `openapi: 3.1.0\nx: ${'['.repeat(DEPTH)}1${']'.repeat(DEPTH)}\n`],
    ] as const) {
      await writeFile(join(root, name), text);
      await expect(loadSpec(join(root, name))).rejects.toThrow(new RegExp(`^${join(root, name)}: invalid OpenAPI document\\n  - line [23], column \\d+: the document ${bound}`));
    }
  });

  test('chained YAML anchors (1 250 levels in 2.6 KB), in a spec and in an overlay', async () => {
    const chain = (indent: string) => Array.from({ length: 5 }, (_, i) => `${indent}a${i}: &a${i} ${'['.repeat(250)}${i === 0 ? 'leaf' : `*a${i - 1}`}${']'.repeat(250)}`);
    const spec = join(root, 'anchors.yaml');
    await writeFile(spec, ['openapi: 3.1.0', 'x-chain:', ...chain('  '), ''].join('\n'));
    await expect(loadSpec(spec)).rejects.toThrow(`${spec}: invalid OpenAPI document\n  - the document ${bound} (objects and arrays within one another) once its YAML aliases are followed`);
    const overlay = ['overlay: 1.0.0', 'info: { title: t, version: "1" }', 'actions:', '  - target: $.info', '    update:', ...chain('      '), ''].join('\n');
    expect(() => parseOverlay('overlay.yaml', overlay)).toThrow(new OverlayError(`overlay.yaml: the document ${bound} (objects and arrays within one another) once its YAML aliases are followed`));
    // Shared and self-referring aliases within the bound are walked once each, not once per reference.
    const { actions } = parseOverlay('overlay.yaml', ['overlay: 1.0.0', 'info: { title: t, version: "1" }', 'actions:', '  - target: $.info', '    update: &u { a: [1, 2], b: [3] }', ...Array.from({ length: 50 }, () => '  - { target: $.info, update: *u }'), ''].join('\n'));
    expect(actions).toHaveLength(51);
  });

  test('an overlay', async () => {
    await writeFile(overlayPath(root, 'zz'), `overlay: 1.0.0\ninfo: { title: t, version: "1" }\nactions:\n  - target: $.info\n    update:\n      x: ${'['.repeat(DEPTH)}\n`);
    const error = await generateCountry({ root, code: 'zz' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OverlayError);
    expect((error as Error).message).toMatch(new RegExp(`^${overlayPath(root, 'zz')}: line 6, column \\d+: the document ${bound}`));
  });
});

describe('hostile text in the generated code', () => {
  // U+0085 and U+200B: whitespace to TypeScript's JSDoc scanner, not to JavaScript's `\s`.
  const INJECTED = ['@deprecated injected', '@see https://evil.example', '{@link https://evil.example}', 'Lists cards\u200b@deprecated', 'Lists cards\u0085@see evil', '*/ process.exit(1); /*'].join('\n');

  /** The JSDoc tags (`@name`, and `{@link target}`) of a generated file, and its syntax errors. */
  const inspect = (file: string, text: string) => {
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const tags: string[] = [];
    const links = (comment: string | ts.NodeArray<ts.JSDocComment> | undefined) => {
      for (const part of typeof comment === 'string' ? [] : (comment ?? [])) if (part.kind !== ts.SyntaxKind.JSDocText) tags.push(`{${part.getText(source)}}`);
    };
    const visit = (node: ts.Node): void => {
      for (const doc of ts.getJSDocCommentsAndTags(node)) {
        if (!ts.isJSDoc(doc)) continue;
        links(doc.comment);
        for (const tag of doc.tags ?? []) {
          tags.push(`@${tag.tagName.text}`);
          links(tag.comment);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
    return { tags, errors: (source as unknown as { parseDiagnostics: ts.Diagnostic[] }).parseDiagnostics.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n')) };
  };

  test('descriptions add no JSDoc tag; a path with quotes, backticks and ${} stays one string', async () => {
    const spec = JSON.parse(await readFile(fixture, 'utf8'));
    const list = spec.paths['/api/v3/transactions'].get;
    Object.assign(list, { summary: 'Lists @see https://evil.example', description: `Lists transactions.\n${INJECTED}` });
    for (const parameter of list.parameters ?? []) parameter.description = INJECTED;
    spec.components.schemas.Tx.description = INJECTED;
    for (const property of Object.values<Record<string, unknown>>(spec.components.schemas.Tx.properties)) property.description = ` ${INJECTED}`;
    spec.paths[HOSTILE_PATH] = { get: { ...structuredClone(spec.paths['/api/v3/transactions/{uuid}'].get), operationId: 'hostile', description: INJECTED, parameters: [] } };
    await writeFile(specPath(root, 'zz'), JSON.stringify(spec));
    await generateCountry({ root, code: 'zz' });

    for (const file of ['client.ts', 'api/sdk.gen.ts', 'api/types.gen.ts']) {
      const text = await readFile(join(generatedDir(root, 'zz'), file), 'utf8');
      const { tags, errors } = inspect(file, text);
      expect(errors, file).toEqual([]);
      expect(tags.filter((tag) => /evil|@deprecated|@see/.test(tag)), file).toEqual([]);
      expect(text, file).not.toMatch(/^\s*process\.exit/m);
    }
    const client = await readFile(join(generatedDir(root, 'zz'), 'client.ts'), 'utf8');
    expect(client).toContain(`route: ${JSON.stringify(`GET ${HOSTILE_PATH.slice('/api'.length)}`)}`);
  });
});

test('the country name and the server URLs, written into comments and READMEs as they are, must be plain', () => {
  const spec = (title: string, url: string) => ({ info: { title }, servers: [{ url, description: 'Production' }] });
  const hosts = ['https://public-api.zz.clara.com'];
  expect(countryOf('zz', spec('Clara API — Côte d’Ivoire', 'https://public-api.zz.clara.com/api'), hosts).name).toBe('Côte d’Ivoire');
  expect(() => countryOf('zz', spec('Clara API — x */ process.exit(1) /*', 'https://public-api.zz.clara.com/api'), hosts)).toThrow(SpecError);
  expect(() => countryOf('zz', spec('Clara API — Testland', 'https://public-api.zz.clara.com/api`x`'), hosts)).toThrow(HostError);
  expect(() => countryOf('zz', spec('Clara API — Testland', 'https://public-api.zz.clara.com/api`x`'), hosts)).toThrow('has characters a URL must encode');
});

describe('hostile text in the changeset', () => {
  /** The first code span of a Markdown line, by CommonMark's rule: a run of n backticks up to the next run of exactly n. */
  const firstCodeSpan = (line: string): string | undefined => {
    const open = /`+/.exec(line);
    if (!open) return undefined;
    const rest = line.slice(open.index + open[0].length);
    for (const close of rest.matchAll(/`+/g)) {
      if (close[0].length !== open[0].length) continue;
      const content = rest.slice(0, close.index).replaceAll('\n', ' ');
      return /^ .*[^ ].* $/.test(content) ? content.slice(1, -1) : content;
    }
    return undefined;
  };

  test('an upstream path with backticks and line breaks is one code span', async () => {
    const base = JSON.parse(await readFile(fixture, 'utf8'));
    const path = '/v3/x`` `y`\n# heading';
    const before = (await buildEffectiveDocument(base, await loadOverlay(overlayPath(root, 'zz')), 'zz', 'spec')).document;
    const after = structuredClone(before);
    after.paths[path] = after.paths['/v3/transactions/{uuid}'];
    const changeset = renderChangeset('@org/clara-zz', 'minor', 'specs/zz/api-docs-v3.json', diffSpecs(before, after));
    const line = changeset.split('\n').find((l) => l.startsWith('- New operation '));
    expect(changeset).not.toMatch(/^# heading/m);
    expect(firstCodeSpan(line!.slice('- New operation '.length))).toBe('GET /v3/x`` `y`\\n# heading');
  });
});
