// The drift fault: successful answers that differ from the spec the way a real Clara drifts from a reconstructed
// document — fields the spec does not declare, a field of another type, a status the operation does not
// declare — so that a client's response checks can be tried end to end. The fields go on each item of a page's
// `content` (or of a bare array), else on the body object.
import type { Json } from './data/generate.js';

export interface DriftFault {
  /** Only answers to this path (wire or spec path, e.g. `/v3/transactions`; prefixes match, as for failNext). */
  path?: string;
  /** Fields added to each item (or the body): name → value. */
  addFields?: Record<string, Json>;
  /** Fields whose value is replaced (by one of another type, say): name → value. */
  changeFields?: Record<string, Json>;
  /** Answers with this 2xx status instead of the one the operation declares (the body unchanged). */
  status?: number;
}

/** The fault checked: a clear error naming what is wrong, as the control API reports it. */
export function checkDriftFault(fault: unknown): DriftFault {
  if (typeof fault !== 'object' || fault === null || Array.isArray(fault)) throw new Error('drift: the fault must be an object { path?, addFields?, changeFields?, status? }');
  const { path, addFields, changeFields, status, ...rest } = fault as Record<string, unknown>;
  const unknown = Object.keys(rest);
  if (unknown.length > 0) throw new Error(`drift: unknown field(s) ${unknown.join(', ')}; use path, addFields, changeFields, status`);
  if (path !== undefined && (typeof path !== 'string' || !path.startsWith('/'))) throw new Error('drift: path must be a path starting with "/"');
  for (const [name, fields] of [['addFields', addFields], ['changeFields', changeFields]] as const) {
    if (fields !== undefined && (typeof fields !== 'object' || fields === null || Array.isArray(fields))) throw new Error(`drift: ${name} must be an object of field names and values`);
  }
  if (status !== undefined && (typeof status !== 'number' || !Number.isInteger(status) || status < 200 || status > 299 || status === 204)) {
    throw new Error(`drift: status must be a 2xx status with a body (not 204), got ${String(status)}`);
  }
  if (addFields === undefined && changeFields === undefined && status === undefined) throw new Error('drift: give at least one of addFields, changeFields, status');
  return fault as DriftFault;
}

/** The answer `status`/`body` (JSON text) as the fault changes it. */
export function applyDrift(fault: DriftFault, status: number, body: string): { status: number; body: string } {
  const fields = { ...fault.addFields, ...fault.changeFields };
  if (Object.keys(fields).length === 0) return { status: fault.status ?? status, body };
  const value: unknown = JSON.parse(body);
  const content = (value as { content?: unknown } | null)?.content;
  const targets = Array.isArray(value) ? value : Array.isArray(content) ? content : [value];
  for (const target of targets) {
    if (typeof target === 'object' && target !== null && !Array.isArray(target)) Object.assign(target, fields);
  }
  return { status: fault.status ?? status, body: JSON.stringify(value) };
}
