/**
 * BR-DEC-*: amounts have at most two decimals. The schematron counts the characters after the
 * first `.` of the text (`string-length(substring-after(x, '.')) <= 2`), so `10.500` fails even
 * though it is worth 10.50: the model keeps fraction digits as written for that reason. A value
 * the model refused is counted on its text as found.
 *
 * BR-DEC-13 and BR-DEC-15 (total VAT, BT-110 and BT-111) are special. In UBL their test selects
 * `cbc:TaxAmount[@currencyID = cbc:DocumentCurrencyCode]`, a path relative to the TaxAmount
 * itself, which has no such child: nothing is ever selected and the rules never fire. In CII they
 * are read on the document (ciiVatTotalsInCents): a VAT total of the right currency worth its
 * value rounded to cents (in binary floating point: `. = round(. * 100) div 100`), or (BR-DEC-13)
 * a VAT total in another currency or none, is enough.
 * A model not read from XML has BT-110 and BT-111 counted like the other amounts.
 */
import { attr, select } from '../../../xml';
import { documentWalk } from '../../document-walk';
import { NONE, type Rule, type RuleContext, type Violation } from '../../rule';
import { businessRule, text } from './define';
import { breakdownsFor, variantOf } from './facts';
import { roundDouble, xsDouble } from './xpath-numbers';

interface Amount {
  readonly at: string;
  readonly value: string | undefined;
}

/**
 * A number written with spaces after it (`100.00 `) has those spaces counted among its decimals
 * by `substring-after(x, '.')`; the model, like xs:decimal, drops them: see shared/rules/document-walk.ts.
 */
function paddedDecimals(c: RuleContext): ReadonlyMap<string, string> {
  return documentWalk(c).padded;
}

/** Characters after the first '.', as `string-length(substring-after(x, '.'))` counts them. */
function decimalsWritten(c: RuleContext, { at, value }: Amount): number {
  const padded = paddedDecimals(c);
  if (value !== undefined && padded.size > 0) {
    const source = c.sources.get(at);
    const written = source && padded.get(`${source.line}:${source.column}`);
    if (written !== undefined) return charactersAfterPoint(written);
  }
  if (value !== undefined) {
    // A model decimal is ASCII: one character per digit.
    const dot = value.indexOf('.');
    return dot === -1 ? 0 : value.length - dot - 1;
  }
  return charactersAfterPoint(c.rejected.get(at)?.found ?? '');
}

function charactersAfterPoint(text: string): number {
  const dot = text.indexOf('.');
  return dot === -1 ? 0 : Array.from(text.slice(dot + 1)).length;
}

/**
 * Whether a value may fail: one with more than two decimals, an absent one when the document had
 * values the model refused, any when some number of the document ends with spaces. Lets a long
 * invoice skip building pointers for good amounts.
 */
function worthChecking(c: RuleContext, value: unknown): boolean {
  if (paddedDecimals(c).size > 0) return true;
  if (typeof value === 'string') {
    const dot = value.indexOf('.');
    return dot !== -1 && value.length - dot - 1 > 2;
  }
  return value === undefined && c.rejected.size > 0;
}

function tooManyDecimals(c: RuleContext, amounts: Iterable<Amount>, term: string): Violation[] {
  const found: Violation[] = [];
  for (const amount of amounts) {
    if (decimalsWritten(c, amount) <= 2) continue;
    const written = amount.value ?? c.rejected.get(amount.at)?.found ?? '';
    if (amount.value !== undefined && charactersAfterPoint(amount.value) <= 2) {
      // Only the spaces after the number made it fail.
      found.push({
        at: amount.at,
        message: text(
          `Le montant ${written} (${term}) est suivi d'espaces, que le contrôle compte comme des décimales : retirez-les.`,
          `The amount ${written} (${term}) is followed by spaces, which the check counts as decimals: remove them.`,
        ),
      });
      continue;
    }
    found.push({
      at: amount.at,
      message: text(
        `Le montant ${written} (${term}) a plus de deux décimales : arrondissez-le au centime (deux chiffres après le point).`,
        `The amount ${written} (${term}) has more than two decimals: round it to the cent (two digits after the point).`,
      ),
    });
  }
  return found;
}

function decimalsRule(
  id: string,
  term: string,
  name: { readonly fr: string; readonly en: string },
  amounts: (c: RuleContext) => Iterable<Amount>,
): Rule {
  return businessRule({
    id,
    bt: [term],
    message: text(
      `${name.fr} (${term}) doit avoir au plus deux décimales.`,
      `The ${name.en} (${term}) must have at most two decimals.`,
    ),
    check: (c) => tooManyDecimals(c, amounts(c), term),
  });
}

type Group = Readonly<Record<string, unknown>>;

function termOf(at: string, group: Group | undefined, term: string): Amount {
  const value = group?.[term];
  return { at: `${at}/${term}`, value: typeof value === 'string' ? value : undefined };
}

/** The amounts worth checking among the items of a repeatable group under `parentAt`. */
function amountsIn(
  c: RuleContext,
  items: readonly Group[] | undefined,
  parentAt: string,
  term: string,
  found: Amount[],
): Amount[] {
  if (items === undefined) return found;
  for (let index = 0; index < items.length; index++) {
    const item = items[index];
    if (worthChecking(c, item?.[term])) found.push(termOf(`${parentAt}/${index}`, item, term));
  }
  return found;
}

function documentLevel(group: 'BG-20' | 'BG-21', term: string) {
  return (c: RuleContext) => amountsIn(c, c.invoice[group], `/${group}`, term, []);
}

function totalsTerm(term: string) {
  return (c: RuleContext) => [termOf('/BG-22', c.invoice['BG-22'], term)];
}

function breakdownTerm(term: string) {
  return (c: RuleContext) =>
    breakdownsFor(c)
      .filter(({ item }) => worthChecking(c, item[term as keyof typeof item]))
      .map(({ at, item }) => termOf(at, item, term));
}

function lineTerm(term: string) {
  return (c: RuleContext) => amountsIn(c, c.invoice['BG-25'], '/BG-25', term, []);
}

function lineLevel(group: 'BG-27' | 'BG-28', term: string) {
  return (c: RuleContext) => {
    const found: Amount[] = [];
    const lines = c.invoice['BG-25'] ?? [];
    for (let index = 0; index < lines.length; index++) {
      const items = lines[index]?.[group];
      // The pointer only for a line that has such groups: most have none.
      if (items === undefined || items.length === 0) continue;
      amountsIn(c, items, `/BG-25/${index}/${group}`, term, found);
    }
    return found;
  };
}

/** `. = round(. * 100) div 100` on an untyped amount: its double is a whole number of cents. */
function wholeCents(at: string, written: string): boolean {
  const amount = xsDouble({ at, found: written });
  return amount !== undefined && amount === roundDouble(amount * 100) / 100;
}

const HEADER_SETTLEMENT =
  '/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement';

/**
 * BR-DEC-13 / BR-DEC-15 in CII, on the document: each totals element passes when it has no
 * `ram:TaxTotalAmount`, or one that is in whole cents in the currency the rule is about, or (BR-DEC-13) one
 * in no such currency — a total without `@currencyID` included — or (BR-DEC-15) when there is no
 * VAT accounting currency. Currencies compare as written.
 */
function ciiVatTotalsInCents(
  c: RuleContext,
  currency: 'InvoiceCurrencyCode' | 'TaxCurrencyCode',
  term: 'BT-110' | 'BT-111',
): readonly Violation[] {
  const root = c.xml?.document.root;
  if (root === undefined) return NONE;
  const currencies = select(root, `${HEADER_SETTLEMENT}/ram:${currency}`).map((e) => e.text);
  const found: Violation[] = [];
  for (const totals of select(
    root,
    `${HEADER_SETTLEMENT}/ram:SpecifiedTradeSettlementHeaderMonetarySummation`,
  )) {
    const amounts = select(totals, 'ram:TaxTotalAmount');
    const passes =
      amounts.length === 0 ||
      amounts.some((amount) => {
        const code = attr(amount, 'currencyID');
        const inCurrency = code !== undefined && currencies.includes(code);
        if (term === 'BT-110') return !inCurrency || wholeCents(`/BG-22/${term}`, amount.text);
        return currencies.length === 0 || (inCurrency && wholeCents(`/BG-22/${term}`, amount.text));
      });
    if (!passes) found.push({ at: `/BG-22/${term}` });
  }
  return found;
}

const VAT_TOTAL = text('Le montant total de TVA', 'invoice total VAT amount');
const VAT_TOTAL_ACCOUNTING = text(
  'Le montant total de TVA en devise de comptabilisation',
  'invoice total VAT amount in accounting currency',
);

export const DECIMAL_RULES: readonly Rule[] = [
  decimalsRule(
    'BR-DEC-01',
    'BT-92',
    text('Le montant de chaque remise au niveau du document', 'document level allowance amount'),
    documentLevel('BG-20', 'BT-92'),
  ),
  decimalsRule(
    'BR-DEC-02',
    'BT-93',
    text(
      'L’assiette de chaque remise au niveau du document',
      'document level allowance base amount',
    ),
    documentLevel('BG-20', 'BT-93'),
  ),
  decimalsRule(
    'BR-DEC-05',
    'BT-99',
    text('Le montant de chaque charge au niveau du document', 'document level charge amount'),
    documentLevel('BG-21', 'BT-99'),
  ),
  decimalsRule(
    'BR-DEC-06',
    'BT-100',
    text('L’assiette de chaque charge au niveau du document', 'document level charge base amount'),
    documentLevel('BG-21', 'BT-100'),
  ),
  decimalsRule(
    'BR-DEC-09',
    'BT-106',
    text('La somme des montants nets des lignes', 'sum of invoice line net amounts'),
    totalsTerm('BT-106'),
  ),
  decimalsRule(
    'BR-DEC-10',
    'BT-107',
    text('La somme des remises au niveau du document', 'sum of document level allowances'),
    totalsTerm('BT-107'),
  ),
  decimalsRule(
    'BR-DEC-11',
    'BT-108',
    text('La somme des charges au niveau du document', 'sum of document level charges'),
    totalsTerm('BT-108'),
  ),
  decimalsRule(
    'BR-DEC-12',
    'BT-109',
    text('Le montant total hors TVA', 'invoice total amount without VAT'),
    totalsTerm('BT-109'),
  ),
  businessRule({
    id: 'BR-DEC-13',
    bt: ['BT-110'],
    message: text(
      `${VAT_TOTAL.fr} (BT-110) doit avoir au plus deux décimales.`,
      `The ${VAT_TOTAL.en} (BT-110) must have at most two decimals.`,
    ),
    check: (c) => {
      const totals = c.invoice['BG-22'];
      switch (variantOf(c)) {
        case 'ubl':
          return NONE;
        case 'model':
          return tooManyDecimals(c, [termOf('/BG-22', totals, 'BT-110')], 'BT-110');
        case 'cii':
          return ciiVatTotalsInCents(c, 'InvoiceCurrencyCode', 'BT-110');
      }
    },
  }),
  decimalsRule(
    'BR-DEC-14',
    'BT-112',
    text('Le montant total TVA comprise', 'invoice total amount with VAT'),
    totalsTerm('BT-112'),
  ),
  businessRule({
    id: 'BR-DEC-15',
    bt: ['BT-111'],
    message: text(
      `${VAT_TOTAL_ACCOUNTING.fr} (BT-111) doit avoir au plus deux décimales.`,
      `The ${VAT_TOTAL_ACCOUNTING.en} (BT-111) must have at most two decimals.`,
    ),
    check: (c) => {
      const totals = c.invoice['BG-22'];
      switch (variantOf(c)) {
        case 'ubl':
          return NONE;
        case 'model':
          return tooManyDecimals(c, [termOf('/BG-22', totals, 'BT-111')], 'BT-111');
        case 'cii':
          return ciiVatTotalsInCents(c, 'TaxCurrencyCode', 'BT-111');
      }
    },
  }),
  decimalsRule(
    'BR-DEC-16',
    'BT-113',
    text('Le montant déjà payé', 'paid amount'),
    totalsTerm('BT-113'),
  ),
  decimalsRule(
    'BR-DEC-17',
    'BT-114',
    text('Le montant d’arrondi', 'rounding amount'),
    totalsTerm('BT-114'),
  ),
  decimalsRule(
    'BR-DEC-18',
    'BT-115',
    text('Le montant à payer', 'amount due for payment'),
    totalsTerm('BT-115'),
  ),
  decimalsRule(
    'BR-DEC-19',
    'BT-116',
    text('La base imposable de chaque ventilation de TVA', 'VAT category taxable amount'),
    breakdownTerm('BT-116'),
  ),
  decimalsRule(
    'BR-DEC-20',
    'BT-117',
    text('Le montant de TVA de chaque ventilation', 'VAT category tax amount'),
    breakdownTerm('BT-117'),
  ),
  decimalsRule(
    'BR-DEC-23',
    'BT-131',
    text('Le montant net de chaque ligne', 'invoice line net amount'),
    lineTerm('BT-131'),
  ),
  decimalsRule(
    'BR-DEC-24',
    'BT-136',
    text('Le montant de chaque remise de ligne', 'invoice line allowance amount'),
    lineLevel('BG-27', 'BT-136'),
  ),
  decimalsRule(
    'BR-DEC-25',
    'BT-137',
    text('L’assiette de chaque remise de ligne', 'invoice line allowance base amount'),
    lineLevel('BG-27', 'BT-137'),
  ),
  decimalsRule(
    'BR-DEC-27',
    'BT-141',
    text('Le montant de chaque charge de ligne', 'invoice line charge amount'),
    lineLevel('BG-28', 'BT-141'),
  ),
  decimalsRule(
    'BR-DEC-28',
    'BT-142',
    text('L’assiette de chaque charge de ligne', 'invoice line charge base amount'),
    lineLevel('BG-28', 'BT-142'),
  ),
];
