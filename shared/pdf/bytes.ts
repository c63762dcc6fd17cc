/** Byte-level helpers for looking at a PDF before, or without, parsing it. */

/** ASCII bytes of a short pattern (keywords, names): callers only pass ASCII. */
export function ascii(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i) & 0xff;
  return bytes;
}

/** Index of `needle` in `haystack` from `from`, or -1. */
export function indexOfBytes(haystack: Uint8Array, needle: Uint8Array, from = 0): number {
  const first = needle[0];
  if (first === undefined) return from;
  const last = haystack.length - needle.length;
  for (
    let i = haystack.indexOf(first, from);
    i !== -1 && i <= last;
    i = haystack.indexOf(first, i + 1)
  ) {
    let j = 1;
    while (j < needle.length && haystack[i + j] === needle[j]) j++;
    if (j === needle.length) return i;
  }
  return -1;
}

/** Bytes `[start, end)` read as Latin-1, for looking at dictionaries written in ASCII. */
export function latin1(bytes: Uint8Array, start: number, end: number): string {
  let text = '';
  const stop = Math.min(end, bytes.length);
  for (let i = Math.max(0, start); i < stop; i += 8192) {
    text += String.fromCharCode(...bytes.subarray(i, Math.min(stop, i + 8192)));
  }
  return text;
}

/** PDF white space (ISO 32000-1 §7.2.2). */
export function isPdfSpace(byte: number | undefined): boolean {
  return (
    byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09 || byte === 0x0c || byte === 0
  );
}

export function isDigit(byte: number | undefined): boolean {
  return byte !== undefined && byte >= 0x30 && byte <= 0x39;
}

/** Joins chunks into one array. */
export function concatBytes(chunks: readonly Uint8Array[], total: number): Uint8Array {
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}
