/**
 * Document totals (BG-22): the mandatory totals (BR-12…BR-15), the VAT total in accounting
 * currency (BR-53) and the calculations BR-CO-10…BR-CO-16.
 *
 * Each calculation follows its schematron exactly. The UBL artefact casts every amount to
 * xs:decimal (exact arithmetic); the CII artefact does so for BR-CO-13, BR-CO-15 and BR-CO-16, but
 * sums untyped amounts in BR-CO-10, BR-CO-11, BR-CO-12 and BR-CO-14, which XPath does in binary
 * floating point (xs:double), then rounds to cents: reproduced, so that a rounding case judged
 * valid by the artefact is valid here too (the official example CII-BR-CO-10-RoundingIssue.xml),
 * and no other. A model that did not come from XML is judged with exact arithmetic.
 */
import type { LocalizedText } from '../../../i18n/text';
import type { Decimal, DocumentTotals, InvoiceLine } from '../../../model';
import { NS } from '../../../syntax/namespaces';
import { attr, child, children, select, textOf, type XmlElement } from '../../../xml';
import { NONE, type Rule, type RuleContext, type Violation } from '../../rule';
import { businessRule, eachChecked, missing, text } from './define';
import { currencyOf, exists, isPresent, variantOf } from './facts';
import {
  decimalOfDouble,
  isAbsent,
  type Operand,
  operand,
  roundCents,
  roundDouble,
  shown,
  sumDecimals,
  sumDoubles,
  sumTermDecimals,
  sumTermDoubles,
  type TermOfEach,
  xsDecimal,
  xsDouble,
} from './xpath-numbers';

type TotalTerm = keyof DocumentTotals;

function total(c: RuleContext, term: TotalTerm): Operand {
  return operand(c, `/BG-22/${term}`, c.invoice['BG-22']?.[term]);
}

/**
 * Whether the totals' rules have their context: in UBL BR-12…BR-15, BR-CO-10…BR-CO-13 and
 * BR-CO-16 run on cac:LegalMonetaryTotal, which the model cannot tell from a BG-22 holding only
 * the VAT total (BT-110 is read from cac:TaxTotal).
 */
function totalsChecked(c: RuleContext): boolean {
  if (c.invoice['BG-22'] === undefined) return false;
  if (c.xml?.syntax !== 'ubl') return true;
  return child(c.xml.document.root, NS.cac, 'LegalMonetaryTotal') !== undefined;
}

function mandatoryTotal(id: string, term: TotalTerm, name: LocalizedText): Rule {
  return businessRule({
    id,
    bt: [term],
    message: text(`Indiquez ${name.fr} (${term}).`, `Give the ${name.en} (${term}).`),
    check: (c) => {
      const totals = c.invoice['BG-22'];
      if (totals === undefined || !totalsChecked(c)) return NONE;
      // Both schematrons only ask that the element be there.
      return missing(c, `/BG-22/${term}`, totals[term], 'exists');
    },
  });
}

/** Both amounts are there and worth the same (as xs:decimal). */
function equalAmounts(a: Operand, b: Operand): boolean {
  const x = xsDecimal(a);
  const y = xsDecimal(b);
  return x !== undefined && y !== undefined && x.equals(y);
}

/** A calculation that does not hold: at the stated total, with both values when there are two. */
function mismatch(
  at: string,
  stated: Decimal | number | undefined,
  expected: Decimal | number | undefined,
  say: (stated: string, expected: string) => LocalizedText,
): readonly Violation[] {
  if (stated === undefined || expected === undefined) return [{ at }];
  return [{ at, message: say(shown(stated), shown(expected)) }];
}

/** `round(x * 10 * 10) div 100` on a double, as the CII sums are computed. */
/** UBL `cac:TaxTotal` elements with subtotals, their first own TaxAmount and their subtotals' amounts. */
function ublTaxTotalsWithSubtotals(root: XmlElement) {
  const found: { total: XmlElement; stated: string | undefined; subtotals: string[] }[] = [];
  for (const total of children(root, NS.cac, 'TaxTotal')) {
    const subtotals = children(total, NS.cac, 'TaxSubtotal');
    if (subtotals.length === 0) continue;
    const amount = child(total, NS.cbc, 'TaxAmount');
    found.push({
      total,
      stated: amount === undefined ? undefined : textOf(amount),
      subtotals: subtotals.flatMap((sub) => {
        const amount = child(sub, NS.cbc, 'TaxAmount');
        return amount === undefined ? [] : [textOf(amount) ?? ''];
      }),
    });
  }
  return found;
}

/**
 * BR-CO-15 wants exactly one VAT total in the invoice currency. The model keeps the first one
 * only, so the count is read from the XML when there is one.
 */
function repeatedVatTotals(c: RuleContext): Violation | undefined {
  const currency = c.invoice['BT-5'];
  if (c.xml === undefined || currency === undefined) return undefined;
  const root = c.xml.document.root;
  // UBL: `cac:TaxTotal/cbc:TaxAmount`, read child by child (no path evaluation over every line).
  const all =
    c.xml.syntax === 'ubl'
      ? children(root, NS.cac, 'TaxTotal').flatMap((total) => children(total, NS.cbc, 'TaxAmount'))
      : select(
          root,
          'rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:SpecifiedTradeSettlementHeaderMonetarySummation/ram:TaxTotalAmount',
        );
  const amounts = all.filter((amount) => attr(amount, 'currencyID') === currency);
  if (amounts.length <= 1) return undefined;
  return {
    node: amounts[1] ?? amounts[0],
    message: text(
      `Le montant total de TVA dans la devise de la facture (${currency}) est donné ${amounts.length} fois : il doit l'être une seule fois (BT-110).`,
      `The total VAT amount in the invoice currency (${currency}) is given ${amounts.length} times: it must be given once (BT-110).`,
    ),
  };
}

const CII_SETTLEMENT =
  '/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement';

function roundCentsDouble(value: number): number {
  return roundDouble(value * 10 * 10) / 100;
}

/**
 * BR-CO-11 / BR-CO-12: a document-level sum (BT-107, BT-108) equals the sum of the allowance or
 * charge amounts, rounded to cents; without allowances (charges), the sum may be left out.
 */
function documentSumRule(
  id: string,
  sumTerm: 'BT-107' | 'BT-108',
  group: 'BG-20' | 'BG-21',
  amountTerm: 'BT-92' | 'BT-99',
  amountsOf: (c: RuleContext) => readonly (string | undefined)[],
  words: {
    readonly fr: string;
    readonly en: string;
    readonly sumFr: string;
    readonly sumEn: string;
  },
): Rule {
  return businessRule({
    id,
    bt: [sumTerm, amountTerm],
    message: text(
      `${words.sumFr} (${sumTerm}) doit valoir la somme des montants des ${words.fr} (${amountTerm}).`,
      `The ${words.sumEn} (${sumTerm}) must be the sum of the ${words.en} amounts (${amountTerm}).`,
    ),
    check: (c) => {
      if (!totalsChecked(c)) return NONE;
      const items = amountsOf(c).map((amount, index) =>
        operand(c, `/${group}/${index}/${amountTerm}`, amount),
      );
      const statedOp = total(c, sumTerm);
      const at = `/BG-22/${sumTerm}`;
      if (isAbsent(statedOp) && items.length === 0) return NONE;
      const say = (stated: string, expected: string) =>
        text(
          `${words.sumFr} (${sumTerm}) vaut ${stated} mais les ${words.fr} (${amountTerm}) totalisent ${expected}.`,
          `The ${words.sumEn} (${sumTerm}) is ${stated} but the ${words.en} amounts (${amountTerm}) add up to ${expected}.`,
        );
      if (isAbsent(statedOp)) {
        return [
          {
            at,
            message: text(
              `Le document comporte des ${words.fr} : indiquez leur somme (${sumTerm}).`,
              `The document has ${words.en}s: give their sum (${sumTerm}).`,
            ),
          },
        ];
      }
      if (variantOf(c) === 'cii') {
        const stated = xsDouble(statedOp);
        const expected = items.length === 0 ? 0 : roundCentsDouble(sumDoubles(items));
        return stated === expected ? NONE : mismatch(at, stated, expected, say);
      }
      const stated = xsDecimal(statedOp);
      const expected = roundCents(sumDecimals(items));
      return stated?.equals(expected) ? NONE : mismatch(at, stated, expected, say);
    },
  });
}

export const TOTAL_RULES: readonly Rule[] = [
  mandatoryTotal(
    'BR-12',
    'BT-106',
    text('la somme des montants nets des lignes', 'sum of invoice line net amounts'),
  ),
  mandatoryTotal('BR-13', 'BT-109', text('le montant total hors TVA', 'invoice total without VAT')),
  mandatoryTotal(
    'BR-14',
    'BT-112',
    text('le montant total TVA comprise', 'invoice total with VAT'),
  ),
  mandatoryTotal('BR-15', 'BT-115', text('le montant à payer', 'amount due for payment')),
  businessRule({
    id: 'BR-53',
    bt: ['BT-111', 'BT-6'],
    message: text(
      'Une devise de comptabilisation de la TVA (BT-6) est indiquée : donnez aussi le montant total de TVA dans cette devise (BT-111).',
      'A VAT accounting currency (BT-6) is given: also give the total VAT amount in that currency (BT-111).',
    ),
    check: (c) => {
      const taxCurrency = currencyOf(c, 'BT-6');
      if (taxCurrency === undefined) return NONE;
      const hasAmount = isPresent(c, '/BG-22/BT-111', c.invoice['BG-22']?.['BT-111']);
      if (variantOf(c) !== 'cii') return hasAmount ? NONE : [{ at: '/BG-22/BT-111' }];
      // CII: checked from the totals, and the accounting currency must differ from the invoice's.
      if (c.invoice['BG-22'] === undefined) return NONE;
      if (taxCurrency === currencyOf(c, 'BT-5')) {
        return [
          {
            at: '/BT-6',
            message: text(
              `La devise de comptabilisation de la TVA (BT-6) est la devise de la facture (${taxCurrency}) : ne l'indiquez que si elle est différente.`,
              `The VAT accounting currency (BT-6) is the invoice currency (${taxCurrency}): give it only when it differs.`,
            ),
          },
        ];
      }
      return hasAmount ? NONE : [{ at: '/BG-22/BT-111' }];
    },
  }),
  businessRule({
    id: 'BR-CO-10',
    bt: ['BT-106', 'BT-131'],
    message: text(
      'La somme des montants nets des lignes (BT-106) doit valoir le total des montants nets de chaque ligne (BT-131).',
      'The sum of line net amounts (BT-106) must equal the total of each line net amount (BT-131).',
    ),
    check: (c) => {
      if (!totalsChecked(c)) return NONE;
      const lines: TermOfEach<InvoiceLine> = {
        items: c.invoice['BG-25'] ?? [],
        termOf: (line) => line['BT-131'],
        at: (index) => `/BG-25/${index}/BT-131`,
      };
      const stated = xsDecimal(total(c, 'BT-106'));
      let expected: Decimal | undefined;
      if (variantOf(c) === 'cii') {
        // xs:decimal(sum(untyped amounts)): a double sum, then its exact decimal value.
        const sum = decimalOfDouble(sumTermDoubles(c, lines));
        expected = sum === undefined ? undefined : roundCents(sum);
      } else {
        expected = roundCents(sumTermDecimals(c, lines));
      }
      if (stated !== undefined && expected !== undefined && stated.equals(expected)) return NONE;
      return mismatch('/BG-22/BT-106', stated, expected, (s, e) =>
        text(
          `La somme des montants nets des lignes (BT-106) vaut ${s} mais les lignes (BT-131) totalisent ${e}.`,
          `The sum of line net amounts (BT-106) is ${s} but the lines (BT-131) add up to ${e}.`,
        ),
      );
    },
  }),
  documentSumRule(
    'BR-CO-11',
    'BT-107',
    'BG-20',
    'BT-92',
    (c) => (c.invoice['BG-20'] ?? []).map((allowance) => allowance['BT-92']),
    {
      fr: 'remises au niveau du document',
      en: 'document level allowance',
      sumFr: 'La somme des remises au niveau du document',
      sumEn: 'sum of document level allowances',
    },
  ),
  documentSumRule(
    'BR-CO-12',
    'BT-108',
    'BG-21',
    'BT-99',
    (c) => (c.invoice['BG-21'] ?? []).map((charge) => charge['BT-99']),
    {
      fr: 'charges au niveau du document',
      en: 'document level charge',
      sumFr: 'La somme des charges au niveau du document',
      sumEn: 'sum of document level charges',
    },
  ),
  businessRule({
    id: 'BR-CO-13',
    bt: ['BT-109', 'BT-106', 'BT-107', 'BT-108'],
    message: text(
      'Le total hors TVA (BT-109) doit valoir la somme des lignes (BT-106) moins les remises (BT-107) plus les charges (BT-108) au niveau du document.',
      'The total without VAT (BT-109) must be the sum of lines (BT-106) minus document allowances (BT-107) plus document charges (BT-108).',
    ),
    check: (c) => {
      if (!totalsChecked(c)) return NONE;
      const allowancesOp = total(c, 'BT-107');
      const chargesOp = total(c, 'BT-108');
      const stated = xsDecimal(total(c, 'BT-109'));
      const lines = xsDecimal(total(c, 'BT-106'));
      const allowances = xsDecimal(allowancesOp);
      const charges = xsDecimal(chargesOp);
      let expected: Decimal | undefined;
      if (lines !== undefined) {
        const raw = lines.minus(allowances ?? 0).plus(charges ?? 0);
        // UBL compares with BT-106 itself, unrounded, when there is neither sum; CII rounds.
        const unrounded =
          variantOf(c) !== 'cii' && allowances === undefined && charges === undefined;
        expected = unrounded ? raw : roundCents(raw);
      }
      if (stated !== undefined && expected !== undefined && stated.equals(expected)) return NONE;
      return mismatch('/BG-22/BT-109', stated, expected, (s, e) =>
        text(
          `Le total hors TVA (BT-109) vaut ${s} mais la somme des lignes moins les remises plus les charges donne ${e}.`,
          `The total without VAT (BT-109) is ${s} but lines minus allowances plus charges give ${e}.`,
        ),
      );
    },
  }),
  businessRule({
    id: 'BR-CO-14',
    bt: ['BT-110', 'BT-117'],
    message: text(
      'Le montant total de TVA (BT-110) doit valoir la somme des montants de TVA de la ventilation (BT-117).',
      'The invoice total VAT amount (BT-110) must be the sum of the VAT breakdown amounts (BT-117).',
    ),
    check: (c) => {
      const breakdowns = c.invoice['BG-23'] ?? [];
      const amounts = breakdowns.map((item, index) =>
        operand(c, `/BG-23/${index}/BT-117`, item['BT-117']),
      );
      const statedOp = total(c, 'BT-110');
      const say = (s: string, e: string) =>
        text(
          `Le montant total de TVA (BT-110) vaut ${s} mais la ventilation de TVA (BT-117) totalise ${e}.`,
          `The invoice total VAT amount (BT-110) is ${s} but the VAT breakdown (BT-117) adds up to ${e}.`,
        );
      if (c.xml?.syntax === 'cii') {
        // Checked from each VAT total in the invoice currency (as written), against the tax
        // amounts of every header tax, summed as doubles.
        const root = c.xml.document.root;
        const currencies = select(root, `${CII_SETTLEMENT}/ram:InvoiceCurrencyCode`).map(
          (e) => e.text,
        );
        const taxes = select(root, `${CII_SETTLEMENT}/ram:ApplicableTradeTax/ram:CalculatedAmount`);
        const sum = sumDoubles(taxes.map((e) => ({ at: '/BG-23', found: e.text })));
        const expected = taxes.length === 0 ? 0 : roundCentsDouble(sum);
        return eachChecked(
          select(
            root,
            `${CII_SETTLEMENT}/ram:SpecifiedTradeSettlementHeaderMonetarySummation/ram:TaxTotalAmount`,
          ).filter((amount) => currencies.includes(attr(amount, 'currencyID') ?? '\u0000')),
          (amount) => {
            const stated = xsDouble({ at: '/BG-22/BT-110', found: amount.text });
            if (stated === expected) return undefined;
            return { node: amount, ...mismatch('/BG-22/BT-110', stated, expected, say)[0] };
          },
        );
      }
      // UBL: checked on each cac:TaxTotal that holds subtotals, with its own TaxAmount whatever
      // its currency (the model only knows amounts in BT-5 / BT-6, so read the XML when we have it).
      if (c.xml?.syntax === 'ubl') {
        return eachChecked(
          ublTaxTotalsWithSubtotals(c.xml.document.root),
          ({ total, stated, subtotals }) => {
            const expected = roundCents(
              sumDecimals(subtotals.map((value) => ({ at: '/BG-23', value }))),
            );
            const value =
              stated === undefined ? undefined : xsDecimal({ at: '/BG-22/BT-110', value: stated });
            if (value?.equals(expected)) return undefined;
            return {
              node: total,
              ...(value === undefined ? {} : { message: say(shown(value), shown(expected)) }),
            };
          },
        );
      }
      if (breakdowns.length === 0) return NONE;
      const stated = xsDecimal(statedOp);
      const expected = roundCents(sumDecimals(amounts));
      return stated?.equals(expected) ? NONE : mismatch('/BG-22/BT-110', stated, expected, say);
    },
  }),
  businessRule({
    id: 'BR-CO-15',
    bt: ['BT-112', 'BT-109', 'BT-110'],
    message: text(
      'Le total TVA comprise (BT-112) doit valoir le total hors TVA (BT-109) plus le montant total de TVA (BT-110).',
      'The total with VAT (BT-112) must be the total without VAT (BT-109) plus the total VAT amount (BT-110).',
    ),
    check: (c) => {
      // `every $Currency in …InvoiceCurrencyCode`: a blank code is a currency no total has.
      if (!exists(c, '/BT-5', c.invoice['BT-5'])) return NONE;
      const vatOp = total(c, 'BT-110');
      const statedOp = total(c, 'BT-112');
      const withoutVatOp = total(c, 'BT-109');
      const at = '/BG-22/BT-112';
      const cii = variantOf(c) === 'cii';
      // CII also accepts a total with VAT equal to the total without VAT, however many VAT
      // totals there are.
      if (cii && equalAmounts(statedOp, withoutVatOp)) return NONE;
      const repeated = repeatedVatTotals(c);
      if (repeated !== undefined) return [repeated];
      if (!isAbsent(vatOp)) {
        const stated = xsDecimal(statedOp);
        const withoutVat = xsDecimal(withoutVatOp);
        const vat = xsDecimal(vatOp);
        const expected =
          withoutVat === undefined || vat === undefined
            ? undefined
            : roundCents(withoutVat.plus(vat));
        if (stated !== undefined && expected !== undefined && stated.equals(expected)) return NONE;
        // CII also accepts a total with VAT equal to the total without VAT.
        if (cii && stated !== undefined && withoutVat !== undefined && stated.equals(withoutVat))
          return NONE;
        return mismatch(at, stated, expected, (s, e) =>
          text(
            `Le total TVA comprise (BT-112) vaut ${s} mais le total hors TVA (BT-109) plus la TVA (BT-110) donne ${e}.`,
            `The total with VAT (BT-112) is ${s} but the total without VAT (BT-109) plus VAT (BT-110) gives ${e}.`,
          ),
        );
      }
      if (cii) {
        const stated = xsDecimal(statedOp);
        const withoutVat = xsDecimal(withoutVatOp);
        if (stated !== undefined && withoutVat !== undefined && stated.equals(withoutVat))
          return NONE;
      }
      return [
        {
          at: '/BG-22/BT-110',
          message: text(
            'Indiquez le montant total de TVA (BT-110) dans la devise de la facture (BT-5), même s’il est nul.',
            'Give the invoice total VAT amount (BT-110) in the invoice currency (BT-5), even when it is zero.',
          ),
        },
      ];
    },
  }),
  businessRule({
    id: 'BR-CO-16',
    bt: ['BT-115', 'BT-112', 'BT-113', 'BT-114'],
    message: text(
      'Le montant à payer (BT-115) doit valoir le total TVA comprise (BT-112) moins le montant déjà payé (BT-113) plus l’arrondi (BT-114).',
      'The amount due (BT-115) must be the total with VAT (BT-112) minus the paid amount (BT-113) plus the rounding amount (BT-114).',
    ),
    check: (c) => {
      if (!totalsChecked(c)) return NONE;
      const paidOp = total(c, 'BT-113');
      const roundingOp = total(c, 'BT-114');
      const due = xsDecimal(total(c, 'BT-115'));
      const withVat = xsDecimal(total(c, 'BT-112'));
      const paid = xsDecimal(paidOp);
      const rounding = xsDecimal(roundingOp);
      const at = '/BG-22/BT-115';
      const expected = withVat?.minus(paid ?? 0).plus(rounding ?? 0);
      const say = (s: string, e: string) =>
        text(
          `Le montant à payer (BT-115) vaut ${s} mais le total TVA comprise moins le montant payé plus l’arrondi donne ${e}.`,
          `The amount due (BT-115) is ${s} but total with VAT minus paid amount plus rounding gives ${e}.`,
        );
      if (due === undefined || withVat === undefined || expected === undefined)
        return mismatch(at, due, expected, say);
      if (variantOf(c) === 'cii')
        return due.equals(expected) ? NONE : mismatch(at, due, expected, say);
      // UBL: without a rounding amount, BT-115 is compared as is; with one, BT-115 − BT-114
      // rounded to cents is compared with BT-112 − BT-113 (rounded when BT-113 is there).
      const owed = paid === undefined ? withVat : roundCents(withVat.minus(paid));
      const holds =
        rounding === undefined ? due.equals(owed) : roundCents(due.minus(rounding)).equals(owed);
      return holds ? NONE : mismatch(at, due, expected, say);
    },
  }),
];
