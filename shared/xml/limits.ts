/**
 * Resource limits of the XML reader. An invoice arrives from anyone (upload, API, e-mail); these
 * bounds keep a hostile or broken file from exhausting memory or time on the edge Worker (128 MB,
 * a few ms of CPU) as much as in the CLI. Each limit, once passed, stops the reading at once with
 * its own error code.
 */
export interface XmlLimits {
  /** Size of the input: bytes when given bytes, UTF-16 code units when given a string. */
  readonly maxBytes: number;
  /** Nesting depth of elements; the root element is at depth 1. */
  readonly maxDepth: number;
  /** Number of elements in the whole document. */
  readonly maxElements: number;
  /** Attributes on one element, namespace declarations included. */
  readonly maxAttributes: number;
  /** Length of the direct text of one element, and of one attribute value. */
  readonly maxTextLength: number;
}

const MIB = 1024 * 1024;

/**
 * Sized for real invoices with room to spare: the largest official example is 3.2 MB (an
 * attachment in base64) and a 1,000-line invoice is about 1 MB and 40,000 elements. EN 16931
 * documents nest about 8 levels deep. The text limit lets through a 10 MB attachment in base64
 * (13.4 M characters), the largest file Chorus Pro accepts.
 */
export const DEFAULT_XML_LIMITS: XmlLimits = Object.freeze({
  maxBytes: 20 * MIB,
  maxDepth: 64,
  maxElements: 250_000,
  maxAttributes: 64,
  maxTextLength: 14 * MIB,
});

export function resolveLimits(overrides: Partial<XmlLimits> | undefined): XmlLimits {
  return overrides === undefined ? DEFAULT_XML_LIMITS : { ...DEFAULT_XML_LIMITS, ...overrides };
}
