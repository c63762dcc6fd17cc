/**
 * Size in bytes of a file held as base64 (BT-125 content), without decoding it: attachments can be
 * megabytes long and only their size matters here.
 */

const HAS_WHITESPACE = /\s/;
const WHITESPACE = /\s+/g;
const EQUALS_SIGN = 61;

/**
 * Decoded size of a base64 text: 3 bytes per group of 4 characters, and 1 or 2 bytes for a last
 * group of 2 or 3 characters once its `=` padding is set aside. White space (line breaks of
 * wrapped base64) is not counted.
 */
export function base64DecodedSize(content: string): number {
  const text = HAS_WHITESPACE.test(content) ? content.replace(WHITESPACE, '') : content;
  let length = text.length;
  while (length > 0 && text.charCodeAt(length - 1) === EQUALS_SIGN) length--;
  const rest = length % 4;
  return Math.floor(length / 4) * 3 + (rest === 0 ? 0 : rest - 1);
}
