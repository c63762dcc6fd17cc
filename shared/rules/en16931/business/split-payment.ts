/**
 * Italian split payment, VAT category B (BR-B-01, BR-B-02): only in a domestic Italian invoice,
 * and never together with the standard rate category S.
 */
import { NONE, type Rule, type RuleContext } from '../../rule';
import { businessRule, text } from './define';
import { variantOf, vatCategoriesUsed } from './facts';

/**
 * The country codes BR-B-01 reads: every address's (BT-40, BT-55, BT-69, BT-80) and, in UBL where
 * the test reads every `cbc:IdentificationCode`, each item's country of origin (BT-159). Codes the
 * model refused (`it`) are still codes other than IT.
 */
function countryCodes(c: RuleContext): string[] {
  const { invoice } = c;
  const withOrigin = variantOf(c) !== 'cii';
  const codes = [
    invoice['BG-4']?.['BG-5']?.['BT-40'],
    invoice['BG-7']?.['BG-8']?.['BT-55'],
    invoice['BG-11']?.['BG-12']?.['BT-69'],
    invoice['BG-13']?.['BG-15']?.['BT-80'],
    ...(withOrigin ? (invoice['BG-25'] ?? []).map((line) => line['BG-31']?.['BT-159']) : []),
  ].filter((code): code is string => code !== undefined);
  const terms = new Set(['BT-40', 'BT-55', 'BT-69', 'BT-80', ...(withOrigin ? ['BT-159'] : [])]);
  for (const rejected of c.rejected.values())
    if (terms.has(rejected.term)) codes.push(rejected.found);
  return codes;
}

export const SPLIT_PAYMENT_RULES: readonly Rule[] = [
  businessRule({
    id: 'BR-B-01',
    bt: ['BT-151', 'BT-95', 'BT-102', 'BT-118', 'BT-40', 'BT-55'],
    message: text(
      "La catégorie de TVA B (paiement fractionné, « split payment ») n'est admise que pour une facture domestique italienne : tous les codes pays doivent être IT.",
      'VAT category B (split payment) is only allowed in a domestic Italian invoice: every country code must be IT.',
    ),
    check: (c) => {
      if (!vatCategoriesUsed(c).has('B')) return NONE;
      return countryCodes(c).every((code) => code === 'IT') ? NONE : [{ at: '' }];
    },
  }),
  businessRule({
    id: 'BR-B-02',
    bt: ['BT-151', 'BT-95', 'BT-102', 'BT-118'],
    message: text(
      'Une facture qui utilise la catégorie de TVA B (paiement fractionné) ne peut pas aussi utiliser la catégorie S (taux normal).',
      'An invoice that uses VAT category B (split payment) cannot also use category S (standard rate).',
    ),
    check: (c) => {
      const used = vatCategoriesUsed(c);
      return used.has('B') && used.has('S') ? [{ at: '' }] : NONE;
    },
  }),
];
