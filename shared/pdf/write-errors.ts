import type { LocalizedText } from '../i18n/text';
import type { PdfOpenErrorCode } from './errors';

/** Why a Factur-X PDF could not be written. Stable codes, as for reading. */
export type PdfWriteErrorCode =
  /** The PDF given could not be opened (same codes as reading). */
  | PdfOpenErrorCode
  /** The XML given is not well-formed. */
  | 'facturx-xml-unreadable'
  /** The XML is not a CII invoice (Factur-X embeds CII only). */
  | 'facturx-not-cii'
  /** The XML's profile (BT-24) has no Factur-X conformance level, or is a ZUGFeRD 2.0 one. */
  | 'facturx-profile-unsupported'
  /** The profile asked for is not the XML's. */
  | 'facturx-profile-mismatch'
  /** The library failed while writing. */
  | 'facturx-write-failed';

export interface PdfWriteError {
  readonly code: PdfWriteErrorCode;
  readonly message: LocalizedText;
}

export function writeError(code: PdfWriteErrorCode, fr: string, en: string): PdfWriteError {
  return { code, message: { fr, en } };
}
