// `clara export <resource>`: every page of a list, fetched one at a time (`for await` over the client's
// `.pages()`, 100 items a page) and written as it arrives, so memory stays flat however long the list. To a
// file, the export is resumable: see state.ts for the guarantee.

import { paint, writeLine, type CliIo } from '../io.js';
import { clientOptions, credentialsSource, type ConnectionOptions, type CountrySdk } from '../sdk.js';
import { fileDestination, stdoutDestination } from './destination.js';
import { encodePage, type ExportFormat } from './formats.js';
import { ExportProgress } from './progress.js';
import { exportQuery, listMethod, type ExportResource } from './resources.js';
import type { ExportIdentity } from './state.js';

export { EXPORT_FORMATS } from './formats.js';
export { EXPORT_RESOURCES } from './resources.js';

/** Clara's largest page. */
export const PAGE_SIZE = 100;

export interface ExportRequest {
  resource: ExportResource;
  since?: string;
  format?: ExportFormat;
  out?: string;
  resume: boolean;
}

interface SpringPage {
  content?: unknown[];
  totalElements?: number;
  totalPages?: number;
}

export async function exportList(sdk: CountrySdk, options: ConnectionOptions, request: ExportRequest, io: CliIo): Promise<number> {
  const { resource, out } = request;
  if (request.resume && !out) throw new Error('--resume needs --out: an export to stdout cannot be resumed.');
  const format = request.format ?? (out?.toLowerCase().endsWith('.csv') ? 'csv' : 'ndjson');
  // Loaded once: the identity records the project, and the client is given the same credentials.
  const credentials = await sdk.loadCredentials(credentialsSource(options), options.logger ? { logger: options.logger } : {});
  const identity: ExportIdentity = {
    clientId: credentials.clientId,
    resource,
    query: exportQuery(resource, request.since),
    format,
    country: options.country,
    environment: options.environment,
    ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}),
    ...(options.taxIdentifier ? { taxIdentifier: options.taxIdentifier } : {}),
    pageSize: PAGE_SIZE,
  };

  const destination = out ? await fileDestination(out, identity, request.resume) : stdoutDestination(io.stdout);
  const client = sdk.createClaraClient(clientOptions(options, { credentials }));
  const progress = new ExportProgress(io.stderr, resource);
  const interrupt = new AbortController();
  const onInterrupt = (): void => interrupt.abort();
  process.once('SIGINT', onInterrupt);

  let { nextPage, items, columns, totalElements: announced, servedPageSize } = destination.start;
  let pages = 0;
  let lastTotal: number | undefined;
  const resumeHint = () => (out ? `run the same command with --resume to continue from page ${nextPage}` : '');
  try {
    const list = listMethod(client, resource)({ ...identity.query, size: PAGE_SIZE, page: nextPage }, { signal: interrupt.signal });
    for await (const page of list.pages()) {
      pages++;
      const content = (page as SpringPage).content ?? (Array.isArray(page) ? page : []);
      const encoded = encodePage(format, content, columns);
      columns = encoded.columns;
      // The server's page size, which a resume checks the state against (a server may not honour size=100).
      if (nextPage === 0) servedPageSize = content.length;
      nextPage++;
      items += content.length;
      lastTotal = count((page as SpringPage).totalElements);
      announced ??= lastTotal;
      await destination.writePage(encoded.text, {
        nextPage,
        items,
        ...(columns ? { columns } : {}),
        ...(announced === undefined ? {} : { totalElements: announced }),
        ...(servedPageSize === undefined ? {} : { servedPageSize }),
      });
      progress.update({ items, total: lastTotal ?? items, page: nextPage, pages: (page as SpringPage).totalPages ?? nextPage, requests: client.usage().requests });
    }
    await destination.finish();
  } catch (error) {
    progress.stop();
    const resume = out ? `; ${out} keeps them and its resume state: ${resumeHint()}` : '';
    if (error instanceof sdk.ClaraPaginationError) {
      const reason = `the export stopped after ${items} ${resource} (${plural(nextPage, 'page')}) because Clara's list would lose or repeat items: ${error.message.replace(/\.$/, '')}`;
      writeLine(io.stderr, `${paint(io.stderr, 'red', 'error:')} ${reason}${resume}.`);
      return 1;
    }
    if (!interrupt.signal.aborted) throw error;
    writeLine(io.stderr, `Interrupted after ${items} ${resource} (${plural(nextPage, 'page')})${out ? `: ${resumeHint()}` : ''}.`);
    return 130;
  } finally {
    process.off('SIGINT', onInterrupt);
    progress.stop();
    await destination.close();
    await client.close();
  }
  const resumed = destination.start.nextPage > 0 ? `, resumed at page ${destination.start.nextPage}` : '';
  const { requests, tokenRequests, retries } = client.usage();
  const cost = `${plural(requests, 'request')} to Clara (${tokenRequests} for a token, ${retries} retried)`;
  writeLine(io.stderr, `Exported ${items} ${resource} to ${out ?? 'stdout'} (${format}): ${plural(pages, 'page')}, ${cost}${resumed}.`);
  if (announced === undefined || items === announced) return 0;
  writeLine(io.stderr, `${paint(io.stderr, 'red', 'error:')} ${shortfall(resource, items, announced, lastTotal)}`);
  return 1;
}

/** Why an export that went through every page holds another count than its first page announced. */
function shortfall(resource: string, items: number, announced: number, lastTotal: number | undefined): string {
  const changed =
    lastTotal !== undefined && lastTotal !== announced
      ? `the list changed while it was exported (its last page announced ${lastTotal}): items were added or removed, so some may be missing or repeated`
      : 'the pages Clara sent hold another count than it announced';
  return `Clara announced ${announced} ${resource} when the export started, and ${items} were exported: ${changed}. Export again for a complete copy.`;
}

/** A page's `totalElements` when it is a count (a server may send anything). */
const count = (value: unknown): number | undefined => (Number.isSafeInteger(value) && (value as number) >= 0 ? (value as number) : undefined);

const plural = (count: number, noun: string): string => `${count} ${noun}${count === 1 ? '' : 's'}`;
