/**
 * Documents the services cannot read, as problems: the reader's stable error code becomes the
 * problem's `reason`, its bilingual message the detail. Sizes are 413; what is refused for safety
 * or bounds (DOCTYPE, depth, object counts) is `document-refused`; what is broken is
 * `document-unreadable`.
 */
import type { ProblemCode } from '../../shared/api/problem';
import type { LocalizedText } from '../../shared/i18n/text';
import type { PdfReadErrorCode } from '../../shared/pdf';
import type { XmlErrorCode } from '../../shared/xml';
import { ProblemError } from '../http/problem';

const XML_PROBLEMS: Readonly<Record<XmlErrorCode, ProblemCode>> = {
  'xml-too-large': 'payload-too-large',
  'xml-doctype': 'document-refused',
  'xml-too-deep': 'document-refused',
  'xml-too-many-elements': 'document-refused',
  'xml-too-many-attributes': 'document-refused',
  'xml-text-too-long': 'document-refused',
  'xml-empty': 'document-unreadable',
  'xml-not-xml': 'document-unreadable',
  'xml-encoding': 'document-unreadable',
  'xml-char': 'document-unreadable',
  'xml-malformed': 'document-unreadable',
  'xml-entity': 'document-unreadable',
  'xml-namespace': 'document-unreadable',
  'xml-internal': 'internal-error',
};

export function isXmlErrorCode(code: string): code is XmlErrorCode {
  return Object.hasOwn(XML_PROBLEMS, code);
}

/** `message` says already where the XML was (shared/convert's inEmbeddedXml for a PDF's). */
export function xmlProblem(code: XmlErrorCode, message: LocalizedText): ProblemError {
  return new ProblemError(XML_PROBLEMS[code], message, { reason: code });
}

const PDF_PROBLEMS: Readonly<Record<PdfReadErrorCode, ProblemCode>> = {
  'pdf-too-large': 'payload-too-large',
  'pdf-too-complex': 'document-refused',
  'pdf-not-pdf': 'document-unreadable',
  'pdf-damaged': 'document-unreadable',
  'pdf-encrypted': 'document-unreadable',
  'pdf-attachment-unreadable': 'document-unreadable',
  'pdf-no-invoice': 'not-an-invoice',
  'pdf-several-invoices': 'not-an-invoice',
};

export function isPdfReadErrorCode(code: string): code is PdfReadErrorCode {
  return Object.hasOwn(PDF_PROBLEMS, code);
}

export function pdfProblem(error: {
  readonly code: PdfReadErrorCode;
  readonly message: LocalizedText;
}): ProblemError {
  return new ProblemError(PDF_PROBLEMS[error.code], error.message, { reason: error.code });
}
