// A token request as plainly as it can be sent — one attempt over the transport, no retries — for tests and
// benchmarks of the token lifecycle. (The SDK sends it through its ky engine, with retries: @org/clara.)
import { clientCredentialsRequest, type ClaraTransport, type TokenManagerOptions } from '@org/clara-auth';

export function plainGrant(transport: ClaraTransport, tokenUrl: string): TokenManagerOptions['requestGrant'] {
  return async (credentials, signal) => {
    const { headers, body } = clientCredentialsRequest(credentials);
    const response = await transport.send({ url: tokenUrl, method: 'POST', headers: Object.entries(headers).flat(), body, signal });
    if (!response.ok) throw new Error(`the token endpoint answered HTTP ${response.status}`);
    const answer = (await response.json()) as { access_token: string; token_type?: string; expires_in?: number };
    return { accessToken: answer.access_token, tokenType: answer.token_type ?? 'Bearer', ...(answer.expires_in ? { expiresInSeconds: answer.expires_in } : {}) };
  };
}
