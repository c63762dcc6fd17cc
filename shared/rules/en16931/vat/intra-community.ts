/**
 * BR-IC-11 and BR-IC-12: an intra-community supply (VAT breakdown in category K) says when the
 * goods were delivered and where to.
 *
 * BR-IC-11: the actual delivery date (BT-72) or the invoicing period (BG-14, start BT-73 or end
 * BT-74). The UBL artefact accepts any child of the document's `cac:InvoicePeriod`, which also
 * holds the VAT point date code (BT-8), and wants the delivery date longer than one character.
 * BR-IC-12: the deliver-to country code (BT-80); UBL again wants more than one character.
 */
import { pointer } from '../../../model';
import type { Rule, RuleContext } from '../../rule';
import { categoryLabel, VAT_CATEGORIES } from './categories';
import { contextMatch, dialectOf } from './dialect';
import { isPresent, vatUsage } from './usage';
import { vatRule } from './vat-rule';

const K = VAT_CATEGORIES.K;

const AT = {
  'BT-8': pointer('BT-8'),
  'BT-72': pointer('BG-13', 'BT-72'),
  'BT-73': pointer('BG-13', 'BG-14', 'BT-73'),
  'BT-74': pointer('BG-13', 'BG-14', 'BT-74'),
  'BT-80': pointer('BG-13', 'BG-15', 'BT-80'),
} as const;

/** UBL's `string-length(x) > 1`: the text as written, malformed or not. */
function longerThanOne(context: RuleContext, at: string, value: string | undefined): boolean {
  if (value !== undefined) return value.length > 1;
  const rejected = context.rejected.get(at);
  return rejected !== undefined && rejected.found.length > 1;
}

function deliveryDateGiven(context: RuleContext): boolean {
  const { invoice } = context;
  const delivery = invoice['BG-13'];
  const period = delivery?.['BG-14'];
  const ubl = dialectOf(context) === 'ubl';
  const date = ubl
    ? longerThanOne(context, AT['BT-72'], delivery?.['BT-72'])
    : isPresent(context, AT['BT-72'], delivery?.['BT-72']);
  return (
    date ||
    isPresent(context, AT['BT-73'], period?.['BT-73']) ||
    isPresent(context, AT['BT-74'], period?.['BT-74']) ||
    (ubl && isPresent(context, AT['BT-8'], invoice['BT-8']))
  );
}

function countryGiven(context: RuleContext): boolean {
  const country = context.invoice['BG-13']?.['BG-15']?.['BT-80'];
  return dialectOf(context) === 'ubl'
    ? longerThanOne(context, AT['BT-80'], country)
    : isPresent(context, AT['BT-80'], country);
}

/** The breakdowns in K: the artefacts check once per breakdown (CII) or per document (UBL). */
function hasIntraCommunityBreakdown(context: RuleContext): boolean {
  return vatUsage(context).of('K', contextMatch(dialectOf(context))).breakdowns.length > 0;
}

export function intraCommunityRules(): Rule[] {
  const label = categoryLabel(K);
  return [
    vatRule(
      K,
      11,
      ['BT-118', 'BT-72', 'BG-14', 'BT-73', 'BT-74'],
      {
        fr: `Une facture en ${label.fr} doit donner la date de livraison effective (BT-72) ou la période de facturation (BG-14 : date de début BT-73 ou de fin BT-74).`,
        en: `An invoice in ${label.en} must give the actual delivery date (BT-72) or the invoicing period (BG-14: start date BT-73 or end date BT-74).`,
      },
      (context) =>
        hasIntraCommunityBreakdown(context) && !deliveryDateGiven(context)
          ? [{ at: AT['BT-72'] }]
          : [],
    ),
    vatRule(
      K,
      12,
      ['BT-118', 'BT-80'],
      {
        fr: `Une facture en ${label.fr} doit donner le pays de livraison (BT-80, code pays de l'adresse de livraison).`,
        en: `An invoice in ${label.en} must give the deliver-to country code (BT-80).`,
      },
      (context) =>
        hasIntraCommunityBreakdown(context) && !countryGiven(context) ? [{ at: AT['BT-80'] }] : [],
    ),
  ];
}
