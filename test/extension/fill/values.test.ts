import { describe, expect, it } from 'vitest';
import { divide, parseFixed, toModelDecimal } from '../../../shared/chorus/portal-decimal';
import { compactText, normalizeLabel } from '../../../shared/chorus/portal-text';
import {
  chooseVatRate,
  documentTypeOfPortal,
  findOption,
  fromPortalDate,
  fromPortalDecimal,
  invoiceTypeWanted,
  paymentMeansOfPortal,
  paymentModeWanted,
  portalUnitOf,
  rateOfOption,
  toPortalDate,
  toPortalDecimal,
  unitCodeOfPortal,
  vatPointCodeOfRegime,
  vatRegimeOf,
  vatRegimeOfPortal,
} from '../../../shared/chorus/portal-values';

const NBSP = '\u00a0';
const AMOUNT = { min: 2, max: 2 };

/** The replica's VAT rate list (docs/portal.md): values that public API clients write otherwise. */
const VAT_OPTIONS = [
  { value: '', label: '' },
  { value: 'TVA20', label: '20 %' },
  { value: 'TVA10', label: '10 %' },
  { value: 'TVA55', label: `5,5${NBSP}%` },
  { value: 'TVA21', label: '2,1 %' },
  { value: 'TVA0', label: '0 %' },
  { value: 'AUTRE', label: 'Autre taux (saisie manuelle)' },
];

describe('labels', () => {
  it('compare without accents, case, non-breaking spaces, trailing star or colon', () => {
    expect(normalizeLabel(`Numéro de la facture d’origine${NBSP}*`)).toBe(
      "numero de la facture d'origine",
    );
    expect(normalizeLabel('  DEVISE * : ')).toBe('devise');
    expect(normalizeLabel(`Montant\u202fà payer`)).toBe('montant a payer');
    expect(compactText('FR76 3000.4000-0100')).toBe('FR76300040000100');
  });
});

describe('decimals', () => {
  it('are written the way the page writes them: comma, U+00A0 between thousands, the field decimals', () => {
    expect(toPortalDecimal('1234.5', AMOUNT)).toEqual({ text: `1${NBSP}234,50`, rounded: false });
    expect(toPortalDecimal('1234567.891', AMOUNT)).toEqual({
      text: `1${NBSP}234${NBSP}567,89`,
      rounded: true,
    });
    expect(toPortalDecimal('-0.005', AMOUNT)?.text).toBe('-0,01');
    expect(toPortalDecimal('3.0000', { min: 0, max: 4 })?.text).toBe('3');
    expect(toPortalDecimal('2.12500', { min: 0, max: 4 })?.text).toBe('2,125');
    expect(toPortalDecimal('60.0000', { min: 2, max: 6 })?.text).toBe('60,00');
    expect(toPortalDecimal('0.1234567', { min: 2, max: 6 })).toEqual({
      text: '0,123457',
      rounded: true,
    });
    expect(toPortalDecimal('12,5', AMOUNT)).toBeUndefined();
  });

  it('are read back from what the page shows into model decimals', () => {
    expect(fromPortalDecimal(`1${NBSP}234,56`)).toBe('1234.56');
    expect(fromPortalDecimal('1\u202f234,56')).toBe('1234.56');
    expect(fromPortalDecimal('1 234,56')).toBe('1234.56');
    expect(fromPortalDecimal('1234.56')).toBe('1234.56');
    expect(fromPortalDecimal('1.234,56')).toBe('1234.56');
    expect(fromPortalDecimal('1,234.56')).toBe('1234.56');
    expect(fromPortalDecimal('1.234.567')).toBe('1234567');
    expect(fromPortalDecimal('-0,50')).toBe('-0.50');
    expect(fromPortalDecimal('12,500')).toBe('12.500');
    expect(fromPortalDecimal(',5')).toBe('0.5');
    expect(fromPortalDecimal('')).toBeUndefined();
    expect(fromPortalDecimal('12 €')).toBeUndefined();
    expect(fromPortalDecimal('1,2,3')).toBeUndefined();
  });

  it('divide exactly with halves away from zero (unit price per base quantity)', () => {
    const price = parseFixed('30.0000');
    const base = parseFixed('3');
    if (price === undefined || base === undefined) throw new Error('unreadable');
    expect(toModelDecimal(divide(price, base, 6) ?? price)).toBe('10.000000');
    const third = divide(parseFixed('1') ?? price, base, 2);
    expect(third === undefined ? '' : toModelDecimal(third)).toBe('0.33');
    const half = divide(parseFixed('-1') ?? price, parseFixed('8') ?? base, 2);
    expect(half === undefined ? '' : toModelDecimal(half)).toBe('-0.13');
    expect(divide(price, { units: 0n, scale: 0 }, 2)).toBeUndefined();
  });
});

describe('dates', () => {
  it('go to dd/MM/yyyy and back, real dates only', () => {
    expect(toPortalDate('2026-01-31')).toBe('31/01/2026');
    expect(toPortalDate('2024-02-29')).toBe('29/02/2024');
    expect(toPortalDate('2026-02-29')).toBeUndefined();
    expect(fromPortalDate('31/01/2026')).toBe('2026-01-31');
    expect(fromPortalDate(' 5/1/2026 ')).toBe('2026-01-05');
    expect(fromPortalDate('31/04/2026')).toBeUndefined();
    expect(fromPortalDate('2026-01-31')).toBeUndefined();
  });
});

describe('options', () => {
  it('find a VAT rate by the label the clerk reads, whatever the value code', () => {
    expect(chooseVatRate('5.50', VAT_OPTIONS)).toEqual({ kind: 'listed', option: VAT_OPTIONS[3] });
    expect(chooseVatRate('20', VAT_OPTIONS)).toEqual({ kind: 'listed', option: VAT_OPTIONS[1] });
    expect(chooseVatRate('0.00', VAT_OPTIONS)).toEqual({ kind: 'listed', option: VAT_OPTIONS[5] });
    expect(chooseVatRate('8.5', VAT_OPTIONS)).toEqual({
      kind: 'manual',
      option: VAT_OPTIONS[6],
      rate: '8.5',
    });
    expect(chooseVatRate('8.5', VAT_OPTIONS.slice(0, 6))).toBeUndefined();
    // A list whose values follow the public API clients (`TVA5.5`) is read the same way.
    const apiStyle = [
      { value: 'TVA5.5', label: '5,5 %' },
      { value: 'TVA2.1', label: '2,1 %' },
    ];
    expect(chooseVatRate('5.5', apiStyle)).toEqual({ kind: 'listed', option: apiStyle[0] });
    expect(rateOfOption(VAT_OPTIONS[4] ?? { value: '', label: '' })).toBe('2.1');
    expect(rateOfOption(VAT_OPTIONS[6] ?? { value: '', label: '' })).toBe('manual');
  });

  it('find codes, numbers and labels, and refuse ambiguity', () => {
    const services = [
      { value: 'DIRFIN', label: 'DIRFIN - Direction des finances' },
      { value: 'DIR', label: 'DIR - Direction' },
    ];
    expect(findOption(services, [{ by: 'code', code: 'DIR' }])?.value).toBe('DIR');
    const frames = [
      { value: 'A1_FACTURE_FOURNISSEUR', label: "Dépôt par un fournisseur d'une facture" },
      { value: 'A12_FACTURE_COTRAITANT', label: "Dépôt par un cotraitant d'une facture" },
    ];
    expect(findOption(frames, [{ by: 'code', code: 'A1' }])?.value).toBe('A1_FACTURE_FOURNISSEUR');
    const accounts = [
      { value: '1', label: 'FR76 3000 4000 0100 0123 4567 830 - Compte principal' },
      { value: '2', label: 'FR76 1010 7000 1200 0987 6543 270 - Compte affacturage' },
    ];
    expect(
      findOption(accounts, [{ by: 'contains', text: 'FR76 1010 7000 1200 0987 6543 270' }])?.value,
    ).toBe('2');
    expect(findOption(accounts, [{ by: 'contains', text: 'FR76' }])).toBeUndefined();
    expect(
      findOption(accounts, [
        { by: 'contains', text: 'FR76' },
        { by: 'contains', text: 'FR7630004000010001234567830' },
      ])?.value,
    ).toBe('1');
  });
});

describe('codes', () => {
  it('map BT-3 to FACTURE / AVOIR and back', () => {
    expect(invoiceTypeWanted('381')).toEqual([
      { by: 'value', value: 'AVOIR' },
      { by: 'label', label: 'Avoir' },
    ]);
    expect(invoiceTypeWanted('386')?.[0]).toEqual({ by: 'value', value: 'FACTURE' });
    expect(invoiceTypeWanted('751')).toBeUndefined();
    expect(documentTypeOfPortal({ value: 'AVOIR', label: 'Avoir' })).toBe('381');
    expect(documentTypeOfPortal({ value: 'X', label: 'Facture' })).toBe('380');
  });

  it('map BT-81 to the six payment modes and back', () => {
    expect(paymentModeWanted('VIREMENT')).toEqual([
      { by: 'value', value: 'VIREMENT' },
      { by: 'label', label: 'Virement' },
    ]);
    const back = ['CHEQUE', 'PRELEVEMENT', 'VIREMENT', 'ESPECE', 'AUTRE', 'REPORT'].map((mode) =>
      paymentMeansOfPortal({ value: mode, label: '' }),
    );
    expect(back).toEqual(['20', '49', '30', '10', '57', '97']);
    expect(paymentMeansOfPortal({ value: '7', label: 'Espèces' })).toBe('10');
  });

  it('derive the VAT regime from the categories and BT-8, and read it back', () => {
    expect(vatRegimeOf('5', ['E', 'E'])).toBe('EXONERATION');
    expect(vatRegimeOf(undefined, ['O'])).toBe('SANS_TVA');
    expect(vatRegimeOf('72', ['S', 'E'])).toBe('TVA_SUR_ENCAISSEMENT');
    expect(vatRegimeOf('432', ['S'])).toBe('TVA_SUR_ENCAISSEMENT');
    expect(vatRegimeOf('3', ['S'])).toBe('TVA_SUR_DEBIT');
    expect(vatRegimeOf(undefined, ['S'])).toBeUndefined();
    expect(vatRegimeOfPortal({ value: '?', label: 'TVA sur les débits' })).toBe('TVA_SUR_DEBIT');
    expect(vatPointCodeOfRegime('TVA_SUR_ENCAISSEMENT')).toBe('432');
  });

  it('map units of measure both ways', () => {
    expect(portalUnitOf('HUR')).toBe('HEURE');
    expect(portalUnitOf('c62')).toBe('UNITE');
    expect(portalUnitOf('KMT')).toBeUndefined();
    expect(unitCodeOfPortal({ value: 'X', label: 'Mètre' })).toBe('MTR');
    expect(unitCodeOfPortal({ value: 'FORFAIT', label: '' })).toBe('LS');
  });
});
