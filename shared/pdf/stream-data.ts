/**
 * Decodes the data of a stream (an embedded file, the XMP packet) through its filters, with a cap
 * on the decoded size. Only the filters a text file is ever stored with are supported: FlateDecode
 * (without predictor), ASCIIHexDecode, ASCII85Decode. The library's own decoders are not used
 * here because they have no size bound.
 */
import { PDFArray, PDFDict, PDFName, type PDFRawStream } from '@cantoo/pdf-lib';
import type { LocalizedText } from '../i18n/text';
import { inflateCapped } from './inflate';
import { entry, itemOf, numberAt } from './objects';

export type StreamDataResult =
  | { readonly ok: true; readonly bytes: Uint8Array }
  | { readonly ok: false; readonly reason: LocalizedText };

export function decodeStreamData(stream: PDFRawStream, maxBytes: number): StreamDataResult {
  const filters = filtersOf(stream);
  if (filters === undefined) {
    return fail('filtre de compression illisible', 'unreadable compression filter');
  }
  let data: Uint8Array = stream.contents;
  for (const { name, params } of filters) {
    const step = applyFilter(name, params, data, maxBytes);
    if (!step.ok) return step;
    data = step.bytes;
  }
  if (data.length > maxBytes) return tooLarge(maxBytes);
  return { ok: true, bytes: data };
}

interface Filter {
  readonly name: string;
  readonly params: PDFDict | undefined;
}

function filtersOf(stream: PDFRawStream): Filter[] | undefined {
  const filter = entry(stream.dict, 'Filter');
  const params = entry(stream.dict, 'DecodeParms');
  if (filter === undefined) return [];
  if (filter instanceof PDFName) {
    return [{ name: filter.decodeText(), params: params instanceof PDFDict ? params : undefined }];
  }
  if (!(filter instanceof PDFArray)) return undefined;
  const list: Filter[] = [];
  for (let i = 0; i < filter.size(); i++) {
    const name = itemOf(filter, i);
    if (!(name instanceof PDFName)) return undefined;
    const param = params instanceof PDFArray ? itemOf(params, i) : undefined;
    list.push({ name: name.decodeText(), params: param instanceof PDFDict ? param : undefined });
  }
  return list;
}

function applyFilter(
  name: string,
  params: PDFDict | undefined,
  data: Uint8Array,
  maxBytes: number,
): StreamDataResult {
  switch (name) {
    case 'FlateDecode':
    case 'Fl': {
      const predictor = params ? (numberAt(params, 'Predictor') ?? 1) : 1;
      if (predictor > 1) {
        return fail(
          `prédicteur de compression ${predictor} non pris en charge`,
          `unsupported compression predictor ${predictor}`,
        );
      }
      const inflated = inflateCapped(data, maxBytes);
      if (inflated.ok) return inflated;
      return inflated.reason === 'too-large'
        ? tooLarge(maxBytes)
        : fail(
            'données compressées corrompues ou tronquées',
            'corrupt or truncated compressed data',
          );
    }
    case 'ASCIIHexDecode':
    case 'AHx':
      return decodeHex(data);
    case 'ASCII85Decode':
    case 'A85':
      return decode85(data, maxBytes);
    default:
      return fail(`filtre ${name} non pris en charge`, `unsupported filter ${name}`);
  }
}

function fail(fr: string, en: string): StreamDataResult {
  return { ok: false, reason: { fr, en } };
}

function tooLarge(maxBytes: number): StreamDataResult {
  const mb = Math.round(maxBytes / (1024 * 1024));
  return fail(`plus de ${mb} Mo une fois décodée`, `more than ${mb} MB once decoded`);
}

function hexValue(byte: number): number {
  if (byte >= 0x30 && byte <= 0x39) return byte - 0x30;
  if (byte >= 0x41 && byte <= 0x46) return byte - 0x37;
  if (byte >= 0x61 && byte <= 0x66) return byte - 0x57;
  return -1;
}

function decodeHex(data: Uint8Array): StreamDataResult {
  const out = new Uint8Array(Math.ceil(data.length / 2));
  let length = 0;
  let high = -1;
  for (const byte of data) {
    if (byte === 0x3e) break; // `>` ends the data
    const value = hexValue(byte);
    if (value === -1) {
      if (byte <= 0x20) continue; // white space is ignored
      return fail('données hexadécimales invalides', 'invalid hexadecimal data');
    }
    if (high === -1) {
      high = value;
    } else {
      out[length++] = (high << 4) | value;
      high = -1;
    }
  }
  if (high !== -1) out[length++] = high << 4; // an odd final digit is followed by an implicit 0
  return { ok: true, bytes: out.subarray(0, length) };
}

function decode85(data: Uint8Array, maxBytes: number): StreamDataResult {
  const out: number[] = [];
  const group: number[] = [];
  const flush = (count: number) => {
    let value = 0;
    for (let i = 0; i < 5; i++) value = value * 85 + (group[i] ?? 84);
    for (let i = 0; i < count - 1; i++) out.push((value >>> (24 - 8 * i)) & 0xff);
    group.length = 0;
  };
  for (let i = 0; i < data.length; i++) {
    const byte = data[i] as number;
    if (byte === 0x7e) break; // `~>` ends the data
    if (byte <= 0x20) continue;
    if (byte === 0x7a && group.length === 0) {
      out.push(0, 0, 0, 0);
    } else if (byte >= 0x21 && byte <= 0x75) {
      group.push(byte - 0x21);
      if (group.length === 5) flush(5);
    } else {
      return fail('données ASCII85 invalides', 'invalid ASCII85 data');
    }
    if (out.length > maxBytes) return tooLarge(maxBytes);
  }
  if (group.length === 1) return fail('données ASCII85 tronquées', 'truncated ASCII85 data');
  if (group.length > 0) flush(group.length);
  return { ok: true, bytes: Uint8Array.from(out) };
}
