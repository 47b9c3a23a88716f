// The setup most auth tests share: a fresh PKI, a fake Clara over mTLS, credentials for its client certificate
// and a transport. One per test file (beforeAll), torn down with `stopAuthFixture` (afterAll).
import { createTransport, loadCredentials, type ClaraCredentials, type ClaraTransport } from '@org/clara-auth';
import { startFakeClara, type FakeClara } from './fake-clara.js';
import { createTestPki, type TestPki } from './pki.js';

export interface AuthFixture {
  pki: TestPki;
  clara: FakeClara;
  credentials: ClaraCredentials;
  transport: ClaraTransport;
}

/** `client-1` with the given secret; `encryptedKey` loads the client key from its encrypted PKCS#8 file. */
export async function startAuthFixture(clientSecret: string, { encryptedKey = false } = {}): Promise<AuthFixture> {
  const pki = createTestPki();
  const clara = await startFakeClara(pki);
  const key = encryptedKey ? { key: pki.read('client.enc.key'), passphrase: pki.passphrase } : { key: pki.read('client.key') };
  const credentials = await loadCredentials({ cert: pki.read('client.crt'), ...key, clientId: 'client-1', clientSecret, ca: pki.read('ca.crt') });
  return { pki, clara, credentials, transport: createTransport({ credentials }) };
}

export async function stopAuthFixture({ pki, clara, transport }: Pick<AuthFixture, 'pki' | 'clara' | 'transport'>): Promise<void> {
  await transport.close();
  await clara.close();
  pki.remove();
}
