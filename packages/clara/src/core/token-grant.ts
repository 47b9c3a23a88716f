// The token request: an OAuth 2.0 client-credentials grant (built by @org/clara-auth) sent by the same engine as
// API calls — ky's retries with the SDK's policy (a token request is safe to repeat) — its failures turned into
// the SDK's errors by the mapper, its answer checked here. The token manager decides when to call it.
import { clientCredentialsRequest, tokenProblem, type ClaraCredentials, type TokenGrant } from '@org/clara-auth';
import { isHTTPError, type KyInstance } from 'ky';

import { parseErrorBody } from '../errors/error-body.js';
import { ClaraAuthError } from '../errors/classes.js';
import { jsonBreak, unusableAnswer } from '../errors/json-answer.js';
import { answerError, toClaraError, TOKEN_OPERATION } from '../errors/map-error.js';
import { CallContext, callOption } from './call.js';

/** Clara's service name for token requests (its API Insights page counts them apart). */
export const TOKEN_SERVICE = 'OauthTokenWrite';

export type RequestGrant = (credentials: ClaraCredentials, signal: AbortSignal) => Promise<TokenGrant>;

export function tokenRequester(engine: KyInstance, tokenUrl: string): RequestGrant {
  const path = new URL(tokenUrl).pathname;
  return async (credentials, signal) => {
    const { headers, body } = clientCredentialsRequest(credentials);
    const context = new CallContext({ operation: TOKEN_OPERATION, service: TOKEN_SERVICE, route: `POST ${path}`, signals: [signal] });
    const call = { operation: TOKEN_OPERATION, method: 'POST', path, url: tokenUrl, attempts: 0 };
    let response: Response;
    let text: string;
    try {
      response = await engine.post(tokenUrl, { headers, body, signal: context.signal, ...callOption(context) });
      text = await response.text();
    } catch (error) {
      call.attempts = context.attempts;
      if (!isHTTPError(error)) throw toClaraError(error, undefined, undefined, call);
      const { status, headers: answerHeaders } = error.response;
      throw answerError({ status, headers: answerHeaders, body: parseErrorBody(await error.response.text()) }, call); // redacted by the wire
    } finally {
      context.dispose();
    }
    // The body of a successful answer holds the token: it never goes into an error.
    const fields = parseObject(text);
    if (!fields) throw unusableAnswer(response, call, `with a body that is not a JSON object (${jsonBreak(text)})`);
    const accessToken = fields['access_token'];
    if (accessToken === undefined || accessToken === '') throw unusableAnswer(response, call, 'without an access_token');
    const problem = tokenProblem(accessToken);
    if (problem) {
      const { status, headers: answerHeaders } = response;
      throw new ClaraAuthError({ ...call, status, headers: answerHeaders, message: `The token endpoint ${tokenUrl} issued an access token that cannot be used: it ${problem}. It was not sent anywhere (nor shown here).` });
    }
    const tokenType = stringField(fields, 'token_type') ?? 'Bearer';
    if (tokenType.toLowerCase() !== 'bearer') throw unusableAnswer(response, call, `with token_type "${tokenType.slice(0, 40)}"; only Bearer tokens are supported`);
    const expiresInSeconds = seconds(fields?.['expires_in']);
    const scope = stringField(fields, 'scope');
    return { accessToken: accessToken as string /* checked by tokenProblem */, tokenType: 'Bearer', ...(expiresInSeconds === undefined ? {} : { expiresInSeconds }), ...(scope ? { scopes: scope.split(' ').filter(Boolean) } : {}) };
  };
}

function parseObject(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

const stringField = (fields: Record<string, unknown> | undefined, name: string): string | undefined => {
  const value = fields?.[name];
  return typeof value === 'string' && value !== '' ? value : undefined;
};

/** `expires_in` as Clara may send it (a number, or a numeric string); undefined when unusable. */
function seconds(value: unknown): number | undefined {
  const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof number === 'number' && Number.isFinite(number) && number > 0 ? number : undefined;
}
