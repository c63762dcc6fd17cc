/**
 * Zod schemas of the values a business term can hold in the JSON form. Every value is a string or a
 * small object of strings so that the model survives JSON and structured clone unchanged.
 *
 * Each format check has a name (`stringFormat`'s first argument) that json.ts turns into a
 * French-first message; keep the two in step (VALUE_FORMATS).
 */
import { z } from 'zod';
import { looksLikeModelId } from './catalogue';
import { isDecimalString } from './decimal';
import {
  isCodeShape,
  isCountryCodeShape,
  isCurrencyCodeShape,
  isIsoDate,
  isNonBlank,
} from './formats';

/** Names of the format checks, as they appear in zod issues (`invalid_format`). */
export const VALUE_FORMATS = [
  'text',
  'code',
  'currency',
  'country',
  'date',
  'decimal',
  'base64',
] as const;
export type ValueFormat = (typeof VALUE_FORMATS)[number];

/** Text, document references and identifiers without a scheme. */
export const text = z.stringFormat('text', isNonBlank);
/** Code values; membership of a code list is a rule's business. */
export const code = z.stringFormat('code', isCodeShape);
/** ISO 4217 alphabetic code shape (BT-5, BT-6). */
export const currencyCode = z.stringFormat('currency', isCurrencyCodeShape);
/** ISO 3166-1 alpha-2 shape, `1A` included (BT-40, BT-55, BT-69, BT-80, BT-159). */
export const countryCode = z.stringFormat('country', isCountryCodeShape);
/** `YYYY-MM-DD`, a real calendar day. */
export const date = z.stringFormat('date', isIsoDate);
/** Canonical decimal string: amounts, unit prices, quantities, percentages (see decimal.ts). */
export const decimal = z.stringFormat('decimal', isDecimalString);
export const amount = decimal;
export const unitPrice = decimal;
export const quantity = decimal;
export const percentage = decimal;

/** An identifier with its identification scheme (ISO 6523 ICD, EAS, UNTDID 1153 … per term). */
export const IdentifierSchema = z.strictObject({
  /** The identifier itself, as written. */
  id: text,
  /** The scheme (`BT-n-1`), e.g. `0009` for a SIRET. */
  scheme: code.optional(),
});
export type Identifier = z.infer<typeof IdentifierSchema>;

/** BT-158: an item classification identifier, its list (BT-158-1) and list version (BT-158-2). */
export const ClassificationIdentifierSchema = z.strictObject({
  id: text,
  /** BT-158-1 Scheme identifier (UNTDID 7143). */
  scheme: code.optional(),
  /** BT-158-2 Scheme version identifier. */
  version: text.optional(),
});
export type ClassificationIdentifier = z.infer<typeof ClassificationIdentifierSchema>;

/** BT-125: an attached document. `content` may be left out by a reader that skips large files. */
export const BinaryObjectSchema = z.strictObject({
  /** BT-125-1 Attached document Mime code. */
  mimeCode: code.optional(),
  /** BT-125-2 Attached document Filename. */
  filename: text.optional(),
  /** The file, base64-encoded. */
  content: z.base64().optional(),
});
export type BinaryObject = z.infer<typeof BinaryObjectSchema>;

export type JsonValue =
  | string
  | number
  | boolean
  | null
  | JsonValue[]
  | { [key: string]: JsonValue };

/**
 * Data outside EN 16931 (Factur-X EXTENDED terms, French CTC `EXT-FR-FE-…` terms), keyed by their
 * own ids. The only place for such data. An EN 16931 id is refused as a key: a norm term belongs
 * at its place in the model, where rules look for it.
 */
export const ExtensionsSchema = z.record(z.string(), z.json()).superRefine((extensions, ctx) => {
  for (const key of Object.keys(extensions)) {
    if (key.trim() === '' || key.trim() !== key || looksLikeModelId(key)) {
      ctx.addIssue({
        code: 'custom',
        path: [key],
        params: { reason: 'extension-key' },
        message: 'Invalid extension key',
        input: key,
      });
    }
  }
});
export type Extensions = Record<string, JsonValue>;
