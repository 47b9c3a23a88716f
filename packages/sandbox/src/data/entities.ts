import type { CountryProfile } from './countries.js';
import { Random } from './prng.js';

export interface Entity {
  taxId: string;
  /** The company's UUID, as the API's `companyUuid` filters name it (derived from the seed: stable). */
  uuid: string;
  name: string;
  role: 'holding' | 'subsidiary';
}

/** The credentials' company (a holding) and two subsidiaries it may act for with `X-Tax-Identifier`. */
export function createEntities(profile: CountryProfile, seed: string): Entity[] {
  const random = new Random(`${seed}/entities`);
  const taxIds = new Set<string>();
  while (taxIds.size < 3) taxIds.add(profile.companyTaxId(random));
  const [holding, ...subsidiaries] = [...taxIds];
  const uuid = (taxId: string) => new Random(`${seed}/${taxId}/company`).uuid();
  return [
    { taxId: holding as string, uuid: uuid(holding as string), name: profile.companyNames[0] as string, role: 'holding' },
    ...subsidiaries.map((taxId, index) => ({ taxId, uuid: uuid(taxId), name: profile.companyNames[index + 1] as string, role: 'subsidiary' as const })),
  ];
}
