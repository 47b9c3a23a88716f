// The errors this package raises, and the base of every SDK error. Every error is safe to print: its message
// goes through `redact`, causes are copied through `safeCause`, and `toJSON()` lists only known fields. The
// errors of a call (HTTP answers, TLS, connection, timeout) live with the runtime that raises them, in @org/clara.
import { errorChannel } from './diagnostics.js';
import { markSafe, redact, safeCause } from './redact.js';

export interface ClaraErrorOptions {
  cause?: unknown;
}

export class ClaraError extends Error {
  override name = 'ClaraError';

  constructor(message: string, options: ClaraErrorOptions = {}) {
    const cause = safeCause(options.cause);
    super(redact(message), cause ? { cause } : undefined);
    markSafe(this);
    // Published as it is created: subclass fields are set right after, in the same tick.
    if (errorChannel.hasSubscribers) errorChannel.publish(this);
  }

  toJSON(): Record<string, unknown> {
    return { name: this.name, message: this.message, ...(this.cause ? { cause: causeToJSON(this.cause) } : {}) };
  }
}

function causeToJSON(cause: unknown): unknown {
  if (cause instanceof ClaraError) return cause.toJSON();
  if (!(cause instanceof Error)) return String(cause);
  const code = (cause as { code?: unknown }).code;
  return { name: cause.name, message: cause.message, ...(code === undefined ? {} : { code }), ...(cause.cause ? { cause: causeToJSON(cause.cause) } : {}) };
}

/**
 * An option is missing or wrong (createClaraClient, a call's options, createTransport, TokenManager...): a
 * programming or deployment mistake. Bad input *values* of a call (a tax identifier, a path parameter) are
 * ClaraValidationError instead.
 */
export class ClaraConfigError extends ClaraError {
  override name = 'ClaraConfigError';
}

/** The client (or token manager) was closed: it sends nothing any more. */
export class ClaraClosedError extends ClaraError {
  override name = 'ClaraClosedError';
}

/** Credentials that cannot be used: names the file (when there is one) and the problem. */
export class ClaraCredentialsError extends ClaraError {
  override name = 'ClaraCredentialsError';
  readonly file?: string;

  constructor(message: string, options: ClaraErrorOptions & { file?: string } = {}) {
    super(message, options);
    if (options.file !== undefined) this.file = options.file;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), ...(this.file === undefined ? {} : { file: this.file }) };
  }
}
