import type { Operation } from '../spec.js';
import type { CollectionDescriptor } from './resources.js';

/**
 * The id the first item of each top-level collection takes: the spec's example of the path parameter that
 * addresses its items (`GET /v3/cards/{uuid}`, example `7b2e4d61-…`). Clara's docs and the Postman collection made
 * from the spec use these ids (a card's, a user's, a label's, also inside request bodies), so their examples
 * address items the sandbox serves. The same example id across API versions is the same item, as in Clara.
 */
export function exampleIds(operations: readonly Operation[], collections: readonly CollectionDescriptor[]): Map<CollectionDescriptor, string> {
  const ids = new Map<CollectionDescriptor, string>();
  for (const descriptor of collections) {
    if (descriptor.parent) continue;
    for (const operation of operations) {
      const name = new RegExp(`^${descriptor.key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/\\{([^}]+)\\}$`).exec(operation.path)?.[1];
      const example = operation.parameters.find((parameter) => parameter.in === 'path' && parameter.name === name)?.example;
      if (example === undefined || (descriptor.idType === 'integer' && !Number.isInteger(Number(example)))) continue;
      ids.set(descriptor, String(example));
      break;
    }
  }
  return ids;
}
