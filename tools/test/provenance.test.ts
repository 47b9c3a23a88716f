// Whether the country packages tell the truth about where their facts come from: confidence marks against the
// endpoint catalogue (fixtures/clara-endpoints.json, a verbatim copy of the research reference: what the stored
// pages of Clara's documentation show), the hover text of reconstructed and contested parts, and the README's
// list of reconstructed operations (tools/generate/provenance.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

import { RECONSTRUCTED, reconstructedOperations, renderReconstructed } from '../generate/provenance.ts';
import type { OpenApiDocument } from '../generate/spec.ts';
import { countries, repo } from './support/country-package.ts';

type Node = Record<string, any>;
interface CatalogueEntry {
  method: string;
  path: string;
  response?: Node;
  body?: Node;
}

const catalogue = JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures', 'clara-endpoints.json'), 'utf8')) as CatalogueEntry[];
const keyOf = (method: string, path: string) => `${method.toUpperCase()} ${path.replace(/^\/api(?=\/)/, '').replace(/\{[^}]*\}/g, '{}')}`;
const isStructure = (value: unknown): value is Node => typeof value === 'object' && value !== null && Object.keys(value).length > 0;
/** A stored answer shows a shape when a status of it lists fields or an item (an object or an array inside it). */
const responseShown = (response: Node = {}) =>
  Object.entries(response).some(([key, value]) => key !== 'errors' && ((isStructure(value) && Object.values(value).some(isStructure)) || (key === 'fields' && isStructure(value))));
const shownByCatalogue = new Map(catalogue.map((entry) => [keyOf(entry.method, entry.path), { response: responseShown(entry.response), body: isStructure(entry.body?.fields) }]));

const packageFile = (code: string, ...path: string[]) => readFileSync(join(repo, 'packages', `clara-${code}`, ...path), 'utf8');
/** The hover text of every client method (generated/client.ts), and that of the method of a route. */
const methodDocs = (code: string) => [...packageFile(code, 'src', 'generated', 'client.ts').matchAll(/\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\s*\w+\(/g)].map((match) => match[1] ?? '');
const docOf = (docs: string[], route: string) => docs.find((doc) => doc.includes(`\`${route}\` — raw function`)) ?? '';
const effectiveOf = (code: string) => JSON.parse(packageFile(code, 'src', 'generated', 'openapi.json')) as OpenApiDocument;

/** The component schemas a node refers to, transitively. */
function reachable(document: OpenApiDocument, start: unknown): Set<string> {
  const seen = new Set<string>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!isStructure(node)) return;
    for (const [key, value] of Object.entries(node)) {
      const name = key === '$ref' && typeof value === 'string' ? value.replace('#/components/schemas/', '') : undefined;
      if (name && !seen.has(name)) {
        seen.add(name);
        visit(document.components.schemas[name]);
      } else if (!name && key !== 'example' && !key.startsWith('x-')) visit(value);
    }
  };
  visit(start);
  return seen;
}

describe.each(countries)('clara-%s', (code) => {
  const document = effectiveOf(code);
  const schemas: Record<string, Node> = document.components.schemas;
  const operations = Object.entries<Node>(document.paths).flatMap(([path, item]) => Object.entries<Node>(item).map(([method, op]) => ({ key: keyOf(method, path), op })));

  it('marks every schema no stored page shows medium or low (absent = high)', () => {
    const used = new Set<string>();
    const shown = new Set<string>(['ErrorResponse']); // developers.clara.team/error-handling: {code, message, timestamp, details}
    for (const { key, op } of operations) {
      const successes = Object.entries<Node>(op.responses).filter(([status]) => status.startsWith('2')).map(([, response]) => response);
      const inResponse = reachable(document, successes);
      const inBody = reachable(document, op.requestBody ?? {});
      for (const name of [...inResponse, ...inBody]) used.add(name);
      const stored = shownByCatalogue.get(key);
      if (stored?.response) for (const name of inResponse) shown.add(name);
      if (stored?.body) for (const name of inBody) shown.add(name);
      if (stored) for (const name of reachable(document, op.parameters ?? [])) shown.add(name);
    }
    const unshownHigh = [...used].filter((name) => !shown.has(name) && schemas[name]?.['x-clara-confidence'] === undefined).sort();
    expect(unshownHigh, 'schemas no stored page shows, without x-clara-confidence').toEqual([]);
  });

  it('says "unverified: reconstructed from Clara\'s guides" in the hover text of every low schema and reconstructed method', () => {
    const types = packageFile(code, 'src', 'generated', 'api', 'types.gen.ts');
    const low = Object.entries(schemas).filter(([, schema]) => schema['x-clara-confidence'] === 'low').map(([name]) => name);
    expect(low.length).toBeGreaterThan(0);
    // hey-api spells acronyms in PascalCase (`VCNCancelRequestVO` → `VcnCancelRequestVo`).
    const typeDoc = (name: string) => new RegExp(`/\\*\\*((?:(?!\\*/)[\\s\\S])*)\\*/\\s*export type ${name} =`, 'i').exec(types)?.[1] ?? '';
    expect(low.filter((name) => !typeDoc(name).includes(RECONSTRUCTED)), 'low schemas whose type hover lacks the note').toEqual([]);

    const docs = methodDocs(code);
    const reconstructed = reconstructedOperations(document);
    const missing = reconstructed.filter(({ route }) => !docOf(docs, route).includes(RECONSTRUCTED));
    expect(missing.map(({ call }) => call), 'reconstructed methods whose hover lacks the note').toEqual([]);
    const documented = docs.filter((doc) => doc.includes(RECONSTRUCTED)).length;
    expect(documented, 'methods saying "reconstructed" that are not in the list').toBe(reconstructed.length);
  });

  it('lists the reconstructed operations in the README, as the document says', () => {
    const readme = packageFile(code, 'README.md');
    const entries = reconstructedOperations(document);
    expect(readme).toContain(`\n${renderReconstructed(entries)}\n`);
    const calls = entries.map(({ call }) => call);
    expect(calls).toEqual(expect.arrayContaining(['clara.transactions.createComments', 'clara.transactions.addLabels', 'clara.cards.toggleManyLock', 'clara.v1.subscribers.deleteEvent', 'clara.reimbursements.list']));
    expect(calls, 'documented operations are not listed').not.toEqual(expect.arrayContaining(['clara.transactions.list']));
  });

  it('keeps each contradiction between official pages as one explicit choice, told where it matters', () => {
    const contested = Object.entries(schemas).filter(([, schema]) => schema['x-clara-contested']);
    expect(contested.map(([name]) => name).sort()).toEqual(['CardLockRequest', 'CardRequest', 'TransactionStatus']);
    for (const [name, schema] of contested) {
      const { kept, other, alternative } = schema['x-clara-contested'];
      expect([name, typeof kept, typeof other, typeof alternative]).toEqual([name, 'string', 'string', 'object']);
      expect([kept, other].filter((reading) => /https:\/\/\S+/.test(reading)).length, `${name}: both readings name their page`).toBe(2);
      expect(schema.description).toContain("Contested: Clara's official pages give two readings.");
    }
    const docs = methodDocs(code);
    expect(docOf(docs, 'PATCH /v3/cards/{uuid}/lock')).toContain('Contested (`CardLockRequest`)');
    expect(docOf(docs, 'PATCH /v3/cards/{uuid}/lock')).toContain('The sandbox accepts both forms.');
    expect(docOf(docs, 'POST /v3/cards')).toContain('Contested (`CardRequest`)');
    expect(docOf(docs, 'POST /v3/cards/bulk-create')).toContain('Contested (`CardRequest`)');
    expect(docOf(docs, 'GET /v3/transactions')).toContain('Contested (`TransactionStatus`)');
    expect(docOf(docs, 'GET /v3/transactions')).toContain('The sandbox answers in the form this SDK follows.');
  });
});

it('keeps a hostile path or schema name inside its code span and its cell of the README table', () => {
  const route = 'GET /v3/x`|y`\n# h|z';
  const name = 'Body`|x';
  const document = {
    openapi: '3.1.0',
    info: { title: 't', version: '1' },
    paths: { [route.slice(4)]: { get: { 'x-clara-resource': 'items', 'x-clara-method': 'get', responses: { 200: { description: 'ok', content: { 'application/json': { schema: { $ref: `#/components/schemas/${name}` } } } } } } } },
    components: { schemas: { [name]: { type: 'object', 'x-clara-confidence': 'low' } } },
  } as unknown as OpenApiDocument;
  const table = renderReconstructed(reconstructedOperations(document));
  const rows = table.split('\n');
  expect(rows).toHaveLength(3);
  // GFM's rule: a row's cells are split at each `|` not preceded by a backslash, which then goes.
  const cells = rows[2]!.split(/(?<!\\)\|/).slice(1, -1).map((text) => text.trim().replaceAll('\\|', '|'));
  expect(cells).toEqual(['`clara.items.get`', '``GET /v3/x`|y`\\n# h|z``', 'the response ``Body`|x``']);
});
