import { describe, expect, it } from 'vitest';
import { portalInvoiceType } from '../../../../shared/chorus/document-types';
import { portalPaymentMode } from '../../../../shared/chorus/payment-modes';
import { fixture, replaceOnce, xmlFindings } from './helpers';

/** Official UBL example 5: invoice in DKK, VAT total also in EUR (BT-6, BT-111). */
const EXAMPLE5 = 'en16931/examples/ubl/ubl-tc434-example5.xml';
const only = async (id: string, xml: string) =>
  (await xmlFindings(xml)).filter((f) => f.rule === id);

describe('UBL documents', () => {
  it('CHORUS-04: the VAT total in BT-6 passes, another amount in EUR does not', async () => {
    expect(await only('CHORUS-04', fixture(EXAMPLE5))).toEqual([]);
    const xml = replaceOnce(
      fixture(EXAMPLE5),
      '<cbc:PayableAmount currencyID="DKK">2337.50</cbc:PayableAmount>',
      '<cbc:PayableAmount currencyID="EUR">2337.50</cbc:PayableAmount>',
    );
    const [finding] = await only('CHORUS-04', xml);
    expect(finding?.message.fr).toContain('(DKK, EUR)');
    expect(finding?.location?.line).toBe(277);
  });

  it('CHORUS-07: an impossible UBL date is reported at cbc:IssueDate', async () => {
    expect(await only('CHORUS-07', fixture(EXAMPLE5))).toEqual([]);
    const xml = replaceOnce(
      fixture(EXAMPLE5),
      '<cbc:IssueDate>2013-04-10</cbc:IssueDate>',
      '<cbc:IssueDate>2013-02-30</cbc:IssueDate>',
    );
    const [finding] = await only('CHORUS-07', xml);
    expect(finding?.message.fr).toContain('« 2013-02-30 »');
    expect(finding?.location?.line).toBe(18);
  });
});

describe('portal vocabularies', () => {
  it('maps document types and payment means to the portal values', () => {
    expect(portalInvoiceType('381')).toBe('AVOIR');
    expect(portalInvoiceType('386')).toBe('FACTURE');
    expect(portalInvoiceType('261')).toBeUndefined();
    expect(portalPaymentMode('30')).toBe('VIREMENT');
    expect(portalPaymentMode('49')).toBe('PRELEVEMENT');
    expect(portalPaymentMode('20')).toBe('CHEQUE');
    expect(portalPaymentMode('1')).toBe('AUTRE');
  });
});
