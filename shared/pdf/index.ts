/**
 * Factur-X / ZUGFeRD PDF containers: read the embedded invoice and the XMP metadata
 * (`readFacturxPdf`) and check the container (`checkFacturxPdf`, layer `pdf`). Pure TypeScript on
 * `Uint8Array`: runs in Node, workerd and the browser. See docs/facturx-pdf.md.
 */
export { checkFacturxPdf, pdfReadErrorFinding } from './checks';
export type { PdfOpenErrorCode, PdfReadError, PdfReadErrorCode } from './errors';
export { DEFAULT_PDF_LIMITS, type PdfLimits } from './limits';
export {
  type AttachmentSource,
  type FacturxPdf,
  type FacturxPdfResult,
  type PdfAttachment,
  type ReadPdfOptions,
  readFacturxPdf,
} from './read';
export { PDF_RULE_IDS, PDF_RULES, type PdfRule, type PdfRuleId } from './rule-table';
export type { FacturxXmp } from './xmp-read';
export { type ContainerFamily, conformanceLevelOf } from './xmp-schemas';
