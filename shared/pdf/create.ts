/**
 * A Factur-X PDF from nothing but the invoice: the model drawn as a readable French invoice, then
 * its CII XML attached. The XML is the caller's (the CII writer's output): this module does not
 * produce it, so the PDF shows exactly the data the XML carries only if both come from the same
 * model.
 */
import type { Invoice } from '../model';
import { renderInvoicePdf } from './render/render-invoice';
import { type AttachFacturxOptions, type AttachFacturxResult, attachFacturx } from './write';

export async function createFacturxPdf(
  invoice: Invoice,
  xml: Uint8Array,
  options: AttachFacturxOptions = {},
): Promise<AttachFacturxResult> {
  const visible = await renderInvoicePdf(invoice, options.date ? { date: options.date } : {});
  const seller = invoice['BG-4']?.['BT-27'];
  return attachFacturx(visible, xml, {
    ...(invoice['BT-1'] ? { documentId: `facture:${invoice['BT-1']}` } : {}),
    ...(seller ? { author: seller } : {}),
    ...options,
  });
}
