/**
 * A plain, readable French invoice PDF drawn from the model, for when the seller has no PDF of
 * their own: heading, parties, references, lines (over as many pages as needed, the header
 * repeated), VAT breakdown, totals, payment and notes. Standard fonts only (Helvetica), so the
 * page content is not PDF/A on its own (PDF/A wants embedded fonts): see docs/facturx-pdf.md.
 */
import { PDFDocument } from '@cantoo/pdf-lib';
import type { Invoice } from '../../model';
import { documentTitle } from './labels';
import { PageWriter } from './page-writer';
import {
  documentAllowancesAndCharges,
  heading,
  invoiceLines,
  notes,
  parties,
  payment,
  references,
  supportingDocuments,
  totals,
  vatBreakdown,
} from './sections';

export interface RenderInvoiceOptions {
  /** Creation date written in the metadata; defaults to now. */
  readonly date?: Date;
}

const TOOL = 'Chorus Assist';

export async function renderInvoicePdf(
  invoice: Invoice,
  options: RenderInvoiceOptions = {},
): Promise<Uint8Array> {
  const document = await PDFDocument.create({ updateMetadata: false });
  const date = options.date ?? new Date();
  document.setTitle(`${documentTitle(invoice['BT-3'])} ${invoice['BT-1'] ?? ''}`.trim());
  const seller = invoice['BG-4']?.['BT-27'];
  if (seller) document.setAuthor(seller);
  document.setCreator(TOOL);
  document.setProducer(TOOL);
  document.setCreationDate(date);
  document.setModificationDate(date);
  document.setLanguage('fr-FR');

  const writer = await PageWriter.open(document);
  heading(writer, invoice);
  parties(writer, invoice);
  references(writer, invoice);
  invoiceLines(writer, invoice);
  documentAllowancesAndCharges(writer, invoice);
  vatBreakdown(writer, invoice);
  totals(writer, invoice);
  payment(writer, invoice);
  notes(writer, invoice);
  supportingDocuments(writer, invoice);
  writer.numberPages((page, total) => `Page ${page} / ${total}`);
  return document.save({ useObjectStreams: true });
}
