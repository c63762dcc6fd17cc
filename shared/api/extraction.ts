/**
 * Contract of `POST /v1/extract`: the JSON form of what `extractInvoice` (shared/extract) gives
 * for a PDF without structured data. A PDF that gives nothing (scan, encrypted, unreadable) is a
 * 422 `extraction-failed` problem whose `reason` is the extraction's error code, never an empty
 * success.
 */
import { z } from 'zod';
import { EXTRACTED_TERMS, EXTRACTION_WARNING_CODES, type ExtractionResult } from '../extract/types';
import { InvoiceSchema } from '../model';
import type { DeepReadonly, Fits } from './fits';
import { LocalizedTextSchema } from './localized';

const ConfidenceSchema = z
  .number()
  .min(0)
  .max(1)
  .meta({ description: '0 (a guess) … 1 (certain)' });

const BoxSchema = z.tuple([z.number(), z.number(), z.number(), z.number()]).readonly().meta({
  description:
    '[x, y, width, height] in PDF points, origin at the top-left corner of the page (y downwards)',
});

const PlacedSchema = {
  confidence: ConfidenceSchema,
  page: z.number().int().min(1),
  box: BoxSchema,
  source: z.string().meta({ description: 'The printed text the value was read from' }),
};

export const ExtractedFieldSchema = z
  .object({
    value: z.string().meta({
      description:
        "The value in the model's form: ISO date, decimal with a point, code, identifier without separators",
    }),
    scheme: z.string().optional().meta({ description: 'ISO 6523 scheme of an identifier' }),
    ...PlacedSchema,
    derived: z
      .boolean()
      .optional()
      .meta({ description: 'Not printed as such: follows from printed values' }),
  })
  .meta({ id: 'ExtractedField' });

const amount = z.string().optional();

export const ExtractedLineSchema = z
  .object({
    'BT-153': z.string().optional(),
    'BT-129': amount,
    'BT-146': amount,
    'BT-148': amount,
    'BT-131': amount,
    'BT-152': amount,
    ...PlacedSchema,
  })
  .meta({ id: 'ExtractedLine' });

export const ExtractedVatRowSchema = z
  .object({
    'BT-119': amount,
    'BT-116': amount,
    'BT-117': amount,
    'BT-118': z.string().optional(),
    ...PlacedSchema,
  })
  .meta({ id: 'ExtractedVatRow' });

export const ExtractionWarningSchema = z
  .object({
    code: z.enum(EXTRACTION_WARNING_CODES),
    message: LocalizedTextSchema,
    term: z.string().optional(),
  })
  .meta({ id: 'ExtractionWarning' });

export const ExtractionSchema = z
  .object({
    fields: z
      .partialRecord(z.enum(EXTRACTED_TERMS), ExtractedFieldSchema)
      .meta({ description: 'Document-level values by business term' }),
    lines: z.array(ExtractedLineSchema).readonly().meta({ description: 'Line-table rows (BG-25)' }),
    vatBreakdown: z
      .array(ExtractedVatRowSchema)
      .readonly()
      .meta({ description: 'VAT rows (BG-23)' }),
    invoice: InvoiceSchema.meta({
      // Given as a plain object in OpenAPI: the model's `extensions` hold any JSON, a recursive
      // schema the OpenAPI generator cannot walk. Clients still check it with InvoiceSchema.
      type: 'object',
      description:
        'The EN 16931 model (BT-keyed JSON, docs/model.md) built from what was read, and only from that',
    }),
    warnings: z.array(ExtractionWarningSchema).readonly(),
    pages: z
      .array(
        z.object({
          number: z.number().int().min(1),
          width: z.number(),
          height: z.number(),
          characters: z.number().int().nonnegative(),
        }),
      )
      .readonly()
      .meta({ description: 'The pages read (at most 50)' }),
    pageCount: z.number().int().nonnegative(),
    textLayer: z.boolean(),
  })
  .meta({ id: 'Extraction' });

export type Extraction = z.infer<typeof ExtractionSchema>;

export type ExtractionFitsSchema = Fits<
  Omit<ExtractionResult, 'error' | 'invoice'>,
  DeepReadonly<Omit<z.input<typeof ExtractionSchema>, 'invoice'>>
>;
