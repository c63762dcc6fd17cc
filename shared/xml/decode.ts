import { shown, type XmlError, xmlError } from './errors';
import { codeUnitsToString, decodeSingleByte, type SingleByteEncoding } from './single-byte';

/** The encodings a document can be read in, as reported to the caller. */
export type TextEncoding = 'UTF-8' | 'UTF-16LE' | 'UTF-16BE' | 'windows-1252' | 'ISO-8859-15';

export interface DecodedText {
  readonly text: string;
  readonly encoding: TextEncoding;
  /** The `encoding` of the XML declaration, as written, when there is one. */
  readonly declaredEncoding?: string;
}

export type DecodeResult =
  | { readonly ok: true; readonly value: DecodedText }
  | { readonly ok: false; readonly error: XmlError };

type Family = 'utf-8' | 'utf-16' | SingleByteEncoding;

/**
 * Labels accepted in `<?xml … encoding="…"?>`, lower-cased. ISO-8859-1 and ASCII are read as
 * windows-1252, their superset, as the WHATWG Encoding Standard prescribes (see single-byte.ts).
 */
const LABELS: ReadonlyMap<string, Family> = new Map<string, Family>([
  ['utf-8', 'utf-8'],
  ['utf8', 'utf-8'],
  ['utf-16', 'utf-16'],
  ['utf-16le', 'utf-16'],
  ['utf-16be', 'utf-16'],
  ['iso-8859-1', 'windows-1252'],
  ['iso8859-1', 'windows-1252'],
  ['iso_8859-1', 'windows-1252'],
  ['latin1', 'windows-1252'],
  ['latin-1', 'windows-1252'],
  ['l1', 'windows-1252'],
  ['us-ascii', 'windows-1252'],
  ['ascii', 'windows-1252'],
  ['windows-1252', 'windows-1252'],
  ['cp1252', 'windows-1252'],
  ['iso-8859-15', 'iso-8859-15'],
  ['iso8859-15', 'iso-8859-15'],
  ['iso_8859-15', 'iso-8859-15'],
  ['latin9', 'iso-8859-15'],
  ['latin-9', 'iso-8859-15'],
]);

/** Enough for any sane XML declaration; a longer one is not looked for. */
const DECLARATION_MAX = 512;

/** The `encoding` pseudo-attribute of an XML declaration at the very start of `head`. */
export function declaredEncodingOf(head: string): string | undefined {
  if (!head.startsWith('<?xml')) return undefined;
  const end = head.indexOf('?>');
  if (end === -1) return undefined;
  const match = /\sencoding\s*=\s*(["'])([^"']*)\1/.exec(head.slice(5, end));
  return match?.[2];
}

/** Bytes to text, honouring the byte order mark and the XML declaration (XML 1.0, appendix F). */
export function decodeBytes(bytes: Uint8Array): DecodeResult {
  const b0 = bytes[0];
  const b1 = bytes[1];
  if (
    (b0 === 0xff && b1 === 0xfe && bytes[2] === 0 && bytes[3] === 0) ||
    startsWith(bytes, [0, 0, 0xfe, 0xff])
  ) {
    return failure(UNSUPPORTED_UTF32);
  }
  if (b0 === 0xff && b1 === 0xfe) return decodeUtf16(bytes.subarray(2), 'UTF-16LE');
  if (b0 === 0xfe && b1 === 0xff) return decodeUtf16(bytes.subarray(2), 'UTF-16BE');
  const hasUtf8Bom = startsWith(bytes, [0xef, 0xbb, 0xbf]);
  const body = hasUtf8Bom ? bytes.subarray(3) : bytes;
  if ((body[0] === 0x3c && body[1] === 0) || (body[0] === 0 && body[1] === 0x3c)) {
    return failure(UTF16_WITHOUT_BOM);
  }

  const declared = declaredEncodingOf(asciiHead(body));
  const family = declared === undefined ? 'utf-8' : LABELS.get(declared.trim().toLowerCase());
  if (family === undefined) return failure(unknownEncoding(declared ?? ''));
  if (hasUtf8Bom && family !== 'utf-8') return failure(bomMismatch('UTF-8', declared ?? ''));
  if (family === 'utf-16') return failure(UTF16_WITHOUT_BOM);
  const withDeclared = declared === undefined ? {} : { declaredEncoding: declared };
  if (family === 'utf-8') {
    const text = decodeUtf8(body);
    if (text === undefined) return failure(invalidUtf8(body));
    return { ok: true, value: { text, encoding: 'UTF-8', ...withDeclared } };
  }
  const encoding: TextEncoding = family === 'windows-1252' ? 'windows-1252' : 'ISO-8859-15';
  return { ok: true, value: { text: decodeSingleByte(body, family), encoding, ...withDeclared } };
}

function decodeUtf16(body: Uint8Array, encoding: 'UTF-16LE' | 'UTF-16BE'): DecodeResult {
  if (body.length % 2 !== 0) return failure(ODD_UTF16);
  const units = new Uint16Array(body.length / 2);
  const little = encoding === 'UTF-16LE';
  for (let i = 0, j = 0; i < units.length; i++, j += 2) {
    const first = body[j] as number;
    const second = body[j + 1] as number;
    units[i] = little ? first | (second << 8) : (first << 8) | second;
  }
  const text = codeUnitsToString(units);
  const firstUnit = units[0];
  // A BOM that contradicts the content: '<' (0x003C) read in the wrong order is 0x3C00.
  if (firstUnit === 0x3c00) return failure(WRONG_BYTE_ORDER);
  const declared = declaredEncodingOf(text);
  if (declared !== undefined && LABELS.get(declared.trim().toLowerCase()) !== 'utf-16') {
    return failure(bomMismatch(encoding, declared));
  }
  const withDeclared = declared === undefined ? {} : { declaredEncoding: declared };
  return { ok: true, value: { text, encoding, ...withDeclared } };
}

/**
 * The runtimes we target (browsers, workerd, Node) all provide a UTF-8 `TextDecoder`, but the
 * domain core is typed without any platform library, hence this narrow local view of it.
 */
interface Utf8Decoder {
  decode(input: Uint8Array): string;
}
type DecoderConstructor = new (
  label: 'utf-8',
  options: { fatal: boolean; ignoreBOM: boolean },
) => Utf8Decoder;

let utf8: Utf8Decoder | undefined;

function decodeUtf8(body: Uint8Array): string | undefined {
  if (utf8 === undefined) {
    const Decoder = (globalThis as unknown as { TextDecoder: DecoderConstructor }).TextDecoder;
    utf8 = new Decoder('utf-8', { fatal: true, ignoreBOM: true });
  }
  try {
    return utf8.decode(body);
  } catch {
    return undefined;
  }
}

function asciiHead(bytes: Uint8Array): string {
  const head = bytes.subarray(0, DECLARATION_MAX);
  return String.fromCharCode.apply(null, head as unknown as number[]);
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}

/** Offset of the first byte that does not begin or continue a valid UTF-8 sequence. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] as number;
    let extra: number;
    let min: number;
    if (lead < 0x80) {
      i++;
      continue;
    } else if (lead >= 0xc2 && lead <= 0xdf) {
      extra = 1;
      min = 0x80;
    } else if (lead >= 0xe0 && lead <= 0xef) {
      extra = 2;
      min = 0x800;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      extra = 3;
      min = 0x10000;
    } else {
      return i;
    }
    let codePoint = lead & (0x3f >> extra);
    for (let k = 1; k <= extra; k++) {
      const next = bytes[i + k];
      if (next === undefined || (next & 0xc0) !== 0x80) return i;
      codePoint = (codePoint << 6) | (next & 0x3f);
    }
    if (codePoint < min || codePoint > 0x10ffff || (codePoint >= 0xd800 && codePoint <= 0xdfff)) {
      return i;
    }
    i += extra + 1;
  }
  return bytes.length;
}

function invalidUtf8(bytes: Uint8Array): XmlError {
  const offset = firstInvalidUtf8(bytes);
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  const byte = (bytes[offset] ?? 0).toString(16).toUpperCase().padStart(2, '0');
  return xmlError(
    'xml-encoding',
    {
      fr: `l'octet 0x${byte} n'est pas de l'UTF-8 valide. Le fichier est sans doute enregistré en ISO-8859-1 (Latin-1) ou Windows-1252 sans le déclarer : son en-tête devrait alors être <?xml version="1.0" encoding="ISO-8859-1"?>, ou mieux, le fichier réenregistré en UTF-8.`,
      en: `byte 0x${byte} is not valid UTF-8. The file was probably saved as ISO-8859-1 (Latin-1) or Windows-1252 without saying so: its header should then read <?xml version="1.0" encoding="ISO-8859-1"?>, or better, the file should be saved again as UTF-8.`,
    },
    { line, column: offset - lineStart + 1 },
  );
}

function failure(error: XmlError): DecodeResult {
  return { ok: false, error };
}

const UNSUPPORTED_UTF32 = xmlError('xml-encoding', {
  fr: 'il est encodé en UTF-32, que ce service ne lit pas. Réenregistrez-le en UTF-8.',
  en: 'it is encoded in UTF-32, which this service does not read. Save it again as UTF-8.',
});

const UTF16_WITHOUT_BOM = xmlError('xml-encoding', {
  fr: "il est encodé en UTF-16 sans marque d'ordre des octets (BOM) au début, ce que la norme XML interdit. Réenregistrez-le en UTF-8.",
  en: 'it is encoded in UTF-16 without a byte order mark (BOM) at the start, which the XML standard forbids. Save it again as UTF-8.',
});

const ODD_UTF16 = xmlError('xml-encoding', {
  fr: "il s'annonce en UTF-16 mais compte un nombre impair d'octets : il est tronqué ou n'est pas en UTF-16.",
  en: 'it announces UTF-16 but has an odd number of bytes: it is truncated or not UTF-16.',
});

const WRONG_BYTE_ORDER = xmlError('xml-encoding', {
  fr: "sa marque d'ordre des octets (BOM) UTF-16 contredit son contenu : les octets sont dans l'ordre inverse.",
  en: 'its UTF-16 byte order mark (BOM) contradicts its content: the bytes are in the opposite order.',
});

function unknownEncoding(declared: string): XmlError {
  return xmlError('xml-encoding', {
    fr: `son encodage « ${shown(declared)} » n'est pas pris en charge. Encodages acceptés : UTF-8 (recommandé), UTF-16, ISO-8859-1, ISO-8859-15, Windows-1252.`,
    en: `its encoding "${shown(declared)}" is not supported. Accepted encodings: UTF-8 (recommended), UTF-16, ISO-8859-1, ISO-8859-15, Windows-1252.`,
  });
}

function bomMismatch(bomEncoding: string, declared: string): XmlError {
  return xmlError('xml-encoding', {
    fr: `il commence par une marque d'octets ${bomEncoding} mais son en-tête déclare l'encodage « ${shown(declared)} ».`,
    en: `it starts with a ${bomEncoding} byte order mark but its header declares the encoding "${shown(declared)}".`,
  });
}
