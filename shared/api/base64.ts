/**
 * Standard base64 (RFC 4648 §4, with padding) for the PDF carried in a JSON answer. Written out
 * because `shared/` has no `btoa`/`atob` (no DOM types), and those work on strings of bytes
 * anyway, which for a large PDF is one more copy.
 */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

const VALUES = (() => {
  const table = new Int16Array(128).fill(-1);
  for (let i = 0; i < ALPHABET.length; i++) table[ALPHABET.charCodeAt(i)] = i;
  return table;
})();

export function encodeBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  // Chunks keep each string small; joined once at the end.
  const chunk = 3 * 4096;
  for (let start = 0; start < bytes.length; start += chunk) {
    const end = Math.min(start + chunk, bytes.length);
    let text = '';
    for (let i = start; i < end; i += 3) {
      const a = bytes[i] ?? 0;
      const b = bytes[i + 1] ?? 0;
      const c = bytes[i + 2] ?? 0;
      const triple = (a << 16) | (b << 8) | c;
      text += ALPHABET[(triple >> 18) & 63];
      text += ALPHABET[(triple >> 12) & 63];
      text += i + 1 < end ? ALPHABET[(triple >> 6) & 63] : '=';
      text += i + 2 < end ? ALPHABET[triple & 63] : '=';
    }
    parts.push(text);
  }
  return parts.join('');
}

/** The bytes of a base64 text, or `undefined` when it is not base64 (white space is ignored). */
export function decodeBase64(text: string): Uint8Array | undefined {
  const clean = text.replace(/[\t\n\r ]/g, '');
  if (clean.length % 4 !== 0) return undefined;
  const padding = clean.endsWith('==') ? 2 : clean.endsWith('=') ? 1 : 0;
  const out = new Uint8Array((clean.length / 4) * 3 - padding);
  let o = 0;
  for (let i = 0; i < clean.length; i += 4) {
    let quad = 0;
    for (let j = 0; j < 4; j++) {
      const code = clean.charCodeAt(i + j);
      const isPad = code === 61 && i + 4 === clean.length && j >= 4 - padding;
      const value = isPad ? 0 : code < 128 ? (VALUES[code] ?? -1) : -1;
      if (value < 0) return undefined;
      quad = (quad << 6) | value;
    }
    if (o < out.length) out[o++] = (quad >> 16) & 255;
    if (o < out.length) out[o++] = (quad >> 8) & 255;
    if (o < out.length) out[o++] = quad & 255;
  }
  return out;
}
