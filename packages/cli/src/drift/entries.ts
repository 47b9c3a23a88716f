// A drift entry as `clara.drift()` returns it, and the reader of a saved dump (`--from`): a JSON array of entries,
// `{ entries: [...] }`, or `{ country: 'mx', entries: [...] }` naming the country it was collected in. A dump is
// checked field by field, so a hand-edited or truncated file is refused with the
// entry and the field that are wrong, before anything is written.
import type { ClaraDriftEntry, ClaraDriftKind } from '@org/clara-mx';
import { readFile } from 'node:fs/promises';

const DRIFT_KINDS: readonly ClaraDriftKind[] = ['unknown field', 'missing required', 'type', 'undeclared status', 'enum value'];

/** An entry of `clara.drift()`, without `value` (the opt-in enum value, which the CLI never writes anywhere). */
export type DriftEntry = Omit<ClaraDriftEntry, 'value'>;

export class DriftDumpError extends Error {
  override name = 'DriftDumpError';
}

const JSON_TYPES = ['object', 'array', 'string', 'number', 'integer', 'boolean', 'null'];

/** A dump's entries, and the country it names (`{ country, entries }`), if it does. */
export interface DriftDump {
  entries: DriftEntry[];
  country?: string;
}

export async function readDriftDump(file: string): Promise<DriftDump> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new DriftDumpError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    // Not V8's message: it quotes the text around the error, and a dump may hold an opted-in enum value.
    const position = /position (\d+)/.exec((error as Error).message)?.[1];
    throw new DriftDumpError(`${file} is not valid JSON${position ? ` (at character ${position})` : ''}`);
  }
  const entries = parseDriftEntries(parsed, file);
  if (!isRecord(parsed) || parsed.country === undefined) return { entries };
  if (typeof parsed.country !== 'string' || !/^[a-z]{2}$/.test(parsed.country)) throw new DriftDumpError(`${file}: "country" must be a country code such as "mx"`);
  return { entries, country: parsed.country };
}

/** The entries of a dump, each checked; `origin` names the dump in errors. */
export function parseDriftEntries(dump: unknown, origin: string): DriftEntry[] {
  const entries = Array.isArray(dump) ? dump : isRecord(dump) && Array.isArray(dump.entries) ? dump.entries : undefined;
  if (!entries) throw new DriftDumpError(`${origin}: expected the JSON array clara.drift() returns, or { "entries": [...] }`);
  const problems = entries.flatMap((entry, index) => entryProblems(entry).map((problem) => `entry ${index + 1}${describe(entry)}: ${problem}`));
  if (problems.length > 0) throw new DriftDumpError(`${origin}: not a clara.drift() dump\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  return (entries as ClaraDriftEntry[]).map(withoutValue);
}

/** The entry without the enum value a client opted in to (`driftValues: 'enum'`): it never leaves the process. */
export function withoutValue({ value: _value, ...entry }: ClaraDriftEntry): DriftEntry {
  return entry;
}

function entryProblems(entry: unknown): string[] {
  if (!isRecord(entry)) return ['not an object'];
  const problems: string[] = [];
  const text = (name: string, optional = false) => {
    if (optional && entry[name] === undefined) return;
    if (typeof entry[name] !== 'string') problems.push(`"${name}" must be a string`);
  };
  ['operation', 'operationId', 'method', 'path', 'pointer', 'firstSeen', 'lastSeen'].forEach((name) => text(name));
  text('expected', true);
  text('seen', true);
  if (typeof entry.method === 'string' && !/^(get|put|post|delete|patch|head|options)$/i.test(entry.method)) problems.push(`"method" ${JSON.stringify(entry.method)} is not an HTTP method`);
  if (typeof entry.path === 'string' && !entry.path.startsWith('/')) problems.push(`"path" must be a path template starting with "/"`);
  if (!Number.isInteger(entry.status) || (entry.status as number) < 100 || (entry.status as number) > 599) problems.push('"status" must be an HTTP status (100–599)');
  if (!Number.isInteger(entry.count) || (entry.count as number) < 1) problems.push('"count" must be a positive integer');
  if (!DRIFT_KINDS.includes(entry.kind as ClaraDriftKind)) problems.push(`"kind" must be one of ${DRIFT_KINDS.map((k) => `"${k}"`).join(', ')}`);
  if ((entry.kind === 'unknown field' || entry.kind === 'type') && !JSON_TYPES.includes(entry.seen as string)) {
    problems.push(`"seen" must be the JSON type seen (${JSON_TYPES.join(', ')}) for kind "${entry.kind}"`);
  }
  if ((entry.kind === 'unknown field' || entry.kind === 'missing required') && entry.pointer === '') problems.push(`"pointer" must name the field for kind "${entry.kind}"`);
  return problems;
}

/** ` (cards.list content[].x)`: which entry, without any value it might carry. */
function describe(entry: unknown): string {
  if (!isRecord(entry) || typeof entry.operation !== 'string') return '';
  return ` (${entry.operation}${typeof entry.pointer === 'string' && entry.pointer ? ` ${entry.pointer}` : ''})`;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
