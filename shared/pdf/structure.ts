/**
 * An estimate, made in one pass, of how much work the PDF library will do to parse a file, to
 * refuse the files on which it would take minutes. The library parses objects one after the
 * other and is fast on real PDFs, but some damage makes it slow:
 *
 * - bytes between objects that are neither white space, comments nor cross-reference data: it
 *   tries to read an object header at each one and throws an exception each time (micro-seconds
 *   apiece: a 20 MB file of noise takes minutes);
 * - an object whose literal string never closes, or whose stream has no `endstream`: it reads on
 *   to the end of the file, and does so again for the next such object (quadratic);
 * - an object without `endobj`: it searches for the next one, and when there is none (a
 *   truncated file) reads the rest of the file as noise.
 *
 * Real invoices, damaged or not, stay far below the budget; hostile files are refused with
 * `pdf-damaged` before the library sees them.
 */
import { ascii, indexOfBytes, isDigit, isPdfSpace } from './bytes';

const END_OBJ = ascii('endobj');
const STREAM = ascii('stream');
const END_STREAM = ascii('endstream');
const XREF = ascii('xref');
const TRAILER = ascii('trailer');
const START_XREF = ascii('startxref');

export interface StructureEstimate {
  /** Bytes the library will scan, counting the rescans damage causes. */
  readonly scannedBytes: number;
  /** Bytes between objects that each cost the library an exception. */
  readonly noiseBytes: number;
}

/**
 * `headers`: offsets of the `obj` keyword of each object header, in file order (see preflight).
 * Stops counting once `stopAt` is passed on either measure.
 */
export function estimateParseWork(
  bytes: Uint8Array,
  headers: readonly number[],
  stopAt: StructureEstimate,
): StructureEstimate {
  const size = bytes.length;
  const endObjs = new Cursor(bytes, END_OBJ);
  const endStreams = new Cursor(bytes, END_STREAM);
  let scanned = 0;
  let noise = 0;
  let covered = 0;
  for (let index = 0; index < headers.length; index++) {
    if (scanned > stopAt.scannedBytes || noise > stopAt.noiseBytes) break;
    const header = headers[index] as number;
    const start = headerStart(bytes, header);
    if (start > covered) noise += noiseIn(bytes, covered, start, stopAt.noiseBytes - noise);
    const end = endObjs.firstAfter(header) ?? size;
    const next = headers[index + 1];
    // The object's own text: up to its `endobj`, or to the next header when that comes first.
    const own = next === undefined ? end : Math.min(end, headerStart(bytes, next));
    scanned += end - header;
    scanned += rescanOf(bytes, header + 3, own, endStreams);
    if (end === size) {
      // No `endobj` follows (a truncated file): when this object fails to parse, the library
      // goes through the rest of the file byte by byte, as noise.
      noise += noiseIn(bytes, header + 3, size, stopAt.noiseBytes - noise);
    }
    covered = Math.max(covered, end + END_OBJ.length);
  }
  if (covered < size && scanned <= stopAt.scannedBytes) {
    noise += noiseIn(bytes, covered, size, stopAt.noiseBytes - noise);
  }
  return { scannedBytes: scanned, noiseBytes: noise };
}

/** Successive occurrences of a keyword, for offsets that only grow: linear over the file. */
class Cursor {
  private at: number;
  constructor(
    private readonly bytes: Uint8Array,
    private readonly word: Uint8Array,
  ) {
    this.at = indexOfBytes(bytes, word);
  }

  firstAfter(offset: number): number | undefined {
    while (this.at !== -1 && this.at < offset) {
      this.at = indexOfBytes(this.bytes, this.word, Math.max(offset, this.at + this.word.length));
    }
    return this.at === -1 ? undefined : this.at;
  }
}

/** Where the `n g` before `obj` starts. */
function headerStart(bytes: Uint8Array, objAt: number): number {
  let i = objAt - 1;
  while (i >= 0 && isPdfSpace(bytes[i])) i--;
  while (i >= 0 && isDigit(bytes[i])) i--;
  while (i >= 0 && isPdfSpace(bytes[i])) i--;
  while (i >= 0 && isDigit(bytes[i])) i--;
  return i + 1;
}

/**
 * Extra bytes the library reads for the object whose text is `[from, own)` beyond the object
 * itself: to the end of the file when a literal string in its dictionary never closes, or when
 * its stream has no `endstream` or nests `stream` keywords (the library's fallback counts them).
 */
function rescanOf(bytes: Uint8Array, from: number, own: number, endStreams: Cursor): number {
  const size = bytes.length;
  const window = bytes.subarray(0, own);
  const streamAt = indexOfBytes(window, STREAM, from);
  if (!stringsClose(bytes, from, streamAt === -1 ? own : streamAt)) return size - from;
  if (streamAt === -1) return 0;
  const dataStart = streamAt + STREAM.length;
  const endStream = endStreams.firstAfter(dataStart);
  if (endStream === undefined) return size - dataStart;
  const nested = indexOfBytes(bytes.subarray(0, Math.min(endStream, own)), STREAM, dataStart);
  // `endstream` itself contains `stream`: a nested keyword is one that ends before it.
  if (nested !== -1 && nested + STREAM.length <= endStream) return size - dataStart;
  return Math.max(0, endStream - own);
}

/** Whether every literal string opened in `[from, to)` is closed there (escapes honoured). */
export function stringsClose(bytes: Uint8Array, from: number, to: number): boolean {
  let depth = 0;
  for (let i = from; i < to; i++) {
    const byte = bytes[i];
    if (depth > 0 && byte === 0x5c) {
      i++; // `\` escapes the next byte
    } else if (byte === 0x28) {
      depth++;
    } else if (byte === 0x29 && depth > 0) {
      depth--;
    } else if (depth === 0 && byte === 0x25) {
      // A comment outside strings runs to the end of the line; its parentheses do not count.
      while (i < to && bytes[i] !== 0x0a && bytes[i] !== 0x0d) i++;
    }
  }
  return depth === 0;
}

/**
 * Printable bytes in `[from, to)` the library would try to read a header at: everything but
 * white space, comments, cross-reference tables, trailers and `startxref`. Non-printable bytes
 * are skipped by the library without cost.
 */
function noiseIn(bytes: Uint8Array, from: number, to: number, budget: number): number {
  let noise = 0;
  let i = from;
  while (i < to && noise <= budget) {
    const byte = bytes[i] as number;
    if (isPdfSpace(byte)) {
      i++;
    } else if (byte === 0x25) {
      while (i < to && bytes[i] !== 0x0a && bytes[i] !== 0x0d) i++;
    } else if (startsWith(bytes, i, START_XREF)) {
      i += START_XREF.length;
    } else if (startsWith(bytes, i, XREF)) {
      i += XREF.length;
      while (
        i < to &&
        (isPdfSpace(bytes[i]) || isDigit(bytes[i]) || bytes[i] === 0x6e || bytes[i] === 0x66)
      )
        i++;
    } else if (startsWith(bytes, i, TRAILER)) {
      i = skipDictionary(bytes, i + TRAILER.length, to);
    } else if (isDigit(byte)) {
      // Numbers (the offset after startxref) are read as such.
      while (i < to && isDigit(bytes[i])) i++;
    } else {
      if (byte > 0x20 && byte < 0x7f) noise++;
      i++;
    }
  }
  return noise;
}

function startsWith(bytes: Uint8Array, at: number, word: Uint8Array): boolean {
  for (let j = 0; j < word.length; j++) if (bytes[at + j] !== word[j]) return false;
  return true;
}

/** Past the `<< … >>` that follows `from` (nested dictionaries counted), or to `to`. */
function skipDictionary(bytes: Uint8Array, from: number, to: number): number {
  let depth = 0;
  let i = from;
  while (i < to) {
    if (bytes[i] === 0x3c && bytes[i + 1] === 0x3c) {
      depth++;
      i += 2;
    } else if (bytes[i] === 0x3e && bytes[i + 1] === 0x3e) {
      depth--;
      i += 2;
      if (depth <= 0) return i;
    } else {
      i++;
    }
  }
  return to;
}
