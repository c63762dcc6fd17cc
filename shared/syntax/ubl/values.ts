/**
 * From the text of a UBL element to a model value (shared/model/values.ts), per value kind of the
 * binding table. Text is kept as written, without its surrounding XML whitespace; codes lose any
 * surrounding space (the model wants them trimmed); amounts and quantities become canonical
 * decimal strings with their fraction digits as written; an empty element gives no value.
 *
 * A value the model cannot hold (an impossible date, `12,50`, a currency `eur`) gives a `problem`
 * instead, for the reader to report; whether a well-formed code belongs to its list is left to
 * the code-list rules.
 */
import { isCountryCodeShape, isCurrencyCodeShape, isIsoDate, toDecimalString } from '../../model';
import { trimXmlSpace } from '../../xml/chars';
import { attr, textOf } from '../../xml/navigate';
import type { XmlElement } from '../../xml/tree';
import type { ValueKind } from './binding';

export type ValueFormat = 'date' | 'decimal' | 'currency' | 'country' | 'base64';

export interface ValueProblem {
  readonly format: ValueFormat;
  /** The text found, as written. */
  readonly found: string;
}

export interface Conversion {
  /** `undefined` when the element gives no value (empty, or unreadable: see `problem`). */
  readonly value?: unknown;
  readonly problem?: ValueProblem;
}

const NOTHING: Conversion = {};

/** The value of `element` (or of its attribute `attribute`) for a term of the given kind. */
export function convert(element: XmlElement, kind: ValueKind, attribute?: string): Conversion {
  const raw = attribute === undefined ? textOf(element) : attr(element, attribute);
  switch (kind) {
    case 'text':
      return textValue(raw);
    case 'code':
      return codeValue(raw);
    case 'currency':
      return shapedCode(raw, 'currency', isCurrencyCodeShape);
    case 'country':
      return shapedCode(raw, 'country', isCountryCodeShape);
    case 'date':
      return dateValue(raw);
    case 'decimal':
      return decimalValue(raw);
    case 'identifier':
      return identifierValue(element);
    case 'classification':
      return classificationValue(element);
    case 'binary':
      return binaryValue(element);
    case 'note-subject':
      return codeValue(splitNote(raw).subject);
    case 'note-text':
      return textValue(splitNote(raw).text);
  }
}

/** Blank for the model too: `String.prototype.trim` also removes no-break and other spaces. */
function isBlank(value: string | undefined): value is undefined {
  return value === undefined || value.trim() === '';
}

function textValue(raw: string | undefined): Conversion {
  return isBlank(raw) ? NOTHING : { value: trimXmlSpace(raw) };
}

function codeValue(raw: string | undefined): Conversion {
  return isBlank(raw) ? NOTHING : { value: raw.trim() };
}

function shapedCode(
  raw: string | undefined,
  format: ValueFormat,
  hasShape: (value: string) => boolean,
): Conversion {
  if (isBlank(raw)) return NOTHING;
  const code = raw.trim();
  return hasShape(code) ? { value: code } : { problem: { format, found: raw } };
}

/** xs:date: `YYYY-MM-DD`, optionally followed by a time zone, which the model does not keep. */
const XS_DATE = /^(\d{4}-\d{2}-\d{2})(?:Z|[+-](?:0\d|1[0-3]):[0-5]\d|[+-]14:00)?$/;

function dateValue(raw: string | undefined): Conversion {
  if (isBlank(raw)) return NOTHING;
  const day = XS_DATE.exec(trimXmlSpace(raw))?.[1];
  return day !== undefined && isIsoDate(day)
    ? { value: day }
    : { problem: { format: 'date', found: raw } };
}

function decimalValue(raw: string | undefined): Conversion {
  if (isBlank(raw)) return NOTHING;
  const value = canonicalDecimal(raw);
  return value === undefined ? { problem: { format: 'decimal', found: raw } } : { value };
}

function optionalCode(raw: string | undefined): string | undefined {
  return isBlank(raw) ? undefined : raw.trim();
}

function optionalText(raw: string | undefined): string | undefined {
  return isBlank(raw) ? undefined : trimXmlSpace(raw);
}

/**
 * `{ id, scheme? }` from the text and `@schemeID`. An element without text gives nothing, even
 * with a scheme: the model has no identifier without its id.
 */
function identifierValue(element: XmlElement): Conversion {
  const id = optionalText(textOf(element));
  if (id === undefined) return NOTHING;
  const scheme = optionalCode(attr(element, 'schemeID'));
  return { value: scheme === undefined ? { id } : { id, scheme } };
}

/** BT-158: `{ id, scheme?, version? }` from the text, `@listID` and `@listVersionID`. */
function classificationValue(element: XmlElement): Conversion {
  const id = optionalText(textOf(element));
  if (id === undefined) return NOTHING;
  const value: Record<string, string> = { id };
  const scheme = optionalCode(attr(element, 'listID'));
  const version = optionalText(attr(element, 'listVersionID'));
  if (scheme !== undefined) value.scheme = scheme;
  if (version !== undefined) value.version = version;
  return { value };
}

/**
 * `toDecimalString(raw)`, without its regex and string building when `raw` is already canonical
 * (`-?(0|[1-9][0-9]*)(\.[0-9]+)?`), which `toDecimalString` returns unchanged: nearly every
 * amount and quantity of an invoice.
 */
export function canonicalDecimal(raw: string): string | undefined {
  return isCanonicalDecimal(raw) ? raw : toDecimalString(raw);
}

function isCanonicalDecimal(text: string): boolean {
  const { length } = text;
  let i = text.charCodeAt(0) === 0x2d ? 1 : 0;
  const integerStart = i;
  while (i < length && isDigit(text.charCodeAt(i))) i++;
  const integerDigits = i - integerStart;
  if (integerDigits === 0) return false;
  if (integerDigits > 1 && text.charCodeAt(integerStart) === 0x30) return false;
  if (i === length) return true;
  if (text.charCodeAt(i) !== 0x2e || i + 1 === length) return false;
  for (i++; i < length; i++) if (!isDigit(text.charCodeAt(i))) return false;
  return true;
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** A character that is neither of the base64 alphabet nor its `=` padding. */
const NOT_BASE64 = /[^0-9a-zA-Z+/=]/;

/**
 * Padded base64, as the model's schema accepts it (zod `base64`): groups of four characters of
 * the alphabet, the last one possibly `XX==` or `XXX=`; the empty string too. The language of
 * `/^(?:[0-9a-zA-Z+/]{4})*(?:[0-9a-zA-Z+/]{2}==|[0-9a-zA-Z+/]{3}=)?$/`, checked with two searches
 * the engine runs in native code (no `=` before the last two characters, no character outside the
 * alphabet): an embedded PDF is megabytes of text, which that expression, or a loop over the
 * characters, reads several times slower.
 */
export function isPaddedBase64(text: string): boolean {
  const { length } = text;
  if (length % 4 !== 0) return false;
  const padding = text.indexOf('=');
  if (padding !== -1 && padding < length - 2) return false;
  if (padding === length - 2 && text.charCodeAt(length - 1) !== 0x3d) return false;
  return !NOT_BASE64.test(text);
}

/**
 * BT-125: `{ mimeCode?, filename?, content? }`. Line breaks and spaces inside the base64 text are
 * dropped (XML producers wrap it); content that is still not base64 is reported and left out,
 * the attributes kept.
 */
function binaryValue(element: XmlElement): Conversion {
  const value: Record<string, string> = {};
  const mimeCode = optionalCode(attr(element, 'mimeCode'));
  const filename = optionalText(attr(element, 'filename'));
  if (mimeCode !== undefined) value.mimeCode = mimeCode;
  if (filename !== undefined) value.filename = filename;
  const content = element.text.replace(/[ \t\r\n]+/g, '');
  let problem: ValueProblem | undefined;
  if (content !== '') {
    if (isPaddedBase64(content)) value.content = content;
    else problem = { format: 'base64', found: textOf(element) };
  }
  if (Object.keys(value).length === 0) return problem === undefined ? NOTHING : { problem };
  return problem === undefined ? { value } : { value, problem };
}

/**
 * UBL has no element for the note subject (BT-21): the binding writes it before the text between
 * two `#`, `#PMT#Indemnité forfaitaire…`, as the French CIUS does. A note not starting that way
 * has no subject.
 */
export function splitNote(raw: string | undefined): {
  subject: string | undefined;
  text: string | undefined;
} {
  if (raw === undefined) return { subject: undefined, text: undefined };
  const match = /^#([^#\s]+)#([\s\S]*)$/.exec(raw);
  if (match === null) return { subject: undefined, text: raw };
  return { subject: match[1], text: trimXmlSpace(match[2] as string) };
}
