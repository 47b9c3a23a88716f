// Benchmarks of @org/clara-auth against a local mTLS server with per-run certificates:
//   cached-token lookups per second, and TLS handshakes for 1 000 sequential and 1 000 concurrent requests.
// Run: node --conditions=source packages/auth/bench/auth.ts      (prints `name: value` lines)
import '../../../tools/scripts/lib/load-sources.ts';

const auth = await import('../src/index.ts');
const { createTestPki } = await import('../test/helpers/pki.ts');
const { startFakeClara } = await import('../test/helpers/fake-clara.ts');
const { plainGrant } = await import('../test/helpers/plain-grant.ts');

const REQUESTS = 1000;
const CONCURRENCY = 16;

const pki = createTestPki();
const clara = await startFakeClara(pki);
const credentials = await auth.loadCredentials({ cert: pki.read('client.crt'), key: pki.read('client.key'), clientId: 'bench', clientSecret: 'bench-secret', ca: pki.read('ca.crt') });
const transport = await auth.createTransport({ credentials });
const tokens = new auth.TokenManager({ credentials, requestGrant: plainGrant(transport, clara.tokenUrl), tokenUrl: clara.tokenUrl });

try {
  // Cached-token lookups: the token is fetched once, then every getToken() is served from memory.
  await tokens.getToken();
  const lookupMs = 1000;
  let lookups = 0;
  const lookupStart = performance.now();
  while (performance.now() - lookupStart < lookupMs) {
    for (let i = 0; i < 1000; i++) await tokens.getToken();
    lookups += 1000;
  }
  console.log(`cached_token_lookups_per_second: ${Math.round(lookups / ((performance.now() - lookupStart) / 1000))}`);

  const get = async (): Promise<void> => {
    const response = await transport.send({ url: `${clara.url}/api/v3/cards`, method: 'GET', headers: ['authorization', `Bearer ${await tokens.getToken()}`] });
    if (response.status !== 200) throw new Error(`unexpected HTTP ${response.status}`);
    await response.arrayBuffer();
  };

  let handshakes = clara.server.handshakes();
  let start = performance.now();
  for (let i = 0; i < REQUESTS; i++) await get();
  console.log(`sequential_requests: ${REQUESTS}`);
  console.log(`sequential_tls_handshakes: ${clara.server.handshakes() - handshakes}`);
  console.log(`sequential_requests_per_second: ${Math.round(REQUESTS / ((performance.now() - start) / 1000))}`);

  handshakes = clara.server.handshakes();
  start = performance.now();
  let next = 0;
  await Promise.all(Array.from({ length: CONCURRENCY }, async () => {
    while (next < REQUESTS) {
      next++;
      await get();
    }
  }));
  console.log(`concurrent_requests: ${REQUESTS}`);
  console.log(`concurrent_in_flight: ${CONCURRENCY}`);
  console.log(`concurrent_tls_handshakes: ${clara.server.handshakes() - handshakes}`);
  console.log(`concurrent_requests_per_second: ${Math.round(REQUESTS / ((performance.now() - start) / 1000))}`);
  console.log(`token_requests: ${clara.tokenRequests.length}`);
} finally {
  await transport.close();
  await clara.close();
  pki.remove();
}
