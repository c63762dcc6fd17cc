import { describe, expect, it } from 'vitest';
import { billingFrameOf } from '../../../../shared/chorus/billing-frames';
import { frameOfInvoice } from '../../../../shared/chorus/frame-of-invoice';
import type { BillingFrameOptions } from '../../../../shared/rules/rule';
import { sampleInvoice } from '../../model/sample-invoice';
import {
  CHORUS_SAMPLE,
  findingsOf,
  fixture,
  fullOptions,
  invoiceWith,
  replaceOnce,
  xmlFindings,
} from './helpers';

const withMode = (bt23: string | undefined, bt24 = 'urn:cen.eu:en16931:2017') =>
  invoiceWith((i) => {
    i['BG-2'] = bt23 === undefined ? { 'BT-24': bt24 } : { 'BT-23': bt23, 'BT-24': bt24 };
  });
const cadre = (value: BillingFrameOptions) => fullOptions({ cadre: value });

describe('where the frame is read', () => {
  it('follows the order of docs/rules/chorus.md §4', () => {
    expect(frameOfInvoice(withMode('A2'), 'A9_FACTURE_SOUSTRAITANT')).toMatchObject({
      frame: 'A9',
      source: 'option',
    });
    expect(frameOfInvoice(withMode('A2'))).toMatchObject({ frame: 'A2', source: 'BT-23' });
    expect(frameOfInvoice(withMode('S1', 'A12'))).toMatchObject({
      frame: 'A12',
      source: 'BT-24',
      reformMode: 'S1',
    });
    expect(frameOfInvoice(withMode('S2'))).toMatchObject({ frame: 'A2', source: 'reform-mode' });
    expect(frameOfInvoice(withMode('B4'))).toMatchObject({ frame: 'A1', source: 'default' });
    expect(frameOfInvoice(withMode(undefined))).toMatchObject({ frame: 'A1', source: 'default' });
  });

  it('knows the frame codes and their API values', () => {
    expect(billingFrameOf(' A12 ')).toBe('A12');
    expect(billingFrameOf('A2_FACTURE_FOURNISSEUR_DEJA_PAYEE')).toBe('A2');
    expect(billingFrameOf('A26')).toBeUndefined();
    expect(billingFrameOf('A01')).toBeUndefined();
  });
});

describe('CHORUS-29 billing frame known', () => {
  it('refuses an unknown frame code', () => {
    const [finding] = findingsOf('CHORUS-29', withMode('A27'));
    expect(finding?.severity).toBe('fatal');
    expect(finding?.message.fr).toContain('« A27 » inconnu');
    expect(finding?.message.fr).toContain('« Cadre de facturation » du bloc Cadre de facturation');
    expect(findingsOf('CHORUS-29', sampleInvoice(), cadre({ code: 'A1_FACTURE' }))).toHaveLength(1);
  });

  it('warns on a frame the simple form does not offer', () => {
    const [finding] = findingsOf('CHORUS-29', sampleInvoice(), cadre({ code: 'A5' }));
    expect(finding?.severity).toBe('warning');
  });

  it('says A1 is assumed when nothing states the frame (info), nothing when A1 is read', async () => {
    const [assumed] = findingsOf('CHORUS-29', withMode(undefined));
    expect(assumed?.severity).toBe('info');
    expect(assumed?.message.fr).toContain('A1 (facture de fournisseur) est supposé');
    expect(findingsOf('CHORUS-29', sampleInvoice())).toEqual([]);
    const sample = (await xmlFindings(fixture(CHORUS_SAMPLE))).filter(
      (f) => f.rule === 'CHORUS-29',
    );
    expect(sample).toEqual([]);
  });
});

describe('CHORUS-30 already paid (A2)', () => {
  const paid = (total: string, prepaid: string | undefined, due: string) =>
    invoiceWith((i) => {
      i['BG-2'] = { 'BT-23': 'A2' };
      const totals = i['BG-22'] ?? {};
      totals['BT-112'] = total;
      if (prepaid === undefined) delete totals['BT-113'];
      else totals['BT-113'] = prepaid;
      totals['BT-115'] = due;
      i['BG-22'] = totals;
    });

  it('passes when the paid amount is the total and nothing is due', () => {
    expect(findingsOf('CHORUS-30', paid('1115.35', '1115.35', '0.00'))).toEqual([]);
    expect(findingsOf('CHORUS-30', paid('1115.35', '1115.350', '0'))).toEqual([]);
  });

  it('refuses a partly paid invoice, with the amounts', () => {
    const [finding] = findingsOf('CHORUS-30', paid('1115.35', '1000.00', '115.35'));
    expect(finding?.severity).toBe('fatal');
    expect(finding?.message.fr).toContain('vaut 1000.00 pour un total TTC (BT-112) de 1115.35');
    expect(finding?.message.fr).toContain('« Montant à payer » du bloc Montants');
  });

  it('refuses a missing paid amount and a non-zero amount due', () => {
    expect(findingsOf('CHORUS-30', paid('1115.35', undefined, '0.00'))).toHaveLength(1);
    expect(findingsOf('CHORUS-30', paid('1115.35', '1115.35', '0.01'))).toHaveLength(1);
  });

  it('uses the frame given for the deposit, and ignores other frames', () => {
    const invoice = sampleInvoice();
    expect(findingsOf('CHORUS-30', invoice)).toEqual([]);
    expect(findingsOf('CHORUS-30', invoice, cadre({ code: 'A2' }))).toHaveLength(1);
  });

  it('runs on XML: the Chorus sample declared A2 is not fully paid', async () => {
    const xml = replaceOnce(fixture(CHORUS_SAMPLE), '<ram:ID>A1</ram:ID>', '<ram:ID>A2</ram:ID>');
    const found = (await xmlFindings(xml)).filter((f) => f.rule === 'CHORUS-30');
    expect(found.map((f) => f.severity)).toEqual(['fatal']);
    expect(found[0]?.message.fr).toContain('452.98');
  });
});

describe('CHORUS-31 validator structure (A9, A12)', () => {
  it('refuses A9 without a validator when the portal data is given', () => {
    const [finding] = findingsOf('CHORUS-31', sampleInvoice(), cadre({ code: 'A9' }));
    expect(finding?.severity).toBe('fatal');
    expect(finding?.message.fr).toContain('« Identifiant (SIRET) de la structure valideur »');
  });

  it('refuses an invalid validator SIRET, and a missing service code the validator requires', () => {
    const [wrong] = findingsOf(
      'CHORUS-31',
      sampleInvoice(),
      cadre({ code: 'A12', validatorSiret: '81245637400023' }),
    );
    expect(wrong?.message.fr).toContain('la clé');
    const [service] = findingsOf(
      'CHORUS-31',
      sampleInvoice(),
      cadre({ code: 'A12', validatorSiret: '81245637400022', validatorServiceCodeRequired: true }),
    );
    expect(service?.message.fr).toContain('« Code service du valideur »');
  });

  it('passes with a valid validator, and ignores frames without one', () => {
    const ok = cadre({ code: 'A9', validatorSiret: '812 456 374 00022' });
    expect(findingsOf('CHORUS-31', sampleInvoice(), ok)).toEqual([]);
    expect(findingsOf('CHORUS-31', sampleInvoice(), cadre({ code: 'A1' }))).toEqual([]);
  });

  it('says it did not run for an XML frame A9 without portal data (info)', () => {
    const [finding] = findingsOf('CHORUS-31', withMode('A9'));
    expect(finding?.severity).toBe('info');
    expect(finding?.message.fr).toContain('non effectué');
  });
});

describe('CHORUS-32 Chorus frame and reform billing mode agree', () => {
  it('warns when the deposit frame contradicts BT-23', () => {
    const [finding] = findingsOf('CHORUS-32', sampleInvoice(), cadre({ code: 'A2' }));
    expect(finding?.severity).toBe('warning');
    expect(finding?.message.fr).toContain('M1 (BT-23)');
    expect(finding?.message.fr).toContain('A1 (facture de fournisseur)');
  });

  it('passes matching frames and modes without a Chorus equivalent', () => {
    expect(findingsOf('CHORUS-32', sampleInvoice(), cadre({ code: 'A1' }))).toEqual([]);
    expect(
      findingsOf(
        'CHORUS-32',
        withMode('S5'),
        cadre({ code: 'A9', validatorSiret: '81245637400022' }),
      ),
    ).toEqual([]);
    expect(findingsOf('CHORUS-32', withMode('B4'), cadre({ code: 'A2' }))).toEqual([]);
    expect(findingsOf('CHORUS-32', sampleInvoice())).toEqual([]);
  });
});
