import type { SpecValidator } from '../validation.js';
import type { Item, Json } from './generate.js';
import type { CollectionDescriptor } from './resources.js';

/**
 * Lays `fields` over an item of a collection, keeping only those the item's schema names (never its id) and that
 * leave the item valid for its schema: a write never stores what its collection could not serve.
 */
export function overlay(validator: SpecValidator, descriptor: CollectionDescriptor, item: Item, fields: unknown): void {
  if (typeof fields !== 'object' || fields === null || Array.isArray(fields)) return;
  const previous: Item = {};
  const properties = (descriptor.itemSchema.properties ?? {}) as object;
  for (const [key, value] of Object.entries(fields)) {
    if (!Object.hasOwn(properties, key) || key === descriptor.idField) continue;
    previous[key] = item[key] as Json;
    item[key] = value as Json;
  }
  const validate = validator.schema(descriptor.itemSchemaPointer);
  if (validate(item) as boolean) return;
  for (const error of validate.errors ?? []) {
    const key = error.instancePath.split('/')[1];
    if (key !== undefined && key in previous) item[key] = previous[key] as Json;
  }
}
