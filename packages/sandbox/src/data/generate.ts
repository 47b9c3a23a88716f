import type { JsonSchema, SpecDocument } from '../spec.js';
import { deref } from '../spec.js';
import type { CountryProfile, Merchant } from './countries.js';
import type { Random } from './prng.js';

export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
export type Item = { [key: string]: Json };

/** Looks up an item of another collection of the same entity, so references (a transaction's card) point at real data. */
export type ReferenceLookup = (propertyName: string, random: Random, uuid?: string) => Item | undefined;

export interface GenerateContext {
  spec: SpecDocument;
  random: Random;
  profile: CountryProfile;
  /** Midnight UTC of the day the data is relative to ("the last months"). */
  today: number;
  references?: ReferenceLookup;
}

interface Scope {
  name: string;
  parent?: Scope;
  /** Values of the referenced item this object mirrors, if any. */
  source?: Item;
  person?: { first: string; last: string };
  merchant?: Merchant;
}

const DAY = 86_400_000;
const CARD_ALIASES = ['Viajes', 'Marketing', 'Software', 'Operaciones', 'Ventas', 'Comidas', 'Proveedores', 'Oficina'];
const GROUP_NAMES = ['Finanzas', 'Ventas Norte', 'Tecnología', 'Recursos Humanos', 'Dirección', 'Logística'];
const BINS = ['510979', '553667', '522132'];

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const lower = (text: string) => text.toLowerCase();

/** Builds a value for a schema: types, formats, enums, examples and bounds from the spec; realism from field names. */
export class Generator {
  private readonly ctx: GenerateContext;

  constructor(ctx: GenerateContext) {
    this.ctx = ctx;
  }

  value(schema: unknown, name = '', parent?: Scope, source?: Json): Json {
    return this.generate(schema, name, parent ?? { name: '' }, source, 0);
  }

  private resolve(schema: unknown): JsonSchema {
    return isObject(schema) && typeof schema.$ref === 'string' ? deref(this.ctx.spec, schema, '').node : ((schema ?? {}) as JsonSchema);
  }

  private generate(raw: unknown, name: string, scope: Scope, source: Json | undefined, depth: number): Json {
    let schema = this.resolve(raw);
    if (schema.allOf) schema = this.mergeAllOf(schema);
    const alternatives = (schema.oneOf ?? schema.anyOf) as unknown[] | undefined;
    if (alternatives) {
      const nonNull = alternatives.map((alt) => this.resolve(alt)).find((alt) => alt.type !== 'null');
      return nonNull ? this.generate(nonNull, name, scope, source, depth) : null;
    }
    if ('const' in schema) return schema.const as Json;
    const type = this.primaryType(schema);
    if (type === 'null') return null;
    if (type === 'object') return this.object(schema, name, scope, isObject(source) ? (source as Item) : undefined, depth);
    if (type === 'array') return this.array(schema, name, scope, Array.isArray(source) ? source : undefined, depth);
    if (source !== undefined && source !== null && fits(schema, source)) return source;
    if (Array.isArray(schema.enum) && schema.enum.length > 0) return this.ctx.random.pick(schema.enum as Json[]);
    if (type === 'boolean') return this.ctx.random.bool(lower(name).startsWith('has') || lower(name) === 'enabled' ? 0.6 : 0.3);
    if (type === 'integer' || type === 'number') return this.number(schema, name, scope, type === 'integer');
    return this.string(schema, name, scope);
  }

  private primaryType(schema: JsonSchema): string {
    const declared = schema.type;
    if (Array.isArray(declared)) return (declared.find((t) => t !== 'null') as string | undefined) ?? 'null';
    if (typeof declared === 'string') return declared;
    if (schema.properties) return 'object';
    if (schema.items) return 'array';
    if (Array.isArray(schema.enum)) return typeof schema.enum[0];
    return 'string';
  }

  private mergeAllOf(schema: JsonSchema): JsonSchema {
    const merged: JsonSchema = { ...schema, properties: { ...(schema.properties as object) }, required: [...((schema.required as string[]) ?? [])] };
    delete merged.allOf;
    for (const part of schema.allOf as unknown[]) {
      const resolved = this.resolve(part);
      const flat = resolved.allOf ? this.mergeAllOf(resolved) : resolved;
      Object.assign(merged.properties as object, flat.properties ?? {});
      (merged.required as string[]).push(...((flat.required as string[]) ?? []));
      merged.type ??= flat.type;
    }
    return merged;
  }

  private object(schema: JsonSchema, name: string, parent: Scope, source: Item | undefined, depth: number): Item {
    const properties = (schema.properties ?? {}) as Record<string, unknown>;
    let mirrored = source;
    // An object named like another collection (`card`, `user`) mirrors one of its items.
    if (this.ctx.references && depth > 0 && 'uuid' in properties) {
      const sourceUuid = typeof source?.uuid === 'string' ? source.uuid : undefined;
      mirrored = this.ctx.references(name, this.ctx.random, sourceUuid) ?? source;
    }
    const scope: Scope = { name, parent, ...(mirrored ? { source: mirrored } : {}) };
    const item: Item = {};
    const required = new Set((schema.required as string[] | undefined) ?? []);
    for (const [key, propertySchema] of Object.entries(properties)) {
      // Deep structures stop at optional properties so recursive schemas terminate.
      if (depth > 6 && !required.has(key)) continue;
      item[key] = this.generate(propertySchema, key, scope, mirrored?.[key] ?? this.personValue(key, mirrored), depth + 1);
    }
    return item;
  }

  /** Carries a person's name across differently named fields (`fullName` in users, `userFullName` in cards). */
  private personValue(key: string, source: Item | undefined): Json | undefined {
    if (!source) return undefined;
    const first = source.firstName ?? source.name;
    const person = typeof first === 'string' && typeof source.lastName === 'string' ? `${first} ${source.lastName}` : undefined;
    const full = source.fullName ?? source.userFullName ?? person ?? source.name;
    if (/fullname$/i.test(key) && typeof full === 'string') return full;
    if (/^(username|email)$/i.test(key)) return source.username ?? source.email;
    return undefined;
  }

  private array(schema: JsonSchema, name: string, scope: Scope, source: Json[] | undefined, depth: number): Json[] {
    const min = (schema.minItems as number | undefined) ?? 0;
    const max = Math.min((schema.maxItems as number | undefined) ?? 3, Math.max(min, 3));
    const count = depth > 6 ? min : this.ctx.random.int(Math.max(min, 1), Math.max(max, 1));
    const length = source ? Math.max(source.length, min) : count;
    return Array.from({ length }, (_, index) => this.generate(schema.items, singular(name), scope, source?.[index], depth + 1));
  }

  private person(scope: Scope): { first: string; last: string } {
    if (!scope.person) {
      const { random, profile } = this.ctx;
      // A person's first name is `firstName`, or `name` beside a `lastName` (Clara's v3 users).
      const first = scope.source?.firstName ?? scope.source?.name;
      const last = scope.source?.lastName;
      scope.person =
        typeof first === 'string' && typeof last === 'string'
          ? { first, last }
          : { first: random.pick(profile.firstNames), last: `${random.pick(profile.lastNames)} ${random.pick(profile.lastNames)}` };
    }
    return scope.person;
  }

  /** One merchant per item: `transactionLabel` and `merchant.name` agree. */
  private merchant(scope: Scope): Merchant {
    let root = scope;
    while (root.parent) root = root.parent;
    root.merchant ??= this.ctx.random.pick(this.ctx.profile.merchants);
    return root.merchant;
  }

  private number(schema: JsonSchema, name: string, scope: Scope, integer: boolean): number {
    const { random, profile } = this.ctx;
    const key = lower(name);
    const min = (schema.minimum as number | undefined) ?? ((schema.exclusiveMinimum as number | undefined) ?? -Infinity);
    const max = (schema.maximum as number | undefined) ?? ((schema.exclusiveMaximum as number | undefined) ?? Infinity);
    let value: number;
    if (key === 'year') value = new Date(this.ctx.today).getUTCFullYear();
    else if (key === 'month') value = random.int(1, 12);
    else if (key === 'day') value = random.int(1, 28);
    else if (/instant|timestamp|epoch/.test(key)) value = this.ctx.today - random.int(0, 90) * DAY - random.int(0, DAY);
    else if (/percent|rate/.test(key)) value = random.pick([0, 8, 16]);
    else if (/quantity|count|number$/.test(key)) value = random.int(1, 5);
    else if (/threshold|limit/.test(key)) value = profile.minThreshold * random.pick([2, 5, 10, 20, 50]);
    else if (/amount|value|total|price|balance|payment|paid|cash/.test(key) || /amount|money|price/.test(lower(scope.name))) {
      value = this.amount();
    } else if (key === 'id' || key.endsWith('id')) value = random.int(100_000, 9_999_999);
    else value = random.int(1, 100);
    if (integer) value = Math.round(value);
    value = Math.min(Math.max(value, min === -Infinity ? value : min), max === Infinity ? value : max);
    const multipleOf = schema.multipleOf as number | undefined;
    if (multipleOf) value = Math.round(value / multipleOf) * multipleOf;
    return value;
  }

  /** A purchase-sized amount in the market's currency, with cents (MXN 50–25 000, scaled for BRL and COP). */
  private amount(): number {
    const scale = this.ctx.profile.minThreshold / 500;
    return Math.round(this.ctx.random.int(5_000, 2_500_000) * scale) / 100;
  }

  private date(daysBackMax: number): Date {
    const { random, today } = this.ctx;
    return new Date(today - random.int(0, daysBackMax) * DAY + random.int(8 * 3600, 20 * 3600) * 1000);
  }

  /** A realistic candidate for a string field, or undefined when the name says nothing. */
  private namedString(schema: JsonSchema, name: string, scope: Scope): string | undefined {
    const { random, profile } = this.ctx;
    const key = lower(name);
    const context = lower(`${scope.parent?.name ?? ''}/${scope.name}`);
    const format = schema.format as string | undefined;
    const person = () => this.person(scope);
    const slug = (text: string) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z]+/g, '.');
    if (format === 'uuid' || key === 'uuid' || key.endsWith('uuid')) return random.uuid();
    const example = typeof schema.example === 'string' ? schema.example : '';
    if (format === 'date' || (key.endsWith('date') && format !== 'date-time' && !example.includes('T'))) {
      return this.date(120).toISOString().slice(0, 10);
    }
    if (format === 'date-time' || /(date|at|time|expiration)$/.test(key)) {
      const iso = (/expiration/.test(key) ? new Date(this.ctx.today + 12 * 3600_000) : this.date(120)).toISOString();
      // Local date-times (`2025-08-25T00:00:00` in the docs) have no zone.
      return example && !/[zZ]|[+-]\d\d:?\d\d$/.test(example) ? iso.slice(0, 19) : `${iso.slice(0, 19)}Z`;
    }
    if (format === 'email' || /email|username/.test(key)) return `${slug(person().first)}.${slug(person().last.split(' ')[0] ?? '')}@${profile.emailDomain}`;
    if (format === 'uri' || format === 'url' || /url|href|link/.test(key)) return `https://files.sandbox.clara.local/${random.uuid()}`;
    if (key === 'currency' || key.endsWith('currency') || key === 'currencycode') return profile.currency;
    if (/taxid|taxidentifier|rfc|cnpj|nit|cpf/.test(key)) {
      return /user|employee|person|owner/.test(context) || 'firstName' in (scope.source ?? {}) ? profile.personTaxId(random) : profile.companyTaxId(random);
    }
    if (/maskedpan|cardnumber|pan$/.test(key)) return `${random.pick(BINS)}******${random.digits(4)}`;
    if (/lastfour|lastdigits|last4/.test(key)) return random.digits(4);
    if (key === 'firstname' || key === 'name' && /user|employee|person/.test(context)) return person().first;
    if (key === 'lastname') return person().last;
    if (key.endsWith('fullname') || /(holder|owner|requester)name$/.test(key)) return `${person().first} ${person().last}`;
    if (/merchant/.test(context) || key === 'transactionlabel' || key === 'merchantname') {
      if (key === 'name' || key === 'transactionlabel' || key === 'merchantname') return this.merchant(scope).name;
      if (key === 'category') return this.merchant(scope).category;
      if (key === 'mcc') return this.merchant(scope).mcc;
    }
    if (key === 'mcc') return this.merchant(scope).mcc;
    if (/phone/.test(key)) return profile.phone(random);
    if (key === 'alias') return random.pick(CARD_ALIASES);
    if (/city/.test(key)) return random.pick(profile.cities);
    if (/bank|institution/.test(key)) return random.pick(profile.banks);
    if (/(legalname|businessname|companyname)$/.test(key) || (key === 'name' && /company|issuer|source|beneficiary|supplier|party/.test(context))) {
      return random.pick(profile.companyNames);
    }
    if (key === 'name' && /group|label|location|tag|categor/.test(context)) return random.pick(GROUP_NAMES);
    if (/balance|amount|payment|paid|total|price/.test(key)) return this.amount().toFixed(2);
    if (/authorization(number|code)/.test(key)) return random.digits(6);
    if (key === 'erpid' || key.endsWith('erpid')) return `ERP-${random.digits(5)}`;
    if (key === 'country' || key === 'countrycode') return profile.code.toUpperCase();
    return undefined;
  }

  private string(schema: JsonSchema, name: string, scope: Scope): string {
    const candidate = this.namedString(schema, name, scope);
    if (candidate !== undefined && fits(schema, candidate)) return candidate;
    const example = schema.example ?? (Array.isArray(schema.examples) ? schema.examples[0] : undefined);
    if (typeof example === 'string' && fits(schema, example)) return example;
    const { random } = this.ctx;
    if (typeof schema.pattern === 'string') {
      const sample = sampleForPattern(schema.pattern, random);
      if (sample !== undefined) return sample;
    }
    const min = (schema.minLength as number | undefined) ?? 1;
    const max = (schema.maxLength as number | undefined) ?? 64;
    const base = `${name || 'value'}-${random.digits(4)}`;
    return base.padEnd(min, '0').slice(0, max);
  }
}

/** A plain check of the constraints a heuristic value could break; ajv remains the judge of the full response. */
export function fits(schema: JsonSchema, value: Json): boolean {
  if (Array.isArray(schema.enum) && !schema.enum.includes(value)) return false;
  if (typeof value === 'string') {
    if (schema.type !== undefined && schema.type !== 'string' && !(Array.isArray(schema.type) && schema.type.includes('string'))) return false;
    if (typeof schema.minLength === 'number' && value.length < schema.minLength) return false;
    if (typeof schema.maxLength === 'number' && value.length > schema.maxLength) return false;
    if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern, 'u').test(value)) return false;
    if (schema.format === 'uuid' && !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value)) return false;
    if (schema.format === 'date' && !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
    if (schema.format === 'date-time' && !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?([zZ]|[+-]\d{2}:\d{2})$/.test(value)) return false;
    return true;
  }
  if (typeof value === 'number') {
    const type = Array.isArray(schema.type) ? schema.type : [schema.type];
    if (!type.includes('number') && !(type.includes('integer') && Number.isInteger(value))) return false;
    if (typeof schema.minimum === 'number' && value < schema.minimum) return false;
    if (typeof schema.maximum === 'number' && value > schema.maximum) return false;
    return true;
  }
  if (typeof value === 'boolean') return schema.type === 'boolean' || (Array.isArray(schema.type) && schema.type.includes('boolean'));
  return true;
}

/** Fills simple patterns (`^[A-Z]{3}$`, `^[0-9]{4}$`, `^\d{6}$`): character classes with counts and literals. */
function sampleForPattern(pattern: string, random: Random): string | undefined {
  const body = pattern.replace(/^\^/, '').replace(/\$$/, '');
  const token = /(\[[^\]]+\]|\\d|\\w|[A-Za-z0-9\-_ ]|\\.)(\{(\d+)(?:,(\d+))?\}|\+|\*|\?)?/gy;
  let out = '';
  let match: RegExpExecArray | null;
  let consumed = 0;
  while ((match = token.exec(body))) {
    consumed = token.lastIndex;
    const [, atom, quantifier, min, max] = match;
    const count = quantifier === '+' ? 3 : quantifier === '*' ? 2 : quantifier === '?' ? 1 : min ? random.int(Number(min), Number(max ?? min)) : 1;
    for (let i = 0; i < count; i++) out += sampleAtom(atom as string, random);
  }
  if (consumed !== body.length) return undefined;
  return new RegExp(pattern, 'u').test(out) ? out : undefined;
}

function sampleAtom(atom: string, random: Random): string {
  if (atom === '\\d') return String(random.int(0, 9));
  if (atom === '\\w') return random.pick([...'abcdefghijklmnopqrstuvwxyz0123456789']);
  if (atom.startsWith('\\')) return atom.slice(1);
  if (!atom.startsWith('[')) return atom;
  const chars: string[] = [];
  const inner = atom.slice(1, -1);
  for (let i = 0; i < inner.length; i++) {
    if (inner[i + 1] === '-' && i + 2 < inner.length) {
      for (let c = inner.charCodeAt(i); c <= inner.charCodeAt(i + 2); c++) chars.push(String.fromCharCode(c));
      i += 2;
    } else if (inner[i] === '\\' && inner[i + 1] === 'd') {
      chars.push(...'0123456789');
      i++;
    } else chars.push(inner[i] as string);
  }
  return random.pick(chars);
}

function singular(name: string): string {
  if (name.endsWith('ies')) return `${name.slice(0, -3)}y`;
  return name.endsWith('s') ? name.slice(0, -1) : name;
}
