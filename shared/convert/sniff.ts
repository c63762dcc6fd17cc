import { formatOf } from '../rules/validate-document';

/**
 * What a file looks like from its first bytes: a media type or a file name is a claim, the bytes
 * decide. Shared by the edge (request bodies) and the conversion core (files of the CLI).
 */
export type SniffedFormat = 'pdf' | 'xml' | 'json' | 'unknown';

const WHITE_SPACE = new Set([0x20, 0x09, 0x0a, 0x0d]);
const BYTE_ORDER_MARK = [0xef, 0xbb, 0xbf];

/** `%PDF-` in the first kilobyte; else the first character that is not white space: `<` or `{`. */
export function sniffFormat(bytes: Uint8Array): SniffedFormat {
  if (formatOf(bytes) === 'pdf') return 'pdf';
  let start = 0;
  if (BYTE_ORDER_MARK.every((byte, i) => bytes[i] === byte)) start = 3;
  // UTF-16 XML starts with its own byte order mark; the XML reader decodes it.
  if ((bytes[0] === 0xfe && bytes[1] === 0xff) || (bytes[0] === 0xff && bytes[1] === 0xfe)) {
    return 'xml';
  }
  const end = Math.min(bytes.length, start + 1024);
  for (let i = start; i < end; i++) {
    const byte = bytes[i] as number;
    if (WHITE_SPACE.has(byte)) continue;
    if (byte === 0x3c) return 'xml';
    if (byte === 0x7b) return 'json';
    return 'unknown';
  }
  return 'unknown';
}
