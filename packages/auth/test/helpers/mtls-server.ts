// A real HTTPS server that requires client certificates from the test CA, for the tests and the bench.
import { createServer, type ServerOptions } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { TestPki } from './pki.js';

export interface MtlsServer {
  /** `https://127.0.0.1:<port>` */
  url: string;
  /** TLS handshakes completed so far (one per new connection). */
  handshakes(): number;
  close(): Promise<void>;
}

export type Handler = (request: IncomingMessage, response: ServerResponse, body: string) => void;

export async function startMtlsServer(pki: TestPki, handler: Handler, options: ServerOptions & { serverCert?: string } = {}): Promise<MtlsServer> {
  const name = options.serverCert ?? 'server';
  const server = createServer(
    { key: pki.read(`${name}.key`), cert: pki.read(`${name}.crt`), ca: pki.read('ca.crt'), requestCert: true, rejectUnauthorized: true, ...options },
    (request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => handler(request, response, Buffer.concat(chunks).toString('utf8')));
    },
  );
  let handshakes = 0;
  server.on('secureConnection', () => handshakes++);
  server.on('tlsClientError', () => {}); // rejected clients are what several tests are about
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `https://127.0.0.1:${port}`,
    handshakes: () => handshakes,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

export const json = (response: ServerResponse, status: number, body: unknown): void => {
  response.writeHead(status, { 'content-type': 'application/json' });
  response.end(JSON.stringify(body));
};
