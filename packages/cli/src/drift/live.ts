// `clara drift` against Clara: every read-only list and get of the country once, with the responses checked
// (`validateResponses: 'report'`), then the client's drift entries. A get takes its path parameter from the first
// item of the list one level up its path (`GET /v3/cards/{uuid}` ← `GET /v3/cards`); a get no list can feed is
// skipped and said so. The client's request budget (token requests included) caps what is sent; no retries, so
// each operation is one request. One operation that times out, loses its connection or is refused (401) is
// skipped and said so; the run stops only when the token or a certificate fails, or the very first call fails
// (nothing would answer), and what was collected until then is still reported.
import type { ClaraPromise } from '@org/clara-mx';

import { clientMethod } from '../call/call.js';
import { clientOptions, type ConnectionOptions, type CountrySdk } from '../sdk.js';
import { withoutValue, type DriftEntry } from './entries.js';

/** A leaf of the country package's `operations` table. */
interface Operation {
  route: string;
  path: readonly string[];
  paging?: string;
}

interface ReadOperation extends Operation {
  name: string;
}

export interface LiveCall {
  operation: string;
  /** The HTTP status of the answer (an error answer included). */
  status: number;
}

export interface LiveRun {
  entries: DriftEntry[];
  calls: LiveCall[];
  skipped: { operation: string; reason: string }[];
  /** Why the run stopped before its end (a token or certificate failure), when it did. */
  aborted?: string;
}

/** Which call the client's token request is in errors (the facade's TOKEN_OPERATION). */
const TOKEN_OPERATION = 'oauthToken';

export async function liveDrift(sdk: CountrySdk, options: ConnectionOptions, budget: number): Promise<LiveRun> {
  const reads = readOperations(sdk.operations);
  const lists = new Map(reads.filter((op) => op.paging).map((op) => [op.route, op]));
  const firstItems = new Map<string, Record<string, unknown>>();
  const calls: LiveCall[] = [];
  const skipped: LiveRun['skipped'] = [];
  const client = sdk.createClaraClient(clientOptions(options, { requestBudget: budget, maxRetries: 0, validateResponses: 'report' }));
  let budgetReached = false;
  let attempted = 0;
  const overBudget = (op: ReadOperation) => skipped.push({ operation: op.name, reason: `not called: the budget of ${budget} requests was reached` });
  // Every other call would fail the same way: the token endpoint, a certificate (a 511: Clara did not receive
  // ours), or anything that is not one call's answer, lost connection or timeout.
  const fatal = (error: unknown) =>
    !(error instanceof sdk.ClaraApiError || error instanceof sdk.ClaraConnectionError || error instanceof sdk.ClaraTimeoutError) ||
    error.operation === TOKEN_OPERATION ||
    (error instanceof sdk.ClaraApiError && error.status === 511);

  const run = async (op: ReadOperation, args: unknown[]): Promise<void> => {
    if (budgetReached) return void overBudget(op);
    const firstCall = attempted++ === 0;
    try {
      const { data, response } = await (clientMethod(client, op.name)(...args) as ClaraPromise<unknown>).withResponse();
      calls.push({ operation: op.name, status: response.status });
      const first = Array.isArray(data) ? data[0] : Array.isArray((data as { content?: unknown[] })?.content) ? (data as { content: unknown[] }).content[0] : undefined;
      if (op.paging && typeof first === 'object' && first !== null) firstItems.set(op.route, first as Record<string, unknown>);
    } catch (error) {
      if (error instanceof sdk.ClaraQuotaError) {
        budgetReached = true;
        return void overBudget(op);
      }
      if (fatal(error)) throw error;
      if (error instanceof sdk.ClaraApiError && !(error instanceof sdk.ClaraAuthError)) return void calls.push({ operation: op.name, status: error.status });
      if (firstCall) throw error; // nothing answered yet: the network or the project, not this operation
      const { name, message } = error as Error;
      skipped.push({ operation: op.name, reason: `failed: ${name}: ${sdk.redact(message)}` });
    }
  };

  try {
    let aborted: string | undefined;
    try {
      await walk();
    } catch (error) {
      if (calls.length === 0) throw error;
      aborted = `${(error as Error).name}: ${sdk.redact((error as Error).message)}`;
    }
    return { entries: client.drift().map(withoutValue), calls, skipped, ...(aborted ? { aborted } : {}) };
  } finally {
    await client.close();
  }

  async function walk(): Promise<void> {
    for (const op of reads.filter((op) => op.path.length === 0)) await run(op, []);
    for (const op of reads.filter((op) => op.path.length > 0)) {
      const feeder = feederOf(op, lists);
      if (typeof feeder === 'string') {
        skipped.push({ operation: op.name, reason: feeder });
        continue;
      }
      const value = firstItems.get(feeder.route)?.[op.path[0]!];
      if (typeof value !== 'string' && typeof value !== 'number') {
        skipped.push({ operation: op.name, reason: `${feeder.name} gave no item with a "${op.path[0]}"` });
        continue;
      }
      await run(op, [String(value)]);
    }
  }
}

/** The list one level up the operation's path, or why there is none. */
function feederOf(op: ReadOperation, lists: Map<string, ReadOperation>): ReadOperation | string {
  if (op.path.length > 1) return `needs ${op.path.length} path parameters (${op.path.join(', ')}); no list gives them`;
  const parameter = `/{${op.path[0]}}`;
  const feeder = lists.get(op.route.slice(0, op.route.indexOf(parameter)));
  return feeder ?? `no list gives its ${op.path[0]}`;
}

/** The GET operations of the table, `cards.list`, `v2.users.get`…, in the table's order. */
function readOperations(table: object, prefix: string[] = []): ReadOperation[] {
  return Object.entries(table).flatMap(([key, node]) => {
    if (typeof node !== 'object' || node === null) return [];
    if (typeof (node as Operation).route !== 'string') return readOperations(node, [...prefix, key]);
    const op = node as Operation;
    return op.route.startsWith('GET ') ? [{ ...op, name: [...prefix, key].join('.') }] : [];
  });
}
