// Reading an error's `cause` chain: undici and Node put the useful facts (ECONNRESET, OpenSSL alert codes) on
// inner errors.

const MAX_CAUSE_DEPTH = 8;

export interface CauseLink {
  code?: string;
  message: string;
  error: unknown;
}

/** The `code` values and messages found along an error's cause chain, outermost first. */
export function causeChain(error: unknown): CauseLink[] {
  const chain: CauseLink[] = [];
  let current: unknown = error;
  while (current !== undefined && current !== null && chain.length < MAX_CAUSE_DEPTH) {
    const code = (current as { code?: unknown }).code;
    const message = current instanceof Error ? current.message : String(current);
    chain.push({ ...(typeof code === 'string' ? { code } : {}), message, error: current });
    current = current instanceof Error ? current.cause : undefined;
    if (current === chain.at(-1)?.error) break;
  }
  return chain;
}
