/**
 * The writer's side of the UBL binding's filters (predicates.ts): for each named filter, what an
 * element must hold for the reader's filter to select it. `predicates.ts` says it in words
 * (`write`); this says it as data the tree builder applies. A test reads every written document
 * back through the filters.
 */
import type { Invoice } from '../../model';
import type { Mark } from '../write-tree';
import type { PredicateName } from './predicates';

/** The tax scheme written for BT-32 (a registration that is not VAT); UBL-SR-13 only asks "not VAT". */
export const OTHER_TAX_SCHEME = 'TAX';

export function ublMarks(invoice: Invoice): Readonly<Record<PredicateName, Mark>> {
  const mark = (key: PredicateName, content: Omit<Mark, 'key'> = {}): Mark => ({ key, ...content });
  return {
    'vat-scheme': mark('vat-scheme', { children: [[['cac:TaxScheme', 'cbc:ID'], 'VAT']] }),
    'other-tax-scheme': mark('other-tax-scheme', {
      children: [[['cac:TaxScheme', 'cbc:ID'], OTHER_TAX_SCHEME]],
    }),
    allowance: mark('allowance', { children: [[['cbc:ChargeIndicator'], 'false']] }),
    charge: mark('charge', { children: [[['cbc:ChargeIndicator'], 'true']] }),
    sepa: mark('sepa', { attributes: [['schemeID', 'SEPA']] }),
    'not-sepa': mark('not-sepa'),
    'invoiced-object': mark('invoiced-object', { children: [[['cbc:DocumentTypeCode'], '130']] }),
    'project-reference': mark('project-reference', {
      children: [[['cbc:DocumentTypeCode'], '50']],
    }),
    'supporting-document': mark('supporting-document'),
    'document-currency': mark('document-currency', {
      attributes: [['currencyID', invoice['BT-5']]],
    }),
    'tax-currency': mark('tax-currency', { attributes: [['currencyID', invoice['BT-6']]] }),
    'invoicing-period': mark('invoicing-period'),
  };
}
