import { describe, expect, it } from 'vitest';
import { type FillPlan, type FillStep, fillPlan } from '../../../shared/chorus/portal-plan';
import { parseSupplierProfile, type SupplierProfile } from '../../../shared/chorus/portal-profile';
import type { Invoice } from '../../../shared/model';
import sampleXml from '../../fixtures/facturx/EN16931/Facture_F20260023-LE_FOURNISSEUR-POUR-LE_CLIENT_EN_16931.xml?raw';
import { modelOfXml } from '../../support/model-of-xml';

function sample(): Invoice {
  return modelOfXml(sampleXml);
}

const PROFILE: SupplierProfile = {
  version: 1,
  id: 'acme',
  label: 'ACME',
  siret: '81234567600017',
  serviceCode: 'LYON',
  iban: 'FR7630004000010001234567830',
  defaults: {
    paymentMode: 'CHEQUE',
    vatRegime: 'TVA_SUR_DEBIT',
    validator: { siret: '21990001600011', serviceCode: 'DIRFIN' },
  },
};

function step(steps: readonly FillStep[], field: string): FillStep | undefined {
  return steps.find((candidate) => candidate.field === field);
}

/** The first way an option step looks for its option. */
function firstWanted(found: FillStep | undefined): unknown {
  return found?.value.kind === 'option' ? found.value.wanted[0] : undefined;
}

function codes(plan: FillPlan): string[] {
  return plan.notes.map((note) => note.code);
}

/** A small invoice with one line, to vary one thing at a time. */
function oneLine(
  overrides: Partial<Invoice> = {},
  line: NonNullable<Invoice['BG-25']>[number] = {},
): Invoice {
  return {
    'BT-1': 'F-1',
    'BT-2': '2026-03-02',
    'BT-3': '380',
    'BT-5': 'EUR',
    'BT-8': '3',
    'BG-4': { 'BT-27': 'Fournisseur', 'BT-29': [{ id: '81234567600017', scheme: '0009' }] },
    'BG-7': { 'BT-44': 'Commune', 'BT-47': { id: '219 900 016 00011', scheme: '0009' } },
    'BG-16': { 'BT-81': '30' },
    'BG-23': [{ 'BT-116': '100.00', 'BT-117': '20.00', 'BT-118': 'S', 'BT-119': '20' }],
    'BG-25': [
      {
        'BT-126': '1',
        'BT-129': '2',
        'BT-130': 'C62',
        'BT-131': '100.00',
        'BG-29': { 'BT-146': '50.00' },
        'BG-30': { 'BT-151': 'S', 'BT-152': '20.00' },
        'BG-31': { 'BT-153': 'Prestation' },
        ...line,
      },
    ],
    ...overrides,
  };
}

describe('fillPlan on the FNFE sample F20260023', () => {
  const plan = fillPlan(sample(), PROFILE);

  it('types the header in page order, the portal lookups after the lines', () => {
    expect(plan.header.map((s) => s.field)).toEqual([
      'cadre',
      'supplierStructure',
      'invoiceType',
      'currency',
      'invoiceNumber',
      'invoiceDate',
      'engagement',
      'market',
      'paymentMode',
      'vatRegime',
    ]);
    expect(plan.trailer.slice(0, 3).map((s) => s.field)).toEqual([
      'supplierService',
      'bankAccount',
      'serviceCode',
    ]);
    expect(step(plan.header, 'cadre')).toEqual({
      field: 'cadre',
      value: {
        kind: 'option',
        wanted: [
          { by: 'value', value: 'A1_FACTURE_FOURNISSEUR' },
          { by: 'code', code: 'A1' },
        ],
      },
      from: ['/BG-2/BT-23'],
    });
    expect(step(plan.header, 'invoiceDate')?.value).toEqual({ kind: 'date', value: '2026-01-31' });
    expect(firstWanted(step(plan.header, 'vatRegime'))).toEqual({
      by: 'value',
      value: 'TVA_SUR_ENCAISSEMENT',
    });
    expect(step(plan.header, 'vatRegime')?.from).toEqual(['/BT-8']);
    expect(firstWanted(step(plan.header, 'paymentMode'))).toEqual({
      by: 'value',
      value: 'VIREMENT',
    });
    expect(step(plan.header, 'paymentMode')?.from).toEqual(['/BG-16/BT-81']);
  });

  it('looks for the supplier by the profile SIRET first, the account by the invoice IBAN first', () => {
    expect(step(plan.header, 'supplierStructure')?.value).toEqual({
      kind: 'option',
      wanted: [
        { by: 'contains', text: '81234567600017' },
        { by: 'contains', text: '12345678200077' },
        { by: 'contains', text: '123456782' },
      ],
    });
    expect(step(plan.trailer, 'bankAccount')?.value).toEqual({
      kind: 'option',
      wanted: [
        { by: 'contains', text: 'FR20 1254 2547 2569 8542 5874 698' },
        { by: 'contains', text: 'FR7630004000010001234567830' },
      ],
    });
  });

  it('says what the form cannot hold: a SIREN where the SIRET goes, a preceding invoice outside a credit note', () => {
    expect(step(plan.header, 'recipientSiret')).toBeUndefined();
    expect(codes(plan)).toEqual(['recipient-siren-only', 'preceding-invoice-not-carried']);
    expect(plan.notes[0]?.message.fr).toContain('987654321');
    expect(plan.notes[0]?.at).toBe('/BG-7/BT-47');
  });

  it('prices each unit, and puts allowances less charges in the line discount so the page computes BT-131', () => {
    const [first, second, third] = plan.lines;
    expect(first?.steps.map((s) => s.field)).toEqual([
      'number',
      'reference',
      'designation',
      'quantity',
      'unit',
      'unitPrice',
      'vatRate',
      'netAmount',
    ]);
    expect(step(second?.steps ?? [], 'unitPrice')).toEqual({
      field: 'unitPrice',
      value: { kind: 'decimal', value: '10.000000' },
      from: ['/BG-25/1/BG-29/BT-146', '/BG-25/1/BG-29/BT-149'],
    });
    expect(step(second?.steps ?? [], 'discount')?.value).toEqual({
      kind: 'decimal',
      value: '2.00',
    });
    expect(step(third?.steps ?? [], 'discount')).toBeUndefined();
    expect(step(first?.steps ?? [], 'vatRate')?.value).toEqual({ kind: 'vat-rate', rate: '0.00' });
    expect(step(first?.steps ?? [], 'unit')?.value).toEqual({
      kind: 'option',
      wanted: [
        { by: 'value', value: 'UNITE' },
        { by: 'label', label: 'Unité' },
      ],
    });
  });

  it('sums the VAT breakdowns per rate for the recap (E and K both at 0 %)', () => {
    expect(plan.vatRecap).toEqual([
      { rate: '20.00', base: '11.00', vatAmount: '2.20', from: ['/BG-23/0'] },
      { rate: '0.00', base: '62.00', vatAmount: '0.00', from: ['/BG-23/1', '/BG-23/3'] },
      { rate: '10.00', base: '27.00', vatAmount: '2.70', from: ['/BG-23/2'] },
    ]);
    expect(plan.trailer.slice(3).map((s) => s.field)).toEqual([
      'totalWithoutVat',
      'totalVat',
      'totalWithVat',
      'amountDue',
    ]);
  });
});

describe('fillPlan', () => {
  it('reads the recipient SIRET with spaces, and fills the original invoice of a credit note', () => {
    const plan = fillPlan(oneLine({ 'BT-3': '381', 'BG-3': [{ 'BT-25': 'F-0' }] }));
    expect(step(plan.header, 'recipientSiret')?.value).toEqual({
      kind: 'text',
      text: '21990001600011',
    });
    expect(firstWanted(step(plan.header, 'invoiceType'))).toEqual({ by: 'value', value: 'AVOIR' });
    expect(step(plan.header, 'originalInvoice')).toEqual({
      field: 'originalInvoice',
      value: { kind: 'text', text: 'F-0' },
      from: ['/BG-3/0/BT-25'],
    });
    expect(codes(plan)).toEqual([]);
  });

  it('takes the profile defaults when the invoice is silent, and the validator of frames A9 and A12', () => {
    const silent = oneLine({ 'BG-2': { 'BT-23': 'A9' }, 'BG-16': {}, 'BT-8': undefined });
    const plan = fillPlan(silent, PROFILE);
    expect(firstWanted(step(plan.header, 'paymentMode'))).toEqual({ by: 'value', value: 'CHEQUE' });
    expect(step(plan.header, 'paymentMode')?.from).toEqual(['profile.defaults.paymentMode']);
    expect(step(plan.header, 'vatRegime')?.from).toEqual(['profile.defaults.vatRegime']);
    expect(step(plan.header, 'validatorSiret')?.value).toEqual({
      kind: 'text',
      text: '21990001600011',
    });
    expect(step(plan.header, 'validatorService')?.value).toEqual({ kind: 'text', text: 'DIRFIN' });
    const withoutProfile = fillPlan(silent);
    expect(codes(withoutProfile)).toEqual([
      'validator-missing',
      'payment-mode-missing',
      'vat-regime-missing',
    ]);
    expect(firstWanted(step(withoutProfile.header, 'cadre'))).toEqual({
      by: 'value',
      value: 'A9_FACTURE_SOUSTRAITANT',
    });
  });

  it('uses the profile frame only when the invoice states none, and flags frames outside this form', () => {
    const plan = fillPlan(oneLine(), { ...PROFILE, defaults: { cadre: 'A2' } });
    expect(step(plan.header, 'cadre')?.from).toEqual(['profile.defaults.cadre']);
    const other = fillPlan(oneLine({ 'BG-2': { 'BT-23': 'A4' } }));
    expect(codes(other)).toContain('frame-not-on-form');
  });

  it('chooses EXONERATION with its reason when every category is exempt', () => {
    const exempt = oneLine(
      {
        'BG-23': [
          {
            'BT-116': '100.00',
            'BT-117': '0.00',
            'BT-118': 'E',
            'BT-119': '0',
            'BT-120': 'Article 261 du CGI',
          },
        ],
      },
      { 'BG-30': { 'BT-151': 'E' } },
    );
    const plan = fillPlan(exempt);
    expect(firstWanted(step(plan.header, 'vatRegime'))).toEqual({
      by: 'value',
      value: 'EXONERATION',
    });
    expect(step(plan.header, 'vatRegime')?.from).toEqual(['/BG-23']);
    expect(step(plan.header, 'exemptionReason')?.value).toEqual({
      kind: 'text',
      text: 'Article 261 du CGI',
    });
    expect(step(plan.lines[0]?.steps ?? [], 'vatRate')?.value).toEqual({
      kind: 'vat-rate',
      rate: '0',
    });
  });

  it('puts the net amount in the unit price when charges exceed allowances (the form has no line charge)', () => {
    const plan = fillPlan(
      oneLine({}, { 'BT-129': '3', 'BT-131': '100.00', 'BG-29': { 'BT-146': '30.00' } }),
    );
    const steps = plan.lines[0]?.steps ?? [];
    expect(step(steps, 'unitPrice')?.value).toEqual({ kind: 'decimal', value: '33.333333' });
    expect(step(steps, 'discount')).toBeUndefined();
    expect(codes(plan)).toEqual(['line-charges-in-price']);
  });

  it('leaves out what the form cannot take, and says so', () => {
    const longNotes = Array.from({ length: 5 }, (_, i) => ({
      'BT-22': `Note libre numéro ${i} `.repeat(3),
    }));
    const plan = fillPlan(
      oneLine(
        { 'BG-1': longNotes, 'BT-3': '751' },
        { 'BT-126': 'LINE-000001', 'BT-130': 'KMT', 'BT-129': '1.234567', 'BT-131': '61.73' },
      ),
    );
    expect(codes(plan)).toEqual([
      'type-not-accepted',
      'line-number-too-long',
      'quantity-rounded',
      'unit-not-listed',
      'comment-too-long',
    ]);
    expect(step(plan.trailer, 'comment')).toBeUndefined();
    expect(step(plan.lines[0]?.steps ?? [], 'number')).toBeUndefined();
  });

  it('joins the free notes into the comment, and attaches the main document as the main piece', () => {
    const plan = fillPlan(
      oneLine({
        'BG-1': [
          { 'BT-21': 'PMT', 'BT-22': 'Indemnité 40 EUR' },
          { 'BT-22': 'Merci.' },
          { 'BT-22': 'Livraison lundi.' },
        ],
      }),
      undefined,
      { mainDocument: { filename: 'F-1.pdf', mimeCode: 'application/pdf', content: 'JVBERi0=' } },
    );
    expect(step(plan.trailer, 'comment')).toEqual({
      field: 'comment',
      value: { kind: 'text', text: 'Merci.\nLivraison lundi.' },
      from: ['/BG-1/1/BT-22', '/BG-1/2/BT-22'],
    });
    expect(firstWanted(step(plan.trailer, 'attachmentType'))).toEqual({
      by: 'value',
      value: 'FACTURE',
    });
  });
});

describe('SupplierProfileSchema', () => {
  it('accepts a version 1 profile and names the bad values of another', () => {
    expect(parseSupplierProfile(PROFILE)).toEqual({ ok: true, profile: PROFILE });
    const bad = parseSupplierProfile({
      ...PROFILE,
      version: 2,
      siret: '812 345 676 00017',
      extra: true,
    });
    expect(bad.ok).toBe(false);
    expect(bad.ok ? [] : bad.issues.map((issue) => issue.path).sort()).toEqual([
      '',
      '/siret',
      '/version',
    ]);
  });
});
