/**
 * One entry for every syntax: a parsed document → the EN 16931 model, by the reader of its
 * syntax (UBL 2.1 or CII D16B), or the reason it cannot be read as an invoice.
 */
import type { LocalizedText } from '../i18n/text';
import type { XmlDocument } from '../xml/tree';
import { readCii } from './cii/read';
import { type DetectedDocument, detectDocument } from './detect';
import type { ReadResult } from './read-result';
import { readUbl } from './ubl/read';

export interface NotAnInvoice {
  /** What the document is instead (detect.ts's description). */
  readonly error: LocalizedText;
  readonly detected: DetectedDocument;
}

/** Reads a UBL or CII invoice; anything else (an order, ZUGFeRD 1.0, other XML) is refused. */
export function readInvoice(document: XmlDocument): ReadResult | NotAnInvoice {
  const detected = detectDocument(document.root);
  switch (detected.syntax) {
    case 'ubl':
      return readUbl(document);
    case 'cii':
      return readCii(document);
    case undefined:
      return { error: detected.description, detected };
  }
}
