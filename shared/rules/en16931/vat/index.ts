import type { Rule } from '../../rule';
import { breakdownPresenceRule } from './breakdown-presence';
import { VAT_CATEGORIES, VAT_CATEGORY_CODES } from './categories';
import { exemptionReasonRule } from './exemption-reason';
import { intraCommunityRules } from './intra-community';
import { notSubjectRules } from './not-subject';
import { partyIdentifiersRule } from './party-identifiers';
import { rateRule } from './rates';
import { taxableAmountRule } from './taxable-amount';
import { vatAmountRule } from './vat-amount';

/**
 * VAT category rules: BR-S, BR-Z, BR-E, BR-AE, BR-IC (K), BR-G, BR-O, BR-AF (L, IGIC), BR-AG
 * (M, IPSI); 96 rules of the artefacts 1.3.16, each category's ten in the same order, then the
 * rules only O (11–14) and K (11–12) have.
 */
export const VAT_CATEGORY_RULES: readonly Rule[] = [
  ...VAT_CATEGORY_CODES.flatMap((code) => {
    const category = VAT_CATEGORIES[code];
    return [
      breakdownPresenceRule(category),
      partyIdentifiersRule(category, 'line'),
      partyIdentifiersRule(category, 'allowance'),
      partyIdentifiersRule(category, 'charge'),
      rateRule(category, 'line'),
      rateRule(category, 'allowance'),
      rateRule(category, 'charge'),
      taxableAmountRule(category),
      vatAmountRule(category),
      exemptionReasonRule(category),
    ];
  }),
  ...notSubjectRules(),
  ...intraCommunityRules(),
];

export { VAT_CATEGORIES, VAT_CATEGORY_CODES } from './categories';
