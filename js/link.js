// Raw DEFLATE (RFC 1951) for share links, by the browser's own CompressionStream and
// DecompressionStream: no compressor in the wasm. Imported by src/platform/link.rs through
// wasm-bindgen (a module file, not an inline script: the app runs under script-src 'self').

/** The raw DEFLATE of `bytes`. */
export async function deflateRaw(bytes) {
  const stream = new Blob([bytes]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/**
 * The inflated `bytes`. Rejects when they are not raw DEFLATE, and stops reading (rejects)
 * as soon as the output passes `limit` bytes, so a link that inflates to gigabytes never
 * fills the memory. The input itself is bounded by the caller.
 */
export async function inflateRaw(bytes, limit) {
  const reader = new Blob([bytes]).stream()
    .pipeThrough(new DecompressionStream('deflate-raw')).getReader();
  const chunks = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > limit) {
      await reader.cancel();
      throw new RangeError(`inflated link passes ${limit} bytes`);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
