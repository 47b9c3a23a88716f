// Postman files per country, as Clara's docs suggest ("import api-docs-v3.json into Postman"), made from the
// effective document with Postman's own converter (openapi-to-postmanv2): a collection with OAuth 2.0 client
// credentials pre-filled (the country's token URL, `{{clientId}}`, `{{clientSecret}}`, Basic client
// authentication) and `{{baseUrl}}`, and one environment per Clara environment. The client certificate is a
// Postman setting, not a file field (package README, "Postman"). Output is deterministic: the converter's random
// ids are replaced by ids derived from the country and each item's place.
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';

import type { Country } from './binding.ts';
import type { OpenApiDocument } from './spec.ts';

const require = createRequire(import.meta.url);
/** The json-schema-faker instance the converter uses (its own copy, required by path: the same module). */
const faker = require('openapi-to-postmanv2/assets/json-schema-faker.js') as { option(options: { random: () => number }): void };
const Converter = require('openapi-to-postmanv2') as {
  convertV2(input: { type: 'json'; data: unknown }, options: Record<string, unknown>, callback: (error: unknown, result: ConversionResult) => void): void;
};

interface ConversionResult {
  result: boolean;
  reason?: string;
  output?: { type: string; data: Record<string, any> }[];
}

export interface PostmanFile {
  /** File name inside the package's `postman/` folder. */
  name: string;
  text: string;
}

export async function renderPostman(country: Country, document: OpenApiDocument): Promise<PostmanFile[]> {
  const collection = await convert(document);
  const prefix = `clara-${country.code}`;
  collection.info = { ...collection.info, _postman_id: stableId(prefix, 'collection'), name: `Clara API — ${country.name}` };
  collection.auth = {
    type: 'oauth2',
    oauth2: [
      { key: 'grant_type', value: 'client_credentials', type: 'string' },
      { key: 'accessTokenUrl', value: country.tokenUrl, type: 'string' },
      { key: 'clientId', value: '{{clientId}}', type: 'string' },
      { key: 'clientSecret', value: '{{clientSecret}}', type: 'string' },
      { key: 'client_authentication', value: 'header', type: 'string' },
      { key: 'tokenName', value: `Clara ${country.code.toUpperCase()}`, type: 'string' },
    ],
  };
  collection.variable = [{ key: 'baseUrl', value: country.servers.production, type: 'string' }];
  const environment = (name: 'production' | 'sandbox') => ({
    id: stableId(prefix, name),
    name: `Clara ${country.name} — ${name}`,
    values: [
      { key: 'baseUrl', value: country.servers[name], type: 'default', enabled: true },
      { key: 'clientId', value: '', type: 'default', enabled: true },
      { key: 'clientSecret', value: '', type: 'secret', enabled: true },
    ],
    _postman_variable_scope: 'environment',
  });
  const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
  return [
    { name: `${prefix}.postman_collection.json`, text: json(withStableIds(withoutErrorExamples(collection), prefix)) },
    { name: `${prefix}-production.postman_environment.json`, text: json(environment('production')) },
    { name: `${prefix}-sandbox.postman_environment.json`, text: json(environment('sandbox')) },
  ];
}

/**
 * The converter fills values the spec gives no example for with random ones (its json-schema-faker): the faker runs
 * with a generator seeded from the document, so the same document gives the same collection.
 */
async function convert(document: OpenApiDocument): Promise<Record<string, any>> {
  const options = { folderStrategy: 'Tags', parametersResolution: 'Example', enableOptionalParameters: false };
  faker.option({ random: seededRandom(createHash('sha256').update(JSON.stringify(document)).digest().readUInt32LE(0)) });
  try {
    return await new Promise((resolve, reject) => {
      Converter.convertV2({ type: 'json', data: structuredClone(document) }, options, (error, result) => {
        const collection = result?.output?.find((output) => output.type === 'collection')?.data;
        if (error || !result?.result || !collection) reject(new Error(`Postman conversion failed: ${String(error ?? result?.reason ?? 'no collection')}`));
        else resolve(collection);
      });
    });
  } finally {
    faker.option({ random: Math.random });
  }
}

/** mulberry32: a small, good-enough PRNG for example values. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Saved examples of successes only: the error examples are the same ErrorResponse on every request (two thirds of
 * the collection's size), and Postman shows the real error when a call fails.
 */
function withoutErrorExamples(node: any): any {
  if (Array.isArray(node)) return node.map(withoutErrorExamples);
  if (typeof node !== 'object' || node === null) return node;
  const copy = Object.fromEntries(Object.entries(node).map(([key, value]) => [key, withoutErrorExamples(value)]));
  if (Array.isArray(copy.response)) copy.response = copy.response.filter((example: { code?: number }) => !(Number(example.code) >= 400));
  return copy;
}

/** Every `id` replaced by one derived from its place in the collection, so two generations are byte-identical. */
function withStableIds(node: unknown, at: string): unknown {
  if (Array.isArray(node)) return node.map((child, i) => withStableIds(child, `${at}/${i}`));
  if (typeof node !== 'object' || node === null) return node;
  return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, key === 'id' && typeof value === 'string' ? stableId(at, 'id') : withStableIds(value, `${at}/${key}`)]));
}

function stableId(...parts: string[]): string {
  const hex = createHash('sha256').update(parts.join('\0')).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
