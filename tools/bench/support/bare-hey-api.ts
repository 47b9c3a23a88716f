// The baseline of the facade's own cost: the generated hey-api client of Mexico with a plain `ky.create({ fetch })`
// (ky's defaults), whose fetch sends through the same mTLS transport with a fixed bearer token — no options
// resolution, deadline, connection slots, token manager or error mapping. Loaded from the sources like the facade.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

import { importFrom, packageDir } from './paths.ts';

interface Transport {
  send(request: { url: string; method: string; headers: string[]; body?: Uint8Array; signal?: AbortSignal }): Promise<Response>;
  close(): Promise<void>;
}

export interface BareHeyApi {
  getTransaction(uuid: string): Promise<unknown>;
  close(): Promise<void>;
}

const load = async <T>(...path: string[]): Promise<T> => (await import(pathToFileURL(join(...path)).href)) as T;

export async function createBareHeyApi(options: { credentials: unknown; baseUrl: string; connections: number; token: string }): Promise<BareHeyApi> {
  const generated = join(packageDir('clara-mx'), 'src', 'generated', 'api');
  const { createClient, createConfig } = await load<{ createClient(config: unknown): unknown; createConfig(config: unknown): unknown }>(generated, 'client', 'index.ts');
  const sdk = await load<{ getTransaction(options: unknown): Promise<{ data: unknown }> }>(generated, 'sdk.gen.ts');
  const { createTransport } = await load<{ createTransport(options: unknown): Promise<Transport> }>(packageDir('auth'), 'src', 'index.ts');
  const ky = (await importFrom<{ default: { create(options: unknown): unknown } }>('clara-mx', 'ky')).default;

  const transport = await createTransport({ credentials: options.credentials, connections: options.connections });
  const fetch = async (request: Request): Promise<Response> => {
    const headers: string[] = [];
    for (const [name, value] of request.headers) headers.push(name, value);
    headers.push('authorization', `Bearer ${options.token}`);
    const body = request.body ? new Uint8Array(await request.arrayBuffer()) : undefined;
    return transport.send({ url: request.url, method: request.method, headers, ...(body ? { body } : {}), signal: request.signal });
  };
  const client = createClient(createConfig({ baseUrl: options.baseUrl, ky: ky.create({ fetch }), throwOnError: true }));
  return {
    getTransaction: async (uuid) => (await sdk.getTransaction({ client, path: { uuid }, throwOnError: true })).data,
    close: () => transport.close(),
  };
}
