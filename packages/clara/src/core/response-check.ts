// Checks an answer against its operation in the country's effective document: the status must be one the
// operation declares, and a 2xx body must match its schema. The schemas (generated per country by
// tools/generate/responses.ts) and ajv are loaded on the first answer to check, and each operation's validator is
// compiled on its first answer: a client that never checks never loads them. Unknown fields are found by a
// compiled copy of each object schema that has `unevaluatedProperties: false`. Findings say where and what kind,
// never what the answer held (enum values only with `driftValues: 'enum'`).
import type { ErrorObject, ValidateFunction } from 'ajv/dist/2020.js';

import type { DriftFinding } from './drift.js';
import type { DriftValues, ValidateResponses } from './options.js';

/** What a country package generates from its effective document (a JSON Schema 2020-12 subset). */
export interface ResponseSchemas {
  components: { schemas: Record<string, object> };
  /** By operationId: the path as in Clara's document, and each declared status with its JSON body schema (or null: no body). */
  operations: Record<string, { path: string; responses: Record<string, object | null> }>;
}

/** Every operation's first answers are checked in full; after that, one in SAMPLE_EVERY (`report` mode). */
export const CHECK_FIRST = 10;
export const SAMPLE_EVERY = 50;

const DOCUMENT_ID = 'clara:responses';

/** What every client of a country shares (its binding's one loader): the schemas, ajv and the compiled validators. */
interface Shared {
  schemas: ResponseSchemas;
  ajv: import('ajv/dist/2020.js').Ajv2020;
  /** By `operationId status`; undefined: that status declares no body. */
  validators: Map<string, ValidateFunction | undefined>;
}

// A service with a client per Clara customer must not compile the document once per client.
const sharedByLoader = new WeakMap<() => Promise<ResponseSchemas>, Promise<Shared>>();

export class ResponseChecker {
  readonly #load: () => Promise<ResponseSchemas>;
  readonly #mode: Exclude<ValidateResponses, 'off'>;
  readonly #values: DriftValues;
  #shared: Shared | undefined;
  #loading: Promise<void> | undefined;
  /** Answers seen per operation, for the sampling in `report` mode. */
  readonly #answers = new Map<string, number>();

  constructor(load: () => Promise<ResponseSchemas>, mode: Exclude<ValidateResponses, 'off'>, values: DriftValues) {
    this.#load = load;
    this.#mode = mode;
    this.#values = values;
  }

  /** The path of the operation as in Clara's document (`/api/v3/invoices`), once the schemas are loaded. */
  pathOf(operationId: string): string | undefined {
    return this.#shared?.schemas.operations[operationId]?.path;
  }

  /**
   * What differs in this answer. `body` is absent for an error answer (only its status is checked). A promise
   * only until the schemas are loaded; after that the check is synchronous (no extra turn on the request path).
   */
  check(operationId: string, status: number, body?: { value: unknown }): DriftFinding[] | Promise<DriftFinding[]> {
    const shared = this.#shared;
    if (!shared) return (this.#loading ??= this.#start()).then(() => this.check(operationId, status, body));
    const operation = shared.schemas.operations[operationId];
    if (!operation) return [];
    const declared = statusKey(operation.responses, status);
    if (declared === undefined) return [{ pointer: '', kind: 'undeclared status' }];
    if (body === undefined || status < 200 || status > 299 || !operation.responses[declared]) return [];
    const answer = this.#answers.get(operationId) ?? 0;
    this.#answers.set(operationId, answer + 1);
    if (this.#mode === 'report' && answer >= CHECK_FIRST && answer % SAMPLE_EVERY !== 0) return [];
    const key = `${operationId} ${declared}`;
    let validate = shared.validators.get(key);
    if (!shared.validators.has(key)) {
      validate = shared.ajv.compile({ $ref: `${DOCUMENT_ID}#/operations/${escapePointer(operationId)}/responses/${escapePointer(declared)}` });
      shared.validators.set(key, validate);
    }
    if (!validate || validate(body.value)) return [];
    return findings(validate.errors ?? [], body.value, this.#values);
  }

  async #start(): Promise<void> {
    let shared = sharedByLoader.get(this.#load);
    if (!shared) {
      shared = loadShared(this.#load);
      sharedByLoader.set(this.#load, shared);
      shared.catch(() => sharedByLoader.delete(this.#load)); // a later client may try again
    }
    this.#shared = await shared;
  }
}

async function loadShared(load: () => Promise<ResponseSchemas>): Promise<Shared> {
  const [schemas, { Ajv2020 }] = await Promise.all([load(), import('ajv/dist/2020.js')]);
  // allErrors: every difference of an answer at once; verbose: the value at each error, to tell its JSON type.
  const ajv = new Ajv2020({ strict: false, allErrors: true, verbose: true, validateSchema: false, validateFormats: false });
  ajv.addSchema({ $id: DOCUMENT_ID, ...closeObjects(schemas) });
  return { schemas, ajv, validators: new Map() };
}

/** The declared status an answer matches: exact, then `2XX`-style ranges, then `default`. */
function statusKey(responses: Record<string, unknown>, status: number): string | undefined {
  const exact = String(status);
  if (exact in responses) return exact;
  const range = `${exact[0]}XX`;
  if (range in responses) return range;
  return 'default' in responses ? 'default' : undefined;
}

/** A copy in which each object schema with `properties` and no `additionalProperties` refuses other fields. */
function closeObjects<T>(node: T): T {
  if (Array.isArray(node)) return node.map(closeObjects) as T;
  if (typeof node !== 'object' || node === null) return node;
  const copy = Object.fromEntries(Object.entries(node).map(([key, value]) => [key, key === 'enum' ? value : closeObjects(value)]));
  if ('properties' in copy && !('additionalProperties' in copy)) copy.unevaluatedProperties = false;
  return copy as T;
}

const escapePointer = (token: string): string => encodeURIComponent(token.replaceAll('~', '~0').replaceAll('/', '~1'));

/** ajv's errors as drift findings: only the kinds drift reports, a branch of `oneOf`/`anyOf` as its parent's. */
function findings(errors: readonly ErrorObject[], body: unknown, values: DriftValues): DriftFinding[] {
  const typeErrors = new Set(errors.filter((error) => error.keyword === 'type').map((error) => error.instancePath));
  const found: DriftFinding[] = [];
  for (const error of errors) {
    if (/\/(oneOf|anyOf)\/\d+\//.test(error.schemaPath)) continue;
    const at = error.instancePath;
    switch (error.keyword) {
      case 'type':
        found.push({ pointer: pointerOf(body, at), kind: 'type', expected: String(error.params.type).replaceAll(',', '|'), seen: jsonType(error.data) });
        break;
      case 'oneOf':
      case 'anyOf':
        found.push({ pointer: pointerOf(body, at), kind: 'type', expected: error.keyword, seen: jsonType(error.data) });
        break;
      case 'required':
        found.push({ pointer: pointerOf(body, at, error.params.missingProperty as string), kind: 'missing required' });
        break;
      case 'unevaluatedProperties':
      case 'additionalProperties': {
        const field = (error.params.unevaluatedProperty ?? error.params.additionalProperty) as string;
        found.push({ pointer: pointerOf(body, at, field), kind: 'unknown field', seen: jsonType((error.data as Record<string, unknown>)[field]) });
        break;
      }
      case 'enum': {
        if (typeErrors.has(at)) break; // a value of the wrong type is reported as a type, not also as a value
        const allowed = (error.params.allowedValues as unknown[]).length;
        const opted = values === 'enum' ? { value: String(error.data) } : {};
        found.push({ pointer: pointerOf(body, at), kind: 'enum value', expected: `${allowed} value${allowed === 1 ? '' : 's'}`, seen: shapeOf(error.data), ...opted });
        break;
      }
    }
  }
  return found;
}

/**
 * A key of the answer as it appears in a pointer. A field name is a word with a digit or two at most (`line1`,
 * `v2Amount`); a key that is not (an e-mail, a card number, a UUID, a tax id like `ABC850101XY1`, `cus_4f9a8b7c6d5e`:
 * the keys of a map the document does not declare) is data, so it is written `{key}` — which also keeps a map's
 * many keys to one entry.
 */
const FIELD_NAME = /^[A-Za-z_$][A-Za-z0-9_$-]{0,63}$/;
/** Marks of an id that FIELD_NAME lets through: a UUID's shape, a run of hex with a digit in it, a digit after `_` or `-`. */
const ID_LIKE = /^[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}$|(?=[0-9a-f]*\d)[0-9a-f]{8,}|[_-]\d/i;
const isFieldName = (key: string): boolean => FIELD_NAME.test(key) && (key.match(/\d/g)?.length ?? 0) <= 2 && !ID_LIKE.test(key);
export const fieldOf = (key: string): string => (isFieldName(key) ? key : '{key}');

/** ajv's instance path (`/content/3/taxDetails`) as a drift pointer (`content[].taxDetails`): array indexes become `[]`. */
function pointerOf(body: unknown, instancePath: string, field?: string): string {
  const tokens = instancePath === '' ? [] : instancePath.slice(1).split('/').map((token) => token.replaceAll('~1', '/').replaceAll('~0', '~'));
  let pointer = '';
  let node = body;
  for (const token of tokens) {
    if (Array.isArray(node)) {
      pointer += '[]';
      node = node[Number(token)];
    } else {
      pointer += pointer === '' ? fieldOf(token) : `.${fieldOf(token)}`;
      node = (node as Record<string, unknown> | undefined)?.[token];
    }
  }
  if (field === undefined) return pointer;
  return pointer === '' ? fieldOf(field) : `${pointer}.${fieldOf(field)}`;
}

export function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

/** A value described without itself: `length 7, letters and digits`. */
export function shapeOf(value: unknown): string {
  if (typeof value !== 'string') return jsonType(value);
  const kinds = [
    [/[A-Z]/, 'upper-case letters'],
    [/[a-z]/, 'lower-case letters'],
    [/[0-9]/, 'digits'],
    [/[ \t]/, 'spaces'],
    [/[_\-.]/, '"_", "-" or "."'],
    [/[^A-Za-z0-9 \t_\-.]/, 'other characters'],
  ] as const;
  const present = kinds.filter(([pattern]) => pattern.test(value)).map(([, name]) => name);
  const list = present.length <= 1 ? (present[0] ?? 'nothing') : `${present.slice(0, -1).join(', ')} and ${present.at(-1)}`;
  return `length ${value.length}, ${list}`;
}
