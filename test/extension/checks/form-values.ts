/**
 * The portal form's values as the read-back gives them, for the live checks' tests: the FNFE
 * sample F20260023 as the filler enters it on the replica (posted values of
 * test/e2e/fill-invoice.test.ts, with the labels the replica shows), and helpers to change them.
 */
import type { PortalFormValues, PortalRawValue } from '../../../shared/chorus/portal-model';

export const NBSP = '\u00a0';

export const v = (value: string, label?: string): PortalRawValue =>
  label === undefined ? { value } : { value, label };
export const off: PortalRawValue = { value: '', disabled: true };

type Line = PortalFormValues['lines'][number];
type Recap = PortalFormValues['vatRecap'][number];

export function line(
  n: number,
  values: {
    designation: string;
    quantity: string;
    price: string;
    rate: [string, string];
    net: string;
    discount?: string;
    reference?: string;
  },
): Line {
  return {
    number: v(String(n)),
    reference: v(values.reference ?? ''),
    designation: v(values.designation),
    quantity: v(values.quantity),
    unit: v('UNITE', 'Unité'),
    unitPrice: v(values.price),
    discount: v(values.discount ?? ''),
    vatRate: v(values.rate[0], values.rate[1]),
    manualVatRate: off,
    netAmount: v(values.net),
  };
}

export function recap(rate: string, base: string, vat: string): Recap {
  return { rate: v(rate), base: v(base), vatAmount: v(vat) };
}

/** F20260023 on the replica: 3 lines, a recap carrying the invoice's document allowances and charges. */
export function sampleForm(): PortalFormValues {
  return {
    fields: {
      cadre: v('A1_FACTURE_FOURNISSEUR', "Dépôt par un fournisseur d'une facture"),
      validatorSiret: off,
      validatorService: off,
      supplierStructure: v('25894613', '81234567600017 - ACME CONSEIL'),
      supplierService: v('31002', 'LYON - Agence de Lyon'),
      bankAccount: v('1', 'FR76 3000 4000 0100 0123 4567 830 - Compte principal'),
      recipientSiret: v('21990001600011'),
      recipientName: v('COMMUNE DE VAL-FLEURI'),
      serviceCode: v('DIRFIN', 'DIRFIN - Direction des finances'),
      invoiceType: v('FACTURE', 'Facture'),
      currency: v('EUR', 'EUR - Euro'),
      invoiceNumber: v('F20260023'),
      invoiceDate: v('31/01/2026'),
      engagement: v('PO201925478'),
      market: v('CT2018120802'),
      paymentMode: v('VIREMENT', 'Virement'),
      vatRegime: v('TVA_SUR_ENCAISSEMENT', 'TVA sur les encaissements'),
      exemptionReason: off,
      originalInvoice: off,
      totalWithoutVat: v('100,00'),
      totalVat: v('4,90'),
      totalWithVat: v('104,90'),
      globalDiscount: v(''),
      globalDiscountReason: off,
      amountDue: v('104,90'),
      attachmentFile: v('F20260023.pdf'),
      attachmentType: v('PIECE_COMPLEMENTAIRE', 'Pièce complémentaire'),
      comment: v('Livraison du 28/01/2026.'),
    },
    lines: [
      line(1, {
        designation: 'PRESTATION SUPPORT',
        reference: 'ART_1254',
        quantity: '1',
        price: '60,00',
        rate: ['TVA0', '0 %'],
        net: '60,00',
      }),
      line(2, {
        designation: 'FOURNITURES PAPIER',
        reference: 'ART_9874',
        quantity: '3',
        price: '10,00',
        discount: '2,00',
        rate: ['TVA10', '10 %'],
        net: '28,00',
      }),
      line(3, {
        designation: 'APPEL',
        quantity: '1',
        price: '7,00',
        rate: ['TVA20', '20 %'],
        net: '7,00',
      }),
    ],
    vatRecap: [
      recap('20 %', '11,00', '2,20'),
      recap('10 %', '27,00', '2,70'),
      recap('0 %', '62,00', '0,00'),
    ],
  };
}

/** A simple, sound form: one line at 20 %, recap and totals that add up. */
export function simpleForm(): PortalFormValues {
  const sample = sampleForm();
  return {
    fields: {
      ...sample.fields,
      totalWithoutVat: v(`1${NBSP}250,00`),
      totalVat: v('250,00'),
      totalWithVat: v(`1${NBSP}500,00`),
      amountDue: v(`1${NBSP}500,00`),
    },
    lines: [
      line(1, {
        designation: 'Audit',
        quantity: '10',
        price: '125,00',
        rate: ['TVA20', '20 %'],
        net: `1${NBSP}250,00`,
      }),
    ],
    vatRecap: [recap('20 %', `1${NBSP}250,00`, '250,00')],
  };
}

export function withFields(
  form: PortalFormValues,
  fields: PortalFormValues['fields'],
): PortalFormValues {
  return { ...form, fields: { ...form.fields, ...fields } };
}
