import { Inflate, Unzlib } from 'fflate';
import { concatBytes } from './bytes';

export type InflateResult =
  | { readonly ok: true; readonly bytes: Uint8Array }
  | { readonly ok: false; readonly reason: 'too-large' | 'corrupt' };

/**
 * Compressed input is fed in small slices so that the output can be counted as it grows: one
 * slice of deflate data expands at most about a thousand times, so a bomb is stopped a few
 * megabytes past the cap instead of after it has filled the memory.
 */
const SLICE = 4096;

class OutputCapExceeded extends Error {}

/**
 * Inflates a FlateDecode stream (zlib; raw deflate is accepted too, as some writers omit the
 * zlib header), refusing to produce more than `maxBytes`.
 */
export function inflateCapped(data: Uint8Array, maxBytes: number): InflateResult {
  const zlibHeader =
    data.length >= 2 &&
    ((data[0] ?? 0) & 0x0f) === 8 &&
    (((data[0] ?? 0) << 8) | (data[1] ?? 0)) % 31 === 0;
  return run(zlibHeader ? 'zlib' : 'raw', data, maxBytes);
}

function run(format: 'zlib' | 'raw', data: Uint8Array, maxBytes: number): InflateResult {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const onData = (chunk: Uint8Array) => {
    total += chunk.length;
    if (total > maxBytes) throw new OutputCapExceeded();
    chunks.push(chunk);
  };
  const stream = format === 'zlib' ? new Unzlib(onData) : new Inflate(onData);
  try {
    for (let offset = 0; offset < data.length; offset += SLICE) {
      const end = Math.min(data.length, offset + SLICE);
      stream.push(data.subarray(offset, end), end === data.length);
    }
    if (data.length === 0) stream.push(new Uint8Array(0), true);
  } catch (cause) {
    if (cause instanceof OutputCapExceeded) return { ok: false, reason: 'too-large' };
    // Data after the end of the deflate stream (padding, an end-of-line) is harmless: what came
    // before is complete. Only a stream that ends early or holds invalid codes is corrupt.
    return { ok: false, reason: 'corrupt' };
  }
  return { ok: true, bytes: concatBytes(chunks, total) };
}
