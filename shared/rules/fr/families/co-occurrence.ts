/**
 * BR-FR-CO-03 to -09 and -12: what a document type or a billing frame requires of the rest of
 * the invoice.
 */
import type { LocalizedText } from '../../../i18n/text';
import type { Rule, Violation } from '../../rule';
import {
  CORRECTIVE_TYPES,
  CREDIT_TYPES,
  FINAL_AFTER_PREPAYMENT_FRAMES,
  PAID_FRAMES,
  PREPAYMENT_TYPES,
} from '../codes';
import type { PrecedingReference, Value } from '../facts';
import { xpathNumber } from '../lexical';
import { frRule, shown, violation } from '../report';

/** The first value among `values` that is in `codes` (XPath `$x = (…)` over every occurrence). */
function firstIn(values: readonly Value[], codes: ReadonlySet<string>): Value | undefined {
  return values.find((v) => codes.has(v.text));
}

/** `string($x)`: the first occurrence's text is not empty. */
function given(value: Value | undefined): boolean {
  return value !== undefined && value.text !== '';
}

/** A reference naming both the invoice number and its date. */
function isComplete(reference: PrecedingReference): boolean {
  return reference.numbers.length > 0 && reference.dates.length > 0;
}

const BR_FR_CO_03 = frRule({
  id: 'BR-FR-CO-03',
  bt: ['BT-3', 'BT-12', 'BT-73', 'BT-74'],
  message: {
    fr: 'Avoir de remise globale (262) : indiquez le numéro de contrat (BT-12) et la période de facturation, début et fin (BT-73, BT-74).',
    en: 'Global rebate credit note (262): give the contract number (BT-12) and the invoicing period, start and end (BT-73, BT-74).',
  },
  check: (facts) => {
    const type = facts.typeCodes.find((v) => v.text === '262');
    if (type === undefined) return [];
    const missing: LocalizedText[] = [];
    if (!given(facts.contractReference))
      missing.push({ fr: 'le numéro de contrat (BT-12)', en: 'the contract number (BT-12)' });
    if (!given(facts.periodStart))
      missing.push({
        fr: 'le début de la période de facturation (BT-73)',
        en: 'the invoicing period start (BT-73)',
      });
    if (!given(facts.periodEnd))
      missing.push({
        fr: 'la fin de la période de facturation (BT-74)',
        en: 'the invoicing period end (BT-74)',
      });
    if (missing.length === 0) return [];
    return [
      violation(facts, type.place, 'BR-FR-CO-03_BT-3', {
        fr: `Avoir de remise globale (type 262) : indiquez ${missing.map((m) => m.fr).join(', ')}.`,
        en: `Global rebate credit note (type 262): give ${missing.map((m) => m.en).join(', ')}.`,
      }),
    ];
  },
});

const BR_FR_CO_04 = frRule({
  id: 'BR-FR-CO-04',
  bt: ['BT-3', 'BT-25'],
  message: {
    fr: 'Facture rectificative : indiquez une et une seule facture d’origine (BG-3).',
    en: 'Corrective invoice: reference exactly one original invoice (BG-3).',
  },
  check: (facts) => {
    const type = firstIn(facts.typeCodes, CORRECTIVE_TYPES);
    const count = facts.precedingInvoices.length;
    if (type === undefined || count === 1) return [];
    return [
      violation(facts, type.place, 'BR-FR-CO-04_BT-4', {
        fr: `Facture rectificative (type ${type.text}) : elle doit citer une et une seule facture d'origine (numéro BT-25 et date BT-26) ; elle en cite ${count}.`,
        en: `Corrective invoice (type ${type.text}): it must reference exactly one original invoice (number BT-25 and date BT-26); it references ${count}.`,
      }),
    ];
  },
});

const BR_FR_CO_05 = frRule({
  id: 'BR-FR-CO-05',
  bt: ['BT-3', 'BT-25', 'BT-26', 'EXT-FR-FE-136', 'EXT-FR-FE-138'],
  message: {
    fr: "Avoir : indiquez la facture d'origine (numéro et date), en en-tête ou sur chaque ligne.",
    en: 'Credit note: give the original invoice (number and date), in the header or on every line.',
  },
  check: (facts) => {
    const type = firstIn(facts.typeCodes, CREDIT_TYPES);
    if (type === undefined) return [];
    if (facts.precedingInvoices.some(isComplete)) return [];
    // Lines without a sub-type or of sub-type DETAIL each need their own reference. A credit
    // note without such lines passes, as in both official files.
    const unreferenced = facts.lines.filter(
      (line) =>
        (line.subType === undefined || line.subType.text === 'DETAIL') &&
        !line.precedingInvoices.some(isComplete),
    );
    if (unreferenced.length === 0) return [];
    const labels = unreferenced
      .slice(0, 5)
      .map((l) => l.label)
      .join(', ');
    return [
      violation(facts, type.place, 'BR-FR-CO-05_BT-3', {
        fr: `Avoir (type ${type.text}) : indiquez la facture d'origine (numéro BT-25 et date BT-26) en en-tête, ou sur chaque ligne ; lignes sans référence : ${labels}${unreferenced.length > 5 ? '…' : ''}.`,
        en: `Credit note (type ${type.text}): give the original invoice (number BT-25 and date BT-26) in the header, or on every line; lines without one: ${labels}${unreferenced.length > 5 ? '…' : ''}.`,
      }),
    ];
  },
});

const BR_FR_CO_07 = frRule({
  id: 'BR-FR-CO-07',
  bt: ['BT-9', 'BT-2', 'BT-3', 'BT-23'],
  message: {
    fr: 'La date d’échéance (BT-9) ne peut pas précéder la date de facture (BT-2).',
    en: 'The due date (BT-9) cannot be before the invoice date (BT-2).',
  },
  check: (facts) => {
    const { dueDate, issueDate } = facts;
    if (!given(dueDate) || dueDate === undefined) return [];
    if (firstIn(facts.typeCodes, PREPAYMENT_TYPES) || firstIn(facts.frames, PAID_FRAMES)) return [];
    // Same-format dates compare as strings, as XPath compares them here.
    if (issueDate !== undefined && dueDate.text >= issueDate.text) return [];
    return [
      violation(facts, dueDate.place, 'BR-FR-CO-07_BT-9', {
        fr: `La date d'échéance (BT-9) ${shown(dueDate.text).fr} est antérieure à la date de facture (BT-2) ${shown(issueDate?.text).fr} ; corrigez l'une des deux (seuls un acompte ou une facture déjà payée, cadres B2/S2/M2, font exception).`,
        en: `The due date (BT-9) ${shown(dueDate.text).en} is before the invoice date (BT-2) ${shown(issueDate?.text).en}; correct one of them (only prepayment invoices and already-paid invoices, frames B2/S2/M2, are exempt).`,
      }),
    ];
  },
});

const BR_FR_CO_08 = frRule({
  id: 'BR-FR-CO-08',
  bt: ['BT-23', 'BT-3'],
  message: {
    fr: 'Le cadre B4/S4/M4 (facture définitive après acompte) est incompatible avec un type de facture d’acompte (386, 500, 503).',
    en: 'Frame B4/S4/M4 (final invoice after prepayment) cannot be used with a prepayment type (386, 500, 503).',
  },
  check: (facts) => {
    const frame = firstIn(facts.frames, FINAL_AFTER_PREPAYMENT_FRAMES);
    const type = firstIn(facts.typeCodes, PREPAYMENT_TYPES);
    if (frame === undefined || type === undefined) return [];
    return [
      violation(facts, frame.place, 'BR-FR-CO-08_BT-23', {
        fr: `Le cadre ${frame.text} désigne la facture définitive après acompte, mais le type de document ${type.text} est une facture d'acompte : changez le cadre ou le type.`,
        en: `Frame ${frame.text} is the final invoice after a prepayment, but document type ${type.text} is a prepayment invoice: change the frame or the type.`,
      }),
    ];
  },
});

const BR_FR_CO_09 = frRule({
  id: 'BR-FR-CO-09',
  bt: ['BT-23', 'BT-113', 'BT-112', 'BT-115', 'BT-9'],
  message: {
    fr: 'Facture déjà payée (cadre B2, S2, M2) : montant payé = total TTC, net à payer = 0 et date de paiement en date d’échéance.',
    en: 'Already-paid invoice (frame B2, S2, M2): paid amount = total with VAT, amount due = 0 and the payment date as due date.',
  },
  check: (facts) => {
    const frame = firstIn(facts.frames, PAID_FRAMES);
    if (frame === undefined) return [];
    const found: Violation[] = [];
    const paid = facts.paidAmount;
    const total = facts.totalWithVat;
    if (xpathNumber(paid?.text) !== xpathNumber(total?.text)) {
      found.push(
        violation(facts, paid?.place ?? total?.place ?? frame.place, 'BR-FR-CO-09_BT-23-1', {
          fr: `Facture déjà payée (cadre ${frame.text}) : le montant payé (BT-113, ${shown(paid?.text).fr}) doit être égal au total TTC (BT-112, ${shown(total?.text).fr}).`,
          en: `Already-paid invoice (frame ${frame.text}): the paid amount (BT-113, ${shown(paid?.text).en}) must equal the total with VAT (BT-112, ${shown(total?.text).en}).`,
        }),
      );
    }
    const due = facts.amountDue;
    if (xpathNumber(due?.text) !== 0) {
      found.push(
        violation(facts, due?.place ?? frame.place, 'BR-FR-CO-09_BT-23-2', {
          fr: `Facture déjà payée (cadre ${frame.text}) : le net à payer (BT-115) doit être 0 ; il est ${shown(due?.text).fr}.`,
          en: `Already-paid invoice (frame ${frame.text}): the amount due (BT-115) must be 0; it is ${shown(due?.text).en}.`,
        }),
      );
    }
    if (!given(facts.dueDate)) {
      found.push(
        violation(facts, facts.dueDate?.place ?? frame.place, 'BR-FR-CO-09_BT-23-3', {
          fr: `Facture déjà payée (cadre ${frame.text}) : indiquez la date du paiement comme date d'échéance (BT-9).`,
          en: `Already-paid invoice (frame ${frame.text}): give the payment date as the due date (BT-9).`,
        }),
      );
    }
    return found;
  },
});

const BR_FR_CO_12 = frRule({
  id: 'BR-FR-CO-12',
  bt: ['BT-5', 'BT-6', 'BT-111'],
  message: {
    fr: 'Facture en devise étrangère : la devise de comptabilisation de la TVA (BT-6) doit être EUR et le total de TVA en euros (BT-111) indiqué.',
    en: 'Invoice in a foreign currency: the VAT accounting currency (BT-6) must be EUR and the VAT total in euros (BT-111) given.',
  },
  check: (facts) => {
    const currency = facts.invoiceCurrencies.find((c) => c.text !== 'EUR');
    if (currency === undefined) return [];
    const inEuro = facts.accountingCurrencies.some((c) => c.text === 'EUR');
    if (inEuro && given(facts.vatTotalInEuro)) return [];
    return [
      violation(facts, currency.place, 'BR-FR-CO-12_BT-5', {
        fr: `Facture en ${shown(currency.text).fr} : indiquez EUR comme devise de comptabilisation de la TVA (BT-6) et le montant total de la TVA en euros (BT-111).`,
        en: `Invoice in ${shown(currency.text).en}: give EUR as VAT accounting currency (BT-6) and the total VAT amount in euros (BT-111).`,
      }),
    ];
  },
});

export const CO_OCCURRENCE_RULES: readonly Rule[] = [
  BR_FR_CO_03,
  BR_FR_CO_04,
  BR_FR_CO_05,
  BR_FR_CO_07,
  BR_FR_CO_08,
  BR_FR_CO_09,
  BR_FR_CO_12,
];
