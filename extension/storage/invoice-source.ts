/** Where an invoice shown in the panel came from, as stored with it. */
import * as z from 'zod/mini';

export const SOURCE_KINDS = [
  /** An XML file in UBL 2.1. */
  'ubl',
  /** An XML file in UN/CEFACT CII. */
  'cii',
  /** A Factur-X / ZUGFeRD PDF: the XML embedded in it. */
  'facturx-pdf',
  /** A plain PDF read by the edge's extraction service: every value needs the clerk's eye. */
  'pdf-extraction',
  /** A previous invoice taken again from the history. */
  'history',
] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export const InvoiceSourceSchema = z.object({
  kind: z.enum(SOURCE_KINDS),
  /** The file's name as dropped (or the history entry's invoice number). */
  fileName: z.string().check(z.maxLength(500)),
  /** Size of the file in bytes. */
  size: z.optional(z.number().check(z.int(), z.nonnegative())),
});
export type InvoiceSource = z.infer<typeof InvoiceSourceSchema>;
