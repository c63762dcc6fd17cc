import type { Invoice } from '../../shared/model';
import { readInvoice } from '../../shared/syntax/read';
import { parseXml } from '../../shared/xml';

/**
 * The model of an invoice document read with the project's own readers; throws when the text is
 * not XML or not an invoice, so a broken fixture fails the test that uses it. Imports only
 * `shared/`, so it runs in Node, workerd and the browser alike. `source` (a file name) heads the
 * error message when given.
 */
export function modelOfXml(xml: string | Uint8Array, source?: string): Invoice {
  const prefix = source === undefined ? '' : `${source}: `;
  const parsed = parseXml(xml);
  if (!parsed.ok) throw new Error(prefix + parsed.error.message.en);
  const read = readInvoice(parsed.document);
  if ('error' in read) throw new Error(prefix + read.error.en);
  return read.invoice;
}
