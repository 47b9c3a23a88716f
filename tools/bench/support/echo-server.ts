// The HTTPS server all three request-path clients call, in its own worker thread (its own event loop, the
// machine's other core): it requires a client certificate like Clara, answers the token endpoint, and
// answers every other request with the same small JSON document. Messages: 'handshakes' → count, 'close'.
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { parentPort, workerData } from 'node:worker_threads';

const { cert, key, ca } = workerData as { cert: string; key: string; ca: string };
const TRANSACTION = JSON.stringify({
  uuid: '0b0c6f0e-1d7b-4a51-9e34-3f1f2f5b8d11', status: 'APPROVED', operationDate: '2026-01-15T10:20:30Z',
  amountValue: 1234.5, amountCurrency: 'MXN', merchantName: 'Bench Café', cardUuid: '9d1e2f3a-4b5c-6d7e-8f90-a1b2c3d4e5f6',
});
const TOKEN = JSON.stringify({ access_token: 'bench-token', token_type: 'Bearer', expires_in: 3600 });

let handshakes = 0;
const server = createServer({ cert, key, ca, requestCert: true, rejectUnauthorized: true }, (request, response) => {
  request.resume();
  request.on('end', () => {
    const body = request.url === '/oauth/token' ? TOKEN : TRANSACTION;
    response.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }).end(body);
  });
});
server.keepAliveTimeout = 60_000;
server.on('secureConnection', () => handshakes++);
server.listen(0, '127.0.0.1', () => parentPort!.postMessage({ url: `https://127.0.0.1:${(server.address() as AddressInfo).port}` }));
parentPort!.on('message', (message: string) => {
  if (message === 'handshakes') parentPort!.postMessage({ handshakes });
  if (message === 'close') {
    server.closeAllConnections();
    server.close(() => process.exit(0));
  }
});
