/**
 * Factur-X / ZUGFeRD PDF containers: read the embedded invoice and the XMP metadata
 * (`readFacturxPdf`), check the container (`checkFacturxPdf`, layer `pdf`), attach a CII invoice
 * to a PDF (`attachFacturx`) or draw one from the model first (`createFacturxPdf`). Pure
 * TypeScript on `Uint8Array`: runs in Node, workerd and the browser. See docs/facturx-pdf.md.
 */
export { checkFacturxPdf, pdfReadErrorFinding } from './checks';
export { createFacturxPdf } from './create';
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
export { type RenderInvoiceOptions, renderInvoicePdf } from './render/render-invoice';
export { PDF_RULE_IDS, PDF_RULES, type PdfRule, type PdfRuleId } from './rule-table';
export {
  type AfRelationship,
  type AttachFacturxOptions,
  type AttachFacturxResult,
  attachFacturx,
} from './write';
export type { PdfWriteError, PdfWriteErrorCode } from './write-errors';
export type { FacturxXmp } from './xmp-read';
export { type ContainerFamily, conformanceLevelOf } from './xmp-schemas';
