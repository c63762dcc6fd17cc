/**
 * Reading an invoice from the visible text of a PDF that carries no structured data (no Factur-X
 * XML): fields with confidence and position, line items, VAT breakdown, and the model built from
 * them. See docs/extract.md for the method and its measured accuracy.
 */
export { extractInvoice } from './extract';
export * from './types';
