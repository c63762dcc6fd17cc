/**
 * What kind of file was dropped, from its first bytes rather than its name: clerks rename files,
 * and a `.pdf` that is really XML (or the reverse) should still be read for what it is.
 */

export type FileKind = 'pdf' | 'xml' | 'unknown';

/** PDF readers accept junk before the header within the first kilobyte; so do we. */
const PDF_HEADER_WINDOW = 1024;
const PDF_HEADER = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-

function startsAt(bytes: Uint8Array, at: number, pattern: readonly number[]): boolean {
  return pattern.every((byte, i) => bytes[at + i] === byte);
}

function hasPdfHeader(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length - PDF_HEADER.length, PDF_HEADER_WINDOW);
  for (let i = 0; i <= end; i++) if (startsAt(bytes, i, PDF_HEADER)) return true;
  return false;
}

/** First byte after a byte order mark and white space, with the code unit width. */
function firstMarkup(bytes: Uint8Array): boolean {
  let i = 0;
  let step = 1;
  if (startsAt(bytes, 0, [0xef, 0xbb, 0xbf])) i = 3;
  else if (startsAt(bytes, 0, [0xff, 0xfe])) [i, step] = [2, 2];
  else if (startsAt(bytes, 0, [0xfe, 0xff])) [i, step] = [3, 2];
  // UTF-16 without a mark: every other byte is zero around the first `<`.
  else if (bytes[0] === 0x3c && bytes[1] === 0x00) step = 2;
  else if (bytes[0] === 0x00 && bytes[1] === 0x3c) [i, step] = [1, 2];
  while (i < bytes.length && [0x20, 0x09, 0x0a, 0x0d].includes(bytes[i] ?? -1)) i += step;
  return bytes[i] === 0x3c; // <
}

export function sniffFile(bytes: Uint8Array): FileKind {
  if (hasPdfHeader(bytes)) return 'pdf';
  if (firstMarkup(bytes)) return 'xml';
  return 'unknown';
}
