/**
 * The answer this client expects from the edge's PDF extraction, `POST /v1/extract`, whose
 * contract is not in shared/api yet (only its path). It is the JSON form of what shared/extract's
 * `extractInvoice` returns (`ExtractionResult`, docs/extract.md), which the edge runs; only what the
 * panel uses is required, so extra members pass. When shared/api publishes the contract, this file
 * gives way to it (docs/extension-ui.md § Extraction).
 *
 * Request: the PDF itself as the body (`content-type: application/pdf`), its name URL-encoded in
 * `x-file-name`, and the API key as for every call. Errors are problem details like every other
 * route (413 `payload-too-large`, 422 `extraction-failed`…).
 */
import { z } from 'zod';
import { EXTRACTED_TERMS } from '../../shared/extract/types';
import { InvoiceSchema } from '../../shared/model';

const CONFIDENCE = z.number().min(0).max(1);
const LocalizedTextSchema = z.object({ fr: z.string(), en: z.string() });

export const ExtractionSchema = z.object({
  /** The model built from what was read, and only from that. */
  invoice: InvoiceSchema,
  /** Document-level readings by business term, each with its confidence. */
  fields: z.partialRecord(z.enum(EXTRACTED_TERMS), z.looseObject({ confidence: CONFIDENCE })),
  /** Line-table rows, in the order of BG-25, each with its confidence. */
  lines: z.array(z.looseObject({ confidence: CONFIDENCE })),
  /** What the reader had to guess or could not check. */
  warnings: z.array(z.looseObject({ code: z.string(), message: LocalizedTextSchema })).default([]),
});

export type Extraction = z.infer<typeof ExtractionSchema>;
