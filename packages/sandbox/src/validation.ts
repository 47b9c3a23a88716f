import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type { JsonSchema, Operation, SpecDocument } from './spec.js';

// ajv-formats is CommonJS: its default export arrives wrapped depending on the loader.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (ajv: Ajv2020) => Ajv2020;

const SPEC_ID = 'https://clara-sandbox.local/spec.json';

const INT32 = 2 ** 31;

function createAjv(spec: SpecDocument, coerce: boolean): Ajv2020 {
  const ajv = new Ajv2020({
    strict: false,
    allErrors: true,
    logger: false,
    ...(coerce ? { coerceTypes: 'array' as const, useDefaults: true } : {}),
  });
  addFormats(ajv);
  // OpenAPI's numeric and binary formats, unknown to JSON Schema.
  ajv.addFormat('int32', { type: 'number', validate: (n: number) => Number.isInteger(n) && n >= -INT32 && n < INT32 });
  ajv.addFormat('int64', { type: 'number', validate: (n: number) => Number.isInteger(n) });
  for (const name of ['float', 'double']) ajv.addFormat(name, { type: 'number', validate: () => true });
  for (const name of ['byte', 'binary', 'password']) ajv.addFormat(name, true);
  // The whole spec is one schema resource: operation schemas reference it by JSON pointer, so its
  // `#/components/...` refs resolve without copying anything.
  ajv.addSchema({ ...spec, $id: SPEC_ID } as object, SPEC_ID, undefined, false);
  return ajv;
}

export const specRef = (pointer: string) => ({ $ref: `${SPEC_ID}#${pointer}` });

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The spec with each contested schema widened to either form, or undefined when none is. Where two official Clara
 * pages disagree, the curation keeps one form and names the other as `x-clara-contested.alternative` (specs/README.md):
 * request bodies are accepted in both, so a client written from either page works here.
 */
function acceptingContested(spec: SpecDocument): SpecDocument | undefined {
  const schemas = spec.components?.schemas ?? {};
  const alternativeOf = (schema: unknown) => (isObject(schema) && isObject(schema['x-clara-contested']) ? schema['x-clara-contested'].alternative : undefined);
  if (!Object.values(schemas).some((schema) => isObject(alternativeOf(schema)))) return undefined;
  const widened = Object.fromEntries(
    Object.entries(schemas).map(([name, schema]) => [name, isObject(alternativeOf(schema)) ? { anyOf: [schema, alternativeOf(schema)] } : schema]),
  );
  return { ...spec, components: { ...spec.components, schemas: widened } };
}

export interface Validators {
  /** Validates (and coerces in place) path parameters. */
  path?: ValidateFunction;
  /** Validates (and coerces in place, filling defaults) the query object. */
  query?: ValidateFunction;
  body?: ValidateFunction;
}

/** Compiles the spec's schemas once; requests then only run precompiled functions. */
export class SpecValidator {
  private static readonly shared = new WeakMap<SpecDocument, SpecValidator>();
  private readonly coercing: Ajv2020;
  private readonly exact: Ajv2020;
  /** Request bodies: `exact`, with contested schemas accepting both forms. */
  private readonly bodies: Ajv2020;
  private readonly byPointer = new Map<string, ValidateFunction>();
  private readonly byOperation = new Map<string, Validators>();

  /** The validator of a spec; a frozen one (a spec file's, see loadSpec) cannot change, so its validator is shared. */
  static of(spec: SpecDocument): SpecValidator {
    if (!Object.isFrozen(spec)) return new SpecValidator(spec);
    let validator = SpecValidator.shared.get(spec);
    if (!validator) SpecValidator.shared.set(spec, (validator = new SpecValidator(spec)));
    return validator;
  }

  private constructor(spec: SpecDocument) {
    this.coercing = createAjv(spec, true);
    this.exact = createAjv(spec, false);
    const widened = acceptingContested(spec);
    this.bodies = widened ? createAjv(widened, false) : this.exact;
  }

  forOperation(operation: Operation): Validators {
    const key = `${operation.operationId} ${operation.method} ${operation.path}`;
    let validators = this.byOperation.get(key);
    if (!validators) this.byOperation.set(key, (validators = this.compileOperation(operation)));
    return validators;
  }

  private compileOperation(operation: Operation): Validators {
    const group = (location: 'path' | 'query') => {
      const parameters = operation.parameters.filter((p) => p.in === location);
      if (parameters.length === 0) return undefined;
      const schema: JsonSchema = {
        type: 'object',
        properties: Object.fromEntries(parameters.map((p) => [p.name, specRef(p.schemaPointer)])),
        required: parameters.filter((p) => p.required || location === 'path').map((p) => p.name),
      };
      return this.coercing.compile(schema);
    };
    const validators: Validators = {};
    const path = group('path');
    const query = group('query');
    if (path) validators.path = path;
    if (query) validators.query = query;
    if (operation.requestBody) validators.body = this.bodies.compile(specRef(operation.requestBody.schemaPointer));
    return validators;
  }

  /** A validator for the schema at a pointer of the spec (compiled on first use, then cached). */
  schema(pointer: string): ValidateFunction {
    let validate = this.byPointer.get(pointer);
    if (!validate) this.byPointer.set(pointer, (validate = this.exact.compile(specRef(pointer))));
    return validate;
  }
}

/** Ajv errors as Clara-style detail lines naming where the problem is, e.g. `query.size must be <= 100`. */
export function describeErrors(location: string, errors: ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).map((error) => {
    const where = `${location}${error.instancePath.replace(/\//g, '.')}`;
    if (error.keyword === 'required') return `${where}.${(error.params as { missingProperty: string }).missingProperty} is required`;
    if (error.keyword === 'additionalProperties') {
      return `${where}.${(error.params as { additionalProperty: string }).additionalProperty} is not allowed`;
    }
    if (error.keyword === 'enum') return `${where} must be one of ${(error.params as { allowedValues: unknown[] }).allowedValues.join(', ')}`;
    return `${where} ${error.message ?? 'is invalid'}`;
  });
}

const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Where a parsed JSON value holds keys that would reach an object's prototype if copied onto it: `body.a.__proto__`. */
export function unsafeKeys(value: unknown, path: string): string[] {
  if (Array.isArray(value)) return value.flatMap((entry, index) => unsafeKeys(entry, `${path}[${index}]`));
  if (typeof value !== 'object' || value === null) return [];
  return Object.keys(value).flatMap((key) =>
    UNSAFE_KEYS.has(key) ? [`${path}.${key}`] : unsafeKeys((value as Record<string, unknown>)[key], `${path}.${key}`),
  );
}
