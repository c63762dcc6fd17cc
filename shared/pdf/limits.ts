/**
 * Resource limits of the PDF reader. A PDF arrives from anyone (upload, API, e-mail) and the
 * library that parses it builds every object in memory: these bounds are checked before it runs
 * (size, object counts, compressed object streams) and after (objects, attachments), so that a
 * hostile or broken file costs a bounded amount of memory and time on the edge Worker as much as
 * in the CLI. Each limit, once passed, stops the reading with its own error code.
 */
export interface PdfLimits {
  /** Size of the PDF file in bytes. */
  readonly maxBytes: number;
  /** Indirect objects, counted in the file before parsing and in the parsed document. */
  readonly maxObjects: number;
  /** Bytes all compressed object streams may inflate to, taken together. */
  readonly maxObjectStreamBytes: number;
  /** Decoded size of one embedded file that is read (the invoice XML, or one sniffed for XML). */
  readonly maxAttachmentBytes: number;
  /** Embedded files listed by the document (name tree and associated files together). */
  readonly maxAttachments: number;
  /** Nodes of one tree walked by hand: the page tree, the embedded-files name tree. */
  readonly maxTreeNodes: number;
}

const MIB = 1024 * 1024;

/**
 * Sized for real invoices with room to spare: the FNFE-MPE samples are 80–300 kB with about a
 * hundred objects; a 300-page scanned invoice is under 20 MB and a few thousand objects. The
 * attachment limit matches the XML reader's own (20 MB).
 */
export const DEFAULT_PDF_LIMITS: PdfLimits = Object.freeze({
  maxBytes: 20 * MIB,
  maxObjects: 200_000,
  maxObjectStreamBytes: 64 * MIB,
  maxAttachmentBytes: 20 * MIB,
  maxAttachments: 1_000,
  maxTreeNodes: 100_000,
});

export function resolvePdfLimits(overrides: Partial<PdfLimits> | undefined): PdfLimits {
  return overrides === undefined ? DEFAULT_PDF_LIMITS : { ...DEFAULT_PDF_LIMITS, ...overrides };
}
