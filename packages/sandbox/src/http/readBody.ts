import type { IncomingMessage } from 'node:http';

/** The largest request body the sandbox reads; larger ones get 413 (as BigCommerce's gateway does). */
export const MAX_BODY_BYTES = 1024 * 1024;
/** Past this much an oversized upload is cut off instead of drained. */
const MAX_DRAIN_BYTES = 64 * MAX_BODY_BYTES;

/**
 * Reads a request body up to `limit` bytes. An oversized body is drained (not kept) so the client
 * can read the 413 instead of a reset connection; `tooLarge` says so.
 */
export function readBody(req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<{ body: Buffer; tooLarge: boolean }> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const declared = Number(req.headers['content-length']);
    let tooLarge = Number.isFinite(declared) && declared > limit;
    const finish = () => {
      if (done) return;
      done = true;
      resolve({ body: tooLarge ? Buffer.alloc(0) : Buffer.concat(chunks), tooLarge });
    };
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) tooLarge = true;
      if (!tooLarge) chunks.push(chunk);
      else if (size > MAX_DRAIN_BYTES) {
        req.socket.destroy();
        finish();
      }
    });
    req.on('end', finish);
    // A client that goes away mid-body gets no answer; resolve so the listener finishes cleanly.
    req.on('error', finish);
    req.on('close', finish);
  });
}
