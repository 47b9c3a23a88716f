// Postman files per country, as Clara's docs suggest ("import api-docs-v3.json into Postman"), made from the
// effective document with Postman's own converter (openapi-to-postmanv2): a collection with OAuth 2.0 client
// credentials pre-filled (the country's token URL, `{{clientId}}`, `{{clientSecret}}`, Basic client
// authentication) and `{{baseUrl}}`, and one environment per Clara environment. The client certificate is a
// Postman setting, not a file field (package README, "Postman"). Output is deterministic: the converter's random
// ids are replaced by ids derived from the country and each item's place.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { isDeepStrictEqual } from 'node:util';

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

/** The collection's pre-request script: fetches and caches the token, so runs work without the app's OAuth dialog. */
const TOKEN_SCRIPT = readFileSync(new URL('./postman-token-script.js', import.meta.url), 'utf8');

export async function renderPostman(country: Country, document: OpenApiDocument): Promise<PostmanFile[]> {
  const converted = await convert(document);
  const prefix = `clara-${country.code}`;
  const ids = exampleIdVariables(document);
  const collection = withIdVariables(withReadsFirst(withoutErrorExamples(converted)), ids) as Record<string, any>;
  checkHosts(collection);
  collection.info = { ...collection.info, _postman_id: stableId(prefix, 'collection'), name: `Clara API — ${country.name}` };
  // The app's OAuth 2.0 settings ("Get New Access Token"), sending {{accessToken}}: what the script below caches.
  collection.auth = {
    type: 'oauth2',
    oauth2: [
      { key: 'grant_type', value: 'client_credentials', type: 'string' },
      { key: 'accessTokenUrl', value: '{{tokenUrl}}', type: 'string' },
      { key: 'clientId', value: '{{clientId}}', type: 'string' },
      { key: 'clientSecret', value: '{{clientSecret}}', type: 'string' },
      { key: 'client_authentication', value: 'header', type: 'string' },
      { key: 'tokenName', value: `Clara ${country.code.toUpperCase()}`, type: 'string' },
      { key: 'accessToken', value: '{{accessToken}}', type: 'string' },
      { key: 'headerPrefix', value: 'Bearer', type: 'string' },
      { key: 'addTokenTo', value: 'header', type: 'string' },
    ],
  };
  collection.event = [{ listen: 'prerequest', script: { type: 'text/javascript', exec: TOKEN_SCRIPT.trimEnd().split('\n') } }];
  collection.variable = [
    { key: 'baseUrl', value: country.servers.production, type: 'string' },
    { key: 'tokenUrl', value: country.tokenUrl, type: 'string' },
    // Defaults: the ids of Clara's examples (which the local sandbox serves); your own go in your environment.
    ...[...ids].sort(([, a], [, b]) => a.localeCompare(b)).map(([value, key]) => ({ key, value, type: 'string' })),
  ];
  const environment = (name: 'production' | 'sandbox') => ({
    id: stableId(prefix, name),
    name: `Clara ${country.name} — ${name}`,
    values: [
      { key: 'baseUrl', value: country.servers[name], type: 'default', enabled: true },
      { key: 'tokenUrl', value: country.tokenUrl, type: 'default', enabled: true },
      { key: 'clientId', value: '', type: 'default', enabled: true },
      { key: 'clientSecret', value: '', type: 'secret', enabled: true },
    ],
    _postman_variable_scope: 'environment',
  });
  const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
  return [
    { name: `${prefix}.postman_collection.json`, text: json(withStableIds(collection, prefix)) },
    { name: `${prefix}-production.postman_environment.json`, text: json(environment('production')) },
    { name: `${prefix}-sandbox.postman_environment.json`, text: json(environment('sandbox')) },
  ];
}

const ID_PARAMETER = /(^|[a-z])(uuid|id)$/i;
const singular = (word: string) => (word.endsWith('ies') ? `${word.slice(0, -3)}y` : word.replace(/(ch|sh|x|ss)es$/, '$1').replace(/s$/, ''));
const camel = (words: string[]) =>
  words
    .flatMap((word) => word.split('-'))
    .map((word, index) => (index === 0 ? word : `${word.charAt(0).toUpperCase()}${word.slice(1)}`))
    .join('');

/** A Postman variable name that reads as itself in `{{…}}`, scripts and URLs. */
const PLAIN_NAME = /^[A-Za-z][A-Za-z0-9]*$/;

/**
 * Example id → variable name, from the document's id path parameters that have an example: `/v3/cards/{uuid}` →
 * `cardUuid`, `/v3/cards/requests/{id}` → `cardRequestId`, `/v3/cards/requests/batches/{id}` →
 * `cardRequestBatchId`, `/v1/vcn/{purchaseId}` → `purchaseId`. The same example id in several paths (a card in v1
 * and v3) is one variable, as it is one item in Clara. A name that is not plain letters and digits (it comes from
 * the spec's parameter names and paths) becomes `exampleId<n>`.
 */
function exampleIdVariables(document: OpenApiDocument): Map<string, string> {
  const names = new Map<string, string>();
  const resolve = (parameter: any) => (typeof parameter?.$ref === 'string' ? document.components?.parameters?.[parameter.$ref.split('/').at(-1)] : parameter);
  for (const [path, pathItem] of Object.entries<any>(document.paths ?? {})) {
    const segments = path.split('/').filter(Boolean);
    const operations = Object.values<any>(pathItem).filter((operation) => Array.isArray(operation?.parameters));
    const parameters = [...(pathItem.parameters ?? []), ...operations.flatMap((operation) => operation.parameters)].map(resolve);
    for (const parameter of parameters) {
      const example = parameter?.example ?? parameter?.schema?.example;
      if (parameter?.in !== 'path' || !ID_PARAMETER.test(parameter.name) || typeof example !== 'string' || names.has(example)) continue;
      const at = segments.indexOf(`{${parameter.name}}`);
      const literals = segments.slice(1, at).filter((segment) => !segment.startsWith('{')).map(singular);
      const param = `${parameter.name.charAt(0).toUpperCase()}${parameter.name.slice(1)}`;
      let name = /^(uuid|id)$/i.test(parameter.name) ? `${camel(literals)}${param}` : parameter.name;
      if ([...names.values()].includes(name)) name = `${name}${segments[0]?.toUpperCase() ?? ''}`;
      if (!PLAIN_NAME.test(name)) name = `exampleId${names.size + 1}`;
      names.set(example, name);
    }
  }
  return names;
}

/** The example ids of requests (path variables, bodies, query values) replaced by `{{variable}}`; saved responses keep theirs. */
function withIdVariables(node: any, ids: Map<string, string>): any {
  if (!Array.isArray(node.item)) return node;
  return { ...node, item: node.item.map((item: any) => (item.request ? { ...item, request: withIdValues(item.request, ids) } : withIdVariables(item, ids))) };
}

/** `node` with every string value that is an example id replaced by its `{{variable}}`, raw JSON bodies included; keys and other text are left as they are. */
function withIdValues(node: unknown, ids: Map<string, string>): unknown {
  if (typeof node === 'string') return ids.has(node) ? `{{${ids.get(node)}}}` : node;
  if (Array.isArray(node)) return node.map((child) => withIdValues(child, ids));
  if (typeof node !== 'object' || node === null) return node;
  return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, key === 'raw' && typeof value === 'string' ? withIdsInRawJson(value, ids) : withIdValues(value, ids)]));
}

/** A raw body the converter wrote as JSON (2-space indented) gets its ids replaced inside; any other raw text is left as it is. */
function withIdsInRawJson(raw: string, ids: Map<string, string>): string {
  let body: unknown;
  try {
    body = JSON.parse(raw);
  } catch {
    return ids.has(raw) ? `{{${ids.get(raw)}}}` : raw;
  }
  return JSON.stringify(body, null, 2) === raw ? JSON.stringify(withIdValues(body, ids), null, 2) : raw;
}

export class PostmanError extends Error {
  override name = 'PostmanError';
}

/** Every request goes to `{{baseUrl}}`: a path Postman's URL parser reads as another host (one holding `https://`) is refused, as the token would go there. */
function checkHosts(node: any): void {
  for (const item of node.item ?? []) {
    if (!item.request) checkHosts(item);
    else if (typeof item.request.url !== 'object' || item.request.url.protocol !== undefined || !isDeepStrictEqual(item.request.url.host, ['{{baseUrl}}'])) {
      throw new PostmanError(`Postman conversion: the request ${JSON.stringify(item.name)} would not go to {{baseUrl}} (its path reads as a URL of its own): ${JSON.stringify(item.request.url)}`);
    }
  }
}

const writeRank = (request: { method: string; url: { path: string[] } }) => {
  if (request.method === 'GET') return 0;
  const last = request.url.path.at(-1) ?? '';
  return request.method === 'DELETE' || last === 'delete' || last === 'cancel' ? 2 : 1;
};

/**
 * Within each folder the reads first, then the writes, the deletions last: "Run collection" (and newman) reads
 * items before a write of the same run changes or removes them.
 */
function withReadsFirst(node: any): any {
  if (!Array.isArray(node.item)) return node;
  const items = node.item.map(withReadsFirst);
  const rank = (item: any) => (item.request ? writeRank(item.request) : 0);
  return { ...node, item: items.map((item: any, index: number) => ({ item, index })).sort((a: any, b: any) => rank(a.item) - rank(b.item) || a.index - b.index).map(({ item }: any) => item) };
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
