import { describe, expect, it } from 'vitest';
import { sampleInvoice } from '../../model/sample-invoice';
import { findingsOf, invoiceWith } from './helpers';

describe('CHORUS-08 amounts with at most 2 decimals', () => {
  it('refuses a line amount with 3 decimals, naming the line and its portal field', () => {
    const found = findingsOf(
      'CHORUS-08',
      invoiceWith((i) => {
        const line = i['BG-25']?.[1];
        if (line) line['BT-131'] = '170.005';
      }),
    );
    expect(found).toHaveLength(1);
    expect(found[0]?.severity).toBe('fatal');
    expect(found[0]?.message.fr).toContain('170.005');
    expect(found[0]?.message.fr).toContain('3 décimales');
    expect(found[0]?.message.fr).toContain('« Montant HT » (ligne 2) du bloc Lignes de poste');
  });

  it('checks totals, VAT breakdown, allowances and charges', () => {
    const invoice = invoiceWith((i) => {
      if (i['BG-22']) i['BG-22']['BT-112'] = '1115.350';
      const vat = i['BG-23']?.[0];
      if (vat) vat['BT-117'] = '156.0000';
      i['BG-20'] = [{ 'BT-92': '1.001', 'BT-95': 'S' }];
      i['BG-21'] = [{ 'BT-99': '2.5', 'BT-102': 'S' }];
    });
    const messages = findingsOf('CHORUS-08', invoice).map((f) => f.message.fr);
    expect(messages).toHaveLength(3);
    expect(messages[0]).toContain('1.001');
    expect(messages[1]).toContain('1115.350');
    expect(messages[1]).toContain('« Montant total TTC » du bloc Montants');
    expect(messages[2]).toContain('156.0000');
    expect(messages[2]).toContain('bloc Récapitulatif TVA');
  });

  it('accepts 0, 1 or 2 decimals', () => {
    expect(findingsOf('CHORUS-08', sampleInvoice())).toEqual([]);
    const invoice = invoiceWith((i) => {
      const line = i['BG-25']?.[0];
      if (line) line['BT-131'] = '780';
    });
    expect(findingsOf('CHORUS-08', invoice)).toEqual([]);
  });
});

describe('CHORUS-09 quantity and unit price decimals', () => {
  it('warns over 4 decimals of quantity and 6 of price, not at the limits', () => {
    const atLimit = invoiceWith((i) => {
      const line = i['BG-25']?.[0];
      if (line) {
        line['BT-129'] = '12.0000';
        line['BG-29'] = { 'BT-146': '65.000000' };
      }
    });
    expect(findingsOf('CHORUS-09', atLimit)).toEqual([]);
    const over = invoiceWith((i) => {
      const line = i['BG-25']?.[0];
      if (line) {
        line['BT-129'] = '12.00001';
        line['BG-29'] = { 'BT-146': '65.0000001' };
      }
    });
    const found = findingsOf('CHORUS-09', over);
    expect(found.map((f) => f.severity)).toEqual(['warning', 'warning']);
    expect(found[0]?.message.fr).toContain('« Quantité » (ligne 1)');
    expect(found[1]?.message.fr).toContain('« Prix unitaire HT » (ligne 1)');
  });
});

describe('CHORUS-11 payment means code', () => {
  it('refuses an invoice without BT-81, accepts it on a credit note', () => {
    const without = invoiceWith((i) => {
      if (i['BG-16']) delete i['BG-16']['BT-81'];
    });
    const [finding] = findingsOf('CHORUS-11', without);
    expect(finding?.severity).toBe('fatal');
    expect(finding?.message.fr).toContain('« Mode de paiement » du bloc Références');
    expect(findingsOf('CHORUS-11', sampleInvoice())).toEqual([]);
    const creditNote = invoiceWith((i) => {
      i['BT-3'] = '381';
      delete i['BG-16'];
    });
    expect(findingsOf('CHORUS-11', creditNote)).toEqual([]);
  });
});

describe('CHORUS-12 credit transfer to an IBAN', () => {
  it('refuses a wrong IBAN with the reason, and a transfer without account', () => {
    const wrong = invoiceWith((i) => {
      const account = i['BG-16']?.['BG-17']?.[0];
      if (account) account['BT-84'] = 'FR7630006000011234567890188';
    });
    const [finding] = findingsOf('CHORUS-12', wrong);
    expect(finding?.severity).toBe('fatal');
    expect(finding?.message.fr).toContain('« Coordonnées bancaires » du bloc Fournisseur');
    expect(finding?.message.fr).toContain('chiffres de contrôle');
    const none = invoiceWith((i) => {
      if (i['BG-16']) delete i['BG-16']['BG-17'];
    });
    expect(findingsOf('CHORUS-12', none)[0]?.message.fr).toContain('sans compte bancaire');
  });

  it('accepts a valid IBAN, and does not ask for one when paying by cheque', () => {
    expect(findingsOf('CHORUS-12', sampleInvoice())).toEqual([]);
    const cheque = invoiceWith((i) => {
      if (i['BG-16']) {
        i['BG-16']['BT-81'] = '20';
        delete i['BG-16']['BG-17'];
      }
    });
    expect(findingsOf('CHORUS-12', cheque)).toEqual([]);
  });
});

describe('CHORUS-13 direct debit and credit-note payment means', () => {
  it('warns on a mandate and on a credit note with a payment means', () => {
    const debit = invoiceWith((i) => {
      if (i['BG-16']) i['BG-16']['BG-19'] = { 'BT-89': 'MANDAT-1' };
    });
    expect(findingsOf('CHORUS-13', debit).map((f) => f.severity)).toEqual(['warning']);
    const creditNote = invoiceWith((i) => (i['BT-3'] = '381'));
    const [finding] = findingsOf('CHORUS-13', creditNote);
    expect(finding?.message.fr).toContain('VIREMENT');
    expect(findingsOf('CHORUS-13', sampleInvoice())).toEqual([]);
  });
});
