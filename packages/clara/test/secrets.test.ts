// No secret in any error, log line or diagnostics event, whatever a server echoes and however it encodes it: a
// hostile Clara (mutual TLS) echoes the client secret, the Basic credential and the Bearer token it has seen
// — plain, URL-encoded, form-encoded, base64 — in response headers, JSON, form-encoded and text bodies, a 200
// that is not JSON, and its token endpoint's rejections (body and headers). Fixed cases first (the ones the
// review found), then a property test over secrets made of every reserved character.
import { registerSecrets } from '@org/clara-auth';
import fc from 'fast-check';
import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import { inspect } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

import { patternCompilations } from '../../auth/src/redact.js';
import { createTestPki, type TestPki } from '../../auth/test/helpers/pki.js';
import { ClaraApiError, loadCredentials, redact, type Logger } from '../src/index.js';
import { echoForms, startHostileClara, type HostileClara } from './support/hostile-clara.js';
import { createTestlandClient } from './support/testland.js';

let pki: TestPki;
let hostile: HostileClara;

beforeAll(async () => {
  pki = createTestPki();
  hostile = await startHostileClara();
});
afterAll(async () => {
  await hostile.close();
  pki.remove();
});

const CHANNELS = ['clara:error', 'clara:log', 'clara:request'];

/** Everything a run left to print: its errors (every way of printing them), log lines and channel messages. */
interface Printed {
  errors: unknown[];
  texts: string[];
}

/** Runs every echo scenario with a client whose secret is `clientSecret`, the server handing out `token`. */
async function echoEverything(clientSecret: string, token: string): Promise<Printed> {
  hostile.forget();
  hostile.token = token;
  const published: unknown[] = [];
  const record = (message: unknown) => void published.push(message);
  for (const name of CHANNELS) subscribe(name, record);
  const lines: unknown[] = [];
  const logger: Logger = Object.fromEntries(['debug', 'info', 'warn', 'error'].map((level) => [level, (message: string, data?: object) => lines.push({ level, message, data })]));
  const errors: unknown[] = [];
  const capture = (promise: PromiseLike<unknown>) => Promise.resolve(promise).then(() => undefined, (error: unknown) => void errors.push(error));
  try {
    const credentials = await loadCredentials({ cert: pki.read('client.crt'), key: pki.read('client.key'), clientId: 'echo-client', clientSecret }, { logger });
    const options = { credentials, baseUrl: hostile.url, ca: hostile.ca, maxRetries: 0, logger };
    const clara = createTestlandClient(options);
    for (const scenario of ['echo-headers', 'echo-json', 'echo-form', 'echo-text', 'not-json']) await capture(clara.transactions.get(scenario));
    await clara.close();
    for (const mode of ['reject', 'reject-text'] as const) {
      hostile.tokenMode = mode;
      const rejected = createTestlandClient(options);
      await capture(rejected.transactions.get('fine'));
      await rejected.close();
    }
  } finally {
    hostile.tokenMode = 'ok';
    for (const name of CHANNELS) unsubscribe(name, record);
  }
  const texts = [
    ...errors.flatMap((error) => [JSON.stringify(error), inspect(error, { depth: Infinity, showHidden: true }), ...causeChain(error).map(describeError), ...headersOf(error)]),
    JSON.stringify(lines),
    inspect(lines, { depth: Infinity }),
    inspect(published, { depth: Infinity, showHidden: true }),
  ];
  return { errors, texts };
}

const causeChain = (error: unknown): unknown[] => (error instanceof Error ? [error, ...causeChain(error.cause)] : error === undefined ? [] : [error]);
const describeError = (error: unknown): string => (error instanceof Error ? `${error.name}: ${error.message} ${error.stack ?? ''}` : String(error));
const headersOf = (error: unknown): string[] => (error instanceof ClaraApiError && error.headers ? [...error.headers].map(([name, value]) => `${name}: ${value}`) : []);

/** Every form in which a secret could show: the echo's encodings, JSON-escaped (JSON.stringify) and inspect-escaped. */
function forms(secret: string): string[] {
  const encoded = Object.values(echoForms(secret));
  const escaped = encoded.flatMap((form) => [JSON.stringify(form).slice(1, -1), ...["'", '"', '`'].map((quote) => form.replaceAll('\\', '\\\\').replaceAll(quote, `\\${quote}`))]);
  return [...new Set([...encoded, ...escaped])];
}

function expectNoSecret(printed: Printed, secrets: string[]): void {
  for (const secret of secrets) {
    for (const form of forms(secret)) {
      for (const text of printed.texts) {
        const at = text.indexOf(form);
        if (at !== -1) throw new Error(`a form of a secret (${JSON.stringify(form.slice(0, 3))}…, ${form.length} characters) is printed at ${at} in: …${text.slice(Math.max(0, at - 200), at)}`);
      }
    }
  }
}

const secretsOf = (clientSecret: string, token: string): string[] => {
  const basicPair = `echo-client:${clientSecret}`;
  return [clientSecret, token, basicPair, Buffer.from(basicPair).toString('base64')];
};

describe('what the review found', () => {
  test('a 400 whose headers echo Authorization, a token-endpoint 401 echoing Basic in its headers and the secret form-encoded in its body: nothing kept', async () => {
    const clientSecret = 'ab+cd/ef=gh secret&x';
    const token = 'tok-0123456789abcdef';
    const printed = await echoEverything(clientSecret, token);
    expect(printed.errors).toHaveLength(7);
    const [headersError] = printed.errors as ClaraApiError[];
    expect(headersError!.headers?.get('authorization')).toBe('Bearer [REDACTED]'); // the echo of its own
    expect(headersError!.headers?.get('x-echo-1-url')).toBe('[REDACTED]');
    const rejection = printed.errors[5] as ClaraApiError;
    expect(rejection).toMatchObject({ name: 'ClaraAuthError', status: 401, code: 'invalid_client' });
    expect(rejection.headers?.get('authorization')).toBe('Basic [REDACTED]');
    expect(JSON.stringify(rejection.body)).toContain('[REDACTED]');
    expectNoSecret(printed, secretsOf(clientSecret, token));
    expect(printed.texts.join('\n')).toContain('invalid_client'); // errors still say what happened
  });
});

// Printable ASCII with every reserved character, not starting or ending with a space (a header value is trimmed:
// an echo in a header would then be a part of the secret, which no redaction can know).
const RESERVED = [...'+/=%&?#:;@ ,"\'\\<>[]{}|^`~!$()*'];
const secretArbitrary = fc
  .array(fc.oneof(fc.constantFrom(...RESERVED), fc.constantFrom(...'abcXYZ0189')), { minLength: 8, maxLength: 40 })
  .map((chars) => `s${chars.join('')}e`);
const tokenArbitrary = fc
  .array(fc.constantFrom(...'abcXYZ0189-._~+/'), { minLength: 12, maxLength: 60 })
  .chain((chars) => fc.constantFrom('', '=', '==').map((padding) => `t${chars.join('')}${padding}`));

test('property: secrets of every reserved character never show in errors, logs or channels, whatever the echo', async () => {
  await fc.assert(
    fc.asyncProperty(secretArbitrary, tokenArbitrary, async (clientSecret, token) => {
      expectNoSecret(await echoEverything(clientSecret, token), secretsOf(clientSecret, token));
    }),
    { numRuns: 10, examples: [['ab%2Bcd%2Fef%3Dgh', 'tok+/abc=='], ['p@ss w"o\'r\\d;#?&=', 'a.b-c_d~e+f/g==']] },
  );
});

describe('the boundary others call', () => {
  test('registered secrets (a proxy password, say) are redacted in strings, Headers and objects, in every encoding, and for a while after release', () => {
    const password = 'pr0xy p@ss/word+=';
    const registration = registerSecrets(password);
    const text = `connect failed for http://user:${encodeURIComponent(password)}@proxy:3128 (${Buffer.from(`user:${password}`).toString('base64')})`;
    expect(redact(text)).not.toContain(encodeURIComponent(password));
    expect(redact(new Headers({ 'x-echo': password })).get('x-echo')).toBe('[REDACTED]');
    expect(redact({ nested: [{ value: `"${password}"` }] })).toEqual({ nested: [{ value: '"[REDACTED]"' }] });
    registration.release();
    expect(redact(password)).toBe('[REDACTED]');
    for (let i = 0; i < 64; i++) registerSecrets(`later-secret-${i}`).release(); // newer releases push it out
    expect(redact(password)).toBe(password);
  });

  test('unregistered Bearer and Basic credentials and PEM private keys are redacted too; prose is left alone', () => {
    expect(redact('Authorization: Bearer eyJhbGciOi.J9.x-_~+/== and Basic dXNlcjpwYXNz; a Bearer token is fine')).toBe('Authorization: Bearer [REDACTED] and Basic [REDACTED]; a Bearer token is fine');
    expect(redact('auth=Bearer%20abc123&x=1')).toBe('auth=Bearer [REDACTED]&x=1');
    expect(redact('key: -----BEGIN PRIVATE KEY-----\nMIIE\n-----END PRIVATE KEY----- end')).toBe('key: [REDACTED] end');
  });

  test('each registration compiles its own pattern: a token refresh in one of 400 clients compiles that one only', () => {
    const clients = Array.from({ length: 400 }, (_, i) => registerSecrets(`client-secret-number-${i}`, `token-of-client-${i}-first`));
    expect(redact('client-secret-number-7 token-of-client-399-first')).toBe('[REDACTED] [REDACTED]'); // every pattern compiled
    const before = patternCompilations();
    clients[7]!.add('token-of-client-7-second');
    expect(redact('token-of-client-7-second, client-secret-number-8')).toBe('[REDACTED], [REDACTED]');
    expect(patternCompilations() - before).toBe(1);
    for (const client of clients) client.release();
  });

  test('in any case: ASCII (%2b for %2B), and a secret that starts outside ASCII; a token added after release while still redacted', () => {
    const ascii = registerSecrets('Pr0xy+Passw0rd-Long');
    const accented = registerSecrets('Ünïcode-passphrase-9');
    expect(redact('pr0xy%2bpassw0rd-long / PR0XY+PASSW0RD-LONG / ünïcode-passphrase-9')).toBe('[REDACTED] / [REDACTED] / [REDACTED]');
    ascii.release();
    ascii.add('token-arrived-after-close');
    expect(redact('token-arrived-after-close')).toBe('[REDACTED]');
    accented.release();
  });

  test('a secret inside another registration\'s secret: the whole span goes', () => {
    const [outer, inner] = [registerSecrets('proxy-user:proxy-password-long'), registerSecrets('proxy-password')];
    expect(redact('echo proxy-user:proxy-password-long end')).toBe('echo [REDACTED] end');
    outer.release();
    inner.release();
  });

  test('the last 64 closed clients stay redacted, however many secrets each released', () => {
    const first = registerSecrets(...Array.from({ length: 16 }, (_, i) => `first-client-secret-${i}`));
    first.release();
    for (let i = 0; i < 63; i++) registerSecrets(...Array.from({ length: 16 }, (_, j) => `later-client-${i}-secret-${j}`)).release();
    expect(redact('first-client-secret-0')).toBe('[REDACTED]');
    registerSecrets('one-more-closed-client').release();
    expect(redact('first-client-secret-0')).toBe('first-client-secret-0');
  });

  test('a short secret is replaced as a whole word only; a long one wherever it appears', () => {
    const registration = registerSecrets('fresh', 'a-long-client-secret');
    expect(redact('token fresh, freshly issued; xa-long-client-secretx')).toBe('token [REDACTED], freshly issued; x[REDACTED]x');
    registration.release();
  });
});
