/**
 * The invoice chosen in the panel's drop zone, waiting to be checked and filled. It survives the
 * panel being closed. Besides the model it keeps, when small enough, the XML as read (the syntax
 * checks and the XSD need the document itself, not only the model) and the PDF it came from (put on
 * the portal as the main piece of the invoice).
 */
import * as z from 'zod/mini';
import { InvoiceSchema } from '../../shared/model';
import { InvoiceSourceSchema } from './invoice-source';
import { parseWhole } from './parse';
import { defineValidatedItem } from './validated-item';

/** Largest XML kept with the pending invoice (bytes). Larger: the checks run on the model only. */
export const PENDING_XML_MAX_BYTES = 1024 * 1024;
/** Largest PDF kept to be put on the portal (bytes). Larger: the clerk attaches it by hand. */
export const PENDING_PDF_MAX_BYTES = 2 * 1024 * 1024;

const BASE64 = z.string().check(z.regex(/^[A-Za-z0-9+/]*={0,2}$/));

export const ExtractionStateSchema = z.object({
  /** Confidence (0 to 1) of each extracted value, by model pointer (`/BG-22/BT-112`). */
  confidence: z.record(z.string(), z.number().check(z.gte(0), z.lte(1))),
  /** The clerk checked the extracted values and accepted them: filling is allowed. */
  confirmed: z.boolean(),
});
export type ExtractionState = z.infer<typeof ExtractionStateSchema>;

export const PendingInvoiceSchema = z.object({
  invoice: InvoiceSchema,
  source: InvoiceSourceSchema,
  /** When the clerk chose it (ISO 8601). */
  chosenAt: z.iso.datetime({ offset: true }),
  /** The XML document as read, in base64 (absent for extractions, history, or large files). */
  xml: z.optional(BASE64),
  /** The PDF the invoice came from, in base64 (absent when not a PDF or too large). */
  pdf: z.optional(BASE64),
  /** For a plain PDF read by the edge: confidences and the clerk's confirmation. */
  extraction: z.optional(ExtractionStateSchema),
  /** For an invoice taken again from the history: which fill it repeats. */
  reusedFrom: z.optional(
    z.object({ invoiceNumber: z.string(), filledAt: z.iso.datetime({ offset: true }) }),
  ),
});
export type PendingInvoice = z.infer<typeof PendingInvoiceSchema>;

export const pendingInvoiceItem = defineValidatedItem<PendingInvoice | null>({
  key: 'local:pendingInvoice',
  label: { fr: 'Facture en cours', en: 'Current invoice' },
  fallback: null,
  version: 1,
  parse: parseWhole(z.nullable(PendingInvoiceSchema), null),
});

/** An extracted invoice may be filled only once the clerk has confirmed its values. */
export function isReadyToFill(pending: PendingInvoice): boolean {
  return pending.extraction === undefined || pending.extraction.confirmed;
}
