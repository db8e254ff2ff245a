// Uploaded bytes go straight into shared memory, chunk by chunk as they arrive, so the request thread
// never copies a whole file in one go (19 MB costs ~50 ms per copy on a busy machine, mostly page
// faults) and the reading worker sees them without a copy either.

/** A copy of `bytes` in shared memory, unless they are there already. */
export function toShared(bytes: Uint8Array): Uint8Array {
  if (bytes.buffer instanceof SharedArrayBuffer) return bytes;
  const shared = new Uint8Array(new SharedArrayBuffer(bytes.length));
  shared.set(bytes);
  return shared;
}

/**
 * A stream's bytes in shared memory of at most `capacity` bytes (the pages are only touched as they
 * are written, so a generous capacity costs nothing). Bytes beyond the capacity are drained and dropped;
 * `overflow` says so.
 */
export async function readShared(
  chunks: AsyncIterable<Uint8Array>,
  capacity: number,
): Promise<{ bytes: Uint8Array; overflow: boolean }> {
  const buffer = new Uint8Array(new SharedArrayBuffer(capacity));
  let length = 0;
  let overflow = false;
  for await (const chunk of chunks) {
    const room = capacity - length;
    if (chunk.length > room) overflow = true;
    buffer.set(chunk.length > room ? chunk.subarray(0, room) : chunk, length);
    length += Math.min(room, chunk.length);
  }
  return { bytes: buffer.subarray(0, length), overflow };
}
