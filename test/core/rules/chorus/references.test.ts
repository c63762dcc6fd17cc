import { describe, expect, it } from 'vitest';
import { dateLikeness } from '../../../../shared/rules/chorus/date-like';
import { sampleInvoice } from '../../model/sample-invoice';
import {
  CHORUS_SAMPLE,
  chorusFindings,
  findingsOf,
  fixture,
  fullOptions,
  invoiceWith,
  replaceOnce,
  TODAY,
  xmlFindings,
} from './helpers';

describe('CHORUS-01 invoice number length', () => {
  it('passes 20 characters and refuses 21, naming the count and the portal field', () => {
    expect(
      findingsOf(
        'CHORUS-01',
        invoiceWith((i) => (i['BT-1'] = 'F'.repeat(20))),
      ),
    ).toEqual([]);
    const [finding, ...more] = findingsOf(
      'CHORUS-01',
      invoiceWith((i) => (i['BT-1'] = 'F'.repeat(21))),
    );
    expect(more).toEqual([]);
    expect(finding?.severity).toBe('fatal');
    expect(finding?.message.fr).toContain('compte 21 caractères');
    expect(finding?.message.fr).toContain('« Numéro de facture » du bloc Références');
    expect(finding?.message.en).toContain('has 21 characters');
  });

  it('does not count surrounding spaces', () => {
    expect(
      findingsOf(
        'CHORUS-01',
        invoiceWith((i) => (i['BT-1'] = `  ${'F'.repeat(20)}  `)),
      ),
    ).toEqual([]);
  });
});

describe('CHORUS-02 invoice number that is only a date', () => {
  it.each(['31/12/2025', '2025-12-31', '1.2.26', '12/31/2025'])('refuses %s (fatal)', (n) => {
    const [finding] = findingsOf(
      'CHORUS-02',
      invoiceWith((i) => (i['BT-1'] = n)),
    );
    expect(finding?.severity).toBe('fatal');
    expect(finding?.message.fr).toContain(`« ${n} » est une date`);
  });

  it('warns on eight digits that read as a date', () => {
    const [finding] = findingsOf(
      'CHORUS-02',
      invoiceWith((i) => (i['BT-1'] = '20240131')),
    );
    expect(finding?.severity).toBe('warning');
    expect(
      findingsOf(
        'CHORUS-02',
        invoiceWith((i) => (i['BT-1'] = '31012024')),
      )[0]?.severity,
    ).toBe('warning');
  });

  it.each(['F2026-0023', '2023-6013', '32/01/2025', '2025-13-01', '12345678', 'FA-31/12/2025'])(
    'accepts %s',
    (n) => {
      expect(
        findingsOf(
          'CHORUS-02',
          invoiceWith((i) => (i['BT-1'] = n)),
        ),
      ).toEqual([]);
    },
  );

  it('knows real calendar days', () => {
    expect(dateLikeness('29/02/2024')).toBe('date');
    expect(dateLikeness('29/02/2025')).toBe('no');
    expect(dateLikeness('18991231')).toBe('no');
  });
});

describe('CHORUS-03 document type', () => {
  it.each(['380', '381', '384', '386', '389'])('accepts %s', (code) => {
    expect(
      findingsOf(
        'CHORUS-03',
        invoiceWith((i) => (i['BT-3'] = code)),
      ),
    ).toEqual([]);
  });

  it('refuses 261 and suggests 381 for a credit note', () => {
    const [finding] = findingsOf(
      'CHORUS-03',
      invoiceWith((i) => (i['BT-3'] = '261')),
    );
    expect(finding?.severity).toBe('fatal');
    expect(finding?.message.fr).toContain('« 261 »');
    expect(finding?.message.fr).toContain('utilisez 381');
    expect(finding?.message.fr).toContain('« Type de facture » du bloc Références');
  });

  it('refuses 751 and a missing type', () => {
    expect(
      findingsOf(
        'CHORUS-03',
        invoiceWith((i) => (i['BT-3'] = '751')),
      ),
    ).toHaveLength(1);
    const [missing] = findingsOf(
      'CHORUS-03',
      invoiceWith((i) => delete i['BT-3']),
    );
    expect(missing?.message.fr).toContain('absent');
  });
});

describe('CHORUS-06 invoice date in the future', () => {
  it('refuses a date after today, accepts today', () => {
    expect(
      findingsOf(
        'CHORUS-06',
        invoiceWith((i) => (i['BT-2'] = TODAY)),
      ),
    ).toEqual([]);
    const [finding] = findingsOf(
      'CHORUS-06',
      invoiceWith((i) => (i['BT-2'] = '2026-03-11')),
    );
    expect(finding?.severity).toBe('fatal');
    expect(finding?.message.fr).toContain('11/03/2026');
    expect(finding?.message.fr).toContain('« Date de facture » du bloc Références');
  });

  it('says it did not run without today (info), and with a malformed today', () => {
    const [missing] = findingsOf(
      'CHORUS-06',
      invoiceWith((i) => (i['BT-2'] = '2999-01-01')),
      fullOptions({ today: undefined }),
    );
    expect(missing?.severity).toBe('info');
    expect(missing?.message.fr).toContain('non effectué');
    const [malformed] = findingsOf(
      'CHORUS-06',
      sampleInvoice(),
      fullOptions({ today: '10/03/2026' }),
    );
    expect(malformed?.severity).toBe('info');
    expect(malformed?.message.en).toContain('not run');
  });
});

describe('CHORUS-07 invoice date well formed', () => {
  it('refuses a CII date in another format than 102, with the value found', async () => {
    const xml = replaceOnce(
      fixture(CHORUS_SAMPLE),
      '<udt:DateTimeString format="102">20230920</udt:DateTimeString>',
      '<udt:DateTimeString format="102">20230931</udt:DateTimeString>',
    );
    const found = (await xmlFindings(xml)).filter((f) => f.rule === 'CHORUS-07');
    expect(found).toHaveLength(1);
    expect(found[0]?.severity).toBe('fatal');
    expect(found[0]?.message.fr).toContain('« 20230931 »');
    expect(found[0]?.location?.line).toBe(15);
  });

  it('passes the sample and refuses a model without date', async () => {
    expect(
      (await xmlFindings(fixture(CHORUS_SAMPLE))).filter((f) => f.rule === 'CHORUS-07'),
    ).toEqual([]);
    expect(
      findingsOf(
        'CHORUS-07',
        invoiceWith((i) => delete i['BT-2']),
      ),
    ).toHaveLength(1);
  });
});

describe('text lengths: CHORUS-10 buyer name, CHORUS-15 engagement, CHORUS-17 service code', () => {
  it('CHORUS-10: 99 characters pass, 100 fail', () => {
    const pass = invoiceWith((i) => {
      if (i['BG-7']) i['BG-7']['BT-44'] = 'N'.repeat(99);
    });
    const fail = invoiceWith((i) => {
      if (i['BG-7']) i['BG-7']['BT-44'] = 'N'.repeat(100);
    });
    expect(findingsOf('CHORUS-10', pass)).toEqual([]);
    const [finding] = findingsOf('CHORUS-10', fail);
    expect(finding?.message.fr).toContain('« Raison sociale » du bloc Destinataire');
    expect(finding?.message.fr).toContain('100 caractères');
  });

  it('CHORUS-15: 50 characters pass, 51 fail', () => {
    expect(
      findingsOf(
        'CHORUS-15',
        invoiceWith((i) => (i['BT-13'] = 'E'.repeat(50))),
      ),
    ).toEqual([]);
    const [finding] = findingsOf(
      'CHORUS-15',
      invoiceWith((i) => (i['BT-13'] = 'E'.repeat(51))),
    );
    expect(finding?.severity).toBe('fatal');
    expect(finding?.message.fr).toContain(
      '« Numéro de bon de commande / engagement » du bloc Références',
    );
  });

  it('CHORUS-17: 100 characters pass, 101 fail', () => {
    expect(
      findingsOf(
        'CHORUS-17',
        invoiceWith((i) => (i['BT-10'] = 'S'.repeat(100))),
      ),
    ).toEqual([]);
    const [finding] = findingsOf(
      'CHORUS-17',
      invoiceWith((i) => (i['BT-10'] = 'S'.repeat(101))),
    );
    expect(finding?.message.fr).toContain('« Code service » du bloc Destinataire');
    expect(finding?.message.en).toContain('has 101 characters');
  });
});

describe('CHORUS-33 credit note without the original invoice', () => {
  it('warns on a 381 without BT-25, not with it, not on an invoice', () => {
    const creditNote = invoiceWith((i) => {
      i['BT-3'] = '381';
      delete i['BG-16'];
    });
    const [finding] = findingsOf('CHORUS-33', creditNote);
    expect(finding?.severity).toBe('warning');
    expect(finding?.message.fr).toContain("« Numéro de la facture d'origine »");
    creditNote['BG-3'] = [{ 'BT-25': 'F2026-0012' }];
    expect(findingsOf('CHORUS-33', creditNote)).toEqual([]);
    expect(findingsOf('CHORUS-33', sampleInvoice())).toEqual([]);
  });
});

describe('CHORUS-34 invoice number uniqueness', () => {
  it('says once that it did not run, and nothing without a number', () => {
    const [finding, ...more] = findingsOf('CHORUS-34', sampleInvoice());
    expect(more).toEqual([]);
    expect(finding?.severity).toBe('info');
    expect(
      findingsOf(
        'CHORUS-34',
        invoiceWith((i) => delete i['BT-1']),
      ),
    ).toEqual([]);
  });
});

describe('a complete invoice', () => {
  it('passes every chorus check that can run, leaving only the uniqueness info', () => {
    expect(chorusFindings(sampleInvoice()).map((f) => `${f.rule} ${f.severity}`)).toEqual([
      'CHORUS-34 info',
    ]);
  });
});
