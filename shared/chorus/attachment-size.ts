/**
 * Size in bytes of a file held as base64 (BT-125 content), without decoding it: attachments can be
 * megabytes long and only their size matters here.
 */

const EQUALS_SIGN = 61;

/** XML and base64 line-wrapping white space: space, tab, line feed, carriage return, form feed. */
function isWhitespace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 12 || code === 11;
}

/**
 * Decoded size of a base64 text: 3 bytes per group of 4 characters, and 1 or 2 bytes for a last
 * group of 2 or 3 characters once its `=` padding is set aside. White space (line breaks of
 * wrapped base64) is not counted. One pass over the characters, no copy: a regular expression over
 * a multi-megabyte attachment cost more than the rest of the checks.
 */
export function base64DecodedSize(content: string): number {
  let length = 0;
  let padding = 0;
  for (let i = 0; i < content.length; i++) {
    const code = content.charCodeAt(i);
    if (isWhitespace(code)) continue;
    if (code === EQUALS_SIGN) padding++;
    else {
      length += padding + 1; // an `=` followed by data was not padding
      padding = 0;
    }
  }
  const rest = length % 4;
  return Math.floor(length / 4) * 3 + (rest === 0 ? 0 : rest - 1);
}
