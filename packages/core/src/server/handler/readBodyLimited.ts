/** Why a body could not be read. */
export type BodyFailure = 'too-large' | 'unreadable';

/**
 * Reads a request body as text, refusing more than `maxBytes` without buffering it: a declared
 * `Content-Length` over the limit is refused before reading, and a streamed body is cut off as
 * soon as it passes the limit.
 */
export async function readBodyLimited(request: Request, maxBytes: number): Promise<{ text: string } | { failure: BodyFailure }> {
  const declared = request.headers.get('content-length');
  if (declared !== null && (!/^\d+$/.test(declared) || Number(declared) > maxBytes)) {
    return { failure: /^\d+$/.test(declared) ? 'too-large' : 'unreadable' };
  }
  if (!request.body) return { text: '' };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        await reader.cancel().catch(() => {});
        return { failure: 'too-large' };
      }
      chunks.push(value);
    }
  } catch {
    return { failure: 'unreadable' };
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return decode(bytes);
}

// One decoder for every request: decoding a whole buffer keeps no state between calls.
const utf8 = new TextDecoder('utf-8', { fatal: true });

function decode(bytes: Uint8Array): { text: string } | { failure: BodyFailure } {
  try {
    return { text: utf8.decode(bytes) };
  } catch {
    return { failure: 'unreadable' };
  }
}
