// Collection pre-request script (Postman and newman): fetches an access token when none is set, or when the one
// this script cached expires within a minute. OAuth 2.0 client credentials at {{tokenUrl}} with HTTP Basic
// clientId:clientSecret, over the same client certificate as every request
// (Postman: Settings → Certificates; newman: --ssl-client-cert and --ssl-client-key). Cached in the collection
// variables accessToken and accessTokenExpiresAt; requests send Authorization: Bearer {{accessToken}}. An
// accessToken you set yourself (environment) is used as it is.
const cached = pm.collectionVariables.get('accessToken');
const token = pm.variables.get('accessToken');
const expiresAt = Number(pm.collectionVariables.get('accessTokenExpiresAt') || 0);
if (!token || (token === cached && Date.now() > expiresAt - 60000)) {
  const clientId = pm.variables.get('clientId');
  const clientSecret = pm.variables.get('clientSecret');
  if (!clientId || !clientSecret) {
    throw new Error('Set clientId and clientSecret in the environment (from the credentials JSON of the Clara dashboard)');
  }
  // base64 of the UTF-8 of clientId:clientSecret as they are: what Clara documents and what the SDK sends
  // (packages/auth/src/tokens/client-credentials.ts), not form-encoded first as RFC 6749 §2.3.1 has it, so a
  // secret with `+`, `/` or `%` reaches Clara the same from Postman and from the SDK. (btoa takes one byte a char.)
  const utf8 = (text) => encodeURIComponent(text).replace(/%([0-9A-F]{2})/g, (_, hex) => String.fromCharCode(parseInt(hex, 16)));
  pm.sendRequest(
    {
      url: pm.variables.replaceIn('{{tokenUrl}}'),
      method: 'POST',
      header: [
        { key: 'Authorization', value: `Basic ${btoa(utf8(`${clientId}:${clientSecret}`))}` },
        { key: 'Content-Type', value: 'application/x-www-form-urlencoded' },
        { key: 'Accept', value: 'application/json' },
      ],
      body: { mode: 'urlencoded', urlencoded: [{ key: 'grant_type', value: 'client_credentials' }] },
    },
    (error, response) => {
      const problem = tokenProblem(error, response);
      // A failed test, not a throw: an error thrown in this callback would be lost (the request then gets a 401).
      if (problem) pm.test('Access token (collection pre-request script)', () => { throw new Error(problem); });
    },
  );
}

/** Caches the token of a token endpoint's answer; else what went wrong, without quoting the answer (it may echo the credentials). */
function tokenProblem(error, response) {
  const tokenUrl = pm.variables.replaceIn('{{tokenUrl}}');
  if (error) return `Token request to ${tokenUrl} failed: ${error.message}`;
  let body = {};
  try {
    if (response.code === 200) body = response.json();
  } catch {
    // Not JSON: reported below without quoting it (a parse error would quote the body, the token with it).
  }
  if (response.code !== 200 || typeof body.access_token !== 'string') {
    const hint = response.code === 401 ? ': check clientId, clientSecret and the client certificate' : response.code === 200 ? ' without an access_token' : '';
    return `Token request to ${tokenUrl} answered HTTP ${response.code}${hint}`;
  }
  pm.collectionVariables.set('accessToken', body.access_token);
  pm.collectionVariables.set('accessTokenExpiresAt', String(Date.now() + Number(body.expires_in || 3600) * 1000));
  return undefined;
}

