// Spec-pair fixtures (tools/test/fixtures/spec-pairs: base.json → after/<case>.json), one per kind of change:
// the classification, the bump it implies before and after 1.0, and the changeset summary.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

import { buildEffectiveDocument } from '../generate/effective.ts';
import { parseOverlay } from '../generate/overlay.ts';
import { bumpFor, highestKind, MAX_DETAIL_LINES, renderChangeset, renderFullSummary } from '../spec/changeset.ts';
import { diffSpecs } from '../spec/diff.ts';

const pairs = join(import.meta.dirname, 'fixtures', 'spec-pairs');
const overlay = parseOverlay('overlay.yaml', readFileSync(join(pairs, 'overlay.yaml'), 'utf8'));
/** What spec:sync compares: the effective documents (upstream + overlay, repaired and named). */
const effective = async (file: string) => (await buildEffectiveDocument(JSON.parse(readFileSync(join(pairs, file), 'utf8')), overlay, 'zz', file)).document;
const base = await effective('base.json');
const afterDocuments = new Map<string, Record<string, any>>();
for (const file of readdirSync(join(pairs, 'after'))) afterDocuments.set(file.replace(/\.json$/, ''), await effective(`after/${file}`));
const diffTo = (name: string) => diffSpecs(base, afterDocuments.get(name)!);

const cases: [name: string, kind: 'breaking' | 'feature' | 'patch', before1: string, after1: string, lines: string[]][] = [
  ['operation-removed', 'breaking', 'minor', 'major', ['Removed operation `GET /v3/transactions/{uuid}` (`clara.transactions.get`, raw.getTransaction)']],
  ['parameter-removed', 'breaking', 'minor', 'major', ['`GET /v3/transactions`: removed query parameter `page`']],
  ['parameter-became-required', 'breaking', 'minor', 'major', ['`GET /v3/transactions` query parameter `page` became required']],
  ['type-changed', 'breaking', 'minor', 'major', ['schema `Tx`, field `amount`: type changed from `number` to `string`']],
  ['request-narrowed', 'breaking', 'minor', 'major', ['schema `CardRequest`, field `alias`: maxLength `40` → `20`']],
  ['enum-value-removed', 'breaking', 'minor', 'major', ['schema `Tx`, field `status`: enum value `"DECLINED"` removed']],
  ['response-field-removed', 'breaking', 'minor', 'major', ['schema `Tx`, field `amount` removed']],
  ['operation-added', 'feature', 'patch', 'minor', ['New operation `GET /v3/cards/{uuid}` (`clara.cards.get`, raw.getCards)']],
  ['optional-parameter-added', 'feature', 'patch', 'minor', ['`GET /v3/transactions`: new optional query parameter `size`']],
  ['field-added', 'feature', 'patch', 'minor', ['schema `Tx`, field `currency` added (optional)']],
  ['enum-value-added', 'feature', 'patch', 'minor', ['schema `Tx`, field `status`: new enum value `"REVERSED"`']],
  [
    'descriptions-and-examples',
    'patch',
    'patch',
    'patch',
    ['`GET /v3/transactions`: summary or description updated', 'schema `Tx`, field `amount`: description or example updated'],
  ],
];

describe('spec pairs', () => {
  test.each(cases)('%s → %s (bump %s before 1.0, %s after)', (name, kind, before1, after1, lines) => {
    const changes = diffTo(name);
    expect(changes.map((c) => c.message)).toEqual(lines);
    expect(changes.every((c) => c.kind === kind)).toBe(true);
    expect(bumpFor(highestKind(changes)!, '0.3.1')).toBe(before1);
    expect(bumpFor(highestKind(changes)!, '1.4.0')).toBe(after1);
  });

  test('an identical spec has no changes; key order alone is not a change', () => {
    expect(diffSpecs(base, structuredClone(base))).toEqual([]);
    const reordered = { ...base, paths: Object.fromEntries(Object.entries(base.paths).reverse()) };
    expect(diffSpecs(base, reordered)).toEqual([]);
  });

  test('direction: a response field that may now be absent breaks readers; a request field made optional does not', () => {
    const after = structuredClone(base);
    after.components.schemas.Tx.required = [];
    after.components.schemas.CardRequest.required = [];
    expect(diffSpecs(base, after)).toEqual([
      { kind: 'feature', message: 'schema `CardRequest`, field `alias` became optional' },
      { kind: 'breaking', message: 'schema `Tx`, field `uuid` became optional' },
    ]);
  });

  test('a new required request field is breaking, a new required response field is a feature', () => {
    const after = structuredClone(base);
    after.components.schemas.CardRequest.properties.currency = { type: 'string' };
    after.components.schemas.CardRequest.required = ['alias', 'currency'];
    after.components.schemas.Tx.properties.currency = { type: 'string' };
    after.components.schemas.Tx.required = ['uuid', 'currency'];
    expect(diffSpecs(base, after)).toEqual([
      { kind: 'breaking', message: 'schema `CardRequest`, field `currency` added (required)' },
      { kind: 'feature', message: 'schema `Tx`, field `currency` added' },
    ]);
  });

  test('deprecating a field or a parameter is a feature; undeprecating a patch', () => {
    const after = structuredClone(base);
    after.components.schemas.Tx.properties.amount.deprecated = true;
    after.paths['/v3/transactions'].get.parameters[0].deprecated = true;
    expect(diffSpecs(base, after)).toEqual([
      { kind: 'feature', message: '`GET /v3/transactions` query parameter `page` is deprecated' },
      { kind: 'feature', message: 'schema `Tx`, field `amount` is deprecated' },
    ]);
    expect(diffSpecs(after, base).map((c) => c.kind)).toEqual(['patch', 'patch']);
  });

  test('type and format: added narrows, removed widens — breaking only where that hurts', () => {
    const withType = structuredClone(base);
    const untyped = structuredClone(base);
    delete untyped.components.schemas.CardRequest.properties.alias.type;
    delete untyped.components.schemas.Tx.properties.amount.type;
    expect(diffSpecs(withType, untyped)).toEqual([
      { kind: 'feature', message: 'schema `CardRequest`, field `alias`: no longer restricted to type `string`' },
      { kind: 'breaking', message: 'schema `Tx`, field `amount`: no longer restricted to type `number`' },
    ]);
    expect(diffSpecs(untyped, withType)).toEqual([
      { kind: 'breaking', message: 'schema `CardRequest`, field `alias`: restricted to type `string`' },
      { kind: 'patch', message: 'schema `Tx`, field `amount`: restricted to type `number`' },
    ]);
    const formatted = structuredClone(base);
    formatted.components.schemas.CardRequest.properties.alias.format = 'email';
    formatted.components.schemas.Tx.properties.amount.format = 'double';
    expect(diffSpecs(base, formatted).map((c) => c.kind)).toEqual(['breaking', 'patch']);
    expect(diffSpecs(formatted, base).map((c) => c.kind)).toEqual(['feature', 'breaking']);
    const reformatted = structuredClone(formatted);
    reformatted.components.schemas.Tx.properties.amount.format = 'float';
    expect(diffSpecs(formatted, reformatted)).toEqual([{ kind: 'breaking', message: 'schema `Tx`, field `amount`: format changed from `double` to `float`' }]);
  });

  test('error responses are patches, their schemas included', () => {
    const withError = structuredClone(base);
    withError.components.schemas.ErrorResponse = { type: 'object', required: ['message'], properties: { message: { type: 'string' }, code: { type: 'string' } } };
    withError.paths['/v3/transactions'].get.responses['400'] = { description: 'bad', content: { 'application/json': { schema: { $ref: '#/components/schemas/ErrorResponse' } } } };
    const after = structuredClone(withError);
    delete after.components.schemas.ErrorResponse.properties.code;
    after.components.schemas.ErrorResponse.required = [];
    after.paths['/v3/transactions'].get.responses['400'].content = { 'application/problem+json': after.paths['/v3/transactions'].get.responses['400'].content['application/json'] };
    const changes = diffSpecs(withError, after);
    expect(changes.map((c) => c.message)).toEqual([
      '`GET /v3/transactions` error response 400: media type `application/json` removed',
      '`GET /v3/transactions` error response 400: media type `application/problem+json` added',
      'schema `ErrorResponse`, field `code` removed',
      'schema `ErrorResponse`, field `message` became optional',
    ]);
    expect(changes.every((c) => c.kind === 'patch')).toBe(true);
  });

  test('a renamed raw function or client method is breaking even when the path stays', () => {
    const after = structuredClone(base);
    after.paths['/v3/transactions'].get.operationId = 'listAllTransactions';
    after.paths['/v3/transactions'].get['x-clara-method'] = 'all';
    expect(diffSpecs(base, after)).toEqual([
      { kind: 'breaking', message: '`GET /v3/transactions`: raw function `raw.listTransactions` renamed to `raw.listAllTransactions`' },
      { kind: 'breaking', message: '`GET /v3/transactions`: client method `clara.transactions.list` renamed to `clara.transactions.all`' },
    ]);
  });

  test('tags only group operations: a patch, all tag moves on one line', () => {
    const after = structuredClone(base);
    after.paths['/v3/transactions'].get.tags = ['Transactions V3'];
    after.paths['/v3/transactions/{uuid}'].get.tags = ['Transactions V3'];
    expect(diffSpecs(base, after)).toEqual([{ kind: 'patch', message: 'Tags changed on 2 operations: `Transactions` → `Transactions V3` (2)' }]);
  });

  test("where credentials go is breaking; the security schemes' descriptions are a patch", () => {
    const described = structuredClone(base);
    described.components.securitySchemes.oauth2.description = 'Client credentials.';
    expect(diffSpecs(base, described)).toEqual([{ kind: 'patch', message: 'Security scheme descriptions updated' }]);
    const moved = structuredClone(base);
    moved.components.securitySchemes.oauth2.flows.clientCredentials.tokenUrl = 'https://public-api.zz.clara.com/oauth2/token';
    expect(diffSpecs(base, moved)).toEqual([{ kind: 'breaking', message: 'Security schemes (mTLS / OAuth token endpoint) changed' }]);
  });
});

describe('the changeset', () => {
  test('names the package and bump, counts the changes and lists them one per line, grouped by kind', () => {
    const changes = [...diffTo('response-field-removed'), ...diffTo('operation-added'), ...diffTo('descriptions-and-examples')];
    expect(renderChangeset('@org/clara-zz', 'minor', 'specs/zz/api-docs-v3.json', changes)).toBe(
      [
        '---',
        '"@org/clara-zz": minor',
        '---',
        '',
        'Spec update (specs/zz/api-docs-v3.json): 1 breaking change, 1 new feature, 2 fixes and documentation changes.',
        '',
        'Breaking changes:',
        '- schema `Tx`, field `amount` removed',
        '',
        'New features:',
        '- New operation `GET /v3/cards/{uuid}` (`clara.cards.get`, raw.getCards)',
        '',
        'Fixes and documentation:',
        '- `GET /v3/transactions`: summary or description updated',
        '- schema `Tx`, field `amount`: description or example updated',
        '',
      ].join('\n'),
    );
  });

  test('stays short: client methods first, then at most 40 further lines; the full list is for the pull request', () => {
    const changes = Array.from({ length: 55 }, (_, i) => ({ kind: 'patch' as const, message: `change ${i}` }));
    const methods = { added: ['`clara.cards.freeze` (`POST /v3/cards/{uuid}/freeze`)'], changed: [], removed: ['`clara.v2.invoices.list` (`GET /v2/invoices`)'] };
    const text = renderChangeset('@org/clara-zz', 'patch', 'specs/zz/api-docs-v3.json', changes, methods);
    expect(text).toContain(
      ['Client methods:', '- added `clara.cards.freeze` (`POST /v3/cards/{uuid}/freeze`)', '- removed `clara.v2.invoices.list` (`GET /v2/invoices`)', '', 'Fixes and documentation:', '- change 0'].join('\n'),
    );
    expect(text.split('\n').filter((line) => /^- change/.test(line))).toHaveLength(MAX_DETAIL_LINES);
    expect(text).toContain('… and 15 more changes: the spec-sync pull request lists them all.');
    expect(renderFullSummary('specs/zz/api-docs-v3.json', changes, methods)).toContain('- change 54');
  });

  test('a version that is not semver is refused', () => {
    expect(() => bumpFor('patch', 'next')).toThrow('"next" is not a semver version');
  });
});
