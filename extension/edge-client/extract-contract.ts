/**
 * The contract this client assumes for the edge's PDF extraction, `POST /v1/extract`, which is not
 * in shared/api yet (docs/extension-ui.md § Extraction). When the edge publishes its contract in
 * shared/api, this file gives way to it.
 *
 * Request: the PDF itself as the body (`content-type: application/pdf`), its name URL-encoded in
 * `x-file-name`, and the API key as for every call. Answer 200: the invoice in the model's JSON
 * form, the confidence of each value by model pointer, and the extractor's remarks. Errors are
 * problem details like every other route (413 `payload-too-large`, 422 `invalid-request`…).
 */
import { z } from 'zod';
import { InvoiceSchema } from '../../shared/model';

export const EXTRACT_PATH = '/v1/extract';

export const ExtractionSchema = z.object({
  invoice: InvoiceSchema,
  /** Confidence from 0 (a guess) to 1 (certain) of each value the extractor filled. */
  confidence: z.record(z.string(), z.number().min(0).max(1)),
  /** What the extractor could not read or had to guess, in French and English. */
  warnings: z.array(z.object({ fr: z.string(), en: z.string() })).optional(),
});

export type Extraction = z.infer<typeof ExtractionSchema>;
