/**
 * The one door every invoice document comes through: bytes or text in, a namespace-resolved
 * element tree out, or an error value saying in plain words what is wrong and where.
 *
 * A single pass over the text checks XML 1.0 well-formedness and Namespaces in XML 1.0 and builds
 * the tree at the same time. Safety comes first: any DOCTYPE is refused (so no entity expansion
 * and no external entity can exist: billion laughs and XXE have nothing to work with), only the
 * five predefined entities are known, and every resource is bounded (see limits.ts). The loop is
 * iterative and each character is looked at a bounded number of times, so no input can make it
 * recurse deeply or take more than linear time.
 *
 * Processing instructions other than the XML declaration (e.g. `<?xml-stylesheet?>`) are allowed
 * and ignored: nothing here ever acts on them.
 */
import { firstForbiddenChar } from './chars';
import { decodeBytes } from './decode';
import { shown, type XmlError, xmlError } from './errors';
import { binaryFormat, forbiddenChar, foreignText, tooLarge } from './input-checks';
import { resolveLimits, type XmlLimits } from './limits';
import type { XmlDocument } from './tree';
import { ParseFailure, TreeBuilder } from './tree-builder';

export type ParseResult =
  | { readonly ok: true; readonly document: XmlDocument }
  | { readonly ok: false; readonly error: XmlError };

export type XmlInput = string | Uint8Array | ArrayBuffer;

/** Reads an XML document. Never throws: every failure, even an internal one, is a value. */
export function parseXml(input: XmlInput, limits?: Partial<XmlLimits>): ParseResult {
  try {
    return parseInput(input, resolveLimits(limits));
  } catch (cause) {
    if (cause instanceof ParseFailure) return { ok: false, error: cause.error };
    return { ok: false, error: internalError(cause) };
  }
}

function parseInput(input: XmlInput, limits: XmlLimits): ParseResult {
  let text: string;
  let encoding: XmlDocument['encoding'];
  let declaredEncoding: string | undefined;
  if (typeof input === 'string') {
    if (input.length > limits.maxBytes) return refuse(tooLarge(input.length, limits.maxBytes));
    text = input;
  } else {
    const bytes = ArrayBuffer.isView(input)
      ? new Uint8Array(input.buffer, input.byteOffset, input.byteLength)
      : new Uint8Array(input);
    if (bytes.byteLength > limits.maxBytes)
      return refuse(tooLarge(bytes.byteLength, limits.maxBytes));
    // Binary formats are named before decoding, which would otherwise fail on their bytes.
    const binary = binaryFormat(bytes);
    if (binary) return refuse(binary);
    const decoded = decodeBytes(bytes);
    if (!decoded.ok) return decoded;
    text = decoded.value.text;
    encoding = decoded.value.encoding;
    declaredEncoding = decoded.value.declaredEncoding;
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const foreign = foreignText(text);
  if (foreign) return refuse(foreign);
  // XML reads CR LF and a lone CR as LF (§2.11). Normalising first also keeps line counting simple,
  // and does not move any line or column: the CR only ever ends a line.
  if (text.includes('\r')) text = text.replace(/\r\n?/g, '\n');
  const forbidden = firstForbiddenChar(text);
  if (forbidden !== -1) return refuse(forbiddenChar(text, forbidden));

  const parsed = new TreeBuilder(text, limits).build();
  const document: XmlDocument = {
    root: parsed.root,
    encoding,
    declaredEncoding,
    xmlVersion: parsed.xmlVersion,
    elementCount: parsed.elementCount,
  };
  return { ok: true, document };
}

function refuse(error: XmlError): ParseResult {
  return { ok: false, error };
}

function internalError(cause: unknown): XmlError {
  const reason = cause instanceof Error ? cause.message : String(cause);
  return xmlError('xml-internal', {
    fr: `la lecture a échoué de façon inattendue (${shown(reason)}).`,
    en: `reading failed unexpectedly (${shown(reason)}).`,
  });
}
