// Bad input and hostile answers, through the facade: control characters in tax identifiers and headers, a
// redirect to another host, answers that are not JSON, truncated or huge. Each is a typed error saying what
// was wrong; credentials and tokens never leave for another host. (Secrets in logs and errors of the whole
// suite are checked by tools/secret-sweep.)
import { inspect } from 'node:util';

import { ClaraApiError, ClaraResponseError, ClaraValidationError } from '../src/index.js';
import type { Sandbox } from '@org/clara-sandbox';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

import { HUGE_BYTES, startHostileClara, type HostileClara } from './support/hostile-clara.js';
import { failure } from './support/per-file.js';
import { createTestlandClient, sandboxOptions, startTestland, type TestlandClient } from './support/testland.js';

let sandbox: Sandbox;
let hostile: HostileClara;
let clara: TestlandClient;
let misled: TestlandClient;

beforeAll(async () => {
  sandbox = await startTestland();
  hostile = await startHostileClara();
  clara = createTestlandClient(sandboxOptions(sandbox));
  // The sandbox's credentials against a server that misbehaves (it does not check them).
  misled = createTestlandClient({ credentials: sandbox.credentialsDir, baseUrl: hostile.url, ca: hostile.ca, maxRetries: 2 });
});
afterAll(async () => {
  await clara.close();
  await misled.close();
  await hostile.close();
  await sandbox.close();
});

describe('tax identifiers and headers with control characters', () => {
  const valid = 'ACME8001011H0';
  const tainted = [`${valid}\r\nX-Evil: 1`, `${valid}\n`, `${valid}\r`, `${valid}\u0000`, `${valid}\t`, `${valid}\u007f`, `ACME\u20288001011H0`, `\u001b[31m${valid}`];

  test.each(tainted)('%j is refused as option and in withTaxIdentifier, before anything is sent', (id) => {
    expect(() => createTestlandClient({ ...sandboxOptions(sandbox), taxIdentifier: id })).toThrow(ClaraValidationError);
    const error = (() => {
      try {
        clara.withTaxIdentifier(id);
      } catch (thrown) {
        return thrown;
      }
    })() as ClaraValidationError;
    expect(error).toBeInstanceOf(ClaraValidationError);
    expect(error.status).toBe(0);
    expect(error.message).not.toMatch(/[\r\n]/);
  });

  test('surrounding Unicode whitespace (U+2028) is trimmed away, so the header sent is clean', () => {
    expect(() => clara.withTaxIdentifier(`${valid}\u2028`)).not.toThrow();
  });

  test('a per-call header with CR/LF is refused with a ClaraValidationError, not sent', async () => {
    sandbox.stats.reset();
    const error = await failure(clara.transactions.list({ size: 1 }, { headers: { 'X-Tax-Identifier': `${valid}\r\nX-Evil: 1` } }), ClaraValidationError);
    expect(error.message).toMatch(/header "X-Tax-Identifier"/);
    expect(sandbox.stats.snapshot().requests).toBe(0);
  });
});

describe('redirects', () => {
  test('a redirect to another host is never followed: nothing reaches it, the caller gets the 3xx as an error', async () => {
    const error = await failure(misled.transactions.get('redirect'), ClaraApiError);
    expect(error.status).toBe(302);
    expect(error.headers?.get('location')).toMatch(/\/steal$/);
    expect(hostile.elsewhere).toEqual([]);
  });

  test('a redirect on the same host is not followed either', async () => {
    const error = await failure(misled.transactions.get('redirect-same-host'), ClaraApiError);
    expect(error.status).toBe(307);
  });
});

describe('answers that cannot be used', () => {
  test('HTML with status 200 → ClaraResponseError naming the content type', async () => {
    const error = await failure(misled.transactions.get('html'), ClaraResponseError);
    expect(error.status).toBe(200);
    expect(error.message).toBe(`Clara's answer (HTTP 200) to GET /api/v3/transactions/html has content type "text/html", not JSON.`);
  });

  test('truncated JSON → ClaraResponseError saying so', async () => {
    const error = await failure(misled.transactions.get('truncated'), ClaraResponseError);
    expect(error.message).toBe("Clara's answer (HTTP 200) to GET /api/v3/transactions/truncated is not valid JSON (truncated or damaged): it breaks at offset 31 of 31 characters (CloseBraceExpected).");
  });

  test('a 200 JSON answer that is not JSON → ClaraResponseError saying where and how long, never quoting the body', async () => {
    const error = await failure(misled.transactions.get('not-json'), ClaraResponseError);
    expect(error.message).toBe(`Clara's answer (HTTP 200) to GET /api/v3/transactions/not-json is not valid JSON (truncated or damaged): it breaks at offset 0 of ${hostile.token.length} characters (InvalidSymbol).`);
    expect(JSON.stringify(error) + inspect(error, { depth: Infinity, showHidden: true })).not.toContain(hostile.token);
  });

  test.each(['empty', 'empty-chunked'])('a 200 with an %s body where JSON is declared → ClaraResponseError, never {}', async (scenario) => {
    const error = await failure(misled.transactions.get(scenario), ClaraResponseError);
    expect(error).toMatchObject({ status: 200, message: `Clara's answer (HTTP 200) to GET /api/v3/transactions/${scenario} has an empty body, where the operation answers JSON.` });
  });

  test.each(['huge-announced', 'huge-streamed'])('a %s body over the 16 MiB limit → ClaraResponseError, without reading it all', async (scenario) => {
    const heapBefore = process.memoryUsage().heapUsed;
    const error = await failure(misled.transactions.get(scenario), ClaraResponseError);
    expect(error.message).toMatch(new RegExp(`^The answer to GET /api/v3/transactions/${scenario} is larger than the 16777216-byte limit`));
    expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(HUGE_BYTES);
  });

  test('the misbehaving server still serves normal answers afterwards', async () => {
    expect(await misled.transactions.get('fine')).toEqual({ uuid: 'ok' });
  });
});
