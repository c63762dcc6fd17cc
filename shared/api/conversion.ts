/**
 * Contract of `POST /v1/convert`: read a document (XML, Factur-X PDF, plain PDF through extraction,
 * the model's JSON), write it in another form. The converted bytes are the answer by default; with
 * `Accept: application/json` the answer is the envelope below, which also carries the messages.
 */
import { z } from 'zod';
import type { DerivedTerm, DroppedTerm } from '../syntax/write-result';
import { FACTURX_PROFILES } from '../xsd/schema-sets';
import type { DeepReadonly, Fits } from './fits';
import { LocalizedTextSchema } from './localized';

/** What a body can be read as. `pdf`: a plain PDF, read by extraction from its visible text. */
export const CONVERT_SOURCES = ['pdf', 'facturx', 'ubl', 'cii', 'json'] as const;
export type ConvertSource = (typeof CONVERT_SOURCES)[number];

export const CONVERT_TARGETS = ['cii', 'ubl', 'facturx', 'json'] as const;
export type ConvertTarget = (typeof CONVERT_TARGETS)[number];

export const ConvertQuerySchema = z.object({
  from: z.enum(CONVERT_SOURCES).optional().meta({
    description:
      'What the body is; when absent it is told from the bytes (a PDF with an embedded invoice is facturx, without one pdf; XML by its root; JSON by its first character).',
  }),
  to: z.enum(CONVERT_TARGETS).meta({ description: 'What to write', example: 'cii' }),
  profile: z.enum(FACTURX_PROFILES).optional().meta({
    description:
      'Factur-X profile of the CII written (to=cii or facturx). Default for facturx: the profile the invoice names (BT-24) when it is a Factur-X one, else en16931; for cii: the BT-24 profile, if any.',
  }),
});

export type ConvertQuery = z.infer<typeof ConvertQuerySchema>;

export const DroppedTermSchema = z
  .object({
    pointer: z.string().meta({ example: '/BG-25/0/BT-128' }),
    term: z.string().meta({ example: 'BT-128' }),
    reason: z.enum(['profile', 'syntax', 'replaced', 'xml-character']),
    message: LocalizedTextSchema,
  })
  .meta({ id: 'DroppedTerm', description: 'A term of the invoice the output does not carry' });

export const DerivedTermSchema = z
  .object({
    pointer: z.string(),
    term: z.string(),
    value: z.string(),
    message: LocalizedTextSchema,
  })
  .meta({ id: 'DerivedTerm', description: 'A term the output syntax required, computed' });

export const ConversionWarningSchema = z
  .object({
    code: z.string().meta({
      description: "The reader's rule id (a value it could not read) or the extraction's code",
      example: 'VALUE-FORMAT',
    }),
    term: z.string().optional(),
    message: LocalizedTextSchema,
  })
  .meta({ id: 'ConversionWarning' });

export type ConversionWarning = z.infer<typeof ConversionWarningSchema>;

export const ConversionSchema = z
  .object({
    from: z.enum(CONVERT_SOURCES).meta({ description: 'What the body was read as' }),
    to: z.enum(CONVERT_TARGETS),
    profile: z
      .enum(FACTURX_PROFILES)
      .optional()
      .meta({ description: 'Profile of the CII written' }),
    contentType: z.string().meta({ example: 'application/xml; charset=utf-8' }),
    fileName: z.string().meta({ example: 'F20260023.xml' }),
    encoding: z.enum(['utf-8', 'base64']).meta({ description: 'base64 for a PDF, else text' }),
    output: z.string(),
    dropped: z.array(DroppedTermSchema),
    derived: z.array(DerivedTermSchema),
    warnings: z.array(ConversionWarningSchema).meta({
      description: 'Values the reader could not take in, and what extraction had to guess',
    }),
  })
  .meta({ id: 'Conversion' });

export type Conversion = z.infer<typeof ConversionSchema>;

/**
 * Headers of a raw answer: what the body was read as, the Factur-X profile written, the JSON
 * pointers of what was dropped / derived (comma-separated, cut with `…` past 2,000 characters: the
 * envelope has them all, with their messages), and the number of warnings.
 */
export const CONVERSION_HEADERS = {
  from: 'x-converted-from',
  profile: 'x-facturx-profile',
  dropped: 'x-dropped-terms',
  derived: 'x-derived-terms',
  warnings: 'x-conversion-warnings',
} as const;

export type DroppedFitsSchema = Fits<DroppedTerm, DeepReadonly<z.input<typeof DroppedTermSchema>>>;
export type DerivedFitsSchema = Fits<DerivedTerm, DeepReadonly<z.input<typeof DerivedTermSchema>>>;
