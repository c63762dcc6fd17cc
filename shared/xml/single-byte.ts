/**
 * Decoders for the single-byte encodings invoices still arrive in. Written out rather than left
 * to `TextDecoder` because not every runtime we ship to carries the legacy encodings, and these
 * two tables are all it takes.
 */

/**
 * windows-1252 code points for bytes 0x80–0x9F; every other byte is its own code point. This is
 * what the WHATWG Encoding Standard (and so `TextDecoder('latin1')`) does for a document labelled
 * ISO-8859-1: files so labelled are in practice written by Windows software, and 0x80 is then the
 * euro sign, not a C1 control character.
 */
const WINDOWS_1252_HIGH = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039,
  0x0152, 0x008d, 0x017d, 0x008f, 0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014,
  0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178,
] as const;

/** ISO-8859-15 (Latin-9) differs from ISO-8859-1 in eight bytes, among them the euro sign. */
const LATIN_9_CHANGES: ReadonlyMap<number, number> = new Map([
  [0xa4, 0x20ac],
  [0xa6, 0x0160],
  [0xa8, 0x0161],
  [0xb4, 0x017d],
  [0xb8, 0x017e],
  [0xbc, 0x0152],
  [0xbd, 0x0153],
  [0xbe, 0x0178],
]);

export type SingleByteEncoding = 'windows-1252' | 'iso-8859-15';

const tables = new Map<SingleByteEncoding, Uint16Array>();

function tableFor(encoding: SingleByteEncoding): Uint16Array {
  let table = tables.get(encoding);
  if (table === undefined) {
    table = new Uint16Array(256);
    for (let byte = 0; byte < 256; byte++) table[byte] = byte;
    if (encoding === 'windows-1252') {
      for (let i = 0; i < WINDOWS_1252_HIGH.length; i++) {
        table[0x80 + i] = WINDOWS_1252_HIGH[i] as number;
      }
    } else {
      for (const [byte, codePoint] of LATIN_9_CHANGES) table[byte] = codePoint;
    }
    tables.set(encoding, table);
  }
  return table;
}

/** Chunked so that `String.fromCharCode` never receives more arguments than the stack allows. */
const CHUNK = 8192;

export function decodeSingleByte(bytes: Uint8Array, encoding: SingleByteEncoding): string {
  const table = tableFor(encoding);
  const units = new Uint16Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) units[i] = table[bytes[i] as number] as number;
  return codeUnitsToString(units);
}

export function codeUnitsToString(units: Uint16Array): string {
  const parts: string[] = [];
  for (let start = 0; start < units.length; start += CHUNK) {
    // `apply` takes any array-like; a typed array avoids building a number[] per chunk.
    const chunk = units.subarray(start, start + CHUNK) as unknown as number[];
    parts.push(String.fromCharCode.apply(null, chunk));
  }
  return parts.join('');
}
