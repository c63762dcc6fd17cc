/**
 * Checks made on the raw bytes before the PDF library parses anything. The library builds every
 * object of the file in memory and inflates compressed object streams without any bound, so the
 * sizes that could exhaust memory or time are measured here first: the file size, the number of
 * objects the file declares, and how far its compressed object streams inflate.
 *
 * The scan reads the file as written, without parsing it; a hostile file could hide an object
 * stream from it by spelling its type with `#` escapes. It is a guard against absurd inputs, not a
 * parser: the library's own failures are caught by the reader.
 */
import { ascii, indexOfBytes, isDigit, isPdfSpace, latin1 } from './bytes';
import { disordered, notPdf, type PdfOpenError, tooComplex, tooLarge } from './errors';
import { inflateCapped } from './inflate';
import type { PdfLimits } from './limits';
import { estimateParseWork, stringsClose } from './structure';

const HEADER = ascii('%PDF-');
/** Acrobat looks for the header in the first 1024 bytes; some files start with junk. */
const HEADER_WINDOW = 1024;
const OBJ = ascii('obj');
const OBJECT_STREAM = ascii('/ObjStm');
const XREF_STREAM = ascii('/XRef');
const STREAM = ascii('stream');
const END_STREAM = ascii('endstream');
/** How far a dictionary's keyword may be from the `obj` that opens it and the `stream` after. */
const DICTIONARY_WINDOW = 4096;

export function preflight(bytes: Uint8Array, limits: PdfLimits): PdfOpenError | undefined {
  if (bytes.length > limits.maxBytes) return tooLarge(bytes.length, limits.maxBytes);
  const header = indexOfBytes(bytes.subarray(0, HEADER_WINDOW + HEADER.length), HEADER);
  if (header === -1) return notPdf();

  const headers = objectHeaders(bytes, limits.maxObjects);
  if (headers.length > limits.maxObjects) return tooManyObjects(limits.maxObjects);

  const declared = declaredXrefSizes(bytes);
  if (declared > limits.maxObjects) return tooManyObjects(limits.maxObjects);

  const streams = checkObjectStreams(bytes, headers.length, limits);
  if ('code' in streams) return streams;

  // Generous for any real file, damaged or not: each byte read a few times, a little noise.
  const budget = { scannedBytes: 4 * bytes.length + 4 * MIB, noiseBytes: 64 * 1024 };
  const work = estimateParseWork(bytes, headers, budget);
  if (
    work.scannedBytes + streams.rescannedBytes > budget.scannedBytes ||
    work.noiseBytes > budget.noiseBytes
  ) {
    return disordered();
  }
  return undefined;
}

const MIB = 1024 * 1024;

function tooManyObjects(limit: number): PdfOpenError {
  return tooComplex({
    fr: `il déclare plus de ${limit.toLocaleString('fr-FR')} objets`,
    en: `it declares more than ${limit.toLocaleString('en-GB')} objects`,
  });
}

/** Offsets of the `obj` of each `n g obj` header, stopping once past `stop` of them. */
function objectHeaders(bytes: Uint8Array, stop: number): number[] {
  const headers: number[] = [];
  for (let at = indexOfBytes(bytes, OBJ); at !== -1; at = indexOfBytes(bytes, OBJ, at + 3)) {
    if (isObjectHeader(bytes, at)) {
      headers.push(at);
      if (headers.length > stop) break;
    }
  }
  return headers;
}

/** Whether `obj` at `at` ends an object header: digits, space, digits, space before it. */
function isObjectHeader(bytes: Uint8Array, at: number): boolean {
  const after = bytes[at + 3];
  // `obj` followed by a letter or digit is part of another word; a delimiter may follow directly.
  if (after !== undefined && !isPdfSpace(after) && !DELIMITERS.has(after)) return false;
  let i = at - 1;
  if (!isPdfSpace(bytes[i])) return false;
  while (isPdfSpace(bytes[i])) i--;
  if (!isDigit(bytes[i])) return false;
  while (isDigit(bytes[i])) i--;
  if (!isPdfSpace(bytes[i])) return false;
  while (isPdfSpace(bytes[i])) i--;
  return isDigit(bytes[i]);
}

/** `<`, `[`, `/`, `(`, `%`: what may open an object's value right after `obj`. */
const DELIMITERS: ReadonlySet<number> = new Set([0x3c, 0x5b, 0x2f, 0x28, 0x25]);

/** The dictionary text around a keyword: from the `obj` before it to the `stream` after it. */
function dictionaryAround(bytes: Uint8Array, at: number): { text: string; streamAt: number } {
  const start = Math.max(0, at - DICTIONARY_WINDOW);
  const before = latin1(bytes, start, at);
  const open = before.lastIndexOf('obj');
  const end = indexOfBytes(bytes.subarray(0, at + DICTIONARY_WINDOW), STREAM, at);
  const dictStart = open === -1 ? start : start + open;
  return { text: latin1(bytes, dictStart, end === -1 ? at + 256 : end), streamAt: end };
}

function numberAfter(text: string, key: string): number | undefined {
  const match = new RegExp(`/${key}\\s*(\\d+)`).exec(text);
  return match ? Number(match[1]) : undefined;
}

/** The largest object count a cross-reference stream declares (`/Size`, `/Index` lengths). */
function declaredXrefSizes(bytes: Uint8Array): number {
  let largest = 0;
  for (
    let at = indexOfBytes(bytes, XREF_STREAM);
    at !== -1;
    at = indexOfBytes(bytes, XREF_STREAM, at + XREF_STREAM.length)
  ) {
    const { text } = dictionaryAround(bytes, at);
    const size = numberAfter(text, 'Size') ?? 0;
    const index = /\/Index\s*\[([\d\s]*)\]/.exec(text)?.[1];
    let indexed = 0;
    if (index) {
      const numbers = index.trim().split(/\s+/).map(Number);
      for (let i = 1; i < numbers.length; i += 2) indexed += numbers[i] ?? 0;
    }
    largest = Math.max(largest, size, indexed);
  }
  return largest;
}

/**
 * Object streams: the objects they declare (`/N`) count towards the object limit, and their
 * data is inflated here, within a budget, before the library inflates it without one.
 */
function checkObjectStreams(
  bytes: Uint8Array,
  objectHeaders: number,
  limits: PdfLimits,
): PdfOpenError | { readonly rescannedBytes: number } {
  let objects = objectHeaders;
  let rescanned = 0;
  let budget = limits.maxObjectStreamBytes;
  for (
    let at = indexOfBytes(bytes, OBJECT_STREAM);
    at !== -1;
    at = indexOfBytes(bytes, OBJECT_STREAM, at + OBJECT_STREAM.length)
  ) {
    const { text, streamAt } = dictionaryAround(bytes, at);
    const declared = numberAfter(text, 'N') ?? 0;
    objects += declared;
    if (objects > limits.maxObjects) return tooManyObjects(limits.maxObjects);
    const flateLayers = (text.match(/\/FlateDecode/g) ?? []).length;
    if (streamAt === -1 || flateLayers === 0) continue;
    let data = streamData(bytes, streamAt);
    for (let layer = 0; layer < flateLayers && data; layer++) {
      const inflated = inflateCapped(data, budget);
      if (!inflated.ok) {
        if (inflated.reason === 'too-large') return tooMuchObjectData(limits);
        // Corrupt data is the parser's business: it fails or repairs on its own.
        data = undefined;
        break;
      }
      data = inflated.bytes;
    }
    if (!data) continue;
    budget -= data.length;
    // An unclosed string makes the library read each following object to the stream's end.
    if (!stringsClose(data, 0, data.length)) rescanned += declared * data.length;
  }
  return { rescannedBytes: rescanned };
}

function tooMuchObjectData(limits: PdfLimits): PdfOpenError {
  const mb = Math.round(limits.maxObjectStreamBytes / (1024 * 1024));
  return tooComplex({
    fr: `ses flux d'objets compressés dépassent ${mb} Mo une fois décompressés`,
    en: `its compressed object streams exceed ${mb} MB once inflated`,
  });
}

/** The bytes between `stream` + end of line and the next `endstream`. */
function streamData(bytes: Uint8Array, streamAt: number): Uint8Array | undefined {
  let start = streamAt + STREAM.length;
  if (bytes[start] === 0x0d) start++;
  if (bytes[start] === 0x0a) start++;
  const end = indexOfBytes(bytes, END_STREAM, start);
  if (end === -1) return undefined;
  return bytes.subarray(start, end);
}
