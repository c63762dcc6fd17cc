/**
 * Character classes of XML 1.0 (fifth edition). One regular expression per question, run over
 * whole strings: the engine's scan is far faster than a character loop in JavaScript.
 */

/**
 * The first character XML forbids anywhere in a document: C0 controls other than tab, line feed
 * and carriage return, U+FFFE, U+FFFF, and surrogates that are not part of a pair (with the `u`
 * flag a valid pair is one code point, so only a lone surrogate matches the range).
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
export const FORBIDDEN_CHAR = /[\0-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF\uD800-\uDFFF]/u;

// The same search split in two: without the `u` flag the engine scans code units several times
// faster, and only a text holding surrogates (emoji and other astral characters, rare in
// invoices) needs the code-point view that tells a pair from a lone half.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const FORBIDDEN_UNIT = /[\0-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]/;
const SURROGATE = /[\uD800-\uDFFF]/;

// Most invoices are Latin-1 text, which cannot hold U+FFFE or U+FFFF (nor surrogates: both
// searches then fail at once), and whose 29 forbidden controls are looked for in two classes:
// V8 scans a class of at most 16 characters about ten times faster than a larger one.
const BEYOND_LATIN1 = /[^\0-\xFF]/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const CONTROL_LOW = /[\0-\x08\x0B\x0C\x0E-\x12]/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const CONTROL_HIGH = /[\x13-\x1F]/;

/** Offset of the first character `FORBIDDEN_CHAR` matches, or -1. */
export function firstForbiddenChar(text: string): number {
  if (SURROGATE.test(text)) return FORBIDDEN_CHAR.exec(text)?.index ?? -1;
  if (BEYOND_LATIN1.test(text)) return FORBIDDEN_UNIT.exec(text)?.index ?? -1;
  const low = CONTROL_LOW.exec(text)?.index ?? -1;
  const high = CONTROL_HIGH.exec(text)?.index ?? -1;
  if (low === -1 || high === -1) return Math.max(low, high);
  return Math.min(low, high);
}

const NAME_START =
  ':A-Z_a-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C\\u200D' +
  '\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD\\u{10000}-\\u{EFFFF}';
const NAME_REST = `${NAME_START}\\-.0-9\\u00B7\\u0300-\\u036F\\u203F-\\u2040`;

/** An XML `Name` (production [5]). Namespace rules about colons are checked separately. */
export const XML_NAME = new RegExp(`^[${NAME_START}][${NAME_REST}]*$`, 'u');

/** Whitespace as XML defines it (production [3]): not the wider set of `String.prototype.trim`. */
export function isXmlSpace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x09 || code === 0x0d;
}

/** Removes leading and trailing XML whitespace only, so a no-break space in a value survives. */
export function trimXmlSpace(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && isXmlSpace(text.charCodeAt(start))) start++;
  while (end > start && isXmlSpace(text.charCodeAt(end - 1))) end--;
  return start === 0 && end === text.length ? text : text.slice(start, end);
}

/** XPath `normalize-space()`: trims and collapses every run of XML whitespace into one space. */
export function normalizeSpace(text: string): string {
  const trimmed = trimXmlSpace(text);
  // Most values (amounts, codes, identifiers) have nothing to collapse: no regex, no new string.
  return hasSpaceToCollapse(trimmed) ? trimmed.replace(/[ \t\n\r]+/g, ' ') : trimmed;
}

/** True when `text` holds a tab, a line end, or two spaces in a row. */
function hasSpaceToCollapse(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x20) {
      if (text.charCodeAt(i + 1) === 0x20) return true;
    } else if (code === 0x0a || code === 0x09 || code === 0x0d) {
      return true;
    }
  }
  return false;
}

/** True for a string made only of XML whitespace (or empty). */
export function isBlank(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (!isXmlSpace(text.charCodeAt(i))) return false;
  return true;
}
