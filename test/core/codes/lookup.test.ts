import { describe, expect, it } from 'vitest';
import {
  allowedCodes,
  type CodeListName,
  codeRuleData,
  isAllowedCode,
  NAMED_CODE_LISTS,
} from '../../../shared/codes';

// Real values of each list, and values that are not in it (typos, other lists' codes, wrong case).
const SPOT_CHECKS: Record<CodeListName, { in: string[]; out: string[] }> = {
  documentType: { in: ['380', '381', '384', '389', '751'], out: ['999', 'FACTURE', '38O'] },
  amountCurrency: { in: ['EUR', 'XPF', 'CHF'], out: ['eur', 'EURO', 'FRF'] },
  invoiceCurrency: { in: ['EUR', 'USD', 'XOF'], out: ['€', 'EU', 'DEM'] },
  taxCurrency: { in: ['EUR', 'GBP'], out: ['ECU'] },
  vatPointDateCode: { in: ['5', '29', '72'], out: ['1', '73'] },
  objectIdentifierScheme: { in: ['AAA', 'ABT', 'AWV'], out: ['0009', 'aaa'] },
  noteSubject: { in: ['AAI', 'PMT', 'PMD', 'AAB', 'REG'], out: ['XYZ', 'pmt'] },
  partyIdentifierScheme: { in: ['0002', '0009', '0088', '0225'], out: ['9999', '2', 'SIRET'] },
  legalRegistrationScheme: { in: ['0002', '0009'], out: ['SEPA', 'FR'] },
  itemClassificationScheme: { in: ['STI', 'HS', 'CV'], out: ['UNSPSC'] },
  country: { in: ['FR', 'MC', 'DE', 'GR', 'GB'], out: ['FRA', 'fr', 'EL', 'UK'] },
  originCountry: { in: ['FR', 'CN'], out: ['EU', 'XX'] },
  paymentMeans: { in: ['30', '42', '49', '58', '59', 'ZZZ'], out: ['0', '99', 'VIREMENT'] },
  vatCategory: {
    in: ['S', 'Z', 'E', 'AE', 'K', 'G', 'O', 'L', 'M', 'B'],
    out: ['A', 'H', 's', 'TVA20'],
  },
  lineVatCategory: { in: ['S', 'AE'], out: ['VAT'] },
  allowanceReason: { in: ['41', '95', '100', '104'], out: ['1', 'AA'] },
  chargeReason: { in: ['AA', 'ABL', 'FC', 'ZZZ'], out: ['95', 'XX'] },
  itemStandardIdScheme: { in: ['0160', '0088'], out: ['GTIN'] },
  vatExemptionReason: {
    in: ['VATEX-EU-79-C', 'VATEX-EU-132', 'VATEX-EU-AE', 'VATEX-EU-IC', 'VATEX-FR-FRANCHISE'],
    out: ['VATEX-EU-999', 'ART-261'],
  },
  unit: {
    in: ['C62', 'H87', 'HUR', 'DAY', 'KGM', 'LTR', 'XPP', 'XBX'],
    out: ['PCE', 'UNIT', 'h87', 'KG'],
  },
  mimeCode: {
    in: ['application/pdf', 'image/png', 'image/jpeg', 'text/csv'],
    out: ['application/xml', 'image/gif', 'APPLICATION/PDF'],
  },
  electronicAddressScheme: { in: ['0009', '0225', 'EM', '9957'], out: ['SIRET', '0000', 'em'] },
  deliveryLocationScheme: { in: ['0088', '0009'], out: ['EM'] },
};

describe('EN 16931 code lists', () => {
  it('names every list after its BR-CL rule, and every rule has a name', () => {
    const namedRules = new Set(Object.values(NAMED_CODE_LISTS).map((l) => l.rule));
    for (const [name, list] of Object.entries(NAMED_CODE_LISTS)) {
      expect(codeRuleData(list.rule).length, name).toBeGreaterThan(0);
    }
    expect(namedRules.size).toBe(Object.keys(NAMED_CODE_LISTS).length);
  });

  describe.each(Object.entries(SPOT_CHECKS))('%s', (name, { in: inside, out }) => {
    const list = name as CodeListName;
    it('accepts real codes', () => {
      for (const code of inside) expect(isAllowedCode(list, code), code).toBe(true);
    });
    it('refuses codes from outside the list', () => {
      for (const code of out) expect(isAllowedCode(list, code), code).toBe(false);
    });
    it('answers by rule id the same as by name', () => {
      const rule = NAMED_CODE_LISTS[list].rule;
      for (const code of [...inside, ...out]) {
        expect(isAllowedCode(rule, code)).toBe(isAllowedCode(list, code));
      }
    });
  });

  it('compares as the schematron does: trimmed, no inner space, case kept except for VATEX', () => {
    expect(isAllowedCode('invoiceCurrency', '  EUR\n')).toBe(true);
    expect(isAllowedCode('invoiceCurrency', 'E UR')).toBe(false);
    expect(isAllowedCode('invoiceCurrency', '')).toBe(false);
    expect(isAllowedCode('vatExemptionReason', 'vatex-eu-ic')).toBe(true);
    // MIME codes are compared with plain equality: no trimming.
    expect(isAllowedCode('mimeCode', ' application/pdf')).toBe(false);
  });

  it('keeps the syntax differences: VAT point date codes', () => {
    // UBL uses UNTDID 2005 (3, 35, 432), CII UNTDID 2475 (5, 29, 72).
    expect(isAllowedCode('vatPointDateCode', '35', { syntax: 'UBL' })).toBe(true);
    expect(isAllowedCode('vatPointDateCode', '35', { syntax: 'CII' })).toBe(false);
    expect(isAllowedCode('vatPointDateCode', '5', { syntax: 'CII' })).toBe(true);
    expect(isAllowedCode('vatPointDateCode', '5', { syntax: 'UBL' })).toBe(false);
    expect([...allowedCodes('vatPointDateCode', { syntax: 'UBL' })].sort()).toEqual([
      '3',
      '35',
      '432',
    ]);
  });

  it('keeps the syntax differences: country lists (SS in UBL, AN in CII)', () => {
    expect(isAllowedCode('country', 'SS', { syntax: 'UBL' })).toBe(true);
    expect(isAllowedCode('country', 'SS', { syntax: 'CII' })).toBe(false);
    expect(isAllowedCode('country', 'AN', { syntax: 'CII' })).toBe(true);
    expect(isAllowedCode('country', 'AN', { syntax: 'UBL' })).toBe(false);
  });

  it('keeps the UBL split between invoice and credit note type codes', () => {
    const invoice = { syntax: 'UBL', element: 'cbc:InvoiceTypeCode' } as const;
    const creditNote = { syntax: 'UBL', element: 'cbc:CreditNoteTypeCode' } as const;
    expect(isAllowedCode('documentType', '380', invoice)).toBe(true);
    expect(isAllowedCode('documentType', '381', invoice)).toBe(false);
    expect(isAllowedCode('documentType', '381', creditNote)).toBe(true);
    expect(isAllowedCode('documentType', '380', creditNote)).toBe(false);
    expect(isAllowedCode('documentType', '81', creditNote)).toBe(true);
    expect(isAllowedCode('documentType', '81', invoice)).toBe(true);
    // CII has one list for both.
    expect(isAllowedCode('documentType', '381', { syntax: 'CII', element: 'ram:TypeCode' })).toBe(
      true,
    );
  });

  it('allows the SEPA scheme in UBL for the seller and the payee only', () => {
    const seller = {
      syntax: 'UBL',
      ancestors: ['cac:AccountingSupplierParty', 'cac:Party'],
    } as const;
    const buyer = {
      syntax: 'UBL',
      ancestors: ['cac:AccountingCustomerParty', 'cac:Party'],
    } as const;
    expect(isAllowedCode('partyIdentifierScheme', 'SEPA', seller)).toBe(true);
    expect(
      isAllowedCode('partyIdentifierScheme', 'SEPA', {
        syntax: 'UBL',
        ancestors: ['cac:PayeeParty'],
      }),
    ).toBe(true);
    expect(isAllowedCode('partyIdentifierScheme', 'SEPA', buyer)).toBe(false);
    expect(isAllowedCode('partyIdentifierScheme', 'SEPA', { syntax: 'CII' })).toBe(false);
    expect(isAllowedCode('partyIdentifierScheme', '0009', buyer)).toBe(true);
  });

  it('has no UBL list for note subjects (BR-CL-08 exists in CII only)', () => {
    expect(codeRuleData('noteSubject').map((d) => d.syntax)).toEqual(['CII']);
    expect(isAllowedCode('noteSubject', 'AAI', { syntax: 'UBL' })).toBe(false);
    expect(allowedCodes('noteSubject', { syntax: 'UBL' }).size).toBe(0);
  });

  it('returns the same Set for the same list, built once', () => {
    expect(allowedCodes('unit')).toBe(allowedCodes('unit'));
    expect(allowedCodes('invoiceCurrency', { syntax: 'UBL' })).toBe(
      allowedCodes('taxCurrency', { syntax: 'CII' }),
    );
    expect(allowedCodes('unit').size).toBeGreaterThan(2000);
  });
});
