/**
 * The file identifier of the trailer (`/ID`, ISO 32000-1 §14.4), which PDF/A requires. It only
 * has to be unique in practice, not secret: a 128-bit digest made of four FNV-1a passes with
 * different offsets is enough, keeps the output reproducible for the same input, and needs no
 * crypto API (which the domain core may not assume).
 */
const FNV_PRIME = 0x01000193;
const OFFSETS = [0x811c9dc5, 0x050c5d1f, 0x2f8f6a3b, 0x6c62272e];

export function fileIdentifier(...parts: readonly Uint8Array[]): Uint8Array {
  const id = new Uint8Array(16);
  OFFSETS.forEach((offset, lane) => {
    let hash = offset >>> 0;
    for (const part of parts) {
      for (const byte of part) hash = Math.imul(hash ^ byte, FNV_PRIME) >>> 0;
      // Separates the parts, so that ("ab", "c") and ("a", "bc") differ.
      hash = Math.imul(hash ^ 0xff, FNV_PRIME) >>> 0;
    }
    // The lane number goes in last as well: lanes that started equal would otherwise stay equal.
    hash = Math.imul(hash ^ (lane + 1), FNV_PRIME) >>> 0;
    id[lane * 4] = hash >>> 24;
    id[lane * 4 + 1] = (hash >>> 16) & 0xff;
    id[lane * 4 + 2] = (hash >>> 8) & 0xff;
    id[lane * 4 + 3] = hash & 0xff;
  });
  return id;
}
