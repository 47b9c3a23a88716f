// What an error answer says about itself. Clara's API answers `{ code, message, details }`, Spring's default
// error page `{ error, message }` (`error` being the reason phrase), and the OAuth token endpoint
// `{ error, error_description }` (`error` being the code, RFC 6749 §5.2).

export interface ErrorBodyFields {
  code?: string;
  message?: string;
  details?: unknown;
}

/** The body of an error answer: parsed JSON, or the start of the text; undefined when empty. */
export function parseErrorBody(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text.trim().slice(0, 1000) || undefined;
  }
}

export function errorBodyFields(body: unknown, { oauth = false } = {}): ErrorBodyFields {
  const fields = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  const text = (name: string): string | undefined => (typeof fields[name] === 'string' && fields[name] !== '' ? fields[name] : undefined);
  const found = oauth
    ? { code: text('error') ?? text('code'), message: text('error_description') ?? text('message') }
    : { code: text('code'), message: text('message') ?? text('error') };
  return {
    ...(found.code ? { code: found.code } : {}),
    ...(found.message ? { message: found.message } : {}),
    ...(fields['details'] === undefined ? {} : { details: fields['details'] }),
  };
}
