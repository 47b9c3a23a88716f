// The lists `clara export` knows: the client property of each, and the query parameter that `--since` sets
// (Clara names the date filter differently per resource; some lists have none).
import type { CountryClient } from '../sdk.js';

export const EXPORT_RESOURCES = ['transactions', 'cards', 'users', 'reimbursements', 'billing-statements'] as const;
export type ExportResource = (typeof EXPORT_RESOURCES)[number];

const RESOURCES: Record<ExportResource, { property: string; since?: string }> = {
  transactions: { property: 'transactions', since: 'operationDateRangeStart' },
  cards: { property: 'cards' },
  users: { property: 'users', since: 'createdAtStart' },
  reimbursements: { property: 'reimbursements', since: 'requestCreationDateStart' },
  'billing-statements': { property: 'billingStatements' },
};

/** A list method of the client, as the export uses it. */
type ListMethod = (query: Record<string, unknown>, options: { signal: AbortSignal }) => { pages(): AsyncIterable<unknown> };

export function listMethod(client: CountryClient, resource: ExportResource): ListMethod {
  const group = (client as unknown as Record<string, { list: ListMethod }>)[RESOURCES[resource].property]!;
  return (query, options) => group.list(query, options);
}

/** The filter of the export (without paging): `--since` as the resource's own date parameter. */
export function exportQuery(resource: ExportResource, since: string | undefined): Record<string, string> {
  if (since === undefined) return {};
  const parameter = RESOURCES[resource].since;
  if (!parameter) {
    const filterable = EXPORT_RESOURCES.filter((name) => RESOURCES[name].since);
    throw new Error(`--since: Clara's ${resource} list has no date filter (it works with ${filterable.join(', ')}).`);
  }
  return { [parameter]: since };
}
