/**
 * The few terms that tell a reader which invoice a report is about, taken from the model as they
 * are (no check: the report says what is wrong with them).
 */
import type { Invoice } from '../model';

export interface InvoiceSummary {
  /** BT-1 */
  readonly number?: string;
  /** BT-2, ISO date as in the model. */
  readonly issueDate?: string;
  /** BT-3 */
  readonly typeCode?: string;
  /** BT-5 */
  readonly currency?: string;
  /** BT-27 */
  readonly seller?: string;
  /** BT-44 */
  readonly buyer?: string;
  /** BT-112 */
  readonly totalWithVat?: string;
  /** BT-115 */
  readonly amountDue?: string;
}

export function summarizeInvoice(invoice: Invoice): InvoiceSummary {
  const totals = invoice['BG-22'];
  const entries: [keyof InvoiceSummary, string | undefined][] = [
    ['number', invoice['BT-1']],
    ['issueDate', invoice['BT-2']],
    ['typeCode', invoice['BT-3']],
    ['currency', invoice['BT-5']],
    ['seller', invoice['BG-4']?.['BT-27']],
    ['buyer', invoice['BG-7']?.['BT-44']],
    ['totalWithVat', totals?.['BT-112']],
    ['amountDue', totals?.['BT-115']],
  ];
  return Object.fromEntries(entries.filter(([, value]) => value !== undefined));
}
