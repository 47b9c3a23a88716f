// The Mexico client, loaded from its sources at run time. Typed here by what the benchmarks use, so that
// type-checking tools/ does not pull in the generated code (which is checked by its own package).
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

import { packageDir } from './paths.ts';

export interface BenchTransaction {
  uuid?: string;
}

export interface BenchClient {
  transactions: {
    get(uuid: string): PromiseLike<BenchTransaction>;
    list(query?: { size?: number; page?: number }): PromiseLike<{ content?: BenchTransaction[] }> & AsyncIterable<BenchTransaction>;
  };
  close(): Promise<void>;
}

export interface Facade {
  createClaraClient(options: { credentials: unknown; baseUrl?: string; ca?: string; connections?: number; validateResponses?: 'report' | 'strict' | 'off' }): BenchClient;
  loadCredentials(source: { cert: string; key: string; clientId: string; clientSecret: string; ca?: string }): Promise<unknown>;
}

export const loadFacade = async (): Promise<Facade> => (await import(pathToFileURL(join(packageDir('clara-mx'), 'src', 'index.ts')).href)) as Facade;
