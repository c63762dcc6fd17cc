/**
 * Why a conversion stopped. The code is stable (the CLI prints it in its JSON Lines, the edge
 * turns it into a problem and its `reason`); the message is bilingual, French first. `stage` says
 * whose fault it is: the request (contradictory options), the document (it cannot be read), or
 * the writer (the Factur-X PDF could not be produced).
 */
import type { ExtractionErrorCode } from '../extract';
import type { LocalizedText } from '../i18n/text';
import type { InvoiceJsonIssue } from '../model';
import type { PdfReadErrorCode, PdfWriteErrorCode } from '../pdf';
import type { DocumentKind } from '../syntax/detect';
import type { XmlErrorCode } from '../xml';

export type RequestFailureCode =
  /** `from` names a form the document is not. */
  | 'from-mismatch'
  /** A Factur-X profile asked for a target that has none (UBL, JSON). */
  | 'profile-not-applicable';

export type ReadFailureCode =
  /** The XML reader's own codes, for an XML file or the XML inside a Factur-X PDF. */
  | XmlErrorCode
  /** Well-formed XML that is no EN 16931 invoice (an order, ZUGFeRD 1.0…). */
  | 'not-an-invoice'
  /** The PDF reader's own codes. */
  | PdfReadErrorCode
  /** A PDF read from its text whose text could not be read: the extraction's code after `extract-`. */
  | `extract-${ExtractionErrorCode}`
  /** A PDF read from its text in which nothing of an invoice was found. */
  | 'extract-nothing'
  | 'json-encoding'
  | 'json-syntax'
  /** JSON that does not fit the model: `issues` lists every gap. */
  | 'json-invalid';

export type ConversionFailure =
  | {
      readonly stage: 'request';
      readonly code: RequestFailureCode;
      readonly message: LocalizedText;
    }
  | {
      readonly stage: 'read';
      readonly code: ReadFailureCode;
      readonly message: LocalizedText;
      /** For `not-an-invoice`: what the document is instead. */
      readonly detected?: DocumentKind;
      /** For `json-invalid`: every gap between the JSON and the model. */
      readonly issues?: readonly InvoiceJsonIssue[];
    }
  | {
      readonly stage: 'write';
      /** The PDF writer's own codes. */
      readonly code: PdfWriteErrorCode;
      readonly message: LocalizedText;
    };

export interface Failed {
  readonly ok: false;
  readonly failure: ConversionFailure;
}

export function failed(failure: ConversionFailure): Failed {
  return { ok: false, failure };
}

const IN_EMBEDDED_XML: LocalizedText = {
  fr: 'Dans la facture XML jointe au PDF : ',
  en: 'In the XML invoice attached to the PDF: ',
};

/** A message about the XML of a Factur-X PDF, which the reader wrote as if it were a file. */
export function inEmbeddedXml(message: LocalizedText): LocalizedText {
  return { fr: `${IN_EMBEDDED_XML.fr}${message.fr}`, en: `${IN_EMBEDDED_XML.en}${message.en}` };
}
