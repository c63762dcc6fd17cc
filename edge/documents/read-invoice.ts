import type { Invoice } from '../../shared/model';
import { readFacturxPdf } from '../../shared/pdf';
import { readInvoice } from '../../shared/syntax/read';
import { parseXml } from '../../shared/xml';
import type { BodyFormat } from './body';
import type { DocumentLimits } from './limits';

/**
 * The model of an XML invoice or of the XML in a Factur-X PDF, or undefined when there is none to
 * read. Used beside validation, which reads the document on its own: only when the recipient's
 * SIRET or the HTML summary needs the model, so a plain JSON validation reads it once.
 */
export async function readInvoiceModel(
  bytes: Uint8Array,
  format: BodyFormat,
  limits: DocumentLimits,
): Promise<Invoice | undefined> {
  let xml = bytes;
  if (format === 'pdf') {
    const pdf = await readFacturxPdf(bytes, { limits: limits.pdf });
    if (!pdf.ok) return undefined;
    xml = pdf.xml;
  }
  const parsed = parseXml(xml, limits.xml);
  if (!parsed.ok) return undefined;
  const read = readInvoice(parsed.document);
  return 'error' in read ? undefined : read.invoice;
}
