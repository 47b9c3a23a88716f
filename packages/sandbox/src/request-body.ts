import type { IncomingMessage } from 'node:http';

/** Larger request bodies answer 413; Clara documents no limit, 5 MiB is far above any of its request schemas. */
export const MAX_BODY_BYTES = 5 * 1024 * 1024;

export class BodyTooLargeError extends Error {
  constructor(limit: number) {
    super(`Request body larger than ${limit} bytes`);
    this.name = 'BodyTooLargeError';
  }
}

/**
 * The request body as text. Over `limit` it rejects with `BodyTooLargeError` and keeps draining (discarding) the
 * rest, so the 413 the caller sends reaches the client instead of a connection reset on unread data.
 */
export function readText(request: IncomingMessage, limit = MAX_BODY_BYTES): Promise<string> {
  const declared = Number(request.headers['content-length']);
  if (declared > limit) {
    request.resume();
    return Promise.reject(new BodyTooLargeError(limit));
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const collect = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) {
        chunks.push(chunk);
        return;
      }
      request.off('data', collect);
      request.resume();
      reject(new BodyTooLargeError(limit));
    };
    request.on('data', collect);
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}
