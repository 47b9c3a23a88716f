// Classifies every difference between two versions of a country's effective document (upstream + overlay, named:
// tools/generate/effective.ts) as breaking, feature or patch — the semver meaning for users of the generated client. No maintained diff library handles OpenAPI 3.1 (openapi-diff
// 0.24 targets 3.0 through swagger-parser 10; oasdiff is Go), so this is a small classifier over the parts of a spec
// the generator turns into code: operations, parameters, bodies, responses and schemas.
//
// Direction matters for schemas: narrowing what a client may send breaks callers, narrowing what the server
// returns does not; a field the server stops returning breaks readers, one the client stops being asked for does not.
// Error responses (non-2xx) and the schemas only they use are documentation: every change there is a patch.
import { DEFAULT_VERSION, HTTP_METHODS, resolveRef as resolve } from '../generate/openapi.ts';
import type { OpenApiDocument } from '../generate/spec.ts';
import { codeSpan } from '../generate/markdown.ts';
import { canonicalJson } from './normalise.ts';

export type ChangeKind = 'breaking' | 'feature' | 'patch';
export interface SpecChange {
  kind: ChangeKind;
  message: string;
}

type Direction = 'request' | 'response' | 'both' | 'error';
type Schema = Record<string, any>;

const DOC_KEYS = new Set(['description', 'summary', 'title', 'example', 'examples', 'externalDocs', 'x-clara-confidence', 'deprecated']);
const SCHEMA_KEYS_COMPARED = new Set([
  '$ref', 'type', 'nullable', 'format', 'enum', 'const', 'properties', 'required', 'items', 'allOf', 'oneOf', 'anyOf',
  'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'minLength', 'maxLength', 'minItems', 'maxItems', 'pattern', 'default',
  ...DOC_KEYS,
]);
const UPPER_BOUNDS = ['maximum', 'exclusiveMaximum', 'maxLength', 'maxItems'];
const LOWER_BOUNDS = ['minimum', 'exclusiveMinimum', 'minLength', 'minItems'];

export function diffSpecs(before: OpenApiDocument, after: OpenApiDocument): SpecChange[] {
  const differ = new SpecDiffer(before, after);
  differ.run();
  return differ.changes;
}

class SpecDiffer {
  readonly changes: SpecChange[] = [];
  private readonly seen = new Set<string>();
  /** `"Cards" → "Cards V3"` → how many operations moved so. */
  private readonly tagMoves = new Map<string, number>();
  /** > 0 while comparing an error response: whatever is found there is reported as a patch. */
  private inErrorResponse = 0;
  private readonly before: OpenApiDocument;
  private readonly after: OpenApiDocument;
  constructor(before: OpenApiDocument, after: OpenApiDocument) {
    this.before = before;
    this.after = after;
  }

  run(): void {
    this.compareOperations();
    this.compareSchemas();
    this.compareDocumentLevel();
    if (this.changes.length === 0 && !equal(this.before, this.after)) {
      const keys = Object.keys({ ...this.before, ...this.after }).filter((k) => !equal(this.before[k], this.after[k]));
      this.add('patch', `Other changes in ${keys.map((k) => codeSpan(k)).join(', ')}`);
    }
  }

  private add(kind: ChangeKind, message: string): void {
    if (this.inErrorResponse > 0) kind = 'patch';
    if (!this.changes.some((c) => c.message === message)) this.changes.push({ kind, message });
  }

  // ── operations ────────────────────────────────────────────────────────────────────────────────────────────

  private compareOperations(): void {
    const a = operations(this.before);
    const b = operations(this.after);
    for (const [key, op] of a) if (!b.has(key)) this.add('breaking', `Removed operation ${codeSpan(key)} (${describeNames(op.op, key)})`);
    for (const [key, op] of b) if (!a.has(key)) this.add('feature', `New operation ${codeSpan(key)} (${describeNames(op.op, key)})`);
    for (const [key, opA] of a) {
      const opB = b.get(key);
      if (opB) this.compareOperation(key, opA, opB);
    }
    // Tags only group operations (Postman folders, docs): one line for all of them.
    if (this.tagMoves.size > 0) {
      const moves = [...this.tagMoves].map(([move, count]) => `${move}${count > 1 ? ` (${count})` : ''}`);
      const total = [...this.tagMoves.values()].reduce((sum, count) => sum + count, 0);
      this.add('patch', `Tags changed on ${total} operation${total === 1 ? '' : 's'}: ${moves.slice(0, 6).join(', ')}${moves.length > 6 ? `, and ${moves.length - 6} more` : ''}`);
    }
    // The same name now calling another endpoint: code that compiles as before does something else.
    for (const [label, name] of [['raw function', rawName], ['client method', facadeName]] as const) {
      const routes = (ops: Map<string, OperationEntry>) => new Map([...ops].map(([key, op]) => [name(op.op, key), key]));
      const [before, after] = [routes(a), routes(b)];
      for (const [fn, route] of before) {
        const now = after.get(fn);
        if (now && now !== route) this.add('breaking', `${label} ${codeSpan(fn)} now calls ${codeSpan(now)} (was ${codeSpan(route)})`);
      }
    }
  }

  private compareOperation(where: string, a: OperationEntry, b: OperationEntry): void {
    const [x, y] = [a.op, b.op];
    if (rawName(x) !== rawName(y)) this.add('breaking', `${codeSpan(where)}: raw function ${codeSpan(rawName(x))} renamed to ${codeSpan(rawName(y))}`);
    if (facadeName(x, where) !== facadeName(y, where)) this.add('breaking', `${codeSpan(where)}: client method ${codeSpan(facadeName(x, where))} renamed to ${codeSpan(facadeName(y, where))}`);
    if (x['x-clara-service'] !== y['x-clara-service']) this.add('patch', `${codeSpan(where)}: usage-meter service ${codeSpan(String(x['x-clara-service']))} → ${codeSpan(String(y['x-clara-service']))}`);
    const move = `${codeSpan(String(x.tags?.[0]))} → ${codeSpan(String(y.tags?.[0]))}`;
    if (x.tags?.[0] !== y.tags?.[0]) this.tagMoves.set(move, (this.tagMoves.get(move) ?? 0) + 1);
    this.compareDeprecation(`${codeSpan(where)} (${codeSpan(facadeName(y, where))})`, x, y);
    if (!equal(x.summary, y.summary) || !equal(x.description, y.description)) this.add('patch', `${codeSpan(where)}: summary or description updated`);
    if (!equal(x.security, y.security)) this.add('breaking', `${codeSpan(where)}: security requirements changed`);
    this.compareParameters(where, a, b);
    this.compareRequestBody(where, x, y);
    this.compareResponses(where, x, y);
  }

  private compareParameters(where: string, a: OperationEntry, b: OperationEntry): void {
    const pa = parameters(this.before, a);
    const pb = parameters(this.after, b);
    for (const [key, p] of pa) if (!pb.has(key)) this.add('breaking', `${codeSpan(where)}: removed ${p.in} parameter ${codeSpan(p.name)}`);
    for (const [key, p] of pb) {
      if (pa.has(key)) continue;
      if (p.required) this.add('breaking', `${codeSpan(where)}: new required ${p.in} parameter ${codeSpan(p.name)}`);
      else this.add('feature', `${codeSpan(where)}: new optional ${p.in} parameter ${codeSpan(p.name)}`);
    }
    for (const [key, x] of pa) {
      const y = pb.get(key);
      if (!y) continue;
      const label = `${codeSpan(where)} ${x.in} parameter ${codeSpan(x.name)}`;
      if (!x.required && y.required) this.add('breaking', `${label} became required`);
      if (x.required && !y.required) this.add('feature', `${label} became optional`);
      if (!equal(x.description, y.description) || !equal(x.example, y.example)) this.add('patch', `${label}: description or example updated`);
      this.compareDeprecation(label, x, y);
      this.compareSchema(label, '', x.schema ?? {}, y.schema ?? {}, 'request');
    }
  }

  private compareRequestBody(where: string, x: Schema, y: Schema): void {
    const a = x.requestBody ? resolve(this.before, x.requestBody) : undefined;
    const b = y.requestBody ? resolve(this.after, y.requestBody) : undefined;
    const label = `${codeSpan(where)} request body`;
    if (!a && !b) return;
    if (a && !b) return this.add('breaking', `${label} removed`);
    if (!a && b) return this.add(b.required ? 'breaking' : 'feature', `${label} added (${b.required ? 'required' : 'optional'})`);
    if (!a.required && b.required) this.add('breaking', `${label} became required`);
    if (a.required && !b.required) this.add('feature', `${label} became optional`);
    if (!equal(a.description, b.description)) this.add('patch', `${label}: description updated`);
    this.compareContent(label, a.content, b.content, 'request');
  }

  private compareResponses(where: string, x: Schema, y: Schema): void {
    const a: Record<string, any> = x.responses ?? {};
    const b: Record<string, any> = y.responses ?? {};
    const isSuccess = (code: string) => code.startsWith('2');
    for (const code of Object.keys(a)) {
      if (code in b) continue;
      this.add(isSuccess(code) ? 'breaking' : 'patch', `${codeSpan(where)}: ${isSuccess(code) ? 'response' : 'error response'} ${statusLabel(code)} removed`);
    }
    for (const code of Object.keys(b)) {
      if (code in a) continue;
      this.add(isSuccess(code) ? 'feature' : 'patch', `${codeSpan(where)}: ${isSuccess(code) ? 'new response' : 'error response'} ${statusLabel(code)}${isSuccess(code) ? '' : ' documented'}`);
    }
    for (const code of Object.keys(a)) {
      if (!(code in b)) continue;
      const ra = resolve(this.before, a[code]);
      const rb = resolve(this.after, b[code]);
      const label = `${codeSpan(where)} ${isSuccess(code) ? 'response' : 'error response'} ${statusLabel(code)}`;
      if (!equal(ra.description, rb.description)) this.add('patch', `${label}: description updated`);
      if (isSuccess(code)) this.compareContent(label, ra.content, rb.content, 'response');
      else this.asErrorResponse(() => this.compareContent(label, ra.content, rb.content, 'error'));
    }
  }

  private compareContent(label: string, a: Record<string, any> = {}, b: Record<string, any> = {}, direction: Direction): void {
    for (const type of Object.keys(a)) if (!(type in b)) this.add('breaking', `${label}: media type ${codeSpan(type)} removed`);
    for (const type of Object.keys(b)) if (!(type in a)) this.add('feature', `${label}: media type ${codeSpan(type)} added`);
    for (const type of Object.keys(a)) {
      if (!(type in b)) continue;
      if (!equal(a[type].example, b[type].example) || !equal(a[type].examples, b[type].examples)) this.add('patch', `${label}: example updated`);
      this.compareSchema(label, '', a[type].schema ?? {}, b[type].schema ?? {}, direction);
    }
  }

  private asErrorResponse(compare: () => void): void {
    this.inErrorResponse++;
    try {
      compare();
    } finally {
      this.inErrorResponse--;
    }
  }

  /** README "Releasing": a deprecation is a feature (users get a warning to act on); an undeprecation a patch. */
  private compareDeprecation(label: string, a: Schema, b: Schema): void {
    if (!a.deprecated && b.deprecated) this.add('feature', `${label} is deprecated`);
    if (a.deprecated && !b.deprecated) this.add('patch', `${label} is no longer deprecated`);
  }

  // ── schemas ───────────────────────────────────────────────────────────────────────────────────────────────

  private compareSchemas(): void {
    const a: Record<string, Schema> = this.before.components?.schemas ?? {};
    const b: Record<string, Schema> = this.after.components?.schemas ?? {};
    const usage = mergeUsage(schemaUsage(this.before), schemaUsage(this.after));
    for (const name of Object.keys(a)) if (!(name in b)) this.add('breaking', `Removed schema ${codeSpan(name)} (its exported type disappears)`);
    for (const name of Object.keys(b)) if (!(name in a)) this.add('feature', `New schema ${codeSpan(name)}`);
    for (const name of Object.keys(a)) {
      if (name in b) this.compareSchema(`schema ${codeSpan(name)}`, '', a[name]!, b[name]!, usage.get(name) ?? 'both', true);
    }
  }

  /**
   * Two schemas that reference the same named component are not descended into here: the component is compared
   * once, by name, in compareSchemas. `top` marks that comparison itself.
   */
  private compareSchema(label: string, path: string, x: Schema, y: Schema, direction: Direction, top = false): void {
    if (direction === 'error') return this.asErrorResponse(() => this.compareSchema(label, path, x, y, 'response', top));
    if (!top && x.$ref && x.$ref === y.$ref) return;
    const pair = `${x.$ref ?? ''}|${y.$ref ?? ''}|${direction}`;
    if (x.$ref && y.$ref) {
      if (this.seen.has(pair)) return; // recursive schemas
      this.seen.add(pair);
    }
    const a = resolve(this.before, x);
    const b = resolve(this.after, y);
    const at = path ? `${label}, field ${codeSpan(path)}` : label;
    // Narrowing what may be sent breaks callers; widening what may be returned breaks readers.
    const narrowing: ChangeKind = direction === 'response' ? 'patch' : 'breaking';
    const widening: ChangeKind = direction === 'request' ? 'feature' : 'breaking';

    if (DOC_KEYS_CHANGED(a, b)) this.add('patch', `${at}: description or example updated`);
    this.compareDeprecation(at, a, b);

    const ta = typesOf(a);
    const tb = typesOf(b);
    if (ta && tb && !equal([...ta].sort(), [...tb].sort())) {
      const added = [...tb].filter((t) => !ta.has(t));
      const removed = [...ta].filter((t) => !tb.has(t));
      const message = `${at}: type changed from ${codeSpan([...ta].join(' | '))} to ${codeSpan([...tb].join(' | '))}`;
      if (removed.length === 0 && direction === 'request') this.add('feature', message);
      else if (added.length === 0 && direction === 'response') this.add('patch', message);
      else this.add('breaking', message);
    } else if (!ta && tb) {
      this.add(narrowing, `${at}: restricted to type ${codeSpan([...tb].join(' | '))}`);
    } else if (ta && !tb) {
      this.add(widening, `${at}: no longer restricted to type ${codeSpan([...ta].join(' | '))}`);
    }
    if (!equal(a.format, b.format)) {
      // A format added narrows, one removed widens; one format replaced by another is neither.
      const kind = a.format === undefined ? narrowing : b.format === undefined ? widening : 'breaking';
      this.add(kind, `${at}: format changed from ${codeSpan(String(a.format ?? 'none'))} to ${codeSpan(String(b.format ?? 'none'))}`);
    }

    const ea = enumOf(a);
    const eb = enumOf(b);
    if (ea && eb) {
      const removed = ea.filter((v) => !eb.some((w) => equal(v, w)));
      const added = eb.filter((v) => !ea.some((w) => equal(v, w)));
      if (removed.length > 0) this.add('breaking', `${at}: enum value${removed.length > 1 ? 's' : ''} ${list(removed)} removed`);
      if (added.length > 0) this.add('feature', `${at}: new enum value${added.length > 1 ? 's' : ''} ${list(added)}`);
    } else if (!ea && eb) {
      this.add(narrowing, `${at}: restricted to ${list(eb)}`);
    } else if (ea && !eb) {
      this.add(widening, `${at}: no longer restricted to ${list(ea)}`);
    }

    for (const key of [...UPPER_BOUNDS, ...LOWER_BOUNDS]) {
      if (equal(a[key], b[key])) continue;
      const upper = UPPER_BOUNDS.includes(key);
      const narrowed = b[key] !== undefined && (a[key] === undefined || (upper ? b[key] < a[key] : b[key] > a[key]));
      this.add(narrowed ? narrowing : 'patch', `${at}: ${key} ${codeSpan(String(a[key] ?? 'none'))} → ${codeSpan(String(b[key] ?? 'none'))}`);
    }
    if (!equal(a.pattern, b.pattern)) this.add(narrowing, `${at}: pattern changed`);
    if (!equal(a.default, b.default)) this.add('patch', `${at}: default ${codeSpan(String(JSON.stringify(a.default)))} → ${codeSpan(String(JSON.stringify(b.default)))}`);

    this.compareProperties(label, path, a, b, direction);
    if (a.items || b.items) {
      if (!a.items || !b.items) this.add('breaking', `${at}: array items ${a.items ? 'removed' : 'added'}`);
      else this.compareSchema(label, `${path}[]`, a.items, b.items, direction);
    }
    for (const key of ['allOf', 'oneOf', 'anyOf']) {
      const [ca, cb] = [a[key] as Schema[] | undefined, b[key] as Schema[] | undefined];
      if (!ca && !cb) continue;
      if (!ca || !cb || ca.length !== cb.length) {
        this.add('breaking', `${at}: ${key} composition changed`);
        continue;
      }
      ca.forEach((item, i) => this.compareSchema(label, path, item, cb[i]!, direction));
    }
    const otherKeys = Object.keys({ ...a, ...b }).filter((k) => !SCHEMA_KEYS_COMPARED.has(k) && !equal(a[k], b[k]));
    if (otherKeys.length > 0) {
      // Keys the generator reads into types (additionalProperties, discriminator…) are not worth a finer rule yet.
      const typed = otherKeys.filter((k) => !k.startsWith('x-'));
      this.add(typed.length > 0 ? 'breaking' : 'patch', `${at}: ${otherKeys.map((k) => codeSpan(k)).join(', ')} changed`);
    }
  }

  private compareProperties(label: string, path: string, a: Schema, b: Schema, direction: Direction): void {
    const pa: Record<string, Schema> = a.properties ?? {};
    const pb: Record<string, Schema> = b.properties ?? {};
    const ra = new Set<string>(a.required ?? []);
    const rb = new Set<string>(b.required ?? []);
    const field = (name: string) => `${label}, field ${codeSpan(`${path ? `${path}.` : ''}${name}`)}`;
    for (const name of Object.keys(pa)) if (!(name in pb)) this.add('breaking', `${field(name)} removed`);
    for (const name of Object.keys(pb)) {
      if (name in pa) continue;
      if (rb.has(name) && direction !== 'response') this.add('breaking', `${field(name)} added (required)`);
      else this.add('feature', `${field(name)} added${rb.has(name) ? '' : ' (optional)'}`);
    }
    for (const name of Object.keys(pa)) {
      if (!(name in pb)) continue;
      if (ra.has(name) !== rb.has(name)) {
        const nowRequired = rb.has(name);
        // Requests: a new requirement breaks callers. Responses: a field that may now be absent breaks readers.
        const breaks = direction === 'both' || (direction === 'request') === nowRequired;
        this.add(breaks ? 'breaking' : 'feature', `${field(name)} became ${nowRequired ? 'required' : 'optional'}`);
      }
      this.compareSchema(label, `${path ? `${path}.` : ''}${name}`, pa[name]!, pb[name]!, direction);
    }
  }

  // ── the rest of the document ──────────────────────────────────────────────────────────────────────────────

  private compareDocumentLevel(): void {
    const [a, b] = [this.before, this.after];
    if (!equal(a.servers?.[0]?.url, b.servers?.[0]?.url)) this.add('breaking', `Production server changed from ${codeSpan(String(a.servers?.[0]?.url))} to ${codeSpan(String(b.servers?.[0]?.url))}`);
    else if (!equal(a.servers, b.servers)) this.add('patch', 'Servers list updated');
    if (!equal(a.security, b.security)) this.add('breaking', 'Global security requirements changed');
    // Where credentials go and how is breaking; the schemes' descriptions are documentation.
    const [sa, sb] = [a.components?.securitySchemes ?? {}, b.components?.securitySchemes ?? {}];
    if (!equal(withoutDescriptions(sa), withoutDescriptions(sb))) this.add('breaking', 'Security schemes (mTLS / OAuth token endpoint) changed');
    else if (!equal(sa, sb)) this.add('patch', 'Security scheme descriptions updated');
    if (!equal(a.info?.version, b.info?.version)) this.add('patch', `API version ${codeSpan(String(a.info?.version))} → ${codeSpan(String(b.info?.version))}`);
    if (!equal({ ...a.info, version: 0 }, { ...b.info, version: 0 }) || !equal(a.tags, b.tags) || !equal(a.externalDocs, b.externalDocs)) {
      this.add('patch', 'API description, tags or links updated');
    }
  }
}

// ── helpers ─────────────────────────────────────────────────────────────────────────────────────────────────

/** `raw.listTransactions`: the generated function an operation is (names from the overlay, naming.ts). */
const rawName = (op: Schema): string => `raw.${op.operationId}`;
/** `clara.v2.cards.list`: the client method an operation is. */
function facadeName(op: Schema, route: string): string {
  const version = /^[A-Z]+ \/(v\d+)\//.exec(route)?.[1];
  const namespace = version && version !== DEFAULT_VERSION ? `${version}.` : '';
  return `clara.${namespace}${op['x-clara-resource']}.${op['x-clara-method']}`;
}
const describeNames = (op: Schema, route: string): string => `${codeSpan(facadeName(op, route))}, ${rawName(op)}`;

function withoutDescriptions(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutDescriptions);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).filter(([key]) => key !== 'description').map(([key, item]) => [key, withoutDescriptions(item)]));
}

interface OperationEntry {
  op: Schema;
  shared: Schema[];
}

function operations(spec: OpenApiDocument): Map<string, OperationEntry> {
  const result = new Map<string, OperationEntry>();
  for (const [path, item] of Object.entries<Schema>(spec.paths ?? {})) {
    for (const method of HTTP_METHODS) {
      if (item[method]) result.set(`${method.toUpperCase()} ${path}`, { op: item[method], shared: item.parameters ?? [] });
    }
  }
  return result;
}

function parameters(spec: OpenApiDocument, entry: OperationEntry): Map<string, Schema> {
  const result = new Map<string, Schema>();
  for (const raw of [...entry.shared, ...(entry.op.parameters ?? [])]) {
    const p = resolve(spec, raw);
    result.set(`${p.in}:${p.name}`, p);
  }
  return result;
}

/** Which component schemas reach requests, responses or both (a schema used nowhere is treated as both). */
function schemaUsage(spec: OpenApiDocument): Map<string, Direction> {
  const usage = new Map<string, Direction>();
  const visit = (node: unknown, direction: Direction): void => {
    if (Array.isArray(node)) return node.forEach((n) => visit(n, direction));
    if (typeof node !== 'object' || node === null) return;
    const ref = (node as Schema).$ref;
    if (typeof ref === 'string' && ref.startsWith('#/components/schemas/')) {
      const name = ref.slice('#/components/schemas/'.length);
      const previous = usage.get(name);
      const next = previous ? mergeDirection(previous, direction) : direction;
      if (previous === next) return;
      usage.set(name, next);
      visit(spec.components?.schemas?.[name], direction);
      return;
    }
    if (typeof ref === 'string') return visit(resolve(spec, node), direction);
    for (const value of Object.values(node)) visit(value, direction);
  };
  for (const { op, shared } of operations(spec).values()) {
    visit([...shared, ...(op.parameters ?? [])], 'request');
    visit(op.requestBody, 'request');
    for (const [code, response] of Object.entries<unknown>(op.responses ?? {})) visit(response, code.startsWith('2') ? 'response' : 'error');
  }
  return usage;
}

function mergeUsage(a: Map<string, Direction>, b: Map<string, Direction>): Map<string, Direction> {
  const merged = new Map(a);
  for (const [name, direction] of b) merged.set(name, merged.has(name) ? mergeDirection(merged.get(name)!, direction) : direction);
  return merged;
}

/** A schema also used by error responses follows its other use; one in requests and responses follows both. */
function mergeDirection(a: Direction, b: Direction): Direction {
  if (a === b || b === 'error') return a;
  if (a === 'error') return b;
  return 'both';
}

function typesOf(schema: Schema): Set<string> | undefined {
  if (schema.type === undefined) return undefined;
  const types = new Set<string>(Array.isArray(schema.type) ? schema.type : [schema.type]);
  if (schema.nullable === true) types.add('null');
  return types;
}

function enumOf(schema: Schema): unknown[] | undefined {
  if (Array.isArray(schema.enum)) return schema.enum;
  return 'const' in schema ? [schema.const] : undefined;
}

const DOC_KEYS_CHANGED = (a: Schema, b: Schema): boolean => [...DOC_KEYS].some((key) => key !== 'deprecated' && !equal(a[key], b[key]));
/** A status as the spec writes it (`404`, `4XX`, `default`); any other key quoted. */
const statusLabel = (status: string): string => (/^([1-5](\d\d|XX)|default)$/.test(status) ? status : codeSpan(status));
const list = (values: unknown[]): string => values.map((v) => codeSpan(JSON.stringify(v))).join(', ');
/** Upstream key order is not a change. */
const equal = (a: unknown, b: unknown): boolean => canonicalJson(a) === canonicalJson(b);
