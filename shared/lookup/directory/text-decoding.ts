/**
 * Decoding of the directory CSV. The file is expected in UTF-8 (*verify*: no public sample states
 * it); older exports of French administrations are often Windows-1252, so the first bytes decide,
 * and a Windows-1252 decoder is written here because runtimes differ in which legacy encodings
 * their TextDecoder knows.
 */

/** Windows-1252 code points of bytes 0x80–0x9F (the rest maps to the same code point as Latin-1). */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152,
  0x8d, 0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122,
  0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

export function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (let start = 0; start < bytes.length; start += 8192) {
    const codes: number[] = [];
    for (const byte of bytes.subarray(start, start + 8192)) {
      codes.push(byte >= 0x80 && byte <= 0x9f ? (CP1252_HIGH[byte - 0x80] ?? byte) : byte);
    }
    text += String.fromCharCode(...codes);
  }
  return text;
}

/** True when `bytes` are valid UTF-8, ignoring a sequence cut at the very end of the sample. */
export function looksLikeUtf8(bytes: Uint8Array): boolean {
  let index = 0;
  while (index < bytes.length) {
    const byte = bytes[index] ?? 0;
    const length =
      byte < 0x80 ? 1 : byte >> 5 === 0x6 ? 2 : byte >> 4 === 0xe ? 3 : byte >> 3 === 0x1e ? 4 : 0;
    if (length === 0) return false;
    for (let next = 1; next < length; next++) {
      if (index + next >= bytes.length) return true;
      if (((bytes[index + next] ?? 0) & 0xc0) !== 0x80) return false;
    }
    index += length;
  }
  return true;
}

/** A streaming decoder that picks UTF-8 or Windows-1252 from the first chunk it sees. */
export class DirectoryTextDecoder {
  private utf8: TextDecoderLike | null = null;
  private legacy = false;
  private decided = false;

  constructor(private readonly makeUtf8Decoder: () => TextDecoderLike) {}

  decode(bytes: Uint8Array, final: boolean): string {
    if (!this.decided) {
      this.decided = true;
      this.legacy = !looksLikeUtf8(bytes.subarray(0, 64 * 1024));
      if (!this.legacy) this.utf8 = this.makeUtf8Decoder();
    }
    if (this.legacy) return decodeWindows1252(bytes);
    return this.utf8?.decode(bytes, { stream: !final }) ?? '';
  }
}

/** The part of TextDecoder used here (the class itself is not in the ES2023 lib of shared/). */
export interface TextDecoderLike {
  decode(bytes: Uint8Array, options: { stream: boolean }): string;
}
